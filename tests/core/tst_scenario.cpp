#include "Database.h"
#include "EntityTraits.h"
#include "IssueWorkflow.h"
#include "ScratchDatabase.h"
#include "Statistics.h"
#include "Supervision.h"
#include "WorkCalendar.h"
#include "scenario/JiulongpoScenario.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestScenario final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void figuresOnTheDayOfTheArticle();
    void figuresInMidNovember();
    void figuresGrowDayByDay();
    void districtIsReal();
    void everyEnterpriseHasADutyAssignment();
    void visitsFallOnWorkingDays();
    void chainLeadersHaveSuppliers();
    void passesAreOneVehicleEach();
    void issuesHaveConsistentTimelinesAndDeadlines();
    void supervisorsHaveOpenProblemsOnTheLadder();
    void refusesANonEmptyDatabase();
    void isDeterministic();

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestScenario::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    const Status loaded = JiulongpoScenario::load(*m_db);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
}

void TestScenario::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

void TestScenario::figuresOnTheDayOfTheArticle()
{
    auto s = Statistics::snapshot(*m_db, QDate(2022, 12, 5));
    QVERIFY(s);
    QCOMPARE(s->enterprisesDirect, 295);
    QCOMPARE(s->enterprisesDirectInProduction, 295);
    QCOMPARE(s->resumptionRate, 1.0);
    QCOMPARE(s->preUpgrade, 9);
    QCOMPARE(s->preUpgradeInProduction, 9);
    QCOMPARE(s->whitelistEnterprises, 305);
    QCOMPARE(s->whitelistBatches, 2);
    QCOMPARE(s->issuesResolved, 450);
    QCOMPARE(s->issuesOpen, s->issuesTotal - 450);
    QVERIFY(s->issuesOpen > 0); // supervisors still have work on the day of the article
    QCOMPARE(s->passes, 780);
    QCOMPARE(s->driverWhitelist, 380);
    QCOMPARE(s->transferred, 53);
    QCOMPARE(s->staffReturned, 20000);
    QCOMPARE(s->closedLoopStaff, 34000);
    QVERIFY2(s->capacityUtilization > 90.0, qPrintable(QString::number(s->capacityUtilization)));
    QVERIFY(s->capacityUtilization <= 100.0);
    QVERIFY(s->visits > 295 * 4);

    const QJsonObject json = s->toJson();
    for (const char* key :
         {"as_of", "enterprises_direct", "enterprises_direct_in_production", "resumption_rate", "pre_upgrade",
          "pre_upgrade_in_production", "whitelist_enterprises", "whitelist_batches", "issues_total",
          "issues_resolved", "issues_open", "passes", "driver_whitelist", "transferred", "staff_returned",
          "closed_loop_staff", "capacity_utilization", "visits"}) {
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
    }
    QCOMPARE(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2022-12-05"));
}

void TestScenario::figuresInMidNovember()
{
    auto s = Statistics::snapshot(*m_db, QDate(2022, 11, 15));
    QVERIFY(s);
    QCOMPARE(s->enterprisesDirect, 295);
    QVERIFY(s->resumptionRate < 1.0);
    QVERIFY(s->resumptionRate > 0.5);
    QVERIFY(s->preUpgradeInProduction <= 9);
    QCOMPARE(s->whitelistBatches, 1);
    QVERIFY(s->whitelistEnterprises < 305);
    QVERIFY(s->issuesResolved < 450);
    QVERIFY(s->passes < 780);
    QVERIFY(s->driverWhitelist < 380);
    QVERIFY(s->transferred < 53);
    QVERIFY(s->staffReturned < 20000);
    QVERIFY(s->capacityUtilization < 90.0);
}

void TestScenario::figuresGrowDayByDay()
{
    StatsSnapshot previous;
    for (QDate day(2022, 10, 31); day <= QDate(2022, 12, 6); day = day.addDays(1)) {
        auto s = Statistics::snapshot(*m_db, day);
        QVERIFY(s);
        QVERIFY(s->issuesResolved <= s->issuesTotal);
        QVERIFY(s->issuesTotal >= previous.issuesTotal);
        QVERIFY(s->issuesResolved >= previous.issuesResolved);
        QVERIFY(s->passes >= previous.passes);
        QVERIFY(s->driverWhitelist >= previous.driverWhitelist);
        QVERIFY(s->staffReturned >= previous.staffReturned);
        QVERIFY(s->visits >= previous.visits);
        previous = *s;
    }
    auto before = Statistics::snapshot(*m_db, QDate(2022, 10, 31));
    QCOMPARE(before->issuesTotal, 0);
    QCOMPARE(before->visits, 0);
}

void TestScenario::districtIsReal()
{
    auto areas = Repository<Area>(*m_db).list();
    QVERIFY(areas);
    QStringList names;
    for (const Area& a : *areas)
        names << a.name;
    for (const char* name : {"杨家坪街道", "中梁山街道", "九龙街道", "华岩镇", "西彭镇", "铜罐驿镇", "陶家镇",
                             "九龙工业园区", "西彭工业园区", "含谷镇"}) {
        QVERIFY2(names.contains(QString::fromUtf8(name)), name);
    }
    // No directly managed enterprise in the High-tech Zone's towns.
    auto outside =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise e JOIN area a ON a.id = e.area_id "
                                    "WHERE e.scale = 'direct' AND NOT a.directly_managed"));
    QCOMPARE(outside->toInt(), 0);
    auto named = Repository<Enterprise>(*m_db).count(
        QStringLiteral("name IN (?, ?)"),
        {QStringLiteral("重庆隆鑫通用动力股份有限公司"), QStringLiteral("庆铃汽车(集团)有限公司")});
    QCOMPARE(*named, 2);
}

