#include "PdfTextRepair.h"

#include <QFont>
#include <QFontDatabase>
#include <QList>
#include <QRawFont>
#include <QString>

namespace liaison {
namespace {

constexpr char16_t firstRadical = 0x2E80;
constexpr char16_t lastRadical = 0x2FDF;
constexpr char16_t firstIdeograph = 0x4E00;
constexpr char16_t lastIdeograph = 0x9FFF;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The <XXXX> token at pos, or -1.
int codeAt(const QByteArray& pdf, qsizetype pos)
{
    if (pos + 6 > pdf.size() || pdf[pos] != '<' || pdf[pos + 5] != '>')
        return -1;
    int value = 0;
    for (qsizetype i = pos + 1; i < pos + 5; ++i) {
        const int digit = hexValue(pdf[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void writeCode(QByteArray& pdf, qsizetype pos, char16_t code)
{
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 0; i < 4; ++i)
        pdf[pos + 1 + i] = digits[(code >> (12 - 4 * i)) & 0xF];
}

// One line of a bfrange section: "<from> <to> <dest>" or "<from> <to> [<dest> <dest> …]".
int repairLine(QByteArray& pdf, qsizetype begin, qsizetype end, const QHash<char16_t, char16_t>& ideographOf)
{
    QList<qsizetype> tokens;
    bool array = false;
    for (qsizetype i = begin; i < end; ++i) {
        if (pdf[i] == '[')
            array = true;
        if (codeAt(pdf, i) >= 0) {
            tokens << i;
            i += 5;
        }
    }
    if (tokens.size() < 3)
        return 0;
    // A ranged destination counts up from its first code: only a single entry can be changed.
    if (!array && codeAt(pdf, tokens[0]) != codeAt(pdf, tokens[1]))
        return 0;
    int repaired = 0;
    for (qsizetype t = 2; t < tokens.size(); ++t) {
        const auto ideograph = ideographOf.constFind(char16_t(codeAt(pdf, tokens[t])));
        if (ideograph != ideographOf.cend()) {
            writeCode(pdf, tokens[t], *ideograph);
            ++repaired;
        }
    }
    return repaired;
}

} // namespace

QHash<char16_t, char16_t> radicalIdeographs(const QFont& font)
{
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    QHash<char16_t, char16_t> result;
    if (!raw.isValid())
        return result;
    const auto glyphsOf = [&raw](char16_t first, char16_t last) {
        QList<QChar> chars;
        for (char32_t c = first; c <= last; ++c)
            chars << QChar(char16_t(c));
        QList<quint32> glyphs(chars.size());
        int count = int(chars.size());
        raw.glyphIndexesForChars(chars.constData(), count, glyphs.data(), &count);
        return glyphs;
    };
    const QList<quint32> radicals = glyphsOf(firstRadical, lastRadical);
    QHash<quint32, char16_t> radicalOfGlyph;
    for (qsizetype i = 0; i < radicals.size(); ++i) {
        if (radicals[i] != 0)
            radicalOfGlyph.insert(radicals[i], char16_t(firstRadical + i));
    }
    const QList<quint32> ideographs = glyphsOf(firstIdeograph, lastIdeograph);
    for (qsizetype i = 0; i < ideographs.size() && !radicalOfGlyph.isEmpty(); ++i) {
        const auto radical = radicalOfGlyph.constFind(ideographs[i]);
        if (radical == radicalOfGlyph.cend())
            continue;
        result.insert(*radical, char16_t(firstIdeograph + i));
        radicalOfGlyph.erase(radical);
    }
    return result;
}

int preferUnifiedIdeographs(QByteArray& pdf, const QHash<char16_t, char16_t>& ideographOf)
{
    int repaired = 0;
    static const QByteArray begin = QByteArrayLiteral("beginbfrange");
    static const QByteArray end = QByteArrayLiteral("endbfrange");
    for (qsizetype from = pdf.indexOf(begin); from >= 0; from = pdf.indexOf(begin, from)) {
        const qsizetype to = pdf.indexOf(end, from);
        if (to < 0)
            break;
        qsizetype line = pdf.indexOf('\n', from) + 1;
        while (line > 0 && line < to) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > to)
                next = to;
            repaired += repairLine(pdf, line, next, ideographOf);
            line = next + 1;
        }
        from = to + end.size();
    }
    return repaired;
}

} // namespace liaison
