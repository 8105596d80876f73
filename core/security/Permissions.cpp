#include "Permissions.h"

#include "Database.h"
#include "Session.h"

#include <QDate>

namespace liaison {

bool Permissions::roleMay(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin: return true;
    case Role::Supervisor:
        return permission == Permission::Read || permission == Permission::WorkIssue ||
               permission == Permission::SuperviseIssues || permission == Permission::Export;
    case Role::Liaison:
        return permission == Permission::Read || permission == Permission::WorkEnterprise ||
               permission == Permission::WorkIssue;
    case Role::Officer: return permission == Permission::Read || permission == Permission::Export;
    }
    return false;
}

bool Permissions::isScoped(Role role, Permission permission)
{
    return role == Role::Liaison &&
           (permission == Permission::WorkEnterprise || permission == Permission::WorkIssue);
}

bool Permissions::may(const Session& session, Permission permission)
{
    return session.signedIn && roleMay(session.role, permission);
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::Read: return tr("read the records");
    case Permission::ManageUsers: return tr("manage users");
    case Permission::EditReference: return tr("change areas, units, people, categories or the work calendar");
    case Permission::EditRegister:
        return tr(
            "add enterprises, change an enterprise's name, credit code, area, scale or white-list batch, "
            "or change the duty scheme");
    case Permission::WorkEnterprise: return tr("record visits or change an enterprise's records");
    case Permission::WorkIssue: return tr("work on problems");
    case Permission::SuperviseIssues: return tr("assign, escalate, urge, verify or reopen problems");
    case Permission::Export: return tr("export records");
    case Permission::ViewAudit: return tr("read the audit log");
    case Permission::Backup: return tr("back up or restore the database");
    }
    return {};
}

Status Permissions::refuse(const Session& session, Permission permission)
{
    return std::unexpected(
        Error::permission(tr("%1 (%2) may not %3.")
                              .arg(session.userName, DomainText::label(session.role), describe(permission))));
}

Status Permissions::require(const Database& db, Permission permission)
{
    const Session& session = db.session();
    if (!session.signedIn)
        return std::unexpected(Error::permission(tr("Nobody is signed in; sign in first.")));
    if (session.mustChangePassword) {
        return std::unexpected(Error::permission(
            tr("%1 must choose a new password before going on: the current one was set by someone else.")
                .arg(session.userName)));
    }
    if (!roleMay(session.role, permission))
        return refuse(session, permission);
    return {};
}

Status Permissions::requireForEnterprise(const Database& db, Permission permission, Id enterpriseId)
{
    LIAISON_TRY(require(db, permission));
    const Session& session = db.session();
    if (!isScoped(session.role, permission))
        return {};
    if (session.personId) {
        auto covered = personCovers(db, *session.personId, enterpriseId);
        if (!covered)
            return std::unexpected(covered.error());
        if (*covered)
            return {};
    }
    auto name = db.scalar(QStringLiteral("SELECT name FROM enterprise WHERE id = ?"), {enterpriseId});
    if (!name)
        return std::unexpected(name.error());
    return std::unexpected(
        Error::permission(tr("%1 is not one of the enterprises of %2's area or unit; its own liaison or a "
                             "supervisor can do this.")
                              .arg(name->isNull() ? tr("Enterprise %1").arg(enterpriseId) : name->toString(),
                                   session.userName)));
}

Status Permissions::requireForIssue(const Database& db, Permission permission, const Issue& issue)
{
    LIAISON_TRY(require(db, permission));
    const Session& session = db.session();
    if (isScoped(session.role, permission) && session.personId) {
        if (issue.ownerPersonId == session.personId)
            return {};
        auto owns = db.scalar(QStringLiteral("SELECT 1 FROM person WHERE id = ? AND "
                                             "((unit_id IS NOT NULL AND unit_id = ?) OR "
                                             "(area_id IS NOT NULL AND area_id = ?))"),
                              {*session.personId, nullable(issue.ownerUnitId), nullable(issue.ownerAreaId)});
        if (!owns)
            return std::unexpected(owns.error());
        if (!owns->isNull())
            return {};
    }
    return requireForEnterprise(db, permission, issue.enterpriseId);
}

Result<bool> Permissions::personCovers(const Database& db, Id personId, Id enterpriseId)
{
    QVariantList binds = scopeBinds(personId);
    binds.prepend(enterpriseId);
    auto found = db.scalar(QStringLiteral("SELECT 1 FROM enterprise e WHERE e.id = ? AND ") +
                               scopeCondition(QStringLiteral("e.id")),
                           binds);
    if (!found)
        return std::unexpected(found.error());
    return !found->isNull();
}

QString Permissions::scopeCondition(const QString& enterpriseIdColumn)
{
    return QStringLiteral(
               "EXISTS (SELECT 1 FROM duty_assignment scope_d JOIN person scope_p ON scope_p.id = ? "
               "WHERE scope_d.enterprise_id = %1 AND (scope_d.area_id = scope_p.area_id OR "
               "scope_d.department_id = scope_p.unit_id) AND scope_d.valid_from <= ? AND "
               "(scope_d.valid_to IS NULL OR scope_d.valid_to >= ?))")
        .arg(enterpriseIdColumn);
}

QVariantList Permissions::scopeBinds(Id personId)
{
    const QDate today = QDate::currentDate();
    return {personId, today, today};
}

} // namespace liaison
