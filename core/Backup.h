#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace liaison {

class Database;

// Copies of an SQLite database that can be trusted: taken consistently while the program and others
// go on writing (VACUUM INTO reads one snapshot), checked before they are kept, and checked again
// before one replaces the database. PostgreSQL is backed up with pg_dump (see the README).
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Backup)

public:
    // Writes a copy of the open database to path, which must not exist yet; nothing is left behind
    // when it fails.
    [[nodiscard]] static Status take(const Database& db, const QString& path);
    // Whether the file is a sound LiaisonDesk database this program can open: SQLite, passing
    // integrity_check, with a schema version no newer than this program's. The schema version.
    [[nodiscard]] static Result<int> check(const QString& path);
    // Replaces the database file with the backup after checking it; the database as it was is kept
    // next to it, under a name that says when. The kept file's path.
    [[nodiscard]] static Result<QString> restore(const QString& backupPath, const QString& databasePath);
};

} // namespace liaison
