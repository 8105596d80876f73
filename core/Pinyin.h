#pragma once

#include <QString>

namespace liaison {

struct PinyinKey
{
    QString full;     // "chongqinglongxin…": syllables joined, lower case, ASCII
    QString initials; // "cqlx…": the first letter of each syllable
};

// Pinyin search keys for Chinese names, from ICU's Han-Latin transliteration. The whole name is
// transliterated at once so ICU can choose the reading of a polyphonic character from its context
// (重庆 reads chóngqìng, not zhòngqìng).
class Pinyin final
{
public:
    static PinyinKey keyFor(const QString& name);
    // Lower-cased, spaces and punctuation removed: what a typed search is compared with.
    static QString normalizeQuery(const QString& text);
};

} // namespace liaison
