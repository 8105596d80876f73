#include "Backup.h"
#include "Database.h"
#include "EntityTraits.h"
#include "ScratchDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void dailyBackupsRotate();
    void backingUpNeedsAnAdministrator();
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
    QVERIFY(QFile::exists(own.fileName()));
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

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
