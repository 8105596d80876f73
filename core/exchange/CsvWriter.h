#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace liaison {

// Writes a table as CSV in UTF-8 with a byte-order mark, CRLF line ends and fields quoted where they
// must be: what Excel and WPS on a Chinese desktop open without garbling. Text a spreadsheet would run
// as a formula is written as text (FormulaGuard); CsvReader reads it back as it was. The file is
// written whole or not at all.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CsvWriter)

public:
    static QByteArray encode(const QStringList& header, const QList<QStringList>& rows);
    [[nodiscard]] static Status write(const QString& path, const QStringList& header,
                                      const QList<QStringList>& rows);
};

} // namespace liaison
