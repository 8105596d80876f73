#include "AuditLog.h"
#include "Database.h"
#include "EntityTraits.h"
#include "Migrations.h"
#include "ScratchDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestSchema final : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchema();
    void everyEntityHasItsTable();
    void sqliteIsDurableAndConcurrent();
    void reopeningKeepsData();
    void upgradesVersionOneInPlace();
    void upgradeChainsTheAuditLog();
    void refusesNewerSchema();
    void refusesForeignData();
    void refusesFileThatIsNotSqlite();
    void missingFileIsNotCreatedUnlessAsked();
    void badPostgresUrl();
    void constraintsHoldWithoutTheCore();
    void transactionRollsBackEverything();
};

void TestSchema::createsLatestSchema()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);
    auto categories = db->scalar(QStringLiteral("SELECT COUNT(*) FROM issue_category"));
    QVERIFY(categories);
    QCOMPARE(categories->toInt(), 8);
}

void TestSchema::everyEntityHasItsTable()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    const QStringList tables = db->connection().tables();
    for (const char* table :
         {"area", "unit", "person", "enterprise", "enterprise_tag", "contact", "duty_assignment", "visit",
          "issue_category", "issue", "issue_event", "permit_request", "supply_link", "staff_transfer",
          "whitelist_batch", "production_status_change", "app_user", "audit_log", "schema_version"}) {
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }
}

void TestSchema::sqliteIsDurableAndConcurrent()
{
    if (ScratchDatabase::onPostgres())
        QSKIP("SQLite pragmas; PostgreSQL is durable and concurrent by itself");
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
    QVERIFY(db->scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 5000);
}

void TestSchema::reopeningKeepsData()
{
    ScratchDatabase scratch;
    {
        auto db = scratch.open();
        QVERIFY(db);
        QVERIFY(Repository<Unit>(*db).create({0, QStringLiteral("区经济信息委"), {}}));
    }
    auto db = scratch.open();
    QVERIFY(db);
    auto units = Repository<Unit>(*db).list();
    QVERIFY(units);
    QCOMPARE(units->size(), 1);
    QCOMPARE(units->front().name, QStringLiteral("区经济信息委"));
}

void TestSchema::upgradesVersionOneInPlace()
{
    ScratchDatabase scratch;
    {
        auto old = scratch.open({true, 1});
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), 1);
        QVERIFY(
            !old->connection().record(QStringLiteral("enterprise")).contains(QStringLiteral("name_pinyin")));
        // What a version-1 program wrote: raw SQL, as the repositories of today know nothing older.
        QVERIFY(old->run(QStringLiteral("INSERT INTO area (name, kind) VALUES ('九龙工业园区', 'park')")));
        QVERIFY(
            old->run(QStringLiteral("INSERT INTO enterprise (name, credit_code, industry, area_id, scale, "
                                    "production_status) VALUES ('重庆隆鑫通用动力股份有限公司', "
                                    "'91350100M000100Y43', '摩托车', "
                                    "(SELECT id FROM area), 'direct', 'normal')")));
    }
    auto db = scratch.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    auto row = db->run(QStringLiteral("SELECT name_pinyin, name_initials FROM enterprise"));
    QVERIFY(row);
    QVERIFY(row->next());
    QCOMPARE(row->value(1).toString(), QStringLiteral("cqlxtydlgfyxgs"));
    QVERIFY(row->value(0).toString().startsWith(QStringLiteral("chongqinglongxin")));
    // The upgraded record reads and updates through today's repository.
    Repository<Enterprise> enterprises(*db);
    auto list = enterprises.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    Enterprise e = list->front();
    e.address = QStringLiteral("重庆市九龙坡区");
    QVERIFY(enterprises.update(e));
}

