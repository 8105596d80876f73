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

// ICU transliterators are expensive to build and not thread-safe to share without a lock.
QString transliterate(const QString& text)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> transliterator;
    static bool failed = false;
    QMutexLocker lock(&mutex);
    if (!transliterator && !failed) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        failed = U_FAILURE(status) || !transliterator;
    }
    if (failed)
        return text.toLower();
    icu::UnicodeString value = toIcu(text);
    transliterator->transliterate(value);
    return fromIcu(value);
}

} // namespace

PinyinKey Pinyin::keyFor(const QString& name)
{
    const QString latin = transliterate(name);
    PinyinKey key;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        key.full += word;
        key.initials += word.front();
        word.clear();
    };
    for (const QChar c : latin) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            word += c;
        else
            flush();
    }
    flush();
    return key;
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
