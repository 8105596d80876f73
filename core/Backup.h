#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

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
    struct Rotation
    {
        QString taken;       // the daily backup written now; empty when today's existed already
        QStringList removed; // backups past their keep
    };
    static constexpr int dailyKept = 7;
    static constexpr int weeklyKept = 4;
    // The daily backup the desktop takes when it starts: one per day (liaisondesk-YYYY-MM-DD.sqlite)
    // and one per ISO week (liaisondesk-week-YYYY-Www.sqlite) in folder, keeping the newest 7 daily and
    // 4 weekly copies and removing older ones. Housekeeping on behalf of everyone, so it needs no
    // permission; it only ever writes into folder.
    [[nodiscard]] static Result<Rotation> rotate(const Database& db, const QString& folder,
                                                 const QDate& today);
    // Replaces the database file with the backup after checking it; the database as it was is kept
    // next to it, under a name that says when. The kept file's path. Refused, changing nothing, while
    // another process has the database open; the calling process must have closed its own
    // connections to it.
    [[nodiscard]] static Result<QString> restore(const QString& backupPath, const QString& databasePath);

private:
    static Status write(const Database& db, const QString& path);
};

} // namespace liaison
