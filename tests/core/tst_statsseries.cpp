#include "Database.h"
#include "IssueWorkflow.h"
#include "Lookups.h"
#include "ScratchDatabase.h"
#include "StatsSeries.h"
#include "scenario/JiulongpoScenario.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

#include <algorithm>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestStatsSeries final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void resolvedCurveOfTheScenario();
    void breakdownsAddUp();
    void dailyCountsMatchTheSnapshots();
    void everyDayIsItsOwnSnapshot();
    void badPeriodsAreRefused();

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::optional<StatsSeries> m_series;
};

void TestStatsSeries::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    QVERIFY(JiulongpoScenario::load(*m_db));
    auto workflow = IssueWorkflow::forDatabase(*m_db);
    QVERIFY(workflow);
    auto series = StatsSeriesBuilder::build(*m_db, workflow->calendar(), QDate(2022, 11, 1),
                                            QDate(2022, 12, 5), QDate(2022, 12, 5));
    QVERIFY2(series, qPrintable(series ? QString() : series.error().message));
    m_series = std::move(*series);
}

void TestStatsSeries::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

void TestStatsSeries::resolvedCurveOfTheScenario()
{
    const QList<DailyFigures>& days = m_series->days;
    QCOMPARE(days.size(), 35);
    QCOMPARE(days.back().day, QDate(2022, 12, 5));
    QCOMPARE(days.back().resolved, 450);
    qint64 previousResolved = 0;
    qint64 previousCoordinated = 0;
    for (const DailyFigures& d : days) {
        QVERIFY2(d.resolved <= d.coordinated, qPrintable(d.day.toString(Qt::ISODate)));
        QVERIFY(d.resolved >= previousResolved);
        QVERIFY(d.coordinated >= previousCoordinated);
        QVERIFY(d.resumptionRate >= 0 && d.resumptionRate <= 1);
        previousResolved = d.resolved;
        previousCoordinated = d.coordinated;
    }
    QCOMPARE(days.back().resumptionRate, 1.0);
    // Production dipped in mid-November and was fully back by the report day.
    QVERIFY(
        std::any_of(days.begin(), days.end(), [](const DailyFigures& d) { return d.resumptionRate < 0.9; }));
    QVERIFY(days.back().capacityUtilization > 90.0);
    // The share of enterprises visited in the week up to the report day.
    const qint64 visited =
        m_db->scalar(
                QStringLiteral("SELECT COUNT(DISTINCT enterprise_id) FROM visit WHERE visited_on > ? AND "
                               "visited_on <= ?"),
                {QDate(2022, 11, 28), QDate(2022, 12, 5)})
            ->toLongLong();
    QVERIFY(visited > 200);
    QCOMPARE(days.back().visitCoverage, double(visited) / 328.0);
}

void TestStatsSeries::breakdownsAddUp()
{
    qint64 resolved = 0;
    qint64 open = 0;
    for (const CategoryFigures& c : m_series->categories) {
        resolved += c.resolved;
        open += c.open;
        if (c.resolved > 0) {
            QVERIFY(c.medianWorkdays && c.p90Workdays);
            QVERIFY(*c.p90Workdays >= *c.medianWorkdays);
            QVERIFY(*c.medianWorkdays >= 0);
        }
    }
    QCOMPARE(resolved, m_series->snapshot.issuesResolved);
    QCOMPARE(resolved + open, m_series->snapshot.issuesTotal);
    QCOMPARE(open, m_series->open);
    QCOMPARE(m_series->open, 12);
    qint64 byTier = 0;
    for (const OpenBreakdown& b : m_series->openByTier)
        byTier += b.total();
    qint64 byArea = 0;
    for (const OpenBreakdown& b : m_series->openByArea) {
        QVERIFY(b.areaId);
        QVERIFY(!b.label.isEmpty());
        byArea += b.total();
    }
    QCOMPARE(byTier, 12);
    QCOMPARE(byArea, 12);
    QCOMPARE(m_series->openByTier.size(), 3);
}

void TestStatsSeries::dailyCountsMatchTheSnapshots()
{
    qint64 visits = 0;
    qint64 passes = 0;
    qint64 drivers = 0;
    for (const DailyFigures& d : m_series->days) {
        visits += d.visits;
        passes += d.passes;
        drivers += d.driverApplications;
    }
    auto before = Statistics::snapshot(*m_db, QDate(2022, 10, 31));
    QVERIFY(before);
    QCOMPARE(visits, m_series->snapshot.visits - before->visits);
    QCOMPARE(passes, 780 - before->passes);
    QCOMPARE(drivers, 380 - before->driverWhitelist);
    QCOMPARE(m_series->toJson().value(QStringLiteral("days")).toArray().size(), 35);
}

// The series is worked out in one pass per source (issue 17); each of its days must still say what a
// snapshot of that day says, and what the 7-day coverage of that day is.
void TestStatsSeries::everyDayIsItsOwnSnapshot()
{
    QDate previous = QDate(2022, 10, 31);
    auto before = Statistics::snapshot(*m_db, previous);
    QVERIFY(before);
    StatsSnapshot last = *before;
    for (const DailyFigures& d : m_series->days) {
        auto day = Statistics::snapshot(*m_db, d.day);
        QVERIFY(day);
        auto coverage = Lookups::visitCoverage(*m_db, d.day, 7);
        QVERIFY(coverage);
        QCOMPARE(d.coordinated, day->issuesTotal);
        QCOMPARE(d.resolved, day->issuesResolved);
        QCOMPARE(d.resumptionRate, day->resumptionRate);
        QVERIFY2(std::abs(d.capacityUtilization - day->capacityUtilization) < 1e-9,
                 qPrintable(d.day.toString(Qt::ISODate)));
        QCOMPARE(d.visits, day->visits - last.visits);
        QCOMPARE(d.passes, day->passes - last.passes);
        QCOMPARE(d.driverApplications, day->driverWhitelist - last.driverWhitelist);
        QCOMPARE(d.visitCoverage, double(coverage->visited) / double(coverage->enterprises));
        last = *day;
    }
}

void TestStatsSeries::badPeriodsAreRefused()
{
    const WorkCalendar& calendar = WorkCalendar::official();
    const auto backwards = StatsSeriesBuilder::build(*m_db, calendar, QDate(2022, 12, 5), QDate(2022, 11, 1),
                                                     QDate(2022, 12, 5));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().kind, Error::Kind::Validation);
    QVERIFY(
        !StatsSeriesBuilder::build(*m_db, calendar, QDate(2000, 1, 1), QDate(2022, 1, 1), QDate(2022, 1, 1)));
    QVERIFY(!StatsSeriesBuilder::build(*m_db, calendar, QDate(), QDate(2022, 1, 1), QDate(2022, 1, 1)));
}

QTEST_GUILESS_MAIN(TestStatsSeries)
#include "tst_statsseries.moc"
