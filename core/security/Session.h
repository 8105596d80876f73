#pragma once

#include "DomainEnums.h"
#include "Entities.h"

#include <QByteArray>
#include <QString>

namespace liaison {

// Who is acting on a database connection: the user signed in (UserAccounts::signIn), whose role and
// person decide what the core services let them do (Permissions), and whose name goes into the audit
// log. A connection nobody has signed in on may do nothing.
struct Session
{
    Id userId = 0; // 0 for the set-up of a database that has no users yet
    QString userName;
    Role role = Role::Officer;
    OptionalId personId;
    bool signedIn = false;
    // A password set by someone else (the demo, an administrator's reset): the user must choose their
    // own before anything else.
    bool mustChangePassword = false;
    // A digest of the password hash stored when the user signed in: when it no longer matches, the
    // password was reset by an administrator or changed on another desktop (UserAccounts::checkSession).
    QByteArray credential;
    // Signed in by the PostgreSQL server as the user's own login (UserAccounts::signInToServer): the
    // connection itself is the user's, bound by the server's rules.
    bool serverLogin = false;

    static Session forUser(Id userId, QString userName, Role role, OptionalId personId)
    {
        return {userId, std::move(userName), role, personId, true, false, {}, false};
    }
};

} // namespace liaison
