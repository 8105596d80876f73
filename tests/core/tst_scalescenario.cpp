// The scale data (liaisonctl demo --scale) at a district's size: the rules every other write keeps, the
// same rows for the same seed, other rows for another, and what it refuses.

#include "AuditLog.h"
#include "CreditCode.h"
#include "Database.h"
#include "EntityTraits.h"
#include "Repository.h"
#include "ScratchDatabase.h"
#include "WorkCalendar.h"
#include "scenario/ScaleScenario.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestScaleScenario final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hasTheDistrictsSize();
    void recordsAreValid();
    void problemsFollowTheWorkflow();
    void auditChainVerifies();
    void isDeterministicForASeed();
    void refusesANonEmptyDatabase();
    void refusesSomeoneNotAnAdministrator();

private:
    QString fingerprint(Database& db);

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestScaleScenario::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    const Status loaded = ScaleScenario::load(*m_db, ScaleScenario::Size::District);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
}

void TestScaleScenario::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

void TestScaleScenario::hasTheDistrictsSize()
{
    const auto count = [&](const char* table) {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table)))
            ->toLongLong();
    };
    QCOMPARE(count("enterprise"), ScaleScenario::enterprisesFor(ScaleScenario::Size::District));
    QVERIFY(count("visit") > 8000 && count("visit") < 9500);
    QVERIFY(count("issue") > 4000 && count("issue") < 4800);
    QVERIFY(count("issue_event") > 3 * count("issue"));
    QVERIFY(count("permit_request") > 500);
    QCOMPARE(count("duty_assignment") - count("enterprise"),
             m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM duty_assignment WHERE valid_to IS NOT NULL"))
                 ->toLongLong());
    QCOMPARE(count("app_user"), 4);
    // Every id sequence goes on after the loaded rows: the next record written gets a new id.
    QVERIFY(Repository<Area>(*m_db).create({0, QStringLiteral("新增测试街道"), AreaKind::Street, {}, true}));
}

void TestScaleScenario::recordsAreValid()
{
    auto codes = m_db->run(QStringLiteral("SELECT credit_code, name, name_initials FROM enterprise"));
    QVERIFY(codes);
    QSet<QString> names;
    while (codes->next()) {
        QVERIFY2(CreditCode::isValid(codes->value(0).toString()), qPrintable(codes->value(0).toString()));
        QVERIFY(!names.contains(codes->value(1).toString()));
        names.insert(codes->value(1).toString());
        QVERIFY(!codes->value(2).toString().isEmpty());
    }
    const WorkCalendar& calendar = WorkCalendar::official();
    auto days = m_db->run(QStringLiteral("SELECT DISTINCT visited_on FROM visit"));
    QVERIFY(days);
    while (days->next()) {
        const QDate day = days->value(0).toDate();
        QVERIFY2(calendar.isWorkday(day), qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(day >= ScaleScenario::firstDay() && day <= ScaleScenario::reportDay());
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT vehicle_plate FROM permit_request "
                                         "WHERE kind = 'pass' GROUP BY vehicle_plate HAVING COUNT(*) > 1) t"))
                 ->toLongLong(),
             0);
    if (m_db->backend() == Database::Backend::Sqlite) {
        auto broken = m_db->run(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(broken);
        QVERIFY(!broken->next());
    }
}

