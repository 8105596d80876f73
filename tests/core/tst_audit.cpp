#include "AuditAnchor.h"
#include "AuditLog.h"
#include "CreditCode.h"
#include "Database.h"
#include "EntityTraits.h"
#include "IssueWorkflow.h"
#include "Repository.h"
#include "ScratchDatabase.h"

#include <QCryptographicHash>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestAudit final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesAreChained();
    void entriesCannotBeChangedOrRemoved();
    void tamperingIsFoundAtItsEntry();
    void aRemovedEntryBreaksTheNext();
    void tagsAndCoUnitsAreOnRecord();
    void theNewestEntriesRemovedAreFound();
    void theLastEntryRewrittenIsFound();
    void anUnchangedSaveWritesNothing();

private:
    // Writes a few records, each leaving an entry; the ids of the entries, oldest first.
    QList<Id> writeSome();
    // What someone with the database's owner rights could do: switch the protection off.
    void dropProtection();

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestAudit::init()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    m_db->actAs(test::actingAdmin(QStringLiteral("tester")));
}

void TestAudit::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestAudit::anUnchangedSaveWritesNothing()
{
    const QList<Id> ids = writeSome();
    QVERIFY(!ids.isEmpty());
    // An enterprise saved from the detail pane without a change: no write, no entry, the same version.
    Enterprise enterprise;
    enterprise.name = QStringLiteral("重庆审计测试有限公司");
    enterprise.creditCode =
        QStringLiteral("91500107MA0000001") + CreditCode::checkCharacter(QStringLiteral("91500107MA0000001"));
    enterprise.industry = QStringLiteral("制造");
    const auto areas = Repository<Area>(*m_db).list();
    QVERIFY(areas && !areas->isEmpty());
    enterprise.areaId = areas->front().id;
    Repository<Enterprise> enterprises(*m_db);
    const auto created = enterprises.create(enterprise);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    const auto loaded = enterprises.get(*created);
    QVERIFY(loaded);
    const qint64 entries = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
    QVERIFY(enterprises.update(*loaded));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong(), entries);
    QCOMPARE(enterprises.get(*created)->version, loaded->version);
    // A real change still writes, once; and an unchanged save over someone else's change is a conflict.
    Enterprise changed = *loaded;
    changed.address = QStringLiteral("九龙坡区测试路1号");
    QVERIFY(enterprises.update(changed));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong(), entries + 1);
    const Status stale = enterprises.update(*loaded);
    QVERIFY(!stale);
    QCOMPARE(int(stale.error().kind), int(Error::Kind::Conflict));
}

