#include "EntityTraits.h"
#include "ScratchDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace liaison;
using liaison::test::ScratchDatabase;

namespace {

const QString validCode = QStringLiteral("91350100M000100Y43");
const QString otherValidCode = QStringLiteral("91440300708461136T");

} // namespace

class TestRepositories final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void areasUnitsPeople();
    void enterpriseRoundTrip();
    void enterpriseValidation_data();
    void enterpriseValidation();
    void duplicateCreditCodeIsRefused();
    void staleUpdateIsAConflict();
    void everyOtherEntityRoundTrips();
    void visitValidation_data();
    void visitValidation();
    void issueValidation();
    void passIsOneVehicle();
    void writesAreAudited();
    void sqlInTextIsJustText();
    void keptStatementsFollowTheSchema();

private:
    Enterprise sampleEnterprise() const;

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    Id m_area = 0;
    Id m_unit = 0;
    Id m_leader = 0;
    Id m_areaPerson = 0;
};

void TestRepositories::init()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    m_area = *Repository<Area>(*m_db).create(
        {0, QStringLiteral("西彭镇"), AreaKind::Town, QStringLiteral("500107111"), true});
    m_unit = *Repository<Unit>(*m_db).create(
        {0, QStringLiteral("区经济信息委"), QStringLiteral("重庆市九龙坡区经济和信息化委员会")});
    Repository<Person> people(*m_db);
    m_leader = *people.create({0, QStringLiteral("王建国"), QStringLiteral("副区长"), {}, {}, {}, true});
    m_areaPerson = *people.create({0,
                                   QStringLiteral("李敏"),
                                   QStringLiteral("经济发展办主任"),
                                   QStringLiteral("13800000000"),
                                   {},
                                   m_area,
                                   true});
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

Enterprise TestRepositories::sampleEnterprise() const
{
    Enterprise e;
    e.name = QStringLiteral("重庆嘉腾铝业有限公司");
    e.creditCode = validCode;
    e.industry = QStringLiteral("材料（铝加工）");
    e.areaId = m_area;
    e.scale = EnterpriseScale::Direct;
    e.tags = {EnterpriseTag::ChainLeader, EnterpriseTag::Specialised};
    e.productionStatus = ProductionStatus::ClosedLoop;
    e.address = QStringLiteral("重庆市九龙坡区西彭镇铝城大道8号");
    return e;
}

void TestRepositories::areasUnitsPeople()
{
    auto area = Repository<Area>(*m_db).get(m_area);
    QVERIFY(area);
    QCOMPARE(area->name, QStringLiteral("西彭镇"));
    QCOMPARE(area->kind, AreaKind::Town);
    QVERIFY(area->directlyManaged);

    Repository<Person> people(*m_db);
    auto person = people.get(m_areaPerson);
    QVERIFY(person);
    QCOMPARE(person->areaId, std::optional<Id>(m_area));
    QVERIFY(!person->unitId);
    person->phone = QStringLiteral("023-68000000");
    person->active = false;
    QVERIFY(people.update(*person));
    QCOMPARE(people.get(m_areaPerson)->phone, QStringLiteral("023-68000000"));
    QVERIFY(!people.get(m_areaPerson)->active);

    // A person of both a department and an area, a phone with letters, an unknown area: refused.
    Person both{0, QStringLiteral("赵六"), {}, {}, m_unit, m_area, true};
    QVERIFY(!people.create(both));
    Person badPhone{0, QStringLiteral("赵六"), {}, QStringLiteral("call me"), {}, {}, true};
    auto refused = people.create(badPhone);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("phone"));
    Person lost{0, QStringLiteral("赵六"), {}, {}, {}, Id(9999), true};
    QCOMPARE(people.create(lost).error().field, QStringLiteral("area_id"));
    QCOMPARE(*people.count(), 2);

    auto duplicateArea =
        Repository<Area>(*m_db).create({0, QStringLiteral(" 西彭镇 "), AreaKind::Town, {}, true});
    QVERIFY(!duplicateArea);
    QVERIFY(duplicateArea.error().message.contains(QStringLiteral("already an area")));
    QVERIFY(!Repository<Unit>(*m_db).create({0, QString(), {}}));
}

