#include "Database.h"

#include "Migrations.h"
#include "PrivateFiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace liaison {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("liaison-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString sqlErrorText(const QSqlError& error)
{
    // Drivers report several lines (PostgreSQL adds hints); a person reads one.
    const QString text = error.databaseText().simplified();
    return text.isEmpty() ? error.text().simplified() : text;
}

} // namespace

bool Database::isPostgresUrl(const QString& spec)
{
    return spec.startsWith(QLatin1StringView("postgresql://")) ||
           spec.startsWith(QLatin1StringView("postgres://"));
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("liaisondesk.sqlite"));
}

Database::Database(Backend backend, QString connectionName, QString displayName)
    : m_backend(backend), m_connectionName(std::move(connectionName)), m_displayName(std::move(displayName))
{
}

Database::~Database()
{
    m_prepared.clear(); // the kept statements let go of the connection before it closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& spec, OpenOptions options)
{
    if (spec.trimmed().isEmpty())
        return std::unexpected(Error::validation(tr("No database was named.")));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database;

    if (isPostgresUrl(spec)) {
        const QUrl url(spec, QUrl::StrictMode);
        const QString dbName = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/'))) {
            // The address is repeated without its password, which must never reach a screen or a log.
            QUrl redacted(spec);
            redacted.setPassword(QString());
            return std::unexpected(Error::validation(
                tr("“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database.")
                    .arg(redacted.isValid() ? redacted.toString() : QStringLiteral("postgresql://…"))));
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return std::unexpected(
                Error::storage(tr("The PostgreSQL driver for Qt (QPSQL) is not installed.")));
        QUrl shown = url;
        shown.setPassword(QString());
        database.reset(new Database(Backend::Postgres, name, shown.toString()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(dbName);
        db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        // TLS as the address asks (?sslmode=verify-full&sslrootcert=…); nothing else is passed on.
        QStringList connectOptions{QStringLiteral("connect_timeout=10")};
        static const QStringList tlsOptions = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                               QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                               QStringLiteral("sslcrl")};
        static const QRegularExpression plainValue(QStringLiteral("^[A-Za-z0-9_./~+-]+$"));
        for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (!tlsOptions.contains(key) || !plainValue.match(value).hasMatch()) {
                return std::unexpected(Error::validation(
                    tr("The PostgreSQL address may carry only %1, as plain values; “%2” is not one.")
                        .arg(tlsOptions.join(QStringLiteral(", ")), key.left(40))));
            }
            connectOptions << key + QLatin1Char('=') + value;
        }
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        if (!db.open()) {
            return std::unexpected(
                Error::storage(tr("Cannot connect to the PostgreSQL server %1: %2")
                                   .arg(database->displayName(), sqlErrorText(db.lastError()))));
        }
    } else {
        const QFileInfo file(spec);
        if (!file.exists() && !options.createIfMissing) {
            return std::unexpected(Error::notFound(
                tr("The database %1 does not exist; create it with “liaisonctl init”.").arg(spec)));
        }
        if (file.exists() && !file.isFile())
            return std::unexpected(Error::validation(tr("%1 is not a database file.").arg(spec)));
        if (!file.exists() && !PrivateFiles::makeFolder(file.absolutePath())) {
            return std::unexpected(
                Error::storage(tr("Cannot create the folder %1 for the database.").arg(file.absolutePath())));
        }
        if (!file.exists() && !PrivateFiles::createFile(file.absoluteFilePath())) {
            return std::unexpected(Error::storage(tr("Cannot create the database file %1.").arg(spec)));
        }
        database.reset(new Database(Backend::Sqlite, name, file.absoluteFilePath()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            return std::unexpected(Error::storage(
                tr("Cannot open the database %1: %2").arg(spec, sqlErrorText(db.lastError()))));
        }
    }

    database->m_spec = spec;
    if (Status configured = database->configure(); !configured)
        return std::unexpected(configured.error());
    if (Status checked = database->checkIsLiaisonDatabase(); !checked)
        return std::unexpected(checked.error());
    const int target = options.upgradeToVersion < 0 ? Migrations::latestVersion() : options.upgradeToVersion;
    if (Status migrated = database->migrate(target); !migrated)
        return std::unexpected(migrated.error());
    return database;
}

Status Database::configure()
{
    if (m_backend == Backend::Postgres) {
        // Dates and times travel as ISO text; a fixed zone keeps timestamps comparable between desktops.
        return toStatus(run(QStringLiteral("SET TIME ZONE 'UTC'")));
    }
    // Durable, concurrent SQLite: WAL lets the GUI read while liaisonctl writes; FULL syncs every commit.
    QSqlQuery probe(connection());
    if (!probe.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        return std::unexpected(Error::storage(tr("%1 is not an SQLite database file (%2).")
                                                  .arg(m_displayName, sqlErrorText(probe.lastError()))));
    }
    for (const char* pragma :
         {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000",
          // 64 MB of page cache: a large import's transaction stays in memory until it commits.
          "PRAGMA cache_size=-65536"}) {
        if (auto done = run(QString::fromLatin1(pragma)); !done)
            return std::unexpected(done.error());
    }
    return {};
}

Status Database::checkIsLiaisonDatabase()
{
    const QStringList tables = connection().tables();
    if (tables.isEmpty() || tables.contains(QStringLiteral("schema_version")))
        return {};
    return std::unexpected(Error::validation(
        tr("%1 already holds other data and is not a LiaisonDesk database; nothing was changed.")
            .arg(m_displayName)));
}

Status Database::migrate(int targetVersion)
{
    auto reached = Migrations::apply(*this, targetVersion);
    if (!reached)
        return std::unexpected(reached.error());
    m_schemaVersion = *reached;
    return {};
}

Result<QSqlQuery> Database::run(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // Without values to bind, the statement runs directly: PostgreSQL cannot prepare transaction
    // control, SET or DDL statements. Such a statement may change the schema under the statements
    // scalar() keeps, so they are let go first (before it runs: PostgreSQL's driver cannot release a
    // statement while another one's rows are waiting to be read) and prepared afresh after it.
    if (binds.isEmpty()) {
        m_prepared.clear();
        if (!query.exec(sql)) {
            return std::unexpected(Error::storage(
                tr("The database reported an error: %1").arg(sqlErrorText(query.lastError()))));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return std::unexpected(
            Error::storage(tr("The database refused a statement: %1").arg(sqlErrorText(query.lastError()))));
    }
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        return std::unexpected(
            Error::storage(tr("The database reported an error: %1").arg(sqlErrorText(query.lastError()))));
    }
    return query;
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& binds) const
{
    if (binds.isEmpty()) {
        auto query = run(sql, binds);
        if (!query)
            return std::unexpected(query.error());
        if (!query->next())
            return QVariant();
        return query->value(0);
    }
    // The statement is prepared once and kept: the checks and inserts that run for every row of an
    // import are parsed once, not a hundred thousand times. Its result is read and let go before
    // returning, so the kept statement is free for the next call.
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        if (m_prepared.size() >= maxPreparedStatements)
            m_prepared.clear();
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return std::unexpected(Error::storage(
                tr("The database refused a statement: %1").arg(sqlErrorText(query.lastError()))));
        }
        found = m_prepared.insert(sql, query);
    }
    QSqlQuery& query = *found;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds[i]);
    if (!query.exec()) {
        const QString message = sqlErrorText(query.lastError());
        query.finish(); // kept: PostgreSQL cannot release a statement inside a failed transaction
        return std::unexpected(Error::storage(tr("The database reported an error: %1").arg(message)));
    }
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

