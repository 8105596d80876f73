#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace liaison {

class Database;

// Rows for one table, loaded in bulk inside the caller's transaction.
//
// On SQLite each row goes straight to the SQLite library under Qt's driver, through one prepared
// statement: Qt's own binding costs tens of microseconds a row, which at millions of rows is minutes.
// On PostgreSQL rows wait for a batch that goes as one INSERT of many rows (one round trip); tables whose
// rows refer to others send those first, so foreign keys always find their rows.
class BulkInsert final
{
public:
    BulkInsert(Database& db, QString table, QStringList columns, std::vector<BulkInsert*> dependencies = {});
    ~BulkInsert();
    Q_DISABLE_COPY_MOVE(BulkInsert)

    // One row: as many values as columns (null, integer, boolean, double, text, QDate, UTC QDateTime).
    [[nodiscard]] Status add(const QVariantList& row);
    // Sends what is waiting (and first what the rows refer to).
    [[nodiscard]] Status flush();
    qint64 rowsAdded() const { return m_added; }

private:
    QString statementFor(int rows) const;
    Status addToSqlite(const QVariantList& row);

    Database& m_db;
    QString m_table;
    QStringList m_columns;
    std::vector<BulkInsert*> m_dependencies;
    int m_rowsPerStatement = 1;
    QVariantList m_pending;
    qint64 m_added = 0;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace liaison
