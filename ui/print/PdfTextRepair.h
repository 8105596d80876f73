#pragma once

#include <QByteArray>
#include <QHash>

QT_BEGIN_NAMESPACE
class QFont;
QT_END_NAMESPACE

namespace liaison {

// Qt writes each embedded font's text map (ToUnicode) with the lowest code point that reaches a
// glyph. CJK fonts such as Noto CJK draw a Kangxi radical (U+2F00…) and the everyday ideograph with
// one glyph, so "一、工作" would be copied and searched as "⼀、⼯作". This maps such entries back
// to the ideographs; every entry keeps its length, so the PDF's byte offsets stay valid.
// Returns how many entries were mapped.
int preferUnifiedIdeographs(QByteArray& pdf, const QHash<char16_t, char16_t>& ideographOf);

// The radicals (U+2E80…U+2FDF) that the font draws with the glyph of an ideograph, and that ideograph.
QHash<char16_t, char16_t> radicalIdeographs(const QFont& font);

} // namespace liaison
