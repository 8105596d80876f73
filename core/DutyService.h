#pragma once

#include "Entities.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace liaison {

class Database;

// The duty scheme (包联责任): who is on duty for which enterprise, tier by tier, and hand-overs of
// one tier for many enterprises at once. A hand-over ends the assignment in force the day before and
// starts a new one, so the history is kept.
class DutyService final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::DutyService)

public:
    enum class Role { Leader, DepartmentPerson, AreaPerson };

    struct Coverage
    {
        Id personId = 0;
        QString person;
        Role role = Role::Leader;
        int enterprises = 0;
    };

    // Gives one tier of every listed enterprise to another person from `from` on, in one transaction:
    // all of them or none. For the department tier, unitId names the department (the person's own
    // when not given).
    [[nodiscard]] static Status reassign(Database& db, const QList<Id>& enterpriseIds, Role role, Id personId,
                                         const QDate& from, OptionalId unitId = {});
    // How many enterprises each person covers today, by role, most first.
    [[nodiscard]] static Result<QList<Coverage>> coverage(const Database& db);
    static QString roleLabel(Role role);
};

} // namespace liaison
