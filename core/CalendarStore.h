#pragma once

#include "Error.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace liaison {

class Database;

// The work calendar in force for a database: the official schedules shipped with the program, with
// the years an administrator added or corrected (stored in the database) in their place.
class CalendarStore final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CalendarStore)

public:
    [[nodiscard]] static Result<WorkCalendar> load(const Database& db);
    // Stores the years of a schedule in the cn-holidays.json layout, replacing those years as a whole;
    // returns the years stored. Every date is checked first: a bad file stores nothing.
    [[nodiscard]] static Result<QList<int>> importYears(Database& db, const QJsonObject& root);
    // The notice years an administrator stored in the database.
    [[nodiscard]] static Result<QList<int>> correctedYears(const Database& db);
};

} // namespace liaison
