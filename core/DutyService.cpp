#include "DutyService.h"

#include "Database.h"
#include "EntityTraits.h"
#include "security/Permissions.h"

namespace liaison {

QString DutyService::roleLabel(Role role)
{
    switch (role) {
    case Role::Leader: return tr("District leader");
    case Role::DepartmentPerson: return tr("Department liaison");
    case Role::AreaPerson: return tr("Area liaison");
    }
    return {};
}

Status DutyService::reassign(Database& db, const QList<Id>& enterpriseIds, Role role, Id personId,
                             const QDate& from, OptionalId unitId)
{
    LIAISON_TRY(Permissions::require(db, Permission::EditRegister));
    if (enterpriseIds.isEmpty())
        return std::unexpected(Error::validation(tr("Select the enterprises to hand over.")));
    if (!from.isValid())
        return std::unexpected(Error::validation(tr("The hand-over date is not a real calendar date."),
                                                 QStringLiteral("valid_from")));
    auto person = Repository<Person>(db).get(personId);
    if (!person)
        return std::unexpected(
            Error::validation(tr("There is no person number %1.").arg(personId), QStringLiteral("person")));
    if (!person->active)
        return std::unexpected(
            Error::validation(tr("%1 is no longer active and cannot take over.").arg(person->name)));
    if (role == Role::DepartmentPerson && !unitId)
        unitId = person->unitId;
    if (role == Role::DepartmentPerson && (!unitId || (person->unitId && person->unitId != unitId))) {
        return std::unexpected(Error::validation(
            tr("%1 does not work for the department chosen.").arg(person->name), QStringLiteral("person")));
    }

    Repository<DutyAssignment> duties(db);
    return db.transaction([&]() -> Status {
        for (const Id enterprise : enterpriseIds) {
            auto current = duties.list({QStringLiteral("enterprise_id = ? AND valid_from <= ? AND "
                                                       "(valid_to IS NULL OR valid_to >= ?)"),
                                        {enterprise, from, from},
                                        QStringLiteral("valid_from DESC, id DESC"),
                                        1});
            LIAISON_TRY(current);
            if (current->isEmpty()) {
                auto name =
                    db.scalar(QStringLiteral("SELECT name FROM enterprise WHERE id = ?"), {enterprise});
                return std::unexpected(
                    Error::validation(tr("%1 has no duty assignment in force on %2 to hand over.")
                                          .arg(name ? name->toString() : QString::number(enterprise),
                                               from.toString(Qt::ISODate))));
            }
            DutyAssignment next = current->front();
            switch (role) {
            case Role::Leader: next.leaderId = personId; break;
            case Role::DepartmentPerson:
                next.departmentId = *unitId;
                next.departmentPersonId = personId;
                break;
            case Role::AreaPerson:
                if (person->areaId && *person->areaId != next.areaId) {
                    return std::unexpected(
                        Error::validation(tr("%1 works for another town, street or park than the enterprise.")
                                              .arg(person->name),
                                          QStringLiteral("person")));
                }
                next.areaPersonId = personId;
                break;
            }
            DutyAssignment ended = current->front();
            if (ended.validFrom == from) {
                // Changed again on the day it started: correct it instead of keeping a one-day record.
                next.validTo = ended.validTo;
                LIAISON_TRY(duties.update(next));
                continue;
            }
            ended.validTo = from.addDays(-1);
            LIAISON_TRY(duties.update(ended));
            next.id = 0;
            next.validFrom = from;
            LIAISON_TRY(duties.create(next));
        }
        return {};
    });
}

Result<QList<DutyService::Coverage>> DutyService::coverage(const Database& db)
{
    auto rows = db.run(QStringLiteral(R"(
        SELECT p.id, p.name, c.role, COUNT(*) AS enterprises FROM (
            SELECT leader_id AS person_id, 0 AS role FROM duty_assignment WHERE valid_to IS NULL
            UNION ALL SELECT department_person_id, 1 FROM duty_assignment WHERE valid_to IS NULL
            UNION ALL SELECT area_person_id, 2 FROM duty_assignment WHERE valid_to IS NULL) c
        JOIN person p ON p.id = c.person_id
        GROUP BY p.id, p.name, c.role
        ORDER BY enterprises DESC, p.name)"));
    LIAISON_TRY(rows);
    QList<Coverage> coverage;
    while (rows->next()) {
        coverage << Coverage{rows->value(0).toLongLong(), rows->value(1).toString(),
                             Role(rows->value(2).toInt()), rows->value(3).toInt()};
    }
    return coverage;
}

} // namespace liaison
