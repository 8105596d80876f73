#pragma once

#include "Error.h"
#include "TableImport.h"
#include "models/EnterpriseFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace liaison {

class Database;

// Enterprises, contacts, duty assignments in force, visits and problems as tables with the headers
// TableImport recognises, so that an export read back into an empty database gives the same records.
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::TableExport)

public:
    // The records of the enterprises the filter lets through (all of them by default), one row each.
    [[nodiscard]] static Result<QList<QStringList>> rows(const Database& db, ImportKind kind,
                                                         const EnterpriseFilter& filter = {});
    // Whether the path names a file this export writes: .csv or .xlsx.
    static bool canWrite(const QString& path);
    // As CSV (UTF-8 with a byte-order mark) or as an Excel workbook, by the file's extension; the
    // number of records written.
    [[nodiscard]] static Result<qsizetype> write(const Database& db, ImportKind kind, const QString& path,
                                                 const EnterpriseFilter& filter = {});
    // An empty table with the headers only: a template to fill in.
    [[nodiscard]] static Status writeTemplate(ImportKind kind, const QString& path);
};

} // namespace liaison
