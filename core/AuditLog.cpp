#include "AuditLog.h"

#include "AuditAnchor.h"
#include "Database.h"
#include "security/Permissions.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>

namespace liaison {
namespace {

// Two PostgreSQL sessions never chain to the same last entry: from schema 8 every writer of the log,
// LiaisonDesk and the server's triggers (ServerAudit), locks the one row of audit_chain_lock, which no
// login may lock; before it (the upgrades that chain an older log), a lock by number.
constexpr qint64 chainLock = 7305483;

Status lockTheChain(Database& db)
{
    auto lockRow = db.scalar(QStringLiteral("SELECT to_regclass('audit_chain_lock') IS NOT NULL"));
    LIAISON_TRY(lockRow);
    if (lockRow->toBool())
        return toStatus(db.run(QStringLiteral("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE")));
    return toStatus(db.scalar(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {chainLock}));
}

// What an entry's hash covers: the previous entry's hash and every field, each written as its length
// and its UTF-8 bytes (a null before or after as "-"), so that no two entries read the same.
QString hashOf(const QString& previous, const QDateTime& at, const QString& actor, const QString& action,
               const QString& table, Id recordId, const QVariant& before, const QVariant& after)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString& text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(":");
        hash.addData(bytes);
    };
    const auto addOptional = [&](const QVariant& value) {
        if (value.isNull())
            hash.addData("-");
        else
            add(value.toString());
    };
    add(previous);
    add(at.toUTC().toString(Qt::ISODateWithMs));
    add(actor);
    add(action);
    add(table);
    add(QString::number(recordId));
    addOptional(before);
    addOptional(after);
    return QString::fromLatin1(hash.result().toHex());
}

// Once the entries are committed, this computer remembers the newest one outside the database: once
// per transaction, however many entries it writes.
void anchorAfterCommit(Database& db)
{
    QVariantHash& state = db.transactionState();
    const QString anchorKey = QStringLiteral("audit_log.anchor");
    if (state.contains(anchorKey))
        return;
    state.insert(anchorKey, true);
    db.afterCommit([&db] { AuditAnchor::advance(db); });
}

} // namespace

Status AuditLog::record(Database& db, const char* action, const QString& table, Id recordId,
                        const QVariant& before, const QVariant& after)
{
    // Milliseconds: both backends keep them.
    return recordHistory(db, QDateTime::currentDateTimeUtc(),
                         db.actor().isEmpty() ? QStringLiteral("system") : db.actor(), action, table,
                         recordId, before, after);
}

Status AuditLog::recordHistory(Database& db, const QDateTime& at, const QString& actor, const char* action,
                               const QString& table, Id recordId, const QVariant& before,
                               const QVariant& after)
{
    return db.transaction([&]() -> Status {
        // Signed in as their own server login, a user's changes are written into the log by the server
        // (ServerAudit), which they may not write themselves.
        if (db.session().serverLogin) {
            anchorAfterCommit(db);
            return {};
        }
        // Inside the transaction no one else can append to the log (SQLite's write lock, or the chain
        // lock on PostgreSQL), so the head of the chain is read once and then carried along: an import
        // of a hundred thousand rows asks for it once.
        QVariantHash& state = db.transactionState();
        const QString headKey = QStringLiteral("audit_log.head");
        if (!state.contains(headKey)) {
            if (db.backend() == Database::Backend::Postgres)
                LIAISON_TRY(lockTheChain(db));
            auto last = db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
            LIAISON_TRY(last);
            // Not a null string, which would be bound as SQL NULL: the first entry follows "".
            state.insert(headKey, last->isNull() ? QStringLiteral("") : last->toString());
        }
        const QString previous = state.value(headKey).toString();
        const QString actionName = QString::fromLatin1(action);
        const QString hash = hashOf(previous, at, actor, actionName, table, recordId, before, after);
        LIAISON_TRY(db.execute(
            QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, record_id, before_data, "
                           "after_data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {at, actor, actionName, table, recordId, before, after, previous, hash}));
        state.insert(headKey, hash);
        anchorAfterCommit(db);
        return {};
    });
}

Result<QList<AuditLog::Entry>> AuditLog::entries(const Database& db, const Filter& filter)
{
    LIAISON_TRY(Permissions::require(db, Permission::ViewAudit));
    QStringList conditions;
    QVariantList binds;
    if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ?");
        binds << filter.actor;
    }
    if (!filter.table.isEmpty()) {
        conditions << QStringLiteral("table_name = ?");
        binds << filter.table;
    }
    if (filter.recordId) {
        conditions << QStringLiteral("record_id = ?");
        binds << *filter.recordId;
    }
    // Local days, as the user reads them, turned into the instants the log keeps.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds << filter.from.startOfDay().toUTC();
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        binds << filter.to.addDays(1).startOfDay().toUTC();
    }
    QString sql =
        QStringLiteral("SELECT id, at, actor, action, table_name, record_id, before_data, after_data "
                       "FROM audit_log");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(std::max(1, filter.limit));
    auto rows = db.run(sql, binds);
    LIAISON_TRY(rows);
    QList<Entry> found;
    while (rows->next()) {
        found << Entry{rows->value(0).toLongLong(), rows->value(1).toDateTime().toUTC(),
                       rows->value(2).toString(),   rows->value(3).toString(),
                       rows->value(4).toString(),   rows->value(5).toLongLong(),
                       rows->value(6).toString(),   rows->value(7).toString()};
    }
    return found;
}

