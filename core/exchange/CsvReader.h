#pragma once

#include "Error.h"
#include "TextFile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace liaison {

// A table read from a CSV file: the header row, the rows under it exactly as written (fields as
// strings, line breaks inside quoted fields kept), and the file line each row starts on.
struct CsvTable
{
    QString encoding;
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // lines[i]: the line of the file where rows[i] starts (the header is line 1)
};

// Reads CSV after RFC 4180: fields separated by commas, quoted fields with embedded commas, quotes
// ("") and line breaks, CRLF or LF line ends, an optional byte-order mark, blank lines skipped. A field
// that CsvWriter kept from being run as a formula reads as the text it was (FormulaGuard::unescaped).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CsvReader)

public:
    [[nodiscard]] static Result<CsvTable> parse(const QByteArray& bytes,
                                                TextEncoding encoding = TextEncoding::Auto);
    [[nodiscard]] static Result<CsvTable> parseText(const QString& text);
};

} // namespace liaison
