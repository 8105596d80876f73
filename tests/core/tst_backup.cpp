#include "Backup.h"
#include "DailyBackup.h"
#include "Database.h"
#include "EntityTraits.h"
#include "ScratchDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace liaison;
using liaison::test::ScratchDatabase;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void dailyBackupsRotate();
    void theDesktopsBackupRunsInTheBackground();
    void backingUpNeedsAnAdministrator();
    void filesAreReadableByTheirOwnerOnly();
    void restoreWaitsForOtherProcesses();
};

void TestBackup::dailyBackupsRotate()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(Repository<Area>(*db).create({0, QStringLiteral("备份街道"), AreaKind::Street, {}, true}));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("backups"));
    // Someone's own file in the folder is never touched.
    QVERIFY(QDir().mkpath(folder));
    QFile own(QDir(folder).filePath(QStringLiteral("liaisondesk-before-the-move.sqlite")));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("keep me");
    own.close();

    const QDate first(2026, 1, 1);
    for (int day = 0; day < 40; ++day) {
        const auto rotation = Backup::rotate(*db, folder, first.addDays(day));
        QVERIFY2(rotation, qPrintable(rotation ? QString() : rotation.error().message));
        QVERIFY(!rotation->taken.isEmpty());
    }
    // The same day again: nothing new.
    const auto again = Backup::rotate(*db, folder, first.addDays(39));
    QVERIFY(again && again->taken.isEmpty() && again->removed.isEmpty());

    const QDir backups(folder);
    QStringList daily =
        backups.entryList({QStringLiteral("liaisondesk-20*.sqlite")}, QDir::Files, QDir::Name);
    QStringList expectedDaily;
    for (int day = 33; day < 40; ++day)
        expectedDaily
            << QStringLiteral("liaisondesk-%1.sqlite").arg(first.addDays(day).toString(Qt::ISODate));
    QCOMPARE(daily, expectedDaily);
    // 2026-01-01 is in ISO week 1; day 39 (2026-02-09) in week 7: weeks 4 to 7 are kept.
    const QStringList weekly =
        backups.entryList({QStringLiteral("liaisondesk-week-*.sqlite")}, QDir::Files, QDir::Name);
    QCOMPARE(weekly, (QStringList{QStringLiteral("liaisondesk-week-2026-W04.sqlite"),
                                  QStringLiteral("liaisondesk-week-2026-W05.sqlite"),
                                  QStringLiteral("liaisondesk-week-2026-W06.sqlite"),
                                  QStringLiteral("liaisondesk-week-2026-W07.sqlite")}));
    for (const QString& name : daily + weekly) {
        const auto checked = Backup::check(backups.filePath(name));
        QVERIFY2(checked, qPrintable(name));
    }
    // The week's copy is the first day's file of that week under a second name, not a second copy:
    // 2026-02-09, the Monday of week 7, is one file with two names.
    struct stat dayFile
    {
    };
    struct stat weekFile
    {
    };
    QCOMPARE(
        ::stat(
            QFile::encodeName(backups.filePath(QStringLiteral("liaisondesk-2026-02-09.sqlite"))).constData(),
            &dayFile),
        0);
    QCOMPARE(::stat(QFile::encodeName(backups.filePath(QStringLiteral("liaisondesk-week-2026-W07.sqlite")))
                        .constData(),
                    &weekFile),
             0);
    QCOMPARE(dayFile.st_ino, weekFile.st_ino);
    QCOMPARE(dayFile.st_nlink, nlink_t(2));
    QVERIFY(QFile::exists(own.fileName()));
}