void TestRepositories::enterpriseRoundTrip()
{
    Repository<Enterprise> repo(*m_db);
    auto id = repo.create(sampleEnterprise());
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto e = repo.get(*id);
    QVERIFY(e);
    QCOMPARE(e->name, QStringLiteral("重庆嘉腾铝业有限公司"));
    QCOMPARE(e->creditCode, validCode);
    QCOMPARE(e->scale, EnterpriseScale::Direct);
    QCOMPARE(e->productionStatus, ProductionStatus::ClosedLoop);
    QCOMPARE(e->tags.size(), 2);
    QVERIFY(e->tags.contains(EnterpriseTag::ChainLeader));
    QCOMPARE(e->version, 1);

    e->tags = {EnterpriseTag::LeadingIndustry};
    e->productionStatus = ProductionStatus::Normal;
    QVERIFY(repo.update(*e));
    auto updated = repo.get(*id);
    QCOMPARE(updated->version, 2);
    QCOMPARE(updated->tags, QList<EnterpriseTag>{EnterpriseTag::LeadingIndustry});
    QCOMPARE(updated->productionStatus, ProductionStatus::Normal);

    // The pinyin keys are kept with the name.
    auto initials = m_db->scalar(QStringLiteral("SELECT name_initials FROM enterprise WHERE id = ?"), {*id});
    QCOMPARE(initials->toString(), QStringLiteral("cqjtlyyxgs"));

    auto listed = repo.list({QStringLiteral("scale = ?"), {QStringLiteral("direct")}});
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QVERIFY(!repo.get(*id + 100));
    QCOMPARE(repo.get(*id + 100).error().kind, Error::Kind::NotFound);
}

void TestRepositories::enterpriseValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField");

    QTest::newRow("empty name") << QStringLiteral("name") << QStringLiteral("   ") << QStringLiteral("name");
    QTest::newRow("name of 1 MB") << QStringLiteral("name") << QString(1 << 20, QChar(u'企'))
                                  << QStringLiteral("name");
    QTest::newRow("control character in name")
        << QStringLiteral("name") << QStringLiteral("重庆\x01公司") << QStringLiteral("name");
    QTest::newRow("wrong check character")
        << QStringLiteral("credit_code") << QStringLiteral("91350100M000100Y44")
        << QStringLiteral("credit_code");
    QTest::newRow("short credit code")
        << QStringLiteral("credit_code") << QStringLiteral("9135") << QStringLiteral("credit_code");
    QTest::newRow("missing industry")
        << QStringLiteral("industry") << QStringLiteral("") << QStringLiteral("industry");
    QTest::newRow("unknown area") << QStringLiteral("area") << QStringLiteral("424242")
                                  << QStringLiteral("area_id");
    QTest::newRow("unknown white-list batch")
        << QStringLiteral("batch") << QStringLiteral("7") << QStringLiteral("whitelist_batch_id");
}

void TestRepositories::enterpriseValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);

    Enterprise e = sampleEnterprise();
    if (field == QLatin1StringView("name"))
        e.name = value;
    else if (field == QLatin1StringView("credit_code"))
        e.creditCode = value;
    else if (field == QLatin1StringView("industry"))
        e.industry = value;
    else if (field == QLatin1StringView("area"))
        e.areaId = value.toLongLong();
    else if (field == QLatin1StringView("batch"))
        e.whitelistBatchId = value.toLongLong();

    Repository<Enterprise> repo(*m_db);
    auto id = repo.create(e);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, Error::Kind::Validation);
    QCOMPARE(id.error().field, expectedField);
    QVERIFY(!id.error().message.isEmpty());
    QVERIFY(id.error().message.size() < 400);
    QCOMPARE(*repo.count(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'enterprise'"))
                 ->toInt(),
             0);
}

void TestRepositories::duplicateCreditCodeIsRefused()
{
    Repository<Enterprise> repo(*m_db);
    QVERIFY(repo.create(sampleEnterprise()));
    Enterprise second = sampleEnterprise();
    second.name = QStringLiteral("重庆另一家有限公司");
    auto refused = repo.create(second);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("credit_code"));
    QVERIFY(refused.error().message.contains(validCode));
    second.creditCode = otherValidCode;
    QVERIFY(repo.create(second));
    QCOMPARE(*repo.count(), 2);
}

void TestRepositories::staleUpdateIsAConflict()
{
    Repository<Enterprise> repo(*m_db);
    const Id id = *repo.create(sampleEnterprise());
    Enterprise first = *repo.get(id);
    Enterprise second = *repo.get(id);
    first.address = QStringLiteral("第一位用户写的地址");
    QVERIFY(repo.update(first));
    second.address = QStringLiteral("第二位用户写的地址");
    const Status refused = repo.update(second);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(repo.get(id)->address, QStringLiteral("第一位用户写的地址"));
}

