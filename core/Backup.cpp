#include "Backup.h"

#include "AuditAnchor.h"
#include "Database.h"
#include "Migrations.h"
#include "PrivateFiles.h"
#include "security/Permissions.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace liaison {
namespace {

// The process id of another process that has the SQLite database at path open, or 0 when none has.
// Every connection to a database in WAL mode holds a shared lock on one byte of its "-shm" file, the
// "dead man switch" (SQLite's os_unix.c, UNIX_SHM_DMS: byte 128), for as long as it is open; asking
// whether a write lock could be had there tells whether any other process holds the database. A
// process's own locks never conflict with its own query, and the probe's descriptor is closed only
// when this process has no connection to the file (closing any descriptor of a file drops the
// process's record locks on it).
pid_t anotherProcessHolding(const QString& databasePath)
{
    const QByteArray shm = QFile::encodeName(databasePath + QStringLiteral("-shm"));
    const int fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0; // no shared-memory file: nobody has the database open in WAL mode
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    const bool asked = ::fcntl(fd, F_GETLK, &probe) == 0;
    ::close(fd);
    return asked && probe.l_type != F_UNLCK ? probe.l_pid : 0;
}

// Opens a file read-only as SQLite, on a connection of its own, for the checks.
class ReadOnlyFile final
{
public:
    explicit ReadOnlyFile(const QString& path)
        : m_name(QStringLiteral("liaison-check-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~ReadOnlyFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlyFile)

    bool isOpen() const { return m_open; }
    // The first column of the first row; an invalid QVariant when the statement fails.
    QVariant value(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

Status Backup::take(const Database& db, const QString& path)
{
    LIAISON_TRY(Permissions::require(db, Permission::Backup));
    return write(db, path);
}

Status Backup::write(const Database& db, const QString& path)
{
    if (db.backend() != Database::Backend::Sqlite)
        return std::unexpected(Error::validation(
            tr("A PostgreSQL database is backed up on the server, with pg_dump; see the README.")));
    if (QFileInfo::exists(path))
        return std::unexpected(
            Error::validation(tr("%1 exists already; choose a new name for the backup.").arg(path)));
    // Written under a name of its own first, and renamed once it is checked: a half-written backup
    // never has the name asked for.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    // VACUUM INTO writes into an empty file as it finds it: made first, readable by its owner only.
    if (!PrivateFiles::createFile(partial))
        return std::unexpected(Error::storage(tr("The backup could not be written to %1.").arg(path)));
    if (const auto written = db.run(QStringLiteral("VACUUM INTO ?"), {partial}); !written) {
        QFile::remove(partial);
        return std::unexpected(Error::storage(
            tr("The backup could not be written to %1: %2").arg(path, written.error().message)));
    }
    if (const auto checked = check(partial); !checked) {
        QFile::remove(partial);
        return std::unexpected(checked.error());
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return std::unexpected(Error::storage(tr("The backup could not be written to %1.").arg(path)));
    }
    return {};
}

Result<Backup::Rotation> Backup::rotate(const Database& db, const QString& folder, const QDate& today)
{
    if (!PrivateFiles::makeFolder(folder))
        return std::unexpected(Error::storage(tr("The backup folder %1 could not be made.").arg(folder)));
    const QDir dir(folder);
    Rotation rotation;
    const QString daily =
        dir.filePath(QStringLiteral("liaisondesk-%1.sqlite").arg(today.toString(Qt::ISODate)));
    if (!QFileInfo::exists(daily)) {
        LIAISON_TRY(write(db, daily));
        rotation.taken = daily;
    }
    int weekYear = 0;
    const int week = today.weekNumber(&weekYear);
    const QString weekly = dir.filePath(
        QStringLiteral("liaisondesk-week-%1-W%2.sqlite").arg(weekYear).arg(week, 2, 10, QLatin1Char('0')));
    // The week's copy is the day's file under a second name (a hard link): the folder grows by one
    // database a day, not two. Where the file system has no hard links, it is a copy.
    if (!QFileInfo::exists(weekly) &&
        ::link(QFile::encodeName(daily).constData(), QFile::encodeName(weekly).constData()) != 0 &&
        !QFile::copy(daily, weekly))
        return std::unexpected(Error::storage(tr("The weekly backup %1 could not be written.").arg(weekly)));
    // The names sort by date: the newest come last.
    const auto prune = [&](const QString& pattern, const QRegularExpression& shape, int keep) {
        QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name);
        names.removeIf([&](const QString& name) { return !shape.match(name).hasMatch(); });
        for (qsizetype i = 0; i + keep < names.size(); ++i) {
            if (QFile::remove(dir.filePath(names.at(i))))
                rotation.removed << dir.filePath(names.at(i));
        }
    };
    prune(QStringLiteral("liaisondesk-*.sqlite"),
          QRegularExpression(QStringLiteral("^liaisondesk-\\d{4}-\\d{2}-\\d{2}\\.sqlite$")), dailyKept);
    prune(QStringLiteral("liaisondesk-week-*.sqlite"),
          QRegularExpression(QStringLiteral("^liaisondesk-week-\\d{4}-W\\d{2}\\.sqlite$")), weeklyKept);
    return rotation;
}

Result<int> Backup::check(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return std::unexpected(Error::notFound(tr("There is no file %1.").arg(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.read(16).startsWith("SQLite format 3"))
        return std::unexpected(
            Error::validation(tr("%1 is not a LiaisonDesk backup: not an SQLite database.").arg(path)));
    file.close();
    const ReadOnlyFile copy(path);
    if (!copy.isOpen())
        return std::unexpected(Error::validation(tr("%1 cannot be opened as a database.").arg(path)));
    const QVariant integrity = copy.value(QStringLiteral("PRAGMA integrity_check"));
    if (integrity.toString() != QLatin1StringView("ok"))
        return std::unexpected(
            Error::validation(tr("%1 is damaged (integrity check: %2).")
                                  .arg(path, integrity.isValid() ? integrity.toString() : tr("failed"))));
    const QVariant version = copy.value(QStringLiteral("SELECT version FROM schema_version"));
    if (!version.isValid())
        return std::unexpected(
            Error::validation(tr("%1 is not a LiaisonDesk backup: it has no schema version.").arg(path)));
    if (version.toInt() > Migrations::latestVersion())
        return std::unexpected(
            Error::validation(tr("%1 was made by a newer LiaisonDesk (schema %2); update the program first.")
                                  .arg(path)
                                  .arg(version.toInt())));
    return version.toInt();
}

Result<QString> Backup::restore(const QString& backupPath, const QString& databasePath)
{
    LIAISON_TRY(check(backupPath));
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        return std::unexpected(
            Error::validation(tr("The backup is the database itself; nothing was changed.")));
    // A desktop or liaisonctl still working on the database would go on writing into the file set
    // aside, and lose everything it wrote.
    if (const pid_t holder = anotherProcessHolding(databasePath)) {
        return std::unexpected(Error::conflict(
            tr("%1 is open in another program (process %2): close LiaisonDesk on this computer, or wait for "
               "liaisonctl to finish, then restore again. Nothing was changed.")
                .arg(databasePath)
                .arg(holder)));
    }
    // The database as it was is set aside whole: its write-ahead log folded in first when it still
    // opens, and moved along with it in any case (a damaged database is what a restore is often for).
    QString kept;
    if (QFileInfo::exists(databasePath)) {
        if (auto current = Database::open(databasePath, {false, -1}))
            (void)(*current)->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString stamp =
            QStringLiteral("%1.before-restore-%2")
                .arg(databasePath, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        kept = stamp;
        for (int n = 2; QFileInfo::exists(kept); ++n) // two restores within one second
            kept = stamp + QStringLiteral("-%1").arg(n);
        if (!QFile::rename(databasePath, kept))
            return std::unexpected(
                Error::storage(tr("%1 could not be set aside; nothing was changed.").arg(databasePath)));
        for (const char* suffix : {"-wal", "-shm"}) {
            if (QFileInfo::exists(databasePath + QLatin1StringView(suffix)))
                QFile::rename(databasePath + QLatin1StringView(suffix), kept + QLatin1StringView(suffix));
        }
    }
    const QString partial = databasePath + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial) || !PrivateFiles::restrict(partial) ||
        !QFile::rename(partial, databasePath)) {
        QFile::remove(partial);
        if (!kept.isEmpty()) { // put the database back as it was
            QFile::rename(kept, databasePath);
            for (const char* suffix : {"-wal", "-shm"})
                QFile::rename(kept + QLatin1StringView(suffix), databasePath + QLatin1StringView(suffix));
        }
        return std::unexpected(
            Error::storage(tr("%1 could not be written; the database is as it was.").arg(databasePath)));
    }
    // The restored log is legitimately older than what this computer anchored.
    AuditAnchor::forget(databasePath);
    return kept;
}

} // namespace liaison
