#include "CalendarStore.h"

#include "AuditLog.h"

#include "Database.h"
#include "security/Permissions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace liaison {

Result<WorkCalendar> CalendarStore::load(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    WorkCalendar calendar = WorkCalendar::official();
    auto rows = db.run(QStringLiteral("SELECT y.year, d.day, d.kind FROM calendar_year y "
                                      "LEFT JOIN calendar_day d ON d.notice_year = y.year ORDER BY y.year"));
    LIAISON_TRY(rows);
    std::map<int, std::pair<std::set<boost::gregorian::date>, std::set<boost::gregorian::date>>> years;
    while (rows->next()) {
        auto& [off, work] = years[rows->value(0).toInt()];
        const QDate day = rows->value(1).toDate();
        if (!day.isValid())
            continue;
        (rows->value(2).toString() == QLatin1StringView("work") ? work : off)
            .insert(WorkCalendar::toBoost(day));
    }
    for (const auto& [year, schedule] : years)
        calendar.replaceYear(year, schedule.first, schedule.second);
    return calendar;
}

Result<QList<int>> CalendarStore::correctedYears(const Database& db)
{
    auto rows = db.run(QStringLiteral("SELECT year FROM calendar_year ORDER BY year"));
    LIAISON_TRY(rows);
    QList<int> years;
    while (rows->next())
        years << rows->value(0).toInt();
    return years;
}

Result<QList<int>> CalendarStore::importYears(Database& db, const QJsonObject& root)
{
    LIAISON_TRY(Permissions::require(db, Permission::EditReference));
    struct Day
    {
        QDate date;
        QString kind;
        QString name;
    };
    std::map<int, std::vector<Day>> years;
    const QJsonValue yearsValue = root.value(QLatin1StringView("years"));
    if (!yearsValue.isObject() || yearsValue.toObject().isEmpty()) {
        return std::unexpected(Error::validation(tr("The calendar file has no “years” object; it must be "
                                                    "laid out like the shipped cn-holidays.json.")));
    }
    const QJsonObject yearsObject = yearsValue.toObject();
    for (auto it = yearsObject.begin(); it != yearsObject.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || year < 1950 || year > 2100)
            return std::unexpected(
                Error::validation(tr("“%1” in the calendar file is not a year.").arg(it.key().left(20))));
        const QJsonObject schedule = it.value().toObject();
        const QJsonObject names = schedule.value(QLatin1StringView("names")).toObject();
        std::vector<Day>& days = years[year];
        for (const char* kind : {"off", "work"}) {
            for (const QJsonValue& value : schedule.value(QLatin1StringView(kind)).toArray()) {
                const QString text = value.toString();
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (!date.isValid() || text.size() != 10) {
                    return std::unexpected(Error::validation(
                        tr("Year %1 of the calendar file: “%2” in “%3” is not a date (YYYY-MM-DD).")
                            .arg(year)
                            .arg(text.left(20), QLatin1StringView(kind))));
                }
                if (std::abs(date.year() - year) > 1) {
                    return std::unexpected(Error::validation(
                        tr("Year %1 of the calendar file lists %2, which is not in or next to that year.")
                            .arg(year)
                            .arg(text)));
                }
                for (const Day& other : days) {
                    if (other.date == date) {
                        return std::unexpected(Error::validation(
                            tr("Year %1 of the calendar file lists %2 twice.").arg(year).arg(text)));
                    }
                }
                const QString name = names.value(text).toString().left(40);
                days.push_back(
                    {date, QString::fromLatin1(kind), name.isNull() ? QString(QLatin1StringView("")) : name});
            }
        }
    }

    QList<int> stored;
    LIAISON_TRY(db.transaction([&]() -> Status {
        for (const auto& [year, days] : years) {
            LIAISON_TRY(db.run(QStringLiteral("DELETE FROM calendar_day WHERE notice_year = ?"), {year}));
            LIAISON_TRY(db.run(QStringLiteral("DELETE FROM calendar_year WHERE year = ?"), {year}));
            LIAISON_TRY(db.run(QStringLiteral("INSERT INTO calendar_year (year) VALUES (?)"), {year}));
            QJsonArray written;
            for (const Day& day : days) {
                written.append(QJsonArray{day.date.toString(Qt::ISODate), day.kind, day.name});
                // A date filed under another year's notice before is moved to this one.
                LIAISON_TRY(db.run(QStringLiteral("DELETE FROM calendar_day WHERE day = ?"), {day.date}));
                LIAISON_TRY(
                    db.run(QStringLiteral(
                               "INSERT INTO calendar_day (day, notice_year, kind, name) VALUES (?, ?, ?, ?)"),
                           {day.date, year, day.kind, day.name}));
            }
            LIAISON_TRY(
                AuditLog::record(db, "update", QStringLiteral("calendar_year"), year, QVariant(),
                                 QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact))));
            stored << year;
        }
        return {};
    }));
    return stored;
}

} // namespace liaison