void TestSchema::upgradeChainsTheAuditLog()
{
    ScratchDatabase scratch;
    {
        auto old = scratch.open({true, 3});
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), 3);
        // Entries as a version-3 program wrote them, unchained; one may still be changed.
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(
                old->run(QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, record_id, "
                                        "before_data, after_data) VALUES (?, 'old', 'create', 'area', ?, "
                                        "NULL, ?)"),
                         {QDateTime(QDate(2022, 12, i), QTime(9, 30), Qt::UTC), i,
                          QStringLiteral("{\"n\":%1}").arg(i)}));
        }
        QVERIFY(old->run(QStringLiteral("UPDATE audit_log SET actor = 'older' WHERE record_id = 1")));
    }
    auto db = scratch.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    auto check = AuditLog::verify(*db);
    QVERIFY(check);
    QCOMPARE(check->entries, 3);
    QCOMPARE(check->firstBroken, 0);
    // Chained now: a new entry follows the old ones, and the old ones can no longer be changed.
    QVERIFY(Repository<Area>(*db).create({0, QStringLiteral("九龙工业园区"), AreaKind::Park, {}, true}));
    check = AuditLog::verify(*db);
    QCOMPARE(check->entries, 4);
    QCOMPARE(check->firstBroken, 0);
    QVERIFY(!db->run(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE record_id = 1")));
}

void TestSchema::refusesNewerSchema()
{
    ScratchDatabase scratch;
    {
        auto db = scratch.open();
        QVERIFY(db);
        QVERIFY(db->run(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    auto again = Database::open(scratch.spec());
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Validation);
    QVERIFY2(again.error().message.contains(QStringLiteral("newer")), qPrintable(again.error().message));
}

void TestSchema::refusesForeignData()
{
    ScratchDatabase scratch;
    {
        auto db = scratch.open({true, 0});
        QVERIFY(db);
        QVERIFY(db->run(QStringLiteral("DROP TABLE schema_version")));
        QVERIFY(db->run(QStringLiteral("CREATE TABLE payroll (id INTEGER)")));
    }
    auto db = Database::open(scratch.spec());
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("not a LiaisonDesk database")),
             qPrintable(db.error().message));
}

void TestSchema::refusesFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QByteArray content = "These are meeting notes, not a database.\n";
    content = content.repeated(200);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(QStringLiteral("not an SQLite database")),
             qPrintable(db.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content); // untouched
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestSchema::missingFileIsNotCreatedUnlessAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    auto db = Database::open(path, {false, -1});
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestSchema::badPostgresUrl()
{
    auto malformed = Database::open(QStringLiteral("postgresql://host-without-database"));
    QVERIFY(!malformed);
    QVERIFY(malformed.error().message.contains(QStringLiteral("not a valid PostgreSQL address")));
    // Port 1 on loopback: nothing listens there, the refusal is immediate.
    auto unreachable = Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/liaison"));
    QVERIFY(!unreachable);
    QCOMPARE(unreachable.error().kind, Error::Kind::Storage);
    QVERIFY(
        unreachable.error().message.startsWith(QStringLiteral("Cannot connect to the PostgreSQL server")));
    QVERIFY(!unreachable.error().message.contains(QLatin1Char('\n')));
}

void TestSchema::constraintsHoldWithoutTheCore()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(db->run(QStringLiteral("INSERT INTO area (name, kind) VALUES ('西彭镇', 'town')")));
    const QString insert =
        QStringLiteral("INSERT INTO enterprise (name, credit_code, industry, area_id, scale, "
                       "production_status) VALUES (?, ?, '铝加工', ?, ?, 'normal')");
    const QVariant area = *db->scalar(QStringLiteral("SELECT id FROM area"));
    QVERIFY(db->run(insert, {QStringLiteral("甲"), QStringLiteral("91350100M000100Y43"), area,
                             QStringLiteral("direct")}));
    // The same credit code twice, a scale outside the vocabulary, an area that does not exist.
    QVERIFY(!db->run(insert, {QStringLiteral("乙"), QStringLiteral("91350100M000100Y43"), area,
                              QStringLiteral("direct")}));
    QVERIFY(!db->run(
        insert, {QStringLiteral("丙"), QStringLiteral("91440300708461136T"), area, QStringLiteral("huge")}));
    QVERIFY(!db->run(insert, {QStringLiteral("丁"), QStringLiteral("91110108551385082Q"), 9999,
                              QStringLiteral("direct")}));
    QVERIFY(!db->run(QStringLiteral(
        "INSERT INTO visit (enterprise_id, visited_on, mode, visitors, production_status_seen, "
        "capacity_percent) VALUES ((SELECT id FROM enterprise), '2022-11-01', 'onsite', "
        "'张三', 'normal', 120)")));
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"))->toInt(), 1);
}

void TestSchema::transactionRollsBackEverything()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    const Status outcome = db->transaction([&]() -> Status {
        LIAISON_TRY(db->run(QStringLiteral("INSERT INTO unit (name) VALUES ('区商务委')")));
        return std::unexpected(Error::validation(QStringLiteral("second step failed")));
    });
    QVERIFY(!outcome);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM unit"))->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