void TestScenario::everyEnterpriseHasADutyAssignment()
{
    auto without = m_db->scalar(
        QStringLiteral(
            "SELECT COUNT(*) FROM enterprise e WHERE NOT EXISTS (SELECT 1 FROM duty_assignment d WHERE "
            "d.enterprise_id = e.id AND d.valid_from <= ? AND (d.valid_to IS NULL OR d.valid_to >= ?))"),
        {QDate(2022, 12, 5), QDate(2022, 12, 5)});
    QCOMPARE(without->toInt(), 0);
    auto history =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM duty_assignment WHERE valid_to IS NOT NULL"));
    QVERIFY(history->toInt() > 0);
    auto tierless =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM duty_assignment WHERE area_person_id IS NULL OR "
                                    "department_person_id IS NULL"));
    QCOMPARE(tierless->toInt(), 0);
}

void TestScenario::visitsFallOnWorkingDays()
{
    auto visits = Repository<Visit>(*m_db).list({{}, {}, QStringLiteral("id"), -1, 0});
    QVERIFY(visits);
    for (const Visit& v : *visits)
        QVERIFY2(WorkCalendar::official().isWorkday(v.visitedOn),
                 qPrintable(v.visitedOn.toString(Qt::ISODate)));
}

void TestScenario::chainLeadersHaveSuppliers()
{
    auto leaders =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise_tag WHERE tag = 'chain_leader'"));
    QVERIFY(leaders->toInt() >= 4);
    auto unlinked = m_db->scalar(
        QStringLiteral("SELECT COUNT(*) FROM enterprise_tag t WHERE t.tag = 'chain_leader' AND "
                       "(SELECT COUNT(*) FROM supply_link l WHERE l.customer_id = t.enterprise_id) < 5"));
    QCOMPARE(unlinked->toInt(), 0);
}

void TestScenario::passesAreOneVehicleEach()
{
    auto plates = m_db->scalar(
        QStringLiteral("SELECT COUNT(DISTINCT vehicle_plate) FROM permit_request WHERE kind = 'pass'"));
    QCOMPARE(plates->toInt(), 780);
}

