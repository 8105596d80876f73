#pragma once

#include <QDate>
#include <QJsonObject>

#include <boost/date_time/gregorian/gregorian_types.hpp>

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

    static boost::gregorian::date toBoost(const QDate& date);
    static QDate fromBoost(const boost::gregorian::date& date);

private:
    bool isWorkday(const boost::gregorian::date& date) const;

    std::set<boost::gregorian::date> m_off;
    std::set<boost::gregorian::date> m_work;
    std::set<int> m_years;
};

} // namespace liaison