namespace {

Result<QStringList> distinctValues(const Database& db, const QString& column)
{
    LIAISON_TRY(Permissions::require(db, Permission::ViewAudit));
    auto rows = db.run(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
    LIAISON_TRY(rows);
    QStringList values;
    while (rows->next())
        values << rows->value(0).toString();
    return values;
}

} // namespace

Result<QStringList> AuditLog::actors(const Database& db)
{
    return distinctValues(db, QStringLiteral("actor"));
}

Result<QStringList> AuditLog::tables(const Database& db)
{
    return distinctValues(db, QStringLiteral("table_name"));
}

Result<AuditLog::Check> AuditLog::verify(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::ViewAudit));
    auto rows = db.run(QStringLiteral("SELECT id, at, actor, action, table_name, record_id, before_data, "
                                      "after_data, prev_hash, hash FROM audit_log ORDER BY id"));
    LIAISON_TRY(rows);
    Check check;
    QString previous;
    while (rows->next()) {
        ++check.entries;
        if (check.firstBroken)
            continue;
        const Id id = rows->value(0).toLongLong();
        const QString stored = rows->value(9).toString();
        if (rows->value(8).toString() != previous) {
            check.firstBroken = id;
            check.reason = tr("it does not follow the entry before it: an entry was removed or changed");
        } else if (stored != hashOf(previous, rows->value(1).toDateTime(), rows->value(2).toString(),
                                    rows->value(3).toString(), rows->value(4).toString(),
                                    rows->value(5).toLongLong(), rows->value(6), rows->value(7))) {
            check.firstBroken = id;
            check.reason = tr("its contents were changed after it was written");
        }
        previous = stored;
    }
    if (!check.firstBroken)
        LIAISON_TRY(compareWithTheAnchor(db, check));
    return check;
}

// The newest entries removed, or the last one rewritten with a hash to match, leave the chain whole:
// the anchor this computer kept outside the database tells.
Status AuditLog::compareWithTheAnchor(const Database& db, Check& check)
{
    const auto anchor = AuditAnchor::read(db);
    if (!anchor)
        return {};
    const QString seen = QLocale().toString(anchor->at.toLocalTime(), QLocale::ShortFormat);
    auto first = db.run(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id LIMIT 1"));
    LIAISON_TRY(first);
    if (!first->next()) {
        check.firstBroken = anchor->id;
        check.reason =
            tr("every entry was removed; this computer saw entry %1 on %2").arg(anchor->id).arg(seen);
        return {};
    }
    if (first->value(1).toString() != anchor->firstHash) {
        check.firstBroken = first->value(0).toLongLong();
        check.reason =
            tr("the log begins with another entry than the one this computer saw on %1: the database "
               "was replaced or its log rewritten")
                .arg(seen);
        return {};
    }
    auto anchored = db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {anchor->id});
    LIAISON_TRY(anchored);
    if (anchored->isNull()) {
        check.firstBroken = anchor->id;
        check.reason = tr("it was removed, with any entry after it; this computer saw it on %1").arg(seen);
    } else if (anchored->toString() != anchor->hash) {
        check.firstBroken = anchor->id;
        check.reason = tr("it was rewritten after this computer saw it on %1").arg(seen);
    }
    return {};
}

Status AuditLog::chainExisting(Database& db)
{
    auto rows = db.run(QStringLiteral("SELECT id, at, actor, action, table_name, record_id, before_data, "
                                      "after_data FROM audit_log ORDER BY id"));
    LIAISON_TRY(rows);
    struct Entry
    {
        Id id;
        QString previous;
        QString hash;
    };
    QList<Entry> entries;
    QString previous = QStringLiteral(""); // bound as text, not NULL
    while (rows->next()) {
        const QString hash = hashOf(previous, rows->value(1).toDateTime(), rows->value(2).toString(),
                                    rows->value(3).toString(), rows->value(4).toString(),
                                    rows->value(5).toLongLong(), rows->value(6), rows->value(7));
        entries << Entry{rows->value(0).toLongLong(), previous, hash};
        previous = hash;
    }
    for (const Entry& entry : entries)
        LIAISON_TRY(db.execute(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
                               {entry.previous, entry.hash, entry.id}));
    return {};
}

Status AuditLog::protect(Database& db)
{
    if (db.backend() == Database::Backend::Sqlite) {
        for (const char* verb : {"UPDATE", "DELETE"}) {
            LIAISON_TRY(
                db.run(QStringLiteral("CREATE TRIGGER audit_log_no_%1 BEFORE %2 ON audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
                           .arg(QString::fromLatin1(verb).toLower(), QLatin1StringView(verb))));
        }
        return {};
    }
    LIAISON_TRY(db.run(
        QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$")));
    LIAISON_TRY(
        db.run(QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                              "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")));
    LIAISON_TRY(db.run(QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                                      "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()")));
    LIAISON_TRY(db.run(QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC")));
    return {};
}

} // namespace liaison
