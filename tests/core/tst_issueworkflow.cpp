#include "CalendarStore.h"
#include "Database.h"
#include "EntityTraits.h"
#include "IssueWorkflow.h"
#include "ScratchDatabase.h"
#include "Supervision.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestIssueWorkflow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addComputesDueDateAndOwner();
    void addRefusesBadInput();
    void fullLifeWithTimeline();
    void illegalTransitionNamesTheState();
    void assignSetsLeadAndCoUnits();
    void escalationHandsOwnershipUpTheTiers();
    void unsatisfiedVerificationReopens();
    void resolveNeedsAResolution();
    void extensions();
    void unknownIssue();
    void secondWriterGetsAConflict();
    void colours_data();
    void colours();
    void handoffsWithoutProgressAreFlagged();
    void yearWithoutScheduleIsNamed();
    void administratorCorrectsAYear();
    void badCalendarFileStoresNothing();

private:
    IssueWorkflow workflow() const;
    Id addIssue(const QString& category, const QDate& reportedOn);
    Issue issue(Id id) const { return *Repository<Issue>(*m_db).get(id); }
    QStringList timeline(Id id) const;

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    Id m_area = 0;
    Id m_department = 0;
    Id m_otherUnit = 0;
    Id m_thirdUnit = 0;
    Id m_leader = 0;
    Id m_departmentPerson = 0;
    Id m_areaPerson = 0;
    Id m_enterprise = 0;
};

void TestIssueWorkflow::init()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    m_area = *Repository<Area>(*m_db).create({0, QStringLiteral("西彭镇"), AreaKind::Town, {}, true});
    Repository<Unit> units(*m_db);
    m_department = *units.create({0, QStringLiteral("区经济信息委"), {}});
    m_otherUnit = *units.create({0, QStringLiteral("区交通局"), {}});
    m_thirdUnit = *units.create({0, QStringLiteral("区商务委"), {}});
    Repository<Person> people(*m_db);
    m_leader = *people.create({0, QStringLiteral("王建国"), QStringLiteral("副区长"), {}, {}, {}, true});
    m_departmentPerson =
        *people.create({0, QStringLiteral("周敏"), QStringLiteral("科长"), {}, m_department, {}, true});
    m_areaPerson =
        *people.create({0, QStringLiteral("李强"), QStringLiteral("经济发展办主任"), {}, {}, m_area, true});
    Enterprise e;
    e.name = QStringLiteral("重庆嘉腾铝业有限公司");
    e.creditCode = QStringLiteral("91350100M000100Y43");
    e.industry = QStringLiteral("材料（铝加工）");
    e.areaId = m_area;
    m_enterprise = *Repository<Enterprise>(*m_db).create(e);
    QVERIFY(Repository<DutyAssignment>(*m_db).create({0,
                                                      m_enterprise,
                                                      m_leader,
                                                      m_department,
                                                      m_departmentPerson,
                                                      m_area,
                                                      m_areaPerson,
                                                      QDate(2020, 1, 1),
                                                      {}}));
    m_db->actAs(test::actingAdmin(QStringLiteral("supervisor")));
}

void TestIssueWorkflow::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

IssueWorkflow TestIssueWorkflow::workflow() const
{
    return *IssueWorkflow::forDatabase(*m_db);
}

Id TestIssueWorkflow::addIssue(const QString& category, const QDate& reportedOn)
{
    auto id = workflow().add({m_enterprise, {}, category, QStringLiteral("成品发运受阻"), {}, reportedOn});
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id.value_or(0);
}

QStringList TestIssueWorkflow::timeline(Id id) const
{
    QStringList kinds;
    const auto events = Repository<IssueEvent>(*m_db).list({QStringLiteral("issue_id = ?"), {id}});
    for (const IssueEvent& e : *events)
        kinds << DomainText::code(e.kind);
    return kinds;
}

