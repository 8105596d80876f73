#include "BulkInsert.h"

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace liaison {
namespace {

// PostgreSQL takes at most 65,535 values in one statement; a batch stays well below, small enough to be
// built and parsed quickly.
constexpr int maxPostgresValues = 8000;
constexpr int maxRowsPerStatement = 500;

sqlite3* sqliteHandle(const Database& db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

Error sqliteError(sqlite3* handle, const QString& table)
{
    return Error::storage(Database::tr("The database reported an error: %1 (%2)")
                              .arg(QString::fromUtf8(sqlite3_errmsg(handle)), table));
}

// Bound the way Qt's SQLite driver binds them, so that the rows read back as if Qt had written them.
int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool: return sqlite3_bind_int(statement, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double: return sqlite3_bind_double(statement, index, value.toDouble());
    // As QDate::toString(Qt::ISODate) and a UTC QDateTime::toString(Qt::ISODateWithMs) write them, at a
    // tenth of the cost.
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        char text[16];
        const int length =
            std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
        return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime: {
        const QDateTime moment = value.toDateTime().toUTC();
        const QDate date = moment.date();
        const QTime time = moment.time();
        char text[32];
        const int length =
            std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(),
                          date.day(), time.hour(), time.minute(), time.second(), time.msec());
        return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

BulkInsert::BulkInsert(Database& db, QString table, QStringList columns,
                       std::vector<BulkInsert*> dependencies)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
      m_dependencies(std::move(dependencies))
{
    m_rowsPerStatement = std::clamp(maxPostgresValues / int(m_columns.size()), 1, maxRowsPerStatement);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

QString BulkInsert::statementFor(int rows) const
{
    QString one = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        one += QStringLiteral(", ?");
    one += QLatin1Char(')');
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values << one;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

Status BulkInsert::add(const QVariantList& row)
{
    Q_ASSERT(row.size() == m_columns.size());
    ++m_added;
    if (m_db.backend() == Database::Backend::Sqlite)
        return addToSqlite(row);
    m_pending += row;
    if (m_pending.size() >= qsizetype(m_rowsPerStatement) * m_columns.size())
        return flush();
    return {};
}

// Rows are written as they come, so what they refer to, added before them, is already there.
Status BulkInsert::addToSqlite(const QVariantList& row)
{
    if (!m_handle)
        m_handle = sqliteHandle(m_db);
    sqlite3* handle = m_handle;
    if (!handle)
        return std::unexpected(
            Error::storage(Database::tr("The SQLite library of the connection is not available.")));
    if (!m_statement) {
        const QByteArray sql = statementFor(1).toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            return std::unexpected(sqliteError(handle, m_table));
    }
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (bind(m_statement, int(i) + 1, row[i]) != SQLITE_OK)
            return std::unexpected(sqliteError(handle, m_table));
    }
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (stepped != SQLITE_DONE)
        return std::unexpected(sqliteError(handle, m_table));
    return {};
}

Status BulkInsert::flush()
{
    if (m_pending.isEmpty())
        return {};
    for (BulkInsert* dependency : m_dependencies)
        LIAISON_TRY(dependency->flush());
    const int rows = int(m_pending.size() / m_columns.size());
    // A full batch reuses one prepared statement; the last, shorter one is prepared for itself.
    LIAISON_TRY(m_db.execute(statementFor(rows), m_pending));
    m_pending.clear();
    return {};
}

} // namespace liaison
