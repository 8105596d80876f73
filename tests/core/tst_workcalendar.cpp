#include "WorkCalendar.h"

#include <QTest>

using namespace liaison;

class TestWorkCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void isWorkday_data();
    void isWorkday();
    void addWorkdays_data();
    void addWorkdays();
    void workdaysBetween();
    void yearsWithoutSchedule();
};

void TestWorkCalendar::isWorkday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("workday");
    QTest::newRow("ordinary Tuesday") << QDate(2022, 11, 15) << true;
    QTest::newRow("ordinary Saturday") << QDate(2022, 11, 19) << false;
    QTest::newRow("National Day, a Monday") << QDate(2022, 10, 3) << false;
    QTest::newRow("adjusted working Saturday") << QDate(2022, 10, 8) << true;
    QTest::newRow("adjusted working Sunday") << QDate(2022, 10, 9) << true;
    QTest::newRow("New Year 2023 filed under the 2023 notice") << QDate(2022, 12, 31) << false;
    QTest::newRow("Spring Festival 2024") << QDate(2024, 2, 12) << false;
    QTest::newRow("adjusted working Sunday 2024") << QDate(2024, 2, 4) << true;
}

void TestWorkCalendar::isWorkday()
{
    QFETCH(QDate, date);
    QFETCH(bool, workday);
    QCOMPARE(WorkCalendar::official().isWorkday(date), workday);
}

void TestWorkCalendar::addWorkdays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("same day") << QDate(2022, 11, 15) << 0 << QDate(2022, 11, 15);
    QTest::newRow("over a weekend") << QDate(2022, 11, 18) << 1 << QDate(2022, 11, 21);
    QTest::newRow("over National Day into the adjusted Saturday")
        << QDate(2022, 9, 30) << 1 << QDate(2022, 10, 8);
    QTest::newRow("three days across the holiday") << QDate(2022, 9, 29) << 3 << QDate(2022, 10, 9);
}

void TestWorkCalendar::addWorkdays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(WorkCalendar::official().addWorkdays(from, days), expected);
}

void TestWorkCalendar::workdaysBetween()
{
    const WorkCalendar& calendar = WorkCalendar::official();
    QCOMPARE(calendar.workdaysBetween(QDate(2022, 11, 1), QDate(2022, 12, 5)), 24);
    QCOMPARE(calendar.workdaysBetween(QDate(2022, 9, 30), QDate(2022, 10, 9)), 2);
    QCOMPARE(calendar.workdaysBetween(QDate(2022, 12, 5), QDate(2022, 11, 1)), 0);
}

void TestWorkCalendar::yearsWithoutSchedule()
{
    const WorkCalendar& calendar = WorkCalendar::official();
    QVERIFY(calendar.hasScheduleFor(2022));
    QVERIFY(!calendar.hasScheduleFor(2031));
    // Without a schedule only weekends are off: 2031-01-01 is a Wednesday.
    QVERIFY(calendar.isWorkday(QDate(2031, 1, 1)));
    QVERIFY(!calendar.isWorkday(QDate(2031, 1, 4)));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