void TestIssueWorkflow::addComputesDueDateAndOwner()
{
    // Two working days for logistics, counted over National Day 2022 and its adjusted Saturday.
    const Id id = addIssue(QStringLiteral("logistics"), QDate(2022, 9, 30));
    QVERIFY(id);
    const Issue i = issue(id);
    QCOMPARE(i.dueOn, QDate(2022, 10, 9));
    QCOMPARE(i.status, IssueStatus::New);
    QCOMPARE(i.tier, Tier::Area);
    QCOMPARE(i.ownerPersonId, std::optional<Id>(m_areaPerson));
    QCOMPARE(i.ownerAreaId, std::optional<Id>(m_area));
    QCOMPARE(timeline(id), QStringList{QStringLiteral("created")});
    // Every category has its own deadline: a pass is one working day.
    QCOMPARE(issue(addIssue(QStringLiteral("pass"), QDate(2022, 11, 18))).dueOn, QDate(2022, 11, 21));
    QCOMPARE(issue(addIssue(QStringLiteral("other"), QDate(2022, 11, 18))).dueOn, QDate(2022, 11, 25));
}

void TestIssueWorkflow::addRefusesBadInput()
{
    auto unknownCategory = workflow().add(
        {m_enterprise, {}, QStringLiteral("weather"), QStringLiteral("t"), {}, QDate(2022, 11, 1)});
    QVERIFY(!unknownCategory);
    QCOMPARE(unknownCategory.error().field, QStringLiteral("category"));
    auto noDate = workflow().add(
        {m_enterprise, {}, QStringLiteral("supplies"), QStringLiteral("t"), {}, QDate(2023, 2, 29)});
    QVERIFY(!noDate);
    QCOMPARE(noDate.error().field, QStringLiteral("reported_on"));
    auto noEnterprise =
        workflow().add({99999, {}, QStringLiteral("supplies"), QStringLiteral("t"), {}, QDate(2022, 11, 1)});
    QVERIFY(!noEnterprise);
    auto noTitle =
        workflow().add({m_enterprise, {}, QStringLiteral("supplies"), QString(), {}, QDate(2022, 11, 1)});
    QVERIFY(!noTitle);
    QCOMPARE(*Repository<Issue>(*m_db).count(), 0);
    QCOMPARE(*Repository<IssueEvent>(*m_db).count(), 0);
}

void TestIssueWorkflow::fullLifeWithTimeline()
{
    IssueWorkflow flow = workflow();
    const Id id = addIssue(QStringLiteral("supplies"), QDate(2022, 11, 14));
    QVERIFY(flow.assign(id, 1, m_department, {}, QStringLiteral("请尽快协调")));
    QCOMPARE(issue(id).status, IssueStatus::Assigned);
    QVERIFY(flow.start(id, 2, {}));
    QCOMPARE(issue(id).status, IssueStatus::InProgress);
    QVERIFY(flow.urge(id, QStringLiteral("请于今日内反馈进展")));
    QVERIFY(flow.resolve(id, 3, QStringLiteral("已协调保供企业送达"), QDate(2022, 11, 15)));
    QCOMPARE(issue(id).status, IssueStatus::Resolved);
    QCOMPARE(issue(id).resolvedOn, QDate(2022, 11, 15));
    QVERIFY(flow.verify(id, 4, Satisfaction::Satisfied, {}));
    QCOMPARE(issue(id).status, IssueStatus::Verified);
    QCOMPARE(issue(id).satisfaction, std::optional<Satisfaction>(Satisfaction::Satisfied));
    QVERIFY(flow.reopen(id, 5, QStringLiteral("企业反映问题复发")));
    QCOMPARE(issue(id).status, IssueStatus::Reopened);
    QVERIFY(!issue(id).resolvedOn.isValid());
    QVERIFY(flow.start(id, 6, {}));
    QVERIFY(flow.resolve(id, 7, QStringLiteral("再次协调解决"), QDate(2022, 11, 17)));
    QCOMPARE(issue(id).version, 8);
    QCOMPARE(
        timeline(id),
        (QStringList{QStringLiteral("created"), QStringLiteral("assigned"), QStringLiteral("started"),
                     QStringLiteral("urged"), QStringLiteral("resolved"), QStringLiteral("verified"),
                     QStringLiteral("reopened"), QStringLiteral("started"), QStringLiteral("resolved")}));
    const auto events = *Repository<IssueEvent>(*m_db).list({QStringLiteral("issue_id = ?"), {id}});
    for (const IssueEvent& e : events)
        QCOMPARE(e.actor, QStringLiteral("supervisor"));
}

