#pragma once

#include <QString>

namespace liaison {

struct PinyinKey
{
    QString full;     // "chongqinglongxin…": syllables joined, lower case, ASCII
    QString initials; // "cqlx…": the first letter of each syllable
};

// Pinyin search keys for Chinese names, as ICU's Han-Latin transliteration gives them, with the
// readings that depend on the next character (重庆 reads chóngqìng, not zhòngqìng).
class Pinyin final
{
public:
    static PinyinKey keyFor(const QString& name);
    // The same key with the whole name run through ICU: a hundred times slower, and what keyFor,
    // which puts names together from ICU's reading of each character, is checked against.
    static PinyinKey icuKeyFor(const QString& name);
    // Lower-cased, spaces and punctuation removed: what a typed search is compared with.
    static QString normalizeQuery(const QString& text);
};

} // namespace liaison