QList<Id> TestAudit::writeSome()
{
    Repository<Area> areas(*m_db);
    Repository<Unit> units(*m_db);
    for (int i = 0; i < 3; ++i) {
        const auto area = areas.create({0, QStringLiteral("测试街道%1").arg(i), AreaKind::Street, {}, true});
        const auto unit = units.create({0, QStringLiteral("区测试局%1").arg(i), {}});
        if (!area || !unit) {
            qWarning("%s", qPrintable(area ? unit.error().message : area.error().message));
            return {};
        }
        Area changed = *areas.get(*area);
        changed.divisionCode = QStringLiteral("50010700%1").arg(i);
        if (const Status updated = areas.update(changed); !updated) {
            qWarning("%s", qPrintable(updated.error().message));
            return {};
        }
    }
    QList<Id> ids;
    auto rows = m_db->run(QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
    while (rows && rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

void TestAudit::dropProtection()
{
    if (m_db->backend() == Database::Backend::Sqlite) {
        QVERIFY(m_db->run(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(m_db->run(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    } else {
        QVERIFY(m_db->run(QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")));
    }
}

void TestAudit::writesAreChained()
{
    const auto empty = AuditLog::verify(*m_db);
    QVERIFY(empty && empty->entries == 0 && empty->firstBroken == 0);
    const QList<Id> ids = writeSome();
    QCOMPARE(ids.size(), 9);
    const auto check = AuditLog::verify(*m_db);
    QVERIFY(check);
    QCOMPARE(check->entries, 9);
    QCOMPARE(check->firstBroken, 0);
    // Each entry names the one before it.
    auto rows = m_db->run(QStringLiteral("SELECT prev_hash, hash, actor FROM audit_log ORDER BY id"));
    QVERIFY(rows);
    QString previous;
    while (rows->next()) {
        QCOMPARE(rows->value(0).toString(), previous);
        QCOMPARE(rows->value(1).toString().size(), 64);
        QCOMPARE(rows->value(2).toString(), QStringLiteral("tester"));
        previous = rows->value(1).toString();
    }
}

void TestAudit::entriesCannotBeChangedOrRemoved()
{
    const QList<Id> ids = writeSome();
    QVERIFY(!ids.isEmpty());
    const auto changed = m_db->run(QStringLiteral("UPDATE audit_log SET actor = ? WHERE id = ?"),
                                   {QStringLiteral("someone else"), ids[2]});
    QVERIFY(!changed);
    QVERIFY2(changed.error().message.contains(QStringLiteral("append-only")),
             qPrintable(changed.error().message));
    QVERIFY(!m_db->run(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {ids[2]}));
    QVERIFY(!m_db->run(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(AuditLog::verify(*m_db)->entries, ids.size());
    QCOMPARE(AuditLog::verify(*m_db)->firstBroken, 0);
}

void TestAudit::tamperingIsFoundAtItsEntry()
{
    const QList<Id> ids = writeSome();
    QVERIFY(!ids.isEmpty());
    dropProtection();
    QVERIFY(m_db->run(QStringLiteral("UPDATE audit_log SET after_data = ? WHERE id = ?"),
                      {QStringLiteral("{\"name\":\"改过的\"}"), ids[4]}));
    const auto check = AuditLog::verify(*m_db);
    QVERIFY(check);
    QCOMPARE(check->firstBroken, ids[4]);
    QVERIFY(check->reason.contains(QStringLiteral("changed")));
    QCOMPARE(check->entries, ids.size());
}

void TestAudit::aRemovedEntryBreaksTheNext()
{
    const QList<Id> ids = writeSome();
    QVERIFY(!ids.isEmpty());
    dropProtection();
    QVERIFY(m_db->run(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {ids[3]}));
    const auto check = AuditLog::verify(*m_db);
    QVERIFY(check);
    QCOMPARE(check->firstBroken, ids[4]);
    QVERIFY(check->reason.contains(QStringLiteral("removed")));
}

void TestAudit::theNewestEntriesRemovedAreFound()
{
    const QList<Id> ids = writeSome();
    QCOMPARE(ids.size(), 9);
    QCOMPARE(AuditLog::verify(*m_db)->firstBroken, 0);
    dropProtection();
    // The chain alone still holds: its last three entries are simply gone.
    QVERIFY(m_db->run(QStringLiteral("DELETE FROM audit_log WHERE id >= ?"), {ids[6]}));
    auto check = AuditLog::verify(*m_db);
    QVERIFY(check);
    QCOMPARE(check->entries, 6);
    QCOMPARE(check->firstBroken, ids[8]);
    QVERIFY2(check->reason.contains(QStringLiteral("removed")), qPrintable(check->reason));
    // Work goes on afterwards: the evidence stays.
    QVERIFY(Repository<Area>(*m_db).create({0, QStringLiteral("之后的街道"), AreaKind::Street, {}, true}));
    check = AuditLog::verify(*m_db);
    QVERIFY(check);
    QCOMPARE(check->firstBroken, ids[8]);
    // A restore puts an older log in place on purpose: the anchor starts again from it.
    AuditAnchor::forget(m_scratch->spec());
    QCOMPARE(AuditLog::verify(*m_db)->firstBroken, 0);
}

void TestAudit::theLastEntryRewrittenIsFound()
{
    const QList<Id> ids = writeSome();
    QCOMPARE(ids.size(), 9);
    dropProtection();
    // The last entry rewritten with a hash that matches its new contents, as whoever knows how the
    // chain is made can do: the chain alone cannot tell.
    auto last =
        m_db->run(QStringLiteral("SELECT prev_hash, at, actor, action, table_name, record_id, before_data "
                                 "FROM audit_log WHERE id = ?"),
                  {ids[8]});
    QVERIFY(last && last->next());
    const QString after = QStringLiteral("{\"name\":\"改过的\"}");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString& text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':' + bytes));
    };
    add(last->value(0).toString());
    add(last->value(1).toDateTime().toUTC().toString(Qt::ISODateWithMs));
    for (int field = 2; field <= 5; ++field)
        add(last->value(field).toString());
    if (last->value(6).isNull())
        hash.addData("-");
    else
        add(last->value(6).toString());
    add(after);
    QVERIFY(m_db->run(QStringLiteral("UPDATE audit_log SET after_data = ?, hash = ? WHERE id = ?"),
                      {after, QString::fromLatin1(hash.result().toHex()), ids[8]}));
    const auto check = AuditLog::verify(*m_db);
    QVERIFY(check);
    QCOMPARE(check->firstBroken, ids[8]);
    QVERIFY2(check->reason.contains(QStringLiteral("rewritten")), qPrintable(check->reason));
}

void TestAudit::tagsAndCoUnitsAreOnRecord()
{
    // What an enterprise or a problem keeps beside its own row is in its entry too.
    const Id area = *Repository<Area>(*m_db).create({0, QStringLiteral("审计镇"), AreaKind::Town, {}, true});
    const Id lead = *Repository<Unit>(*m_db).create({0, QStringLiteral("区经济信息委"), {}});
    const Id helper = *Repository<Unit>(*m_db).create({0, QStringLiteral("区交通局"), {}});
    const Id leader = *Repository<Person>(*m_db).create(
        {0, QStringLiteral("王建国"), QStringLiteral("副区长"), {}, {}, {}, true});
    Enterprise e;
    e.name = QStringLiteral("重庆审计链主有限公司");
    const QString first17 = QStringLiteral("91500107MA0000001");
    e.creditCode = first17 + CreditCode::checkCharacter(first17);
    e.industry = QStringLiteral("汽车");
    e.areaId = area;
    const Id enterprise = *Repository<Enterprise>(*m_db).create(e);
    e = *Repository<Enterprise>(*m_db).get(enterprise);
    e.tags = {EnterpriseTag::ChainLeader};
    QVERIFY(Repository<Enterprise>(*m_db).update(e));
    auto entries = AuditLog::entries(*m_db, {{}, QStringLiteral("enterprise"), enterprise, {}, {}, 10});
    QVERIFY(entries && entries->size() == 2);
    QVERIFY2(entries->front().before.contains(QStringLiteral("\"tags\":[]")),
             qPrintable(entries->front().before));
    QVERIFY2(entries->front().after.contains(QStringLiteral("\"tags\":[\"chain_leader\"]")),
             qPrintable(entries->front().after));

    QVERIFY(Repository<DutyAssignment>(*m_db).create(
        {0, enterprise, leader, lead, {}, area, {}, QDate(2022, 11, 1), {}}));
    IssueWorkflow workflow(*m_db, WorkCalendar::official());
    const auto issue = workflow.add(
        {enterprise, {}, QStringLiteral("logistics"), QStringLiteral("运输受阻"), {}, QDate(2022, 11, 14)});
    QVERIFY(issue);
    QVERIFY(workflow.assign(*issue, std::nullopt, lead, {helper}, {}));
    auto coUnits = AuditLog::entries(*m_db, {{}, QStringLiteral("issue_co_unit"), *issue, {}, {}, 10});
    QVERIFY(coUnits && coUnits->size() == 1);
    QCOMPARE(coUnits->front().before, QStringLiteral("[]"));
    QCOMPARE(coUnits->front().after, QStringLiteral("[%1]").arg(helper));
    QVERIFY(AuditLog::verify(*m_db)->firstBroken == 0);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