void TestRepositories::everyOtherEntityRoundTrips()
{
    const Id enterprise = *Repository<Enterprise>(*m_db).create(sampleEnterprise());
    Enterprise supplierRecord = sampleEnterprise();
    supplierRecord.creditCode = otherValidCode;
    supplierRecord.name = QStringLiteral("重庆瑞通机械有限公司");
    const Id supplier = *Repository<Enterprise>(*m_db).create(supplierRecord);

    Repository<WhitelistBatch> batches(*m_db);
    const Id batch = *batches.create({0, 1, QDate(2022, 11, 12), QStringLiteral("第一批")});
    QCOMPARE(batches.get(batch)->issuedOn, QDate(2022, 11, 12));
    QVERIFY(!batches.create({0, 1, QDate(2022, 11, 22), {}})); // number taken

    Repository<Contact> contacts(*m_db);
    const Id contact = *contacts.create(
        {0, enterprise, QStringLiteral("陈总"), QStringLiteral("总经理"), QStringLiteral("13912345678")});
    Contact c = *contacts.get(contact);
    c.position = QStringLiteral("董事长");
    QVERIFY(contacts.update(c));
    QCOMPARE(contacts.get(contact)->position, QStringLiteral("董事长"));

    Repository<DutyAssignment> duties(*m_db);
    DutyAssignment duty{0, enterprise, m_leader, m_unit, {}, m_area, m_areaPerson, QDate(2022, 11, 1), {}};
    const Id dutyId = *duties.create(duty);
    DutyAssignment readDuty = *duties.get(dutyId);
    QVERIFY(readDuty.validTo.isNull());
    QCOMPARE(readDuty.areaPersonId, std::optional<Id>(m_areaPerson));
    readDuty.validTo = QDate(2022, 10, 1);
    QCOMPARE(duties.update(readDuty).error().field, QStringLiteral("valid_to")); // ends before it starts
    readDuty.validTo = QDate(2022, 11, 30);
    QVERIFY(duties.update(readDuty));

    Repository<Visit> visits(*m_db);
    Visit v{0,
            enterprise,
            QDate(2022, 11, 15),
            VisitMode::Video,
            QStringLiteral("李敏"),
            ProductionStatus::ClosedLoop,
            320,
            12,
            300,
            76.5,
            QStringLiteral("闭环生产")};
    const Id visit = *visits.create(v);
    QCOMPARE(visits.get(visit)->capacityPercent, std::optional<double>(76.5));
    QCOMPARE(visits.get(visit)->mode, VisitMode::Video);

    Repository<Issue> issues(*m_db);
    Issue issue;
    issue.enterpriseId = enterprise;
    issue.visitId = visit;
    issue.category = QStringLiteral("logistics");
    issue.title = QStringLiteral("成品发运受阻");
    issue.reportedOn = QDate(2022, 11, 15);
    issue.dueOn = QDate(2022, 11, 17);
    issue.ownerPersonId = m_areaPerson;
    const Id issueId = *issues.create(issue);
    Issue readIssue = *issues.get(issueId);
    QCOMPARE(readIssue.status, IssueStatus::New);
    QCOMPARE(readIssue.version, 1);
    readIssue.status = IssueStatus::Resolved;
    readIssue.resolvedOn = QDate(2022, 11, 16);
    readIssue.resolution = QStringLiteral("已放行");
    QVERIFY(issues.update(readIssue));
    QCOMPARE(issues.get(issueId)->version, 2);
    QCOMPARE(issues.get(issueId)->resolvedOn, QDate(2022, 11, 16));

    Repository<IssueEvent> events(*m_db);
    const QDateTime at(QDate(2022, 11, 15), QTime(9, 30), QTimeZone::utc());
    const Id event = *events.create(
        {0, issueId, IssueEventKind::Created, QStringLiteral("李敏"), at, QStringLiteral("走访登记")});
    QCOMPARE(events.get(event)->at, at);
    QCOMPARE(events.get(event)->kind, IssueEventKind::Created);

    Repository<PermitRequest> permits(*m_db);
    PermitRequest pass{0,
                       PermitKind::Pass,
                       enterprise,
                       QStringLiteral("渝A12345"),
                       QStringLiteral("张师傅"),
                       {},
                       QStringLiteral("西彭园区—果园港"),
                       1,
                       QDate(2022, 11, 15),
                       QDate(2022, 11, 15),
                       QDate(2022, 11, 29)};
    const Id permit = *permits.create(pass);
    QCOMPARE(permits.get(permit)->validUntil, QDate(2022, 11, 29));
    QCOMPARE(*permits.count(QStringLiteral("kind = ?"), {QStringLiteral("pass")}), 1);

    Repository<SupplyLink> links(*m_db);
    QVERIFY(links.create({0, supplier, enterprise, QStringLiteral("铸件")}));
    QVERIFY(!links.create({0, supplier, enterprise, QStringLiteral("冲压件")})); // already linked
    QVERIFY(!links.create({0, enterprise, enterprise, {}}));                     // itself

    Repository<StaffTransfer> transfers(*m_db);
    QVERIFY(transfers.create({0, enterprise, QDate(2022, 11, 20), 3, {}}));
    QVERIFY(!transfers.create({0, enterprise, QDate(2022, 11, 20), 0, {}}));

    Repository<ProductionStatusChange> changes(*m_db);
    const Id change = *changes.create({0, enterprise, QDate(2022, 11, 10), ProductionStatus::Stopped, {}});
    QCOMPARE(changes.get(change)->status, ProductionStatus::Stopped);
}

