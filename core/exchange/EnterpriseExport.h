#pragma once

#include "Error.h"

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
    [[nodiscard]] static Result<QList<QStringList>> rows(const Database& db);
    // As CSV (UTF-8 with a byte-order mark); the number of enterprises written.
    [[nodiscard]] static Result<qsizetype> writeCsv(const Database& db, const QString& path);
};

} // namespace liaison
