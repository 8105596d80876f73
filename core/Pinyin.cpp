#include "Pinyin.h"

#include <QMutex>
#include <QMutexLocker>
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

// ICU transliterators are expensive to build, and ICU runs rule-based transliteration behind one
// process-wide lock anyway, so one instance serves every caller. Only Han-Latin runs in ICU: folding
// its tone marks to ASCII and lower-casing are done in keyOfLatin, which halves the time a name takes.
QString hanToLatin(const QString& text)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> transliterator;
    static bool failed = false;
    QMutexLocker lock(&mutex);
    if (!transliterator && !failed) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin"),
                                                                 UTRANS_FORWARD, status));
        failed = U_FAILURE(status) || !transliterator;
    }
    if (failed)
        return text;
    icu::UnicodeString value = toIcu(text);
    transliterator->transliterate(value);
    return fromIcu(value);
}

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
    return keyOfLatin(hanToLatin(name));
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
