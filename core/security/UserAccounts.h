#pragma once

#include "Entities.h"
#include "Error.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <memory>

namespace liaison {

class Database;

// The users of a database: created by an administrator (the first one when the database has none),
// signed in with a password, locked for a while after too many wrong ones. Passwords are kept as
// PasswordHash values and never written to the audit log.
class UserAccounts final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::UserAccounts)

public:
    static constexpr int maxFailedSignIns = 5;
    static constexpr int lockMinutes = 15;
    static constexpr int maxNameLength = 32;

    struct NewUser
    {
        QString name;
        Role role = Role::Officer;
        OptionalId personId; // required for a liaison: their area or unit is their scope
        QString password;
        bool mustChangePassword = true;
    };

    struct Account
    {
        Id id = 0;
        QString name;
        Role role = Role::Officer;
        OptionalId personId;
        QString personName;
        bool active = true;
        bool mustChangePassword = false;
        QDateTime lockedUntil; // invalid when not locked
    };

    // A user name is a login name: lower-case letters, digits, '.', '_' or '-', starting with a letter.
    [[nodiscard]] static Status checkName(const QString& name);
    // Whether any user can sign in (has a password).
    [[nodiscard]] static Result<bool> hasUsers(const Database& db);

    // On a database without users: acts as the set-up of the database (for the first administrator and
    // the reference scenario). Refused once any user exists.
    [[nodiscard]] static Status actAsSetUp(Database& db);
    // Creates the first administrator of a database without users and signs them in.
    [[nodiscard]] static Result<Id> createFirstAdmin(Database& db, const QString& name,
                                                     const QString& password, OptionalId personId = {});

    [[nodiscard]] static Result<Id> create(Database& db, const NewUser& user);
    // Several users in one transaction (the reference scenario).
    [[nodiscard]] static Result<QList<Id>> createSeveral(Database& db, const QList<NewUser>& users);
    // Checks the password and signs the user in on db. Each attempt is counted before its password is
    // checked; the fifth wrong one in a row locks the account for lockMinutes, and no more than five
    // are ever checked, however many arrive at once. An unknown user, a wrong password and a locked
    // account get the same message after the same work.
    [[nodiscard]] static Result<Session> signIn(Database& db, const QString& name, const QString& password);
    // The signed-in user's own password, which they must know.
    // Whether spec is a PostgreSQL address without a user: there each person signs in to the server as
    // their own login (signInToServer), and no connection is made before.
    static bool signsInToServer(const QString& spec);
    // On a PostgreSQL server: connects to spec (an address without a user) as the user's own login
    // ("<database>.<name>", ServerRoles) with their password, which the server checks, and signs them
    // in on that connection. An unknown user, a wrong password and a disabled account get one message.
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    signInToServer(const QString& spec, const QString& name, const QString& password);
    // Signs in the user whose own server login db is connected as (liaisonctl with such an address).
    [[nodiscard]] static Result<Session> signInByServer(Database& db);
    // Whether the signed-in session still stands: a Permission error when the account has been disabled
    // or its password set anew since the user signed in (an administrator's reset, a change on another
    // desktop), a Storage error when the database cannot be read. The desktop asks every half minute.
    [[nodiscard]] static Status checkSession(const Database& db);
    [[nodiscard]] static Status changePassword(Database& db, const QString& current, const QString& next);
    // An administrator sets a new password, which the user must change at the next sign-in; unlocks.
    [[nodiscard]] static Status resetPassword(Database& db, const QString& name, const QString& password);
    [[nodiscard]] static Status setActive(Database& db, const QString& name, bool active);
    [[nodiscard]] static Result<QList<Account>> list(const Database& db);
    [[nodiscard]] static Result<Account> find(const Database& db, const QString& name);

private:
    // find() without the permission check: for signing in, before anyone is.
    static Result<Account> lookUp(const Database& db, const QString& name);
    // A sign-in attempt, numbered before its password is checked. number is 0 when the password is
    // not to be checked at all: no such user, the account locked, or its attempts taken by parallel
    // guesses. lockedUntil is set when this attempt, if wrong, is the one that locks the account.
    struct Attempt
    {
        Id userId = 0;
        int number = 0;
        QString stored;
        QDateTime lockedUntil;
    };
    static Result<Attempt> takeAttempt(Database& db, const QString& name);
    static Result<QString> ownPasswordHash(const Database& db, const Session& session);
    static Status checkPerson(const Database& db, Role role, OptionalId personId);
    static Status checkNew(const Database& db, const NewUser& user);
    static Result<Id> insert(Database& db, const NewUser& user, const QString& passwordHash);
};

} // namespace liaison
