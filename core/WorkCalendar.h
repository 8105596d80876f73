#pragma once

#include <QDate>
#include <QJsonObject>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <set>

namespace liaison {

// Working days (工作日) on the official Chinese calendar: Monday to Friday are working days unless the
// State Council's notice gives them off; weekend days the notice declares working days (调休上班) are
// working days too. Years without a notice count weekends only; hasScheduleFor() tells which.
class WorkCalendar final
{
public:
    // The schedules that ship with the program (notice years 2020–2026).
    static const WorkCalendar& official();
    // Reads the cn-holidays.json layout: {"years": {"2022": {"off": [...], "work": [...]}}}.
    static WorkCalendar fromJson(const QJsonObject& root);

    bool isWorkday(const QDate& date) const;
    // The date n working days after date (n >= 0); a deadline of n working days from a report.
    QDate addWorkdays(const QDate& date, int n) const;
    // Working days after a and up to b (0 when b <= a).
    int workdaysBetween(const QDate& a, const QDate& b) const;
    bool hasScheduleFor(int year) const { return m_years.contains(year); }
    // The years in [from, to] that have no official schedule: deadlines across them count weekends only.
    QList<int> missingYears(const QDate& from, const QDate& to) const;

    // Puts a notice year's schedule in place of what was known for it (an administrator's correction).
    void replaceYear(int noticeYear, const std::set<boost::gregorian::date>& off,
                     const std::set<boost::gregorian::date>& work);

    static boost::gregorian::date toBoost(const QDate& date);
    static QDate fromBoost(const boost::gregorian::date& date);

private:
    bool isWorkday(const boost::gregorian::date& date) const;

    struct Schedule
    {
        std::set<boost::gregorian::date> off;
        std::set<boost::gregorian::date> work;
    };
    void rebuild();

    std::map<int, Schedule> m_notices; // by the year of the notice that set the dates
    std::set<boost::gregorian::date> m_off;
    std::set<boost::gregorian::date> m_work;
    std::set<int> m_years;
};

} // namespace liaison