// What the desktop starts once its window is up: today's copy, on a thread with a connection of its own,
// told by a signal; a second start the same run does nothing.
void TestBackup::theDesktopsBackupRunsInTheBackground()
{
    if (ScratchDatabase::onPostgres())
        QSKIP("SQLite files only");
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(Repository<Area>(*db).create({0, QStringLiteral("后台备份街道"), AreaKind::Street, {}, true}));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("backups"));
    DailyBackup backup;
    QSignalSpy finished(&backup, &DailyBackup::finished);
    backup.start(db->spec(), folder);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toString().contains(folder),
             qPrintable(finished.first().first().toString()));
    const QString today = QDir(folder).filePath(
        QStringLiteral("liaisondesk-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(Backup::check(today));
    // The worker tells before it ends: let it end, then a second start must take no second copy.
    backup.wait();
    backup.start(db->spec(), folder);
    QVERIFY(!backup.isRunning());
    QVERIFY(!finished.wait(1500));
    QCOMPARE(finished.size(), 1);
}

void TestBackup::backingUpNeedsAnAdministrator()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QTemporaryDir dir;
    db->actAs(Session::forUser(0, QStringLiteral("officer"), Role::Officer, std::nullopt));
    const Status refused = Backup::take(*db, dir.filePath(QStringLiteral("copy.sqlite")));
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().kind), int(Error::Kind::Permission));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.sqlite"))));
    // The daily rotation is housekeeping done for everyone.
    QVERIFY(Backup::rotate(*db, dir.filePath(QStringLiteral("backups")), QDate(2026, 3, 2)));
}

namespace {

// True when neither the group nor others may read, write or enter.
bool ownerOnly(const QString& path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFileInfo::exists(path) && (QFile::permissions(path) & others) == QFile::Permissions{};
}

} // namespace

void TestBackup::filesAreReadableByTheirOwnerOnly()
{
    // The usual umask would make everything world-readable.
    const mode_t umaskBefore = ::umask(022);
    const auto restoreUmask = qScopeGuard([&] { ::umask(umaskBefore); });
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/LiaisonDesk"));
    const QString path = QDir(folder).filePath(QStringLiteral("liaisondesk.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(ownerOnly(dir.filePath(QStringLiteral("data"))));
        QVERIFY(ownerOnly(folder));
        QVERIFY(ownerOnly(path));
        QVERIFY(ownerOnly(path + QStringLiteral("-wal")));

        const QString backups = QDir(folder).filePath(QStringLiteral("backups"));
        const auto rotation = Backup::rotate(**db, backups, QDate(2026, 12, 2));
        QVERIFY2(rotation, qPrintable(rotation ? QString() : rotation.error().message));
        QVERIFY(ownerOnly(backups));
        const QStringList copies = QDir(backups).entryList(QDir::Files);
        QCOMPARE(copies.size(), 2); // the day's and the week's
        for (const QString& name : copies)
            QVERIFY2(ownerOnly(QDir(backups).filePath(name)), qPrintable(name));

        // A backup restored from a readable copy is the owner's only again.
        const QString shared = dir.filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(QFile::copy(rotation->taken, shared));
        QVERIFY(QFile::setPermissions(shared, QFile::permissions(shared) | QFile::ReadOther));
        const QString restored = dir.filePath(QStringLiteral("restored.sqlite"));
        QVERIFY(Backup::restore(shared, restored));
        QVERIFY(ownerOnly(restored));
    }
}

void TestBackup::restoreWaitsForOtherProcesses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("held.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto db = Database::open(path, {true, -1});
        QVERIFY(db);
        (*db)->actAs(Session::forUser(1, QStringLiteral("tester"), Role::Admin, std::nullopt));
        QVERIFY(Backup::take(**db, copy));
    }
    // Another program (here the sqlite3 shell, as another desktop would) has the database open.
    QProcess other;
    other.start(QStringLiteral("sqlite3"), {path});
    QVERIFY(other.waitForStarted());
    other.write("SELECT COUNT(*) FROM sqlite_master;\n");
    QVERIFY(other.waitForReadyRead(10000));
    const QByteArray before = fileBytes(path);
    const auto refused = Backup::restore(copy, path);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().kind), int(Error::Kind::Conflict));
    QVERIFY2(refused.error().message.contains(QString::number(other.processId())),
             qPrintable(refused.error().message));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}), QStringList());
    // Closed there, the restore goes through.
    other.closeWriteChannel();
    QVERIFY(other.waitForFinished(10000));
    const auto restored = Backup::restore(copy, path);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    QVERIFY(QFileInfo::exists(*restored));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
