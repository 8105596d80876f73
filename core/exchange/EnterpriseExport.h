#pragma once

#include "Error.h"
#include "models/EnterpriseFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace liaison {

class Database;

// The enterprise register as a table with the headers EnterpriseImport recognises, so that an
// export read back into an empty database gives the same enterprises.
class EnterpriseExport final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::EnterpriseExport)

public:
    // The enterprises the filter lets through (all of them by default), one row each.
    [[nodiscard]] static Result<QList<QStringList>> rows(const Database& db,
                                                         const EnterpriseFilter& filter = {});
    // Whether the path names a file this export writes: .csv or .xlsx.
    static bool canWrite(const QString& path);
    // As CSV (UTF-8 with a byte-order mark) or as an Excel workbook, by the file's extension; the
    // number of enterprises written.
    [[nodiscard]] static Result<qsizetype> write(const Database& db, const QString& path,
                                                 const EnterpriseFilter& filter = {});
};

} // namespace liaison