void TestIssueWorkflow::illegalTransitionNamesTheState()
{
    IssueWorkflow flow = workflow();
    const Id id = addIssue(QStringLiteral("supplies"), QDate(2022, 11, 14));
    const Status early = flow.resolve(id, {}, QStringLiteral("已解决"), QDate(2022, 11, 14));
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(QStringLiteral("“New”")), qPrintable(early.error().message));
    QVERIFY(!flow.verify(id, {}, Satisfaction::Satisfied, {}));
    QVERIFY(!flow.reopen(id, {}, QStringLiteral("x")));
    QVERIFY(!flow.start(id, {}, {}));
    QCOMPARE(issue(id).status, IssueStatus::New);
    QCOMPARE(issue(id).version, 1);
    QCOMPARE(timeline(id).size(), 1);
}

void TestIssueWorkflow::assignSetsLeadAndCoUnits()
{
    IssueWorkflow flow = workflow();
    const Id id = addIssue(QStringLiteral("logistics"), QDate(2022, 11, 14));
    QVERIFY(!flow.assign(id, {}, m_otherUnit, {m_otherUnit}, {})); // lead twice
    QVERIFY(!flow.assign(id, {}, 4242, {}, {}));                   // no such unit
    QVERIFY(flow.assign(id, {}, m_otherUnit, {m_thirdUnit, m_department}, {}));
    QCOMPARE(issue(id).ownerUnitId, std::optional<Id>(m_otherUnit));
    QCOMPARE(*flow.coUnits(id),
             (QList<Id>{std::min(m_thirdUnit, m_department), std::max(m_thirdUnit, m_department)}));
    QCOMPARE(issue(id).handoffs, 1);
}

void TestIssueWorkflow::escalationHandsOwnershipUpTheTiers()
{
    IssueWorkflow flow = workflow();
    const Id id = addIssue(QStringLiteral("utilities"), QDate(2022, 11, 14));
    QVERIFY(flow.escalate(id, 1, QStringLiteral("镇街协调未果")));
    Issue i = issue(id);
    QCOMPARE(i.tier, Tier::Department);
    QCOMPARE(i.ownerUnitId, std::optional<Id>(m_department));
    QCOMPARE(i.ownerPersonId, std::optional<Id>(m_departmentPerson));
    QVERIFY(!i.ownerAreaId);
    QVERIFY(flow.escalate(id, 2, {}));
    i = issue(id);
    QCOMPARE(i.tier, Tier::Leader);
    QCOMPARE(i.ownerPersonId, std::optional<Id>(m_leader));
    QCOMPARE(i.handoffs, 2);
    const Status higher = flow.escalate(id, 3, {});
    QVERIFY(!higher);
    QCOMPARE(higher.error().field, QStringLiteral("tier"));
    QCOMPARE(issue(id).version, 3);
    QCOMPARE(timeline(id).count(QStringLiteral("escalated")), 2);
}

void TestIssueWorkflow::unsatisfiedVerificationReopens()
{
    IssueWorkflow flow = workflow();
    const Id id = addIssue(QStringLiteral("staff_return"), QDate(2022, 11, 14));
    QVERIFY(flow.assign(id, {}, m_department, {}, {}));
    QVERIFY(flow.start(id, {}, {}));
    QVERIFY(flow.resolve(id, {}, QStringLiteral("已协调返岗"), QDate(2022, 11, 16)));
    QVERIFY(flow.verify(id, {}, Satisfaction::Unsatisfied, QStringLiteral("仍有员工无法返岗")));
    const Issue i = issue(id);
    QCOMPARE(i.status, IssueStatus::Reopened);
    QCOMPARE(i.satisfaction, std::optional<Satisfaction>(Satisfaction::Unsatisfied));
    QVERIFY(!i.resolvedOn.isValid());
    QCOMPARE(timeline(id).mid(4), (QStringList{QStringLiteral("verified"), QStringLiteral("reopened")}));
}

