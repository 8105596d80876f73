#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace liaison {

// Writes one table as an Excel workbook of one sheet: a bold, frozen header row, text cells, and
// columns sized to what they hold. The file is written whole or not at all.
class XlsxTableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::XlsxTableWriter)

public:
    [[nodiscard]] static Status write(const QString& path, const QString& sheetName,
                                      const QStringList& header, const QList<QStringList>& rows);
};

} // namespace liaison
