#include "FormulaGuard.h"

namespace liaison::FormulaGuard {
namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True when the text is a run of apostrophes (none or more) followed by a formula's first character.
bool apostrophesBeforeFormula(const QString& text, qsizetype minimumApostrophes)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i >= minimumApostrophes && i < text.size() && startsFormula(text.at(i));
}

} // namespace

bool looksLikeFormula(const QString& text)
{
    return !text.isEmpty() && startsFormula(text.front());
}

QString escaped(const QString& text)
{
    return apostrophesBeforeFormula(text, 0) ? QLatin1Char('\'') + text : text;
}

QString unescaped(const QString& text)
{
    return apostrophesBeforeFormula(text, 1) ? text.mid(1) : text;
}

} // namespace liaison::FormulaGuard