void TestRepositories::visitValidation_data()
{
    QTest::addColumn<double>("capacity");
    QTest::addColumn<int>("staff");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("field");
    QTest::newRow("capacity above 100")
        << 100.5 << 10 << QDate(2022, 11, 15) << QStringLiteral("capacity_percent");
    QTest::newRow("capacity below 0")
        << -1.0 << 10 << QDate(2022, 11, 15) << QStringLiteral("capacity_percent");
    QTest::newRow("negative staff") << 50.0 << -3 << QDate(2022, 11, 15) << QStringLiteral("staff_on_site");
    QTest::newRow("no such date") << 50.0 << 10 << QDate(2022, 2, 30) << QStringLiteral("visited_on");
    QTest::newRow("year 2202") << 50.0 << 10 << QDate(2202, 11, 15) << QStringLiteral("visited_on");
}

void TestRepositories::visitValidation()
{
    QFETCH(double, capacity);
    QFETCH(int, staff);
    QFETCH(QDate, date);
    QFETCH(QString, field);
    const Id enterprise = *Repository<Enterprise>(*m_db).create(sampleEnterprise());
    Visit v{
        0, enterprise, date, VisitMode::OnSite, QStringLiteral("李敏"), ProductionStatus::Normal, staff, 0,
        0, capacity,   {}};
    Repository<Visit> visits(*m_db);
    auto refused = visits.create(v);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(*visits.count(), 0);
}

void TestRepositories::issueValidation()
{
    const Id enterprise = *Repository<Enterprise>(*m_db).create(sampleEnterprise());
    Repository<Issue> issues(*m_db);
    Issue issue;
    issue.enterpriseId = enterprise;
    issue.category = QStringLiteral("weather");
    issue.title = QStringLiteral("标题");
    issue.reportedOn = QDate(2022, 11, 15);
    QCOMPARE(issues.create(issue).error().field, QStringLiteral("category"));
    issue.category = QStringLiteral("supplies");
    Enterprise other = sampleEnterprise();
    other.creditCode = otherValidCode;
    const Id otherEnterprise = *Repository<Enterprise>(*m_db).create(other);
    Visit elsewhere{0,
                    otherEnterprise,
                    QDate(2022, 11, 15),
                    VisitMode::OnSite,
                    QStringLiteral("李敏"),
                    ProductionStatus::Normal,
                    10,
                    0,
                    0,
                    80.0,
                    {}};
    issue.visitId = *Repository<Visit>(*m_db).create(elsewhere);
    QCOMPARE(issues.create(issue).error().field, QStringLiteral("visit_id"));
    issue.visitId.reset();
    issue.dueOn = QDate(2022, 11, 14);
    QCOMPARE(issues.create(issue).error().field, QStringLiteral("due_on"));
    issue.dueOn = {};
    issue.status = IssueStatus::Resolved;
    QCOMPARE(issues.create(issue).error().field, QStringLiteral("resolved_on"));
    issue.resolvedOn = QDate(2022, 11, 1);
    QCOMPARE(issues.create(issue).error().field, QStringLiteral("resolved_on"));
    issue.status = IssueStatus::New;
    issue.resolvedOn = {};
    issue.title = QString();
    QCOMPARE(issues.create(issue).error().field, QStringLiteral("title"));
    QCOMPARE(*issues.count(), 0);
}

