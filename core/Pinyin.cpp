#include "Pinyin.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace liaison {
namespace {

icu::UnicodeString toIcu(const QString& text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
}

QString fromIcu(const icu::UnicodeString& text)
{
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

// ICU's Han-Latin, and what it gives each character. Its rules (ICU 72) are: a space between a Han
// character and a letter next to it, one reading for each character, and a handful of readings that
// depend on the next character ({重}' '?庆 > chóng). Running the rules costs about 80 µs a name; a
// reading looked up costs nothing. So each character goes to ICU once, the contextual readings are
// read from the rules themselves, and a name is put together from them exactly as ICU would write it.
// Callers share one instance: ICU runs rule-based transliteration behind a process-wide lock anyway.
class HanLatin final
{
public:
    static HanLatin& instance()
    {
        static HanLatin shared;
        return shared;
    }

    // What ICU writes for the whole text, put together from the readings.
    QString latin(const QString& text)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_icu)
            return text;
        const QList<uint> points = text.toUcs4();
        QString out;
        out.reserve(text.size() * 4);
        for (qsizetype i = 0; i < points.size(); ++i) {
            const uint c = points[i];
            const QString& reading = readingOf(c);
            if (reading.isEmpty()) {
                out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
                continue;
            }
            if (i > 0 && QChar::isLetter(points[i - 1]))
                out += QLatin1Char(' ');
            // A contextual rule looks at the next character, past one space.
            const qsizetype next = i + 1 < points.size() && points[i + 1] == ' ' ? i + 2 : i + 1;
            const auto contextual =
                next < points.size() ? m_contextual.constFind({c, points[next]}) : m_contextual.cend();
            out += contextual != m_contextual.cend() ? *contextual : reading;
            if (i + 1 < points.size() && QChar::isLetter(points[i + 1]))
                out += QLatin1Char(' ');
        }
        return out;
    }

    // What ICU writes for the whole text, from ICU itself: what latin() must agree with.
    QString icuLatin(const QString& text)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_icu)
            return text;
        icu::UnicodeString value = toIcu(text);
        m_icu->transliterate(value);
        return fromIcu(value);
    }

private:
    HanLatin()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_icu.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin"),
                                                        UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_icu.reset();
        if (!m_icu)
            return;
        icu::UnicodeString rules;
        m_icu->toRules(rules, false);
        // {重}' '?庆 > chóng;
        static const QRegularExpression contextual(QStringLiteral("^\\{(.)\\}' '\\?(.) > ([^;]+);$"),
                                                   QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch& rule : contextual.globalMatch(fromIcu(rules))) {
            const QList<uint> subject = rule.captured(1).toUcs4();
            const QList<uint> next = rule.captured(2).toUcs4();
            if (subject.size() == 1 && next.size() == 1)
                m_contextual.insert({subject.front(), next.front()}, rule.captured(3));
        }
    }

    // ICU's reading of one character on its own; empty for a character ICU leaves as it is.
    const QString& readingOf(uint c)
    {
        auto found = m_readings.find(c);
        if (found == m_readings.end()) {
            const QString alone = QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
            icu::UnicodeString value = toIcu(alone);
            m_icu->transliterate(value);
            const QString latin = fromIcu(value).trimmed();
            found = m_readings.insert(c, latin == alone ? QString() : latin);
        }
        return *found;
    }

    QMutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_icu;
    QHash<uint, QString> m_readings;
    QHash<std::pair<uint, uint>, QString> m_contextual;
};

// The search key of a transliterated name. Compatibility decomposition splits ǒ into o and its tone
// mark, and full-width Ａ into A; every syllable, and every run of ASCII letters and digits, is a word.
PinyinKey keyOfLatin(const QString& latin)
{
    PinyinKey key;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        key.full += word;
        key.initials += word.front();
        word.clear();
    };
    for (const QChar c : latin.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber() && c.unicode() < 128)
            word += c.toLower();
        else
            flush();
    }
    flush();
    return key;
}

} // namespace

PinyinKey Pinyin::keyFor(const QString& name)
{
    return keyOfLatin(HanLatin::instance().latin(name));
}

PinyinKey Pinyin::icuKeyFor(const QString& name)
{
    return keyOfLatin(HanLatin::instance().icuLatin(name));
}

QString Pinyin::normalizeQuery(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace liaison
