#pragma once

#include "DomainEnums.h"
#include "Error.h"

#include <QString>

namespace liaison {

class Database;

// On PostgreSQL the server enforces the roles too, for anyone who connects with psql rather than
// through LiaisonDesk. Each role has a group role (liaisondesk_admin, _supervisor, _liaison,
// _officer) with the table rights it needs, and every user a login role of the same name in its group.
// Row-level security limits a liaison's writes to the enterprises and problems of their scope, by the
// same rule as Permissions. The connection LiaisonDesk itself uses owns the tables and is not limited
// by row-level security; the core services check it instead.
//
// Creating roles needs the CREATEROLE right; without it the group and login roles are left for a
// database administrator to create (README), and everything else still works. SQLite has no roles:
// every call does nothing there.
class ServerRoles final
{
public:
    static QString groupRole(Role role);

    // The group roles, their rights and the row-level security policies (schema version 5).
    [[nodiscard]] static Status install(Database& db);
    // Schema 6 (install does the same from the start): the functions the policies call searching the
    // tables' schema only, a problem's status moving along the workflow only, an enterprise's identity
    // changed by administrators only, and DELETE only where LiaisonDesk deletes.
    [[nodiscard]] static Status harden(Database& db);
    [[nodiscard]] static Status userCreated(Database& db, const QString& userName, Role role);
    [[nodiscard]] static Status userActivated(Database& db, const QString& userName, bool active);

private:
    enum class LoginRole {
        NotManaged, // SQLite, no CREATEROLE right, or a server administrator's own role
        Missing,
        Exists,
    };
    static Result<bool> mayCreateRoles(Database& db);
    static Result<QString> schema(Database& db); // quoted
    static Status installFunctions(Database& db);
    static Status grantDeletes(Database& db);
    static Result<LoginRole> loginRole(Database& db, const QString& userName);
};

} // namespace liaison
