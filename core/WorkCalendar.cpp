#include "WorkCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace liaison {

boost::gregorian::date WorkCalendar::toBoost(const QDate& date)
{
    return {static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
            static_cast<unsigned short>(date.day())};
}

QDate WorkCalendar::fromBoost(const boost::gregorian::date& date)
{
    const auto ymd = date.year_month_day();
    return {int(ymd.year), int(ymd.month), int(ymd.day)};
}

const WorkCalendar& WorkCalendar::official()
{
    static const WorkCalendar calendar = [] {
        QFile file(QStringLiteral(":/liaison/cn-holidays.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The official holiday calendar is missing from the program's resources.");
        return fromJson(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return calendar;
}

WorkCalendar WorkCalendar::fromJson(const QJsonObject& root)
{
    WorkCalendar calendar;
    const QJsonObject years = root.value(QLatin1StringView("years")).toObject();
    for (auto year = years.begin(); year != years.end(); ++year) {
        const QJsonObject schedule = year.value().toObject();
        const auto dates = [](const QJsonArray& values) {
            std::set<boost::gregorian::date> into;
            for (const QJsonValue& value : values) {
                const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
                if (date.isValid())
                    into.insert(toBoost(date));
            }
            return into;
        };
        calendar.m_notices[year.key().toInt()] = {dates(schedule.value(QLatin1StringView("off")).toArray()),
                                                  dates(schedule.value(QLatin1StringView("work")).toArray())};
    }
    calendar.rebuild();
    return calendar;
}

void WorkCalendar::replaceYear(int noticeYear, const std::set<boost::gregorian::date>& off,
                               const std::set<boost::gregorian::date>& work)
{
    m_notices[noticeYear] = {off, work};
    rebuild();
}

void WorkCalendar::rebuild()
{
    m_off.clear();
    m_work.clear();
    m_years.clear();
    for (const auto& [year, schedule] : m_notices) {
        m_off.insert(schedule.off.begin(), schedule.off.end());
        m_work.insert(schedule.work.begin(), schedule.work.end());
        m_years.insert(year);
    }
}

QList<int> WorkCalendar::missingYears(const QDate& from, const QDate& to) const
{
    QList<int> missing;
    if (!from.isValid() || !to.isValid())
        return missing;
    for (int year = std::min(from.year(), to.year()); year <= std::max(from.year(), to.year()); ++year) {
        if (!hasScheduleFor(year))
            missing << year;
    }
    return missing;
}

bool WorkCalendar::isWorkday(const boost::gregorian::date& date) const
{
    if (m_work.contains(date))
        return true;
    if (m_off.contains(date))
        return false;
    const auto weekday = date.day_of_week().as_number();
    return weekday != boost::date_time::Saturday && weekday != boost::date_time::Sunday;
}

bool WorkCalendar::isWorkday(const QDate& date) const
{
    return date.isValid() && isWorkday(toBoost(date));
}

QDate WorkCalendar::addWorkdays(const QDate& date, int n) const
{
    boost::gregorian::date day = toBoost(date);
    const boost::gregorian::days one(1);
    while (n > 0) {
        day += one;
        if (isWorkday(day))
            --n;
    }
    return fromBoost(day);
}

// Counted, not walked: the weekdays of the span by arithmetic, less the holidays on weekdays, plus the
// weekend days worked (调休上班). Supervision asks this of every problem on a list, across years.
int WorkCalendar::workdaysBetween(const QDate& a, const QDate& b) const
{
    if (!a.isValid() || !b.isValid() || b <= a)
        return 0;
    const boost::gregorian::date first = toBoost(a) + boost::gregorian::days(1);
    const boost::gregorian::date last = toBoost(b);
    const auto isWeekend = [](const boost::gregorian::date& day) {
        const auto weekday = day.day_of_week().as_number();
        return weekday == boost::date_time::Saturday || weekday == boost::date_time::Sunday;
    };
    const long days = (last - first).days() + 1;
    long count = days / 7 * 5;
    for (boost::gregorian::date day = first + boost::gregorian::days(days / 7 * 7); day <= last;
         day += boost::gregorian::days(1)) {
        if (!isWeekend(day))
            ++count;
    }
    for (auto off = m_off.lower_bound(first); off != m_off.end() && *off <= last; ++off) {
        if (!isWeekend(*off) && !m_work.contains(*off))
            --count;
    }
    for (auto work = m_work.lower_bound(first); work != m_work.end() && *work <= last; ++work) {
        if (isWeekend(*work))
            ++count;
    }
    return int(count);
}

} // namespace liaison