void TestScenario::issuesHaveConsistentTimelinesAndDeadlines()
{
    const WorkCalendar& calendar = WorkCalendar::official();
    QHash<QString, int> deadlines;
    auto categories = m_db->run(QStringLiteral("SELECT code, deadline_workdays FROM issue_category"));
    QVERIFY(categories);
    while (categories->next())
        deadlines.insert(categories->value(0).toString(), categories->value(1).toInt());

    const auto issues = Repository<Issue>(*m_db).list();
    QVERIFY(issues);
    const auto allEvents = Repository<IssueEvent>(*m_db).list({{}, {}, QStringLiteral("issue_id, at, id")});
    QVERIFY(allEvents);
    QHash<Id, QList<IssueEvent>> events;
    for (const IssueEvent& e : *allEvents)
        events[e.issueId] << e;
    const QTimeZone chongqing(8 * 3600);

    for (const Issue& issue : *issues) {
        const QByteArray where = QByteArray::number(issue.id);
        QCOMPARE(issue.dueOn, calendar.addWorkdays(issue.reportedOn, deadlines.value(issue.category)));
        const QList<IssueEvent>& timeline = events.value(issue.id);
        QVERIFY2(!timeline.isEmpty(), where.constData());
        QCOMPARE(timeline.front().kind, IssueEventKind::Created);
        QCOMPARE(timeline.front().at.toTimeZone(chongqing).date(), issue.reportedOn);
        QList<IssueEventKind> kinds;
        for (const IssueEvent& e : timeline)
            kinds << e.kind;
        // Each step the lifecycle graph takes is on the timeline, in order.
        QCOMPARE(kinds.contains(IssueEventKind::Assigned), issue.status != IssueStatus::New);
        QCOMPARE(kinds.count(IssueEventKind::Escalated), issue.tier == Tier::Area ? 0 : 1);
        QCOMPARE(issue.handoffs,
                 (issue.status == IssueStatus::New ? 0 : 1) + (issue.tier == Tier::Area         ? 0
                                                               : issue.tier == Tier::Department ? 1
                                                                                                : 2));
        if (issue.status == IssueStatus::Resolved || issue.status == IssueStatus::Verified) {
            QVERIFY2(kinds.contains(IssueEventKind::Started), where.constData());
            QVERIFY2(kinds.indexOf(IssueEventKind::Started) < kinds.indexOf(IssueEventKind::Resolved),
                     where.constData());
            const IssueEvent& resolved = timeline.at(kinds.indexOf(IssueEventKind::Resolved));
            QCOMPARE(resolved.at.toTimeZone(chongqing).date(), issue.resolvedOn);
            QVERIFY(!issue.resolution.isEmpty());
        }
        if (issue.status == IssueStatus::Verified) {
            QVERIFY(issue.satisfaction.has_value());
            QCOMPARE(kinds.back(), IssueEventKind::Verified);
        }
        for (qsizetype i = 1; i < timeline.size(); ++i)
            QVERIFY2(timeline.at(i - 1).at <= timeline.at(i).at, where.constData());
    }
}

void TestScenario::supervisorsHaveOpenProblemsOnTheLadder()
{
    const auto open =
        Repository<Issue>(*m_db).list({QStringLiteral("status NOT IN ('resolved', 'verified')")});
    QVERIFY(open);
    QCOMPARE(open->size(), 12);
    QSet<SupervisionColour> colours;
    int flagged = 0;
    for (const Issue& issue : *open) {
        const SupervisionState state =
            Supervision::assess(issue, JiulongpoScenario::reportDay(), WorkCalendar::official());
        colours.insert(state.colour);
        flagged += state.flaggedForEscalation ? 1 : 0;
    }
    QVERIFY(colours.contains(SupervisionColour::Red));
    QVERIFY(colours.contains(SupervisionColour::Yellow));
    QVERIFY(flagged > 0);
}

void TestScenario::refusesANonEmptyDatabase()
{
    auto before = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"));
    const Status again = JiulongpoScenario::load(*m_db);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Validation);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"))->toInt(), before->toInt());
}

void TestScenario::isDeterministic()
{
    ScratchDatabase otherScratch;
    auto other = otherScratch.open();
    QVERIFY(other);
    QVERIFY(JiulongpoScenario::load(*other));
    const QString fingerprint = QStringLiteral("SELECT e.credit_code, e.name, e.production_status, (SELECT "
                                               "COUNT(*) FROM visit v WHERE v.enterprise_id = e.id), "
                                               "(SELECT COUNT(*) FROM issue i WHERE i.enterprise_id = e.id) "
                                               "FROM enterprise e ORDER BY e.credit_code");
    auto a = m_db->run(fingerprint);
    auto b = other->run(fingerprint);
    QVERIFY(a && b);
    int rows = 0;
    while (a->next()) {
        QVERIFY(b->next());
        for (int column = 0; column < 5; ++column)
            QCOMPARE(a->value(column).toString(), b->value(column).toString());
        ++rows;
    }
    QVERIFY(!b->next());
    QVERIFY(rows > 300);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
