#pragma once

#include "Error.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantHash>
#include <QVariantList>

#include <functional>
#include <memory>
#include <vector>

namespace liaison {

// One open LiaisonDesk database: an SQLite file or a PostgreSQL server, opened, checked and upgraded
// to the current schema. All SQL goes through run() with bound values; transaction() gives each user
// action all-or-nothing behaviour on both backends.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Database)

public:
    enum class Backend { Sqlite, Postgres };

    struct OpenOptions
    {
        bool createIfMissing = true;
        int upgradeToVersion = -1; // -1: the latest; tests build older databases with a smaller number
    };

    // spec is a file path or a postgresql://user[:password]@host[:port]/dbname URL.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& spec, OpenOptions options);
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& spec)
    {
        return open(spec, OpenOptions{});
    }
    static bool isPostgresUrl(const QString& spec);
    // The per-user SQLite file the GUI and liaisonctl use when no database is named.
    static QString defaultLocation();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Backend backend() const { return m_backend; }
    QString displayName() const { return m_displayName; }
    // What the database was opened with (may hold a password: never shown), to open it again, e.g.
    // from a worker thread, which needs a connection of its own.
    QString spec() const { return m_spec; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }

    // Who is acting on this connection: what the services let them do and the name in the audit log.
    // UserAccounts::signIn sets it after checking the password; set-up code and tests that act as
    // someone without a password (the first start of an empty database, the reference scenario) set it
    // themselves.
    const Session& session() const { return m_session; }
    void actAs(Session session) { m_session = std::move(session); }
    void signOut() { m_session = {}; }
    QString actor() const { return m_session.userName; }

    [[nodiscard]] Result<QSqlQuery> run(const QString& sql, const QVariantList& binds = {}) const;
    // The first column of the first row, or a null QVariant when there is no row; also for an INSERT …
    // RETURNING. A statement with binds is prepared once and kept for the next call.
    [[nodiscard]] Result<QVariant> scalar(const QString& sql, const QVariantList& binds = {}) const;
    // A statement whose rows, if any, are not wanted (INSERT, UPDATE, DELETE), kept like scalar's.
    [[nodiscard]] Status execute(const QString& sql, const QVariantList& binds = {}) const;
    // What a service keeps for the length of the outermost transaction, because nobody else can change
    // it meanwhile (the audit log's last hash, for one); forgotten when the transaction ends. Empty
    // outside a transaction.
    QVariantHash& transactionState() { return m_transactionState; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs work inside one transaction: committed when it succeeds, rolled back when it fails.
    // Nested calls join the outer transaction.
    [[nodiscard]] Status transaction(const std::function<Status()>& work);
    // Work for once the outermost transaction has committed, and not at all if it rolls back: what must
    // follow only a change that happened (the audit anchor). Outside a transaction it runs at once.
    void afterCommit(std::function<void()> work);

private:
    Database(Backend backend, QString connectionName, QString displayName);
    Status configure();
    Status checkIsLiaisonDatabase();
    Status migrate(int targetVersion);
    // Begins, commits or rolls back a transaction.
    Status control(const QString& sql, bool endsTransaction);

    Backend m_backend;
    QString m_connectionName;
    QString m_displayName;
    QString m_spec;
    Session m_session;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    // The statements scalar() has prepared, by their SQL.
    static constexpr qsizetype maxPreparedStatements = 256;
    mutable QHash<QString, QSqlQuery> m_prepared;
    QVariantHash m_transactionState;
    std::vector<std::function<void()>> m_afterCommit;
};

// Binding helpers: an absent id or date is bound as SQL NULL.
QVariant nullable(const std::optional<qint64>& id);
QVariant nullable(const QDate& date);
std::optional<qint64> optionalId(const QVariant& value);
// A LIKE pattern that finds text anywhere, with LIKE's own wildcards in it taken literally
// (use with ESCAPE '\\').
QString containsPattern(const QString& text);

} // namespace liaison
