#pragma once

#include <QString>

namespace liaison::FormulaGuard {

// Excel, WPS and LibreOffice run a CSV field that begins with "=", "+", "-", "@", a tab or a carriage
// return as a formula, so a problem titled =HYPERLINK("http://…"&A2,"详情") would act when an officer
// opens the export (CSV injection). OWASP's remedy: such text is written behind an apostrophe, which
// the spreadsheet shows as text. Reading takes exactly one apostrophe off text that begins with
// apostrophes before such a character, so every text comes back as it was written, even one that
// began with an apostrophe itself.

// True when a spreadsheet would take the text for a formula.
[[nodiscard]] bool looksLikeFormula(const QString& text);
// The text to write into a CSV field.
[[nodiscard]] QString escaped(const QString& text);
// The text a read field stands for.
[[nodiscard]] QString unescaped(const QString& text);

} // namespace liaison::FormulaGuard