void TestIssueWorkflow::resolveNeedsAResolution()
{
    IssueWorkflow flow = workflow();
    const Id id = addIssue(QStringLiteral("supplies"), QDate(2022, 11, 14));
    QVERIFY(flow.assign(id, {}, m_department, {}, {}));
    QVERIFY(flow.start(id, {}, {}));
    const Status refused = flow.resolve(id, {}, QStringLiteral("   "), QDate(2022, 11, 15));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("resolution"));
    const Status beforeReport = flow.resolve(id, {}, QStringLiteral("已解决"), QDate(2022, 11, 1));
    QVERIFY(!beforeReport);
    QCOMPARE(beforeReport.error().field, QStringLiteral("resolved_on"));
    QVERIFY2(beforeReport.error().message.contains(QStringLiteral("before problem")),
             qPrintable(beforeReport.error().message));
    // A week ahead (a date field that kept an extension's date): refused, not counted as closed.
    const Status ahead = flow.resolve(id, {}, QStringLiteral("已解决"), QDate::currentDate().addDays(7));
    QVERIFY(!ahead);
    QCOMPARE(ahead.error().field, QStringLiteral("resolved_on"));
    QVERIFY2(ahead.error().message.contains(QStringLiteral("still to come")),
             qPrintable(ahead.error().message));
    QVERIFY(!flow.resolve(id, {}, QStringLiteral("已解决"), QDate()));
    QCOMPARE(issue(id).status, IssueStatus::InProgress);
    QCOMPARE(timeline(id).size(), 3);
}

void TestIssueWorkflow::extensions()
{
    IssueWorkflow flow = workflow();
    const Id id = addIssue(QStringLiteral("supplies"), QDate(2022, 11, 14)); // due 11-17
    QCOMPARE(issue(id).dueOn, QDate(2022, 11, 17));
    QVERIFY(!flow.requestExtension(id, QDate(2022, 11, 16), QStringLiteral("货源紧张"))); // earlier
    QVERIFY(!flow.requestExtension(id, QDate(2022, 11, 17), QStringLiteral("货源紧张"))); // same
    QVERIFY(!flow.requestExtension(id, QDate(2022, 11, 24), QStringLiteral(" ")));        // no reason
    auto first = flow.requestExtension(id, QDate(2022, 11, 24), QStringLiteral("上游企业停产，货源紧张"));
    QVERIFY(first);
    QVERIFY(
        !flow.requestExtension(id, QDate(2022, 11, 25), QStringLiteral("再次申请"))); // one pending at a time
    QVERIFY(!flow.decideExtension(*first, true, {}));                                 // a reason is required
    QVERIFY(flow.decideExtension(*first, true, QStringLiteral("同意延期")));
    QCOMPARE(issue(id).dueOn, QDate(2022, 11, 24));
    QVERIFY(!flow.decideExtension(*first, false, QStringLiteral("改变主意"))); // already decided
    auto second = flow.requestExtension(id, QDate(2022, 12, 1), QStringLiteral("仍需时间"));
    QVERIFY(second);
    QVERIFY(flow.decideExtension(*second, false, QStringLiteral("不同意，请按期办结")));
    QCOMPARE(issue(id).dueOn, QDate(2022, 11, 24));
    const auto history = *Repository<IssueExtension>(*m_db).list({QStringLiteral("issue_id = ?"), {id}});
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).status, ExtensionStatus::Approved);
    QCOMPARE(history.at(0).previousDueOn, QDate(2022, 11, 17));
    QCOMPARE(history.at(1).status, ExtensionStatus::Refused);
    QCOMPARE(timeline(id).count(QStringLiteral("extension_requested")), 2);
    QCOMPARE(timeline(id).count(QStringLiteral("extension_approved")), 1);
    QCOMPARE(timeline(id).count(QStringLiteral("extension_refused")), 1);
}

void TestIssueWorkflow::unknownIssue()
{
    IssueWorkflow flow = workflow();
    const Status missing = flow.start(777, {}, {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("777")));
    QVERIFY(!flow.urge(777, QStringLiteral("x")));
    QVERIFY(!flow.decideExtension(777, true, QStringLiteral("x")));
}

