#include "WorkCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    void workdaysBetweenCountsEveryDay();
    void yearsWithoutSchedule();
    void everyOfficialDateAsPublished();
    void officialAnswers_data();
    void officialAnswers();
    void replacedYearTakesPrecedence();
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

// The count (arithmetic over weeks, then the holidays and the worked weekends) against a walk over every
// day, for spans starting on each day of 2019-12-20 to 2021-02-10 and running up to 800 days, across
// years with and without a schedule.
void TestWorkCalendar::workdaysBetweenCountsEveryDay()
{
    const WorkCalendar& calendar = WorkCalendar::official();
    for (QDate a(2019, 12, 20); a <= QDate(2021, 2, 10); a = a.addDays(1)) {
        int walked = 0;
        QDate b = a;
        for (int span = 0; span <= 800; ++span) {
            if (span > 0) {
                b = b.addDays(1);
                if (calendar.isWorkday(b))
                    ++walked;
            }
            if (span % 7 == 0 || span < 10)
                QCOMPARE(calendar.workdaysBetween(a, b), walked);
        }
        QCOMPARE(calendar.workdaysBetween(b, a), 0);
    }
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

void TestWorkCalendar::everyOfficialDateAsPublished()
{
    // Every date of every notice 2020–2026: the days off are off, the adjusted working weekend days are on.
    QFile file(QStringLiteral(":/liaison/cn-holidays.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject years =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("years")).toObject();
    QCOMPARE(years.size(), 7);
    const WorkCalendar& calendar = WorkCalendar::official();
    int adjusted = 0;
    for (auto year = years.begin(); year != years.end(); ++year) {
        const QJsonObject schedule = year.value().toObject();
        for (const QJsonValue& day : schedule.value(QStringLiteral("off")).toArray())
            QVERIFY2(!calendar.isWorkday(QDate::fromString(day.toString(), Qt::ISODate)),
                     qPrintable(day.toString()));
        for (const QJsonValue& day : schedule.value(QStringLiteral("work")).toArray()) {
            const QDate date = QDate::fromString(day.toString(), Qt::ISODate);
            QVERIFY2(date.dayOfWeek() >= 6, qPrintable(day.toString())); // a weekend day made a working day
            QVERIFY2(calendar.isWorkday(date), qPrintable(day.toString()));
            ++adjusted;
        }
    }
    QVERIFY(adjusted >= 35);
}

void TestWorkCalendar::officialAnswers_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    // Worked out by hand from the State Council notices, one or more per holiday.
    QTest::newRow("2020 Spring Festival, extended") << QDate(2020, 1, 23) << 1 << QDate(2020, 2, 3);
    QTest::newRow("2020 Spring Festival, adjusted Sunday before")
        << QDate(2020, 1, 17) << 1 << QDate(2020, 1, 19);
    QTest::newRow("2020 National Day and Mid-Autumn") << QDate(2020, 9, 30) << 1 << QDate(2020, 10, 9);
    QTest::newRow("2021 Qingming") << QDate(2021, 4, 2) << 1 << QDate(2021, 4, 6);
    QTest::newRow("2021 National Day") << QDate(2021, 9, 30) << 1 << QDate(2021, 10, 8);
    QTest::newRow("2022 Spring Festival, adjusted Saturday") << QDate(2022, 1, 28) << 1 << QDate(2022, 1, 29);
    QTest::newRow("2022 Labour Day") << QDate(2022, 4, 29) << 1 << QDate(2022, 5, 5);
    QTest::newRow("2022 Dragon Boat") << QDate(2022, 6, 2) << 1 << QDate(2022, 6, 6);
    QTest::newRow("2022 Mid-Autumn") << QDate(2022, 9, 9) << 1 << QDate(2022, 9, 13);
    QTest::newRow("2022 New Year 2023 across the year end") << QDate(2022, 12, 30) << 1 << QDate(2023, 1, 3);
    QTest::newRow("2023 Spring Festival") << QDate(2023, 1, 20) << 1 << QDate(2023, 1, 28);
    QTest::newRow("2023 Labour Day") << QDate(2023, 4, 28) << 1 << QDate(2023, 5, 4);
    QTest::newRow("2023 Mid-Autumn and National Day") << QDate(2023, 9, 28) << 1 << QDate(2023, 10, 7);
    QTest::newRow("2024 Spring Festival") << QDate(2024, 2, 9) << 1 << QDate(2024, 2, 18);
    QTest::newRow("2024 Qingming") << QDate(2024, 4, 3) << 1 << QDate(2024, 4, 7);
    QTest::newRow("2024 National Day") << QDate(2024, 9, 30) << 1 << QDate(2024, 10, 8);
    QTest::newRow("2025 Spring Festival") << QDate(2025, 1, 27) << 1 << QDate(2025, 2, 5);
    QTest::newRow("2025 Dragon Boat") << QDate(2025, 5, 30) << 1 << QDate(2025, 6, 3);
    QTest::newRow("2025 National Day and Mid-Autumn") << QDate(2025, 9, 30) << 1 << QDate(2025, 10, 9);
    QTest::newRow("2026 adjusted Saturday before Spring Festival")
        << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("2026 Spring Festival") << QDate(2026, 2, 14) << 1 << QDate(2026, 2, 24);
    QTest::newRow("2026 five working days over Spring Festival")
        << QDate(2026, 2, 12) << 5 << QDate(2026, 2, 26);
    QTest::newRow("2027 has no schedule: weekends only") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 1);
}

void TestWorkCalendar::officialAnswers()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(WorkCalendar::official().addWorkdays(from, days), expected);
}

void TestWorkCalendar::replacedYearTakesPrecedence()
{
    WorkCalendar calendar = WorkCalendar::official();
    QVERIFY(calendar.isWorkday(QDate(2022, 11, 15)));
    QVERIFY(!calendar.isWorkday(QDate(2022, 10, 3)));
    // A corrected 2022 that has only one day off: the shipped 2022 dates no longer count.
    calendar.replaceYear(2022, {WorkCalendar::toBoost(QDate(2022, 11, 15))}, {});
    QVERIFY(!calendar.isWorkday(QDate(2022, 11, 15)));
    QVERIFY(calendar.isWorkday(QDate(2022, 10, 3)));
    QVERIFY(!calendar.isWorkday(QDate(2022, 10, 8))); // a Saturday again
    // Other years are untouched, including 2022-12-31 that the 2023 notice files.
    QVERIFY(!calendar.isWorkday(QDate(2022, 12, 31)));
    QVERIFY(!calendar.isWorkday(QDate(2024, 2, 12)));
    QCOMPARE(calendar.missingYears(QDate(2026, 12, 1), QDate(2028, 1, 5)), (QList<int>{2027, 2028}));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
