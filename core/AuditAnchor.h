#pragma once

#include "Entities.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace liaison {

class Database;

// The head of a database's audit chain as this computer last saw it (the entry's number and hash, and
// the chain's first hash), kept outside the database, in the user's own data folder, readable by them
// only. The chain itself shows an entry changed or removed in the middle; only something outside the
// table shows the newest entries removed, or the last one rewritten with a matching hash. Whoever
// holds the database file or the owner's credential can still rewrite the log; what they cannot do is
// hide it from an account whose anchor is newer than what they changed.
class AuditAnchor final
{
public:
    struct Head
    {
        Id id = 0;
        QString hash;
        QString firstHash; // the chain's first entry: another database at the same place has another
        QDateTime at;      // when this computer saw it (UTC)
    };

    // Anchors the newest entry the connection sees, unless the anchor already holds a newer one of the
    // same chain. Called after a commit that added entries; failures are not the writer's concern (the
    // anchor is a check, never a reason to refuse a change), so nothing is returned.
    static void advance(const Database& db);
    // The anchor of the database, if this account has one.
    static std::optional<Head> read(const Database& db);
    // Forgets the anchor of the database at spec (an SQLite path or a server URL): after a restore the
    // log is legitimately an older one.
    static void forget(const QString& spec);
    // Where the anchor of the database at spec is kept.
    static QString pathFor(const QString& spec);
};

} // namespace liaison
