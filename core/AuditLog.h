#pragma once

#include "Entities.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

namespace liaison {

class Database;

// The audit trail: every write leaves one entry (who, when, which record, before and after). Entries
// are only ever added (the database refuses to change or remove one) and chained: each entry's hash
// covers its own contents and the hash of the entry before it, so changing or removing an entry by
// other means breaks the chain at that entry, and verify() finds it; the newest entries removed, or the
// last one rewritten, it finds by the chain's head kept outside the database (AuditAnchor).
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::AuditLog)

public:
    struct Check
    {
        qint64 entries = 0;
        Id firstBroken = 0; // 0 when the chain is intact
        QString reason;     // why the first broken entry is broken
    };

    struct Entry
    {
        Id id = 0;
        QDateTime at;
        QString actor;
        QString action; // create, update, delete
        QString table;
        Id recordId = 0;
        QString before; // JSON text, empty for a record created
        QString after;
    };

    // What the audit page asks for; an empty field does not filter.
    struct Filter
    {
        QString actor;
        QString table;
        OptionalId recordId;
        QDate from; // local days, both included
        QDate to;
        int limit = 2000; // the newest entries first
    };

    // Adds an entry, chained to the last one, inside the caller's transaction. before and after are
    // JSON text, or null for a record created or removed.
    [[nodiscard]] static Status record(Database& db, const char* action, const QString& table, Id recordId,
                                       const QVariant& before, const QVariant& after);
    // The same for history loaded in bulk (the scale scenario): the entry carries the time and the actor
    // of the change it records, not the loader's.
    [[nodiscard]] static Status recordHistory(Database& db, const QDateTime& at, const QString& actor,
                                              const char* action, const QString& table, Id recordId,
                                              const QVariant& before, const QVariant& after);
    // The entries that match, newest first; for administrators.
    [[nodiscard]] static Result<QList<Entry>> entries(const Database& db, const Filter& filter);
    // Who has written and which tables have entries, for the audit page's choices.
    [[nodiscard]] static Result<QStringList> actors(const Database& db);
    [[nodiscard]] static Result<QStringList> tables(const Database& db);
    // Walks the whole chain in order, then compares its head with this computer's anchor (AuditAnchor):
    // the newest entries removed or rewritten are found too; for administrators.
    [[nodiscard]] static Result<Check> verify(const Database& db);
    // Computes the chain of entries written before the log was chained (schema 4).
    [[nodiscard]] static Status chainExisting(Database& db);
    // Makes the log append-only: triggers that refuse UPDATE and DELETE (and, on PostgreSQL, the
    // privileges to change it withdrawn from everyone but its owner).
    [[nodiscard]] static Status protect(Database& db);

private:
    static Status compareWithTheAnchor(const Database& db, Check& check);
};

} // namespace liaison