void TestIssueWorkflow::secondWriterGetsAConflict()
{
    const Id id = addIssue(QStringLiteral("logistics"), QDate(2022, 11, 14));
    auto other = m_scratch->open();
    QVERIFY(other);
    other->actAs(test::actingAdmin(QStringLiteral("second")));

    // Both desks read version 1.
    const Issue firstCopy = issue(id);
    Issue secondCopy = *Repository<Issue>(*other).get(id);
    QCOMPARE(firstCopy.version, 1);
    QCOMPARE(secondCopy.version, 1);

    QVERIFY(workflow().assign(id, firstCopy.version, m_department, {}, {}));
    auto secondFlow = *IssueWorkflow::forDatabase(*other);
    const Status late = secondFlow.escalate(id, secondCopy.version, {});
    QVERIFY(!late);
    QCOMPARE(late.error().kind, Error::Kind::Conflict);
    // The same through the repository: a stale copy is never written over a newer row.
    secondCopy.title = QStringLiteral("改过的标题");
    const Status stale = Repository<Issue>(*other).update(secondCopy);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);

    const Issue now = issue(id);
    QCOMPARE(now.status, IssueStatus::Assigned);
    QCOMPARE(now.tier, Tier::Area);
    QCOMPARE(now.title, QStringLiteral("成品发运受阻"));
    QCOMPARE(now.version, 2);
}

void TestIssueWorkflow::colours_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<SupervisionColour>("colour");
    QTest::addColumn<int>("left");
    QTest::addColumn<int>("overdue");
    // Logistics, 2 working days: reported Monday 14 November, due Wednesday 16 November.
    QTest::newRow("day before the report")
        << QStringLiteral("logistics") << QDate(2022, 11, 13) << SupervisionColour::None << 0 << 0;
    QTest::newRow("reported today") << QStringLiteral("logistics") << QDate(2022, 11, 14)
                                    << SupervisionColour::Green << 2 << 0;
    QTest::newRow("one day left") << QStringLiteral("logistics") << QDate(2022, 11, 15)
                                  << SupervisionColour::Yellow << 1 << 0;
    QTest::newRow("due today") << QStringLiteral("logistics") << QDate(2022, 11, 16)
                               << SupervisionColour::Yellow << 0 << 0;
    QTest::newRow("a day late") << QStringLiteral("logistics") << QDate(2022, 11, 17)
                                << SupervisionColour::Red << 0 << 1;
    QTest::newRow("over the weekend")
        << QStringLiteral("logistics") << QDate(2022, 11, 20) << SupervisionColour::Red << 0 << 2;
    // Other, 5 working days: due Monday 21 November.
    QTest::newRow("two of five used")
        << QStringLiteral("other") << QDate(2022, 11, 16) << SupervisionColour::Green << 3 << 0;
    QTest::newRow("three of five used")
        << QStringLiteral("other") << QDate(2022, 11, 17) << SupervisionColour::Blue << 2 << 0;
    QTest::newRow("friday before a monday deadline")
        << QStringLiteral("other") << QDate(2022, 11, 18) << SupervisionColour::Yellow << 1 << 0;
}

void TestIssueWorkflow::colours()
{
    QFETCH(QString, category);
    QFETCH(QDate, asOf);
    QFETCH(SupervisionColour, colour);
    QFETCH(int, left);
    QFETCH(int, overdue);
    const Id id = addIssue(category, QDate(2022, 11, 14));
    const SupervisionState state = Supervision::assess(issue(id), asOf, workflow().calendar());
    QCOMPARE(state.colour, colour);
    QCOMPARE(state.workdaysLeft, left);
    QCOMPARE(state.workdaysOverdue, overdue);
    QVERIFY(state.missingCalendarYears.isEmpty());
    QCOMPARE(state.flaggedForEscalation, overdue >= 2);

    // Once resolved, a problem leaves the ladder from the day of its resolution on.
    IssueWorkflow flow = workflow();
    QVERIFY(flow.assign(id, {}, m_department, {}, {}));
    QVERIFY(flow.start(id, {}, {}));
    QVERIFY(flow.resolve(id, {}, QStringLiteral("已解决"), QDate(2022, 11, 15)));
    const SupervisionState after = Supervision::assess(issue(id), QDate(2022, 11, 15), workflow().calendar());
    QCOMPARE(after.colour, SupervisionColour::None);
    const SupervisionState before =
        Supervision::assess(issue(id), QDate(2022, 11, 14), workflow().calendar());
    QCOMPARE(before.colour, SupervisionColour::Green);
}

