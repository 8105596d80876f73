#include "Briefing.h"
#include "Database.h"
#include "IssueWorkflow.h"
#include "ScratchDatabase.h"
#include "scenario/JiulongpoScenario.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestBriefing final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void isoWeeks_data();
    void isoWeeks();
    void weekFortyNine();
    void headlineTextComesFromTheData();
    void keyProblemsAreTheRedYellowAndFlagged();
    void emptyDatabaseSaysSo();
    void badPeriodsAreRefused();

private:
    Result<BriefingData> weekFortyNineData() const;

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestBriefing::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    QVERIFY(JiulongpoScenario::load(*m_db));
}

void TestBriefing::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

Result<BriefingData> TestBriefing::weekFortyNineData() const
{
    auto period = BriefingPeriod::isoWeek(QStringLiteral("2022-W49"));
    if (!period)
        return std::unexpected(period.error());
    return Briefing::build(*m_db, WorkCalendar::official(), *period, QDate(2022, 12, 5));
}

void TestBriefing::isoWeeks_data()
{
    QTest::addColumn<QString>("week");
    QTest::addColumn<QDate>("monday"); // null: refused
    QTest::newRow("the reference week") << QStringLiteral("2022-W49") << QDate(2022, 12, 5);
    QTest::newRow("first week of 2021") << QStringLiteral("2021-W01") << QDate(2021, 1, 4);
    QTest::newRow("first week of 2025 starts in 2024") << QStringLiteral("2025-W01") << QDate(2024, 12, 30);
    QTest::newRow("2020 had 53 weeks") << QStringLiteral("2020-W53") << QDate(2020, 12, 28);
    QTest::newRow("2021 had 52") << QStringLiteral("2021-W53") << QDate();
    QTest::newRow("week zero") << QStringLiteral("2022-W00") << QDate();
    QTest::newRow("no W") << QStringLiteral("2022-49") << QDate();
    QTest::newRow("text") << QStringLiteral("last week") << QDate();
}

void TestBriefing::isoWeeks()
{
    QFETCH(QString, week);
    QFETCH(QDate, monday);
    const auto period = BriefingPeriod::isoWeek(week);
    if (!monday.isValid()) {
        QVERIFY(!period);
        QCOMPARE(period.error().kind, Error::Kind::Validation);
        return;
    }
    QVERIFY2(period, qPrintable(period ? QString() : period.error().message));
    QCOMPARE(period->from, monday);
    QCOMPARE(period->to, monday.addDays(6));
    QCOMPARE(period->isoWeekName(), week);
    QCOMPARE(BriefingPeriod::weekOf(monday.addDays(3)).from, monday);
}

void TestBriefing::weekFortyNine()
{
    auto data = weekFortyNineData();
    QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
    QVERIFY(data->hasData());
    QCOMPARE(data->headline.enterprisesDirect, 295);
    QCOMPARE(data->headline.issuesResolved, 450);
    QCOMPARE(data->headline.passes, 780);
    QCOMPARE(data->headline.driverWhitelist, 380);
    // Weeks 44 to 49 of 2022 had recorded work: this is the sixth briefing of the year.
    QCOMPARE(data->issueNumber, 6);
    // The week so far is its Monday, the report day.
    const auto count = [&](const char* sql) {
        return m_db->scalar(QLatin1StringView(sql), {QDate(2022, 12, 5), QDate(2022, 12, 5)})->toLongLong();
    };
    QCOMPARE(data->visits, count("SELECT COUNT(*) FROM visit WHERE visited_on BETWEEN ? AND ?"));
    QCOMPARE(data->problemsRaised, count("SELECT COUNT(*) FROM issue WHERE reported_on BETWEEN ? AND ?"));
    QCOMPARE(data->passes,
             count("SELECT COUNT(*) FROM permit_request WHERE kind = 'pass' AND granted_on BETWEEN ? AND ?"));
    qint64 raised = 0, resolvedToDate = 0, raisedToDate = 0;
    for (const BriefingData::CategoryRow& row : data->categories) {
        raised += row.raised;
        raisedToDate += row.raisedToDate;
        resolvedToDate += row.resolvedToDate;
    }
    QCOMPARE(raised, data->problemsRaised);
    QCOMPARE(raisedToDate, data->headline.issuesTotal);
    QCOMPARE(resolvedToDate, 450);
    qint64 open = 0;
    for (const BriefingData::TierRow& tier : data->tiers)
        open += tier.open;
    QCOMPARE(open, 12);

    const QJsonObject json = data->toJson();
    QCOMPARE(json.value(QStringLiteral("week")).toString(), QStringLiteral("2022-W49"));
    QCOMPARE(json.value(QStringLiteral("issue_number")).toInt(), 6);
    QCOMPARE(
        json.value(QStringLiteral("headline")).toObject().value(QStringLiteral("issues_resolved")).toInt(),
        450);
}