void TestRepositories::passIsOneVehicle()
{
    const Id enterprise = *Repository<Enterprise>(*m_db).create(sampleEnterprise());
    Repository<PermitRequest> permits(*m_db);
    PermitRequest pass{0, PermitKind::Pass, enterprise, {}, {}, {}, {}, 1, QDate(2022, 11, 15), {}, {}};
    QCOMPARE(permits.create(pass).error().field, QStringLiteral("vehicle_plate"));
    pass.vehiclePlate = QStringLiteral("渝A12345");
    pass.quantity = 3;
    QCOMPARE(permits.create(pass).error().field, QStringLiteral("quantity"));
    pass.quantity = 1;
    pass.grantedOn = QDate(2022, 11, 14);
    QCOMPARE(permits.create(pass).error().field, QStringLiteral("granted_on"));
    pass.grantedOn = QDate(2022, 11, 15);
    QVERIFY(permits.create(pass));
}

void TestRepositories::writesAreAudited()
{
    m_db->actAs(test::actingAdmin(QStringLiteral("limin")));
    Repository<Enterprise> repo(*m_db);
    const Id id = *repo.create(sampleEnterprise());
    Enterprise e = *repo.get(id);
    e.address = QStringLiteral("新地址");
    QVERIFY(repo.update(e));

    auto rows = m_db->run(QStringLiteral("SELECT actor, action, before_data, after_data FROM audit_log "
                                         "WHERE table_name = 'enterprise' AND record_id = ? ORDER BY id"),
                          {id});
    QVERIFY(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), QStringLiteral("limin"));
    QCOMPARE(rows->value(1).toString(), QStringLiteral("create"));
    QVERIFY(rows->value(2).isNull());
    QVERIFY(rows->next());
    QCOMPARE(rows->value(1).toString(), QStringLiteral("update"));
    const QJsonObject before = QJsonDocument::fromJson(rows->value(2).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(rows->value(3).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("address")).toString(),
             QStringLiteral("重庆市九龙坡区西彭镇铝城大道8号"));
    QCOMPARE(after.value(QStringLiteral("address")).toString(), QStringLiteral("新地址"));
    QVERIFY(!rows->next());
}

void TestRepositories::sqlInTextIsJustText()
{
    Enterprise e = sampleEnterprise();
    e.name = QStringLiteral("x'); DROP TABLE enterprise; --");
    Repository<Enterprise> repo(*m_db);
    const Id id = *repo.create(e);
    QCOMPARE(repo.get(id)->name, e.name);
    auto found = repo.list({QStringLiteral("name = ?"), {e.name}});
    QCOMPARE(found->size(), 1);
}

void TestRepositories::keptStatementsFollowTheSchema()
{
    // scalar() keeps its prepared statements; a change of the schema, a failed statement and a
    // rolled-back transaction leave it giving the right answers.
    Database& db = *m_db;
    QVERIFY(db.run(QStringLiteral("CREATE TABLE kept (id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE)")));
    const QString insert = QStringLiteral("INSERT INTO kept (id, n) VALUES (?, ?) RETURNING n");
    const QString count = QStringLiteral("SELECT COUNT(*) FROM kept WHERE n >= ?");
    QCOMPARE(db.scalar(insert, {1, 10})->toInt(), 10);
    QCOMPARE(db.scalar(count, {0})->toInt(), 1);
    QVERIFY(!db.scalar(insert, {2, 10})); // the same n twice
    QCOMPARE(db.scalar(insert, {2, 20})->toInt(), 20);
    QCOMPARE(db.scalar(count, {0})->toInt(), 2);

    const Status undone = db.transaction([&]() -> Status {
        LIAISON_TRY(db.scalar(insert, {3, 30}));
        LIAISON_TRY(db.execute(QStringLiteral("DELETE FROM kept WHERE n = ?"), {10}));
        return toStatus(db.scalar(insert, {4, 20})); // fails: everything in the transaction is undone
    });
    QVERIFY(!undone);
    QCOMPARE(db.scalar(count, {0})->toInt(), 2);
    QCOMPARE(db.scalar(count, {15})->toInt(), 1);

    QVERIFY(db.run(QStringLiteral("ALTER TABLE kept ADD COLUMN note TEXT NOT NULL DEFAULT 'x'")));
    QCOMPARE(db.scalar(insert, {5, 50})->toInt(), 50);
    QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM kept WHERE n = ?"), {50})->toString(),
             QStringLiteral("x"));
    QCOMPARE(db.scalar(count, {0})->toInt(), 3);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