Status Database::execute(const QString& sql, const QVariantList& binds) const
{
    if (binds.isEmpty())
        return toStatus(run(sql));
    return toStatus(scalar(sql, binds));
}

Status Database::control(const QString& sql, bool endsTransaction)
{
    // The kept statements stay: a whole import reuses them inside its transaction. Once a transaction
    // has ended (a rollback may have undone a change of the schema), they are let go; the server can
    // release them then, which it refuses inside a failed transaction.
    QSqlQuery query(connection());
    const bool ran = query.exec(sql);
    const QString error = ran ? QString() : sqlErrorText(query.lastError());
    query.finish();
    m_transactionState.clear();
    if (endsTransaction)
        m_prepared.clear();
    if (!ran)
        return std::unexpected(Error::storage(tr("The database reported an error: %1").arg(error)));
    return {};
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    // IMMEDIATE takes SQLite's write lock up front, so two writers wait for each other instead of failing
    // half-way through.
    const QString begin =
        m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto begun = control(begin, false); !begun)
        return begun;
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    std::vector<std::function<void()>> afterwards = std::exchange(m_afterCommit, {});
    if (!result) {
        (void)control(QStringLiteral("ROLLBACK"), true);
        return result;
    }
    if (auto committed = control(QStringLiteral("COMMIT"), true); !committed) {
        (void)control(QStringLiteral("ROLLBACK"), true);
        return committed;
    }
    for (const auto& then : afterwards)
        then();
    return {};
}

void Database::afterCommit(std::function<void()> work)
{
    if (m_transactionDepth > 0)
        m_afterCommit.push_back(std::move(work));
    else
        work();
}

QVariant nullable(const std::optional<qint64>& id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullable(const QDate& date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1StringView("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1StringView("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1StringView("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

std::optional<qint64> optionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace liaison
