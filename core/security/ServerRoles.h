#pragma once

#include "DomainEnums.h"
#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace liaison {

class Database;

// On PostgreSQL the server enforces the roles too: each person signs in to the server as their own
// login, and nothing they can do with psql bypasses a rule. The roles are named for the database
// (current_database()), so two LiaisonDesk databases on one server share none:
//   - a group role per LiaisonDesk role, "<database>:admin", ":supervisor", ":liaison", ":officer", with
//     the table rights it needs (column by column where a role may see only some of a table) and
//     CONNECT on this database only;
//   - a login role per user, "<database>.<user>", in the group of the user's role, with the user's
//     password as a SCRAM-SHA-256 verifier, able to log in while the user is active.
// Row-level security limits a liaison's writes to the enterprises and problems of their scope, by the
// same rule as Permissions; triggers keep a problem's status on the workflow and an enterprise's
// identity with administrators. LiaisonDesk administrators manage logins through one narrow SECURITY
// DEFINER function (liaisondesk_sync_login), never with a server-wide right.
//
// Creating the group roles needs the CREATEROLE right of whoever upgrades the schema (the database's
// owner: a DBA, or liaisonctl init run with a server administrator's login); without it they are left
// for a database administrator to create (README), and everything else still works. SQLite has no roles:
// every call does nothing there.
class ServerRoles final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ServerRoles)

public:
    static QString groupRole(const QString& database, Role role);
    static QString loginRole(const QString& database, const QString& userName);
    // Refuses a database name too long to prefix login names with.
    [[nodiscard]] static Status checkDatabaseName(const QString& database);

    // Schema 5: the row-level security policies and the functions they call.
    [[nodiscard]] static Status install(Database& db);
    // Schema 6: the functions search the tables' schema only, a problem's status moves along the
    // workflow only, an enterprise's identity is changed by administrators only.
    [[nodiscard]] static Status harden(Database& db);
    // Schema 7: the group roles named for this database with their rights, the account functions, and
    // the logins of the users already there; the shared groups of schemas 5 and 6 lose their rights here.
    [[nodiscard]] static Status scopeToDatabase(Database& db);
    // Whether this database's logins are managed here (PostgreSQL, and the group roles exist).
    [[nodiscard]] static Result<bool> managesLogins(Database& db);
    // Makes the user's login match app_user (group, LOGIN while active); with a password, sets its
    // verifier too. Nothing where logins are not managed.
    [[nodiscard]] static Status syncLogin(Database& db, const QString& userName,
                                          const QString& password = {});

private:
    static Result<bool> mayCreateRoles(Database& db);
    static Result<QString> schema(Database& db); // quoted
    static Status installFunctions(Database& db);
};

} // namespace liaison