void TestScaleScenario::problemsFollowTheWorkflow()
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
    int open = 0;
    for (const Issue& issue : *issues) {
        const QByteArray where = QByteArray::number(issue.id);
        QCOMPARE(issue.dueOn, calendar.addWorkdays(issue.reportedOn, deadlines.value(issue.category)));
        const QList<IssueEvent>& timeline = events.value(issue.id);
        QVERIFY2(timeline.size() >= 2, where.constData());
        QCOMPARE(timeline.front().kind, IssueEventKind::Created);
        QCOMPARE(timeline.at(1).kind, IssueEventKind::Assigned);
        QCOMPARE(timeline.front().at.toTimeZone(chongqing).date(), issue.reportedOn);
        for (qsizetype i = 1; i < timeline.size(); ++i)
            QVERIFY2(timeline.at(i - 1).at <= timeline.at(i).at, where.constData());
        QList<IssueEventKind> kinds;
        for (const IssueEvent& e : timeline)
            kinds << e.kind;
        QCOMPARE(kinds.count(IssueEventKind::Escalated), issue.tier == Tier::Area         ? 0
                                                         : issue.tier == Tier::Department ? 1
                                                                                          : 2);
        const bool closed = issue.status == IssueStatus::Resolved || issue.status == IssueStatus::Verified;
        QCOMPARE(closed, issue.resolvedOn.isValid());
        QCOMPARE(kinds.contains(IssueEventKind::Resolved), closed);
        QCOMPARE(kinds.contains(IssueEventKind::Verified), issue.status == IssueStatus::Verified);
        QCOMPARE(issue.satisfaction.has_value(), issue.status == IssueStatus::Verified);
        QCOMPARE(kinds.contains(IssueEventKind::Started) && !closed, issue.status == IssueStatus::InProgress);
        if (closed) {
            QVERIFY(issue.resolvedOn <= ScaleScenario::reportDay());
            QCOMPARE(timeline.at(kinds.indexOf(IssueEventKind::Resolved)).at.toTimeZone(chongqing).date(),
                     issue.resolvedOn);
        } else {
            ++open;
        }
    }
    // Open problems on the report day, some of them overdue (red) and flagged for escalation.
    QVERIFY(open > 20);
    QVERIFY(
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM issue WHERE status IN ('assigned', 'in_progress') "
                                    "AND due_on < ?"),
                     {ScaleScenario::reportDay()})
            ->toLongLong() > 0);
}

void TestScaleScenario::auditChainVerifies()
{
    const auto check = AuditLog::verify(*m_db);
    QVERIFY2(check, qPrintable(check ? QString() : check.error().message));
    QVERIFY2(check->firstBroken == 0, qPrintable(check->reason));
    QVERIFY(check->entries > 300);
}

QString TestScaleScenario::fingerprint(Database& db)
{
    auto rows = db.run(
        QStringLiteral("SELECT e.credit_code, e.name, (SELECT COUNT(*) FROM visit v WHERE "
                       "v.enterprise_id = e.id), (SELECT COUNT(*) FROM issue i WHERE i.enterprise_id = "
                       "e.id AND i.status = 'verified') FROM enterprise e ORDER BY e.id"));
    if (!rows)
        return {};
    QStringList all;
    while (rows->next())
        all << QStringLiteral("%1 %2 %3 %4")
                   .arg(rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                        rows->value(3).toString());
    return all.join(QLatin1Char('\n'));
}

void TestScaleScenario::isDeterministicForASeed()
{
    ScratchDatabase again;
    auto same = again.open();
    QVERIFY(same);
    QVERIFY(ScaleScenario::load(*same, ScaleScenario::Size::District));
    const QString mine = fingerprint(*m_db);
    QVERIFY(!mine.isEmpty());
    QCOMPARE(fingerprint(*same), mine);

    ScratchDatabase otherScratch;
    auto other = otherScratch.open();
    QVERIFY(other);
    QVERIFY(ScaleScenario::load(*other, ScaleScenario::Size::District, 7));
    QVERIFY(fingerprint(*other) != mine);
}

void TestScaleScenario::refusesANonEmptyDatabase()
{
    const qint64 before = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM visit"))->toLongLong();
    const Status again = ScaleScenario::load(*m_db, ScaleScenario::Size::District);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Validation);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM visit"))->toLongLong(), before);
}

void TestScaleScenario::refusesSomeoneNotAnAdministrator()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    db->actAs(Session::forUser(0, QStringLiteral("officer"), Role::Officer, std::nullopt));
    const Status loaded = ScaleScenario::load(*db, ScaleScenario::Size::District);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, Error::Kind::Permission);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM area"))->toLongLong(), 0);
}

QTEST_GUILESS_MAIN(TestScaleScenario)
#include "tst_scalescenario.moc"
