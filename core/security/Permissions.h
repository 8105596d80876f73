#pragma once

#include "Entities.h"
#include "Error.h"

#include <QCoreApplication>

namespace liaison {

class Database;
struct Session;

// What each role may do (DESIGN.md "users and their jobs"), checked by the core services themselves on
// the session of the connection, so that no front end can skip it:
//   admin       everything;
//   supervisor  reads all; works and supervises every problem; exports;
//   liaison     reads all; visits, contacts, permits and problems of the enterprises whose duty
//               assignment in force names the liaison's area or unit, and the problems their person,
//               unit or area owns;
//   officer     reads all; briefings and exports.
enum class Permission {
    Read,            // see records, figures and briefings
    ManageUsers,     // create users, reset passwords, disable accounts
    EditReference,   // areas, units, people, categories, the work calendar, white-list batches
    EditRegister,    // add enterprises, change their identity (name, credit code, area, scale, batch); duty
    WorkEnterprise,  // visits, contacts, permits, supply links, transfers, production status (scoped)
    WorkIssue,       // raise a problem, start it, resolve it, ask for more time (scoped)
    SuperviseIssues, // assign, escalate, urge, decide extensions, verify, reopen
    Export,          // export tables to files
    ViewAudit,       // read the audit log
    Backup,          // back up and restore the database
};

class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Permissions)

public:
    // What the role may do anywhere, before any scope is considered.
    static bool roleMay(Role role, Permission permission);
    // Whether the permission is limited to the liaison's own enterprises for this role.
    static bool isScoped(Role role, Permission permission);
    // What the session may do, for front ends that show only what the user may do.
    static bool may(const Session& session, Permission permission);

    // Refuses, with Error::Kind::Permission, a connection nobody is signed in on or a role without the
    // permission.
    [[nodiscard]] static Status require(const Database& db, Permission permission);
    // As require(), and for a scoped role also that the enterprise is one of theirs.
    [[nodiscard]] static Status requireForEnterprise(const Database& db, Permission permission,
                                                     Id enterpriseId);
    // As requireForEnterprise(), and a problem their person, unit or area owns is theirs too.
    [[nodiscard]] static Status requireForIssue(const Database& db, Permission permission,
                                                const Issue& issue);

    // Whether the enterprise's duty assignment in force today names the person's area or unit.
    [[nodiscard]] static Result<bool> personCovers(const Database& db, Id personId, Id enterpriseId);
    // An SQL condition that holds for the enterprises a person covers ("my enterprises"), on the column
    // that holds an enterprise's id; its values to bind, in order, are scopeBinds().
    static QString scopeCondition(const QString& enterpriseIdColumn);
    static QVariantList scopeBinds(Id personId);

private:
    static QString describe(Permission permission);
    static Status refuse(const Session& session, Permission permission);
};

} // namespace liaison