void TestIssueWorkflow::handoffsWithoutProgressAreFlagged()
{
    IssueWorkflow flow = workflow();
    const Id id = addIssue(QStringLiteral("other"), QDate(2022, 11, 14));
    QVERIFY(flow.assign(id, {}, m_otherUnit, {}, {}));
    QVERIFY(!Supervision::assess(issue(id), QDate(2022, 11, 14), flow.calendar()).flaggedForEscalation);
    QVERIFY(flow.escalate(id, {}, {}));
    QCOMPARE(issue(id).handoffsSinceProgress, 2);
    QVERIFY(Supervision::assess(issue(id), QDate(2022, 11, 14), flow.calendar()).flaggedForEscalation);
    QVERIFY(flow.start(id, {}, {})); // progress clears the count
    QCOMPARE(issue(id).handoffsSinceProgress, 0);
    QVERIFY(!Supervision::assess(issue(id), QDate(2022, 11, 14), flow.calendar()).flaggedForEscalation);
}

void TestIssueWorkflow::yearWithoutScheduleIsNamed()
{
    const Id id = addIssue(QStringLiteral("logistics"), QDate(2031, 1, 2)); // a Thursday
    QCOMPARE(issue(id).dueOn, QDate(2031, 1, 6));
    const SupervisionState state = Supervision::assess(issue(id), QDate(2031, 1, 3), workflow().calendar());
    QCOMPARE(state.missingCalendarYears, QList<int>{2031});
}

void TestIssueWorkflow::administratorCorrectsAYear()
{
    // A 2031 schedule with New Year's Day off and a working Sunday, then a corrected 2022 in which
    // 15 November 2022 became a day off.
    const QJsonObject file{
        {QStringLiteral("years"),
         QJsonObject{{QStringLiteral("2031"),
                      QJsonObject{{QStringLiteral("off"), QJsonArray{QStringLiteral("2031-01-01")}},
                                  {QStringLiteral("work"), QJsonArray{QStringLiteral("2031-01-05")}}}},
                     {QStringLiteral("2022"),
                      QJsonObject{{QStringLiteral("off"), QJsonArray{QStringLiteral("2022-11-15")}},
                                  {QStringLiteral("work"), QJsonArray{}}}}}}};
    auto stored = CalendarStore::importYears(*m_db, file);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(*stored, (QList<int>{2022, 2031}));
    const WorkCalendar calendar = *CalendarStore::load(*m_db);
    QVERIFY(calendar.hasScheduleFor(2031));
    QVERIFY(!calendar.isWorkday(QDate(2031, 1, 1)));
    QVERIFY(calendar.isWorkday(QDate(2031, 1, 5)));
    QVERIFY(!calendar.isWorkday(QDate(2022, 11, 15)));
    QVERIFY(calendar.isWorkday(QDate(2022, 10, 3))); // the shipped 2022 gave way to the correction
    // New problems use the corrected calendar.
    const Id id = addIssue(QStringLiteral("pass"), QDate(2022, 11, 14));
    QCOMPARE(issue(id).dueOn, QDate(2022, 11, 16));
    // Importing a year again replaces it whole.
    const QJsonObject again{
        {QStringLiteral("years"),
         QJsonObject{{QStringLiteral("2022"), QJsonObject{{QStringLiteral("off"), QJsonArray{}}}}}}};
    QVERIFY(CalendarStore::importYears(*m_db, again));
    QVERIFY(CalendarStore::load(*m_db)->isWorkday(QDate(2022, 11, 15)));
}

void TestIssueWorkflow::badCalendarFileStoresNothing()
{
    const QJsonObject bad{
        {QStringLiteral("years"),
         QJsonObject{{QStringLiteral("2031"),
                      QJsonObject{{QStringLiteral("off"), QJsonArray{QStringLiteral("2031-01-01"),
                                                                     QStringLiteral("2031-02-30")}}}}}}};
    auto refused = CalendarStore::importYears(*m_db, bad);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("2031-02-30")));
    QVERIFY(!CalendarStore::importYears(*m_db, QJsonObject{}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM calendar_day"))->toInt(), 0);
    QVERIFY(!CalendarStore::load(*m_db)->hasScheduleFor(2031));
}

QTEST_GUILESS_MAIN(TestIssueWorkflow)
#include "tst_issueworkflow.moc"