void TestBriefing::headlineTextComesFromTheData()
{
    auto data = weekFortyNineData();
    QVERIFY(data);
    const QString text = data->headlineText();
    for (const char* figure : {"295", "100%", "450", "780", "380", "53", "20000", "34000", "90.8%", "305"})
        QVERIFY2(text.contains(QLatin1StringView(figure)), figure);
    // Change a figure in the data and the text follows.
    data->headline.passes = 781;
    QVERIFY(data->headlineText().contains(QStringLiteral("781")));
    data->headline.enterprisesDirectInProduction = 290;
    data->headline.resumptionRate = 290.0 / 295.0;
    QVERIFY(data->headlineText().contains(QStringLiteral("290 of the 295")));
    QVERIFY(data->headlineText().contains(QStringLiteral("98.3%")));
}

void TestBriefing::keyProblemsAreTheRedYellowAndFlagged()
{
    auto data = weekFortyNineData();
    QVERIFY(data);
    QVERIFY(!data->keyProblems.isEmpty());
    int previousRank = 0;
    for (const BriefingData::KeyProblem& p : data->keyProblems) {
        const int rank = p.colour == SupervisionColour::Red      ? 0
                         : p.colour == SupervisionColour::Yellow ? 1
                                                                 : 2;
        QVERIFY(rank >= previousRank);
        previousRank = rank;
        QVERIFY(p.colour == SupervisionColour::Red || p.colour == SupervisionColour::Yellow ||
                p.flaggedForEscalation);
        QVERIFY(!p.enterprise.isEmpty());
        QVERIFY(!p.owner.isEmpty());
        if (p.colour == SupervisionColour::Red)
            QVERIFY(p.workdaysOverdue > 0);
    }
    // The text counts what the table marks: a red or yellow problem may be due for escalation too.
    const auto count = [&](auto&& take) {
        return QString::number(std::count_if(data->keyProblems.cbegin(), data->keyProblems.cend(), take));
    };
    const QString red = count([](const auto& p) { return p.colour == SupervisionColour::Red; });
    const QString yellow = count([](const auto& p) { return p.colour == SupervisionColour::Yellow; });
    const QString flagged = count([](const auto& p) { return p.flaggedForEscalation; });
    QVERIFY(flagged != QStringLiteral("0"));
    const QString text = data->keyProblemsText();
    QVERIFY2(
        text.contains(QStringLiteral("%1 under red supervision and %2 under yellow supervision; %3 of them "
                                     "are to be escalated")
                          .arg(red, yellow, flagged)),
        qPrintable(text));
}

void TestBriefing::emptyDatabaseSaysSo()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    auto data = Briefing::build(*db, WorkCalendar::official(), BriefingPeriod::weekOf(QDate(2022, 12, 5)),
                                QDate(2022, 12, 5));
    QVERIFY(data);
    QVERIFY(!data->hasData());
    QVERIFY(data->headlineText().contains(QStringLiteral("nothing to report")));
    QCOMPARE(data->issueNumber, 1);
    QVERIFY(data->keyProblems.isEmpty());
    QCOMPARE(data->toJson().value(QStringLiteral("has_data")).toBool(), false);
}

void TestBriefing::badPeriodsAreRefused()
{
    QVERIFY(!BriefingPeriod::span(QDate(2022, 12, 5), QDate(2022, 12, 1)));
    QVERIFY(!BriefingPeriod::span(QDate(2020, 1, 1), QDate(2022, 12, 1)));
    QVERIFY(!BriefingPeriod::span(QDate(), QDate(2022, 12, 1)));
    const auto early = Briefing::build(*m_db, WorkCalendar::official(),
                                       BriefingPeriod::weekOf(QDate(2022, 12, 5)), QDate(2022, 12, 1));
    QVERIFY(!early);
    QCOMPARE(early.error().kind, Error::Kind::Validation);
}

QTEST_GUILESS_MAIN(TestBriefing)
#include "tst_briefing.moc"
