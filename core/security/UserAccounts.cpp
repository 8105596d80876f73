#include "UserAccounts.h"

#include "AuditLog.h"
#include "Database.h"
#include "DomainEnums.h"
#include "security/PasswordHash.h"
#include "security/Permissions.h"
#include "security/ServerPassword.h"
#include "security/ServerRoles.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace liaison {
namespace {

const QString selectAccount = QStringLiteral(
    "SELECT u.id, u.name, u.role, u.person_id, p.name, u.active, u.must_change_password, u.locked_until "
    "FROM app_user u LEFT JOIN person p ON p.id = u.person_id");

UserAccounts::Account readAccount(const QSqlQuery& row)
{
    UserAccounts::Account account;
    account.id = row.value(0).toLongLong();
    account.name = row.value(1).toString();
    account.role = DomainText::fromCode<Role>(row.value(2).toString()).value_or(Role::Officer);
    account.personId = optionalId(row.value(3));
    account.personName = row.value(4).toString();
    account.active = row.value(5).toBool();
    account.mustChangePassword = row.value(6).toBool();
    if (!row.value(7).isNull())
        account.lockedUntil = row.value(7).toDateTime().toUTC();
    return account;
}

// What the audit log keeps of an account: never the password hash.
QString describeAccount(const UserAccounts::Account& account)
{
    QJsonObject object{{QStringLiteral("name"), account.name},
                       {QStringLiteral("role"), DomainText::code(account.role)},
                       {QStringLiteral("person_id"),
                        account.personId ? QJsonValue(double(*account.personId)) : QJsonValue()},
                       {QStringLiteral("active"), account.active},
                       {QStringLiteral("must_change_password"), account.mustChangePassword}};
    if (account.lockedUntil.isValid())
        object.insert(QStringLiteral("locked_until"), account.lockedUntil.toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status recordChange(Database& db, const UserAccounts::Account& before, const UserAccounts::Account& after,
                    const QString& what = {})
{
    QString afterText = describeAccount(after);
    if (!what.isEmpty()) {
        QJsonObject object = QJsonDocument::fromJson(afterText.toUtf8()).object();
        object.insert(QStringLiteral("password"), what);
        afterText = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    return AuditLog::record(db, "update", QStringLiteral("app_user"), before.id, describeAccount(before),
                            afterText);
}

QByteArray credentialOf(const QString& storedHash)
{
    return QCryptographicHash::hash(storedHash.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

Status UserAccounts::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return std::unexpected(Error::validation(tr("The user name is empty."), QStringLiteral("name")));
    static const QRegularExpression loginName(QStringLiteral("^[a-z][a-z0-9._-]*$"));
    if (name.size() > maxNameLength || !loginName.match(name).hasMatch()) {
        return std::unexpected(Error::validation(
            tr("\"%1\" is not a user name: use up to %2 lower-case letters, digits, '.', '_' or '-', "
               "starting with a letter (for example zhangmin).")
                .arg(name.left(maxNameLength) +
                     (name.size() > maxNameLength ? QStringLiteral("…") : QString()))
                .arg(maxNameLength),
            QStringLiteral("name")));
    }
    return {};
}

Result<bool> UserAccounts::hasUsers(const Database& db)
{
    // Only users who can sign in count: a database of an earlier version may list users without a
    // password, and must still let its first administrator be made.
    auto any = db.scalar(QStringLiteral("SELECT 1 FROM app_user WHERE password_hash <> '' LIMIT 1"));
    if (!any)
        return std::unexpected(any.error());
    return !any->isNull();
}

Status UserAccounts::actAsSetUp(Database& db)
{
    auto users = hasUsers(db);
    if (!users)
        return std::unexpected(users.error());
    if (*users)
        return std::unexpected(
            Error::permission(tr("This database already has users; sign in as an administrator.")));
    db.actAs(Session{0, QStringLiteral("setup"), Role::Admin, std::nullopt, true, false, {}, false});
    return {};
}

Result<Id> UserAccounts::createFirstAdmin(Database& db, const QString& name, const QString& password,
                                          OptionalId personId)
{
    LIAISON_TRY(checkName(name));
    LIAISON_TRY(PasswordHash::checkAcceptable(password));
    const Session before = db.session();
    Id id = 0;
    QString stored;
    Status made = db.transaction([&]() -> Status {
        LIAISON_TRY(actAsSetUp(db));
        const NewUser admin{name, Role::Admin, personId, password, false};
        LIAISON_TRY(checkNew(db, admin));
        auto hashed = PasswordHash::hash(password);
        LIAISON_TRY(hashed);
        stored = *hashed;
        auto created = insert(db, admin, *hashed);
        if (!created)
            return std::unexpected(created.error());
        id = *created;
        return {};
    });
    if (!made) {
        db.actAs(before);
        return std::unexpected(made.error());
    }
    Session session = Session::forUser(id, name, Role::Admin, personId);
    session.credential = credentialOf(stored);
    db.actAs(session);
    return id;
}

Status UserAccounts::checkPerson(const Database& db, Role role, OptionalId personId)
{
    if (!personId) {
        if (role == Role::Liaison) {
            return std::unexpected(Error::validation(
                tr("A liaison officer must be tied to a person of a department or an area: their enterprises "
                   "follow from it."),
                QStringLiteral("person")));
        }
        return {};
    }
    auto person = db.run(QStringLiteral("SELECT unit_id, area_id FROM person WHERE id = ?"), {*personId});
    if (!person)
        return std::unexpected(person.error());
    if (!person->next())
        return std::unexpected(
            Error::validation(tr("Person %1 does not exist.").arg(*personId), QStringLiteral("person")));
    if (role == Role::Liaison && person->value(0).isNull() && person->value(1).isNull()) {
        return std::unexpected(Error::validation(
            tr("A liaison officer must be a person of a department or an area."), QStringLiteral("person")));
    }
    return {};
}

Status UserAccounts::checkNew(const Database& db, const NewUser& user)
{
    LIAISON_TRY(checkName(user.name));
    LIAISON_TRY(PasswordHash::checkAcceptable(user.password));
    return checkPerson(db, user.role, user.personId);
}

Result<Id> UserAccounts::insert(Database& db, const NewUser& user, const QString& passwordHash)
{
    Id id = 0;
    Status made = db.transaction([&]() -> Status {
        auto taken = db.scalar(QStringLiteral("SELECT 1 FROM app_user WHERE name = ?"), {user.name});
        LIAISON_TRY(taken);
        if (!taken->isNull())
            return std::unexpected(Error::conflict(tr("There is already a user named %1.").arg(user.name)));
        auto inserted =
            db.scalar(QStringLiteral("INSERT INTO app_user (name, person_id, role, password_hash, active, "
                                     "must_change_password) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      {user.name, nullable(user.personId), DomainText::code(user.role), passwordHash, true,
                       user.mustChangePassword});
        LIAISON_TRY(inserted);
        id = inserted->toLongLong();
        LIAISON_TRY(ServerRoles::syncLogin(db, user.name, user.password));
        Account account{id, user.name, user.role, user.personId, {}, true, user.mustChangePassword, {}};
        return AuditLog::record(db, "create", QStringLiteral("app_user"), id,
                                QVariant(QMetaType::fromType<QString>()), describeAccount(account));
    });
    if (!made)
        return std::unexpected(made.error());
    return id;
}

Result<Id> UserAccounts::create(Database& db, const NewUser& user)
{
    LIAISON_TRY(Permissions::require(db, Permission::ManageUsers));
    LIAISON_TRY(checkNew(db, user));
    auto hashed = PasswordHash::hash(user.password);
    LIAISON_TRY(hashed);
    return insert(db, user, *hashed);
}

Result<QList<Id>> UserAccounts::createSeveral(Database& db, const QList<NewUser>& users)
{
    LIAISON_TRY(Permissions::require(db, Permission::ManageUsers));
    for (const NewUser& user : users)
        LIAISON_TRY(checkNew(db, user));
    // One at a time: each hash takes PasswordHash::memoryBytes while it is made.
    QStringList hashes;
    for (const NewUser& user : users) {
        auto hashed = PasswordHash::hash(user.password);
        LIAISON_TRY(hashed);
        hashes << *hashed;
    }
    QList<Id> ids;
    Status made = db.transaction([&]() -> Status {
        for (qsizetype i = 0; i < users.size(); ++i) {
            auto id = insert(db, users.at(i), hashes.at(i));
            LIAISON_TRY(id);
            ids << *id;
        }
        return {};
    });
    if (!made)
        return std::unexpected(made.error());
    return ids;
}

Result<UserAccounts::Account> UserAccounts::find(const Database& db, const QString& name)
{
    LIAISON_TRY(Permissions::require(db, Permission::ManageUsers));
    return lookUp(db, name);
}

Result<UserAccounts::Account> UserAccounts::lookUp(const Database& db, const QString& name)
{
    auto row = db.run(selectAccount + QStringLiteral(" WHERE u.name = ?"), {name});
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return std::unexpected(Error::notFound(tr("There is no user named %1.").arg(name)));
    return readAccount(*row);
}

Result<UserAccounts::Attempt> UserAccounts::takeAttempt(Database& db, const QString& name)
{
    Attempt attempt;
    Status taken = db.transaction([&]() -> Status {
        // The row stays locked until the attempt is counted (SQLite's transactions are IMMEDIATE, so
        // there the whole database is), so that parallel guesses queue for their numbers.
        const QString lock =
            db.backend() == Database::Backend::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
        auto row =
            db.run(QStringLiteral("SELECT id, password_hash, failed_attempts, locked_until FROM app_user "
                                  "WHERE name = ?") +
                       lock,
                   {name});
        LIAISON_TRY(row);
        if (!row->next())
            return {};
        attempt.userId = row->value(0).toLongLong();
        const QString stored = row->value(1).toString();
        int failures = row->value(2).toInt();
        const QDateTime lockedUntil =
            row->value(3).isNull() ? QDateTime() : row->value(3).toDateTime().toUTC();
        row->finish();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (lockedUntil.isValid() && lockedUntil > now)
            return {}; // locked: the password is not looked at
        if (lockedUntil.isValid())
            failures = 0; // a lock that is over starts the count again
        if (failures >= maxFailedSignIns)
            return {};
        attempt.number = failures + 1;
        // The attempt that may be the last takes the lock before its password is checked: the
        // guesses made meanwhile are refused, and a right password lifts it again.
        const QVariant lockFrom = attempt.number >= maxFailedSignIns
                                      ? QVariant(now.addSecs(qint64(lockMinutes) * 60))
                                      : QVariant(QMetaType::fromType<QDateTime>());
        LIAISON_TRY(db.execute(
            QStringLiteral("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
            {attempt.number, lockFrom, attempt.userId}));
        attempt.lockedUntil = lockFrom.toDateTime();
        attempt.stored = stored;
        return {};
    });
    if (!taken)
        return std::unexpected(taken.error());
    return attempt;
}

Result<Session> UserAccounts::signIn(Database& db, const QString& name, const QString& password)
{
    // One answer for an unknown name, a wrong password and a locked account, given after the same work.
    const Error refused = Error::permission(
        tr("Unknown user or wrong password. After %1 wrong passwords an account is locked for %2 minutes; "
           "an administrator can unlock it by setting a new password.")
            .arg(maxFailedSignIns)
            .arg(lockMinutes));
    if (!checkName(name) || password.isEmpty() || password.size() > PasswordHash::maximumLength)
        return std::unexpected(refused);
    auto attempt = takeAttempt(db, name);
    LIAISON_TRY(attempt);
    if (attempt->number == 0) {
        PasswordHash::matches(password, PasswordHash::decoy());
        return std::unexpected(refused);
    }
    if (!PasswordHash::matches(password, attempt->stored)) {
        if (attempt->lockedUntil.isValid()) {
            auto account = lookUp(db, name);
            LIAISON_TRY(account);
            Account unlocked = *account;
            unlocked.lockedUntil = {};
            LIAISON_TRY(db.transaction([&] { return recordChange(db, unlocked, *account); }));
        }
        return std::unexpected(refused);
    }
    auto found = lookUp(db, name);
    LIAISON_TRY(found);
    const Account account = *found;
    QString stored = attempt->stored;
    Status cleared = db.transaction([&]() -> Status {
        LIAISON_TRY(db.execute(
            QStringLiteral("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
            {account.id}));
        if (PasswordHash::isOutdated(stored)) {
            auto renewed = PasswordHash::hash(password);
            LIAISON_TRY(renewed);
            LIAISON_TRY(db.execute(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"),
                                   {*renewed, account.id}));
            stored = *renewed;
        }
        return {};
    });
    if (!cleared)
        return std::unexpected(cleared.error());
    if (!account.active) {
        return std::unexpected(
            Error::permission(tr("The account %1 is disabled; ask an administrator.").arg(name)));
    }
    Session session = Session::forUser(account.id, account.name, account.role, account.personId);
    session.mustChangePassword = account.mustChangePassword;
    session.credential = credentialOf(stored);
    db.actAs(session);
    return session;
}

bool UserAccounts::signsInToServer(const QString& spec)
{
    return Database::isPostgresUrl(spec) && QUrl(spec).userName().isEmpty();
}

Result<std::unique_ptr<Database>> UserAccounts::signInToServer(const QString& spec, const QString& name,
                                                               const QString& password)
{
    const Error refused =
        Error::permission(tr("Unknown user or wrong password, or the account is disabled."));
    if (!checkName(name) || password.isEmpty() || password.size() > PasswordHash::maximumLength)
        return std::unexpected(refused);
    QUrl url(spec, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!Database::isPostgresUrl(spec) || !url.isValid() || database.isEmpty())
        return std::unexpected(Error::validation(tr("“%1” is not a PostgreSQL address.").arg(spec)));
    url.setUserName(ServerRoles::loginRole(database, name));
    url.setPassword(password);
    auto db = Database::open(url.toString(QUrl::FullyEncoded), {false, -1});
    if (!db) {
        // The server says the same for an unknown login, a wrong password and a login disabled.
        static const QRegularExpression refusedByServer(
            QStringLiteral("password authentication failed|role .* does not exist|not permitted to log in"));
        if (refusedByServer.match(db.error().message).hasMatch())
            return std::unexpected(refused);
        return std::unexpected(db.error());
    }
    LIAISON_TRY(signInByServer(**db));
    return db;
}

Result<Session> UserAccounts::signInByServer(Database& db)
{
    auto row =
        db.run(QStringLiteral("SELECT u.id, u.name, u.role, u.person_id, u.active, u.must_change_password, "
                              "session_user FROM app_user u "
                              "WHERE current_database() || '.' || u.name = session_user"));
    LIAISON_TRY(row);
    if (!row->next()) {
        auto login = db.scalar(QStringLiteral("SELECT session_user"));
        LIAISON_TRY(login);
        return std::unexpected(Error::permission(
            tr("The server login %1 is not a user of this LiaisonDesk database.").arg(login->toString())));
    }
    const Id id = row->value(0).toLongLong();
    const QString name = row->value(1).toString();
    const Role role = DomainText::fromCode<Role>(row->value(2).toString()).value_or(Role::Officer);
    const OptionalId personId = optionalId(row->value(3));
    if (!row->value(4).toBool())
        return std::unexpected(
            Error::permission(tr("The account %1 is disabled; ask an administrator.").arg(name)));
    Session session = Session::forUser(id, name, role, personId);
    session.mustChangePassword = row->value(5).toBool();
    session.serverLogin = true;
    row->finish();
    auto stored = ownPasswordHash(db, session);
    LIAISON_TRY(stored);
    session.credential = credentialOf(*stored);
    db.actAs(session);
    return session;
}

Result<QString> UserAccounts::ownPasswordHash(const Database& db, const Session& session)
{
    // Signed in as their own server login, a user may not read app_user's hashes, only their own.
    auto stored =
        session.serverLogin
            ? db.scalar(QStringLiteral("SELECT liaisondesk_own_password_hash()"))
            : db.scalar(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"), {session.userId});
    LIAISON_TRY(stored);
    return stored->toString();
}

Status UserAccounts::changePassword(Database& db, const QString& current, const QString& next)
{
    const Session session = db.session();
    if (!session.signedIn || session.userId == 0)
        return std::unexpected(Error::permission(tr("Sign in first to change your password.")));
    auto stored = ownPasswordHash(db, session);
    LIAISON_TRY(stored);
    if (!PasswordHash::matches(current, *stored))
        return std::unexpected(
            Error::validation(tr("The current password is wrong."), QStringLiteral("current")));
    LIAISON_TRY(PasswordHash::checkAcceptable(next));
    if (next == current)
        return std::unexpected(Error::validation(tr("The new password is the same as the current one."),
                                                 QStringLiteral("password")));
    auto before = lookUp(db, session.userName);
    LIAISON_TRY(before);
    auto hashed = PasswordHash::hash(next);
    LIAISON_TRY(hashed);
    LIAISON_TRY(db.transaction([&]() -> Status {
        if (session.serverLogin) {
            LIAISON_TRY(db.run(QStringLiteral("SELECT liaisondesk_set_own_password(?, ?)"),
                               {*hashed, ServerPassword::verifier(next)}));
        } else {
            LIAISON_TRY(
                db.execute(QStringLiteral("UPDATE app_user SET password_hash = ?, must_change_password = ? "
                                          "WHERE id = ?"),
                           {*hashed, false, session.userId}));
            LIAISON_TRY(ServerRoles::syncLogin(db, session.userName, next));
        }
        Account after = *before;
        after.mustChangePassword = false;
        return recordChange(db, *before, after, QStringLiteral("changed"));
    }));
    Session changed = session;
    changed.mustChangePassword = false;
    changed.credential = credentialOf(*hashed);
    db.actAs(changed);
    return {};
}

Status UserAccounts::checkSession(const Database& db)
{
    const Session session = db.session();
    if (!session.signedIn || session.userId == 0)
        return {};
    auto row = db.run(QStringLiteral("SELECT active FROM app_user WHERE id = ?"), {session.userId});
    LIAISON_TRY(row);
    if (!row->next() || !row->value(0).toBool()) {
        return std::unexpected(
            Error::permission(tr("An administrator has disabled the account %1; it has been signed out.")
                                  .arg(session.userName)));
    }
    row->finish();
    auto stored = ownPasswordHash(db, session);
    LIAISON_TRY(stored);
    if (!session.credential.isEmpty() && credentialOf(*stored) != session.credential) {
        return std::unexpected(Error::permission(
            tr("The password of %1 was set anew (by an administrator, or on another computer); sign in "
               "with the new password.")
                .arg(session.userName)));
    }
    return {};
}

Status UserAccounts::resetPassword(Database& db, const QString& name, const QString& password)
{
    LIAISON_TRY(Permissions::require(db, Permission::ManageUsers));
    LIAISON_TRY(PasswordHash::checkAcceptable(password));
    auto before = find(db, name);
    LIAISON_TRY(before);
    auto hashed = PasswordHash::hash(password);
    LIAISON_TRY(hashed);
    return db.transaction([&]() -> Status {
        LIAISON_TRY(
            db.execute(QStringLiteral("UPDATE app_user SET password_hash = ?, must_change_password = ?, "
                                      "failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                       {*hashed, true, before->id}));
        LIAISON_TRY(ServerRoles::syncLogin(db, name, password));
        Account after = *before;
        after.mustChangePassword = true;
        after.lockedUntil = {};
        return recordChange(db, *before, after, QStringLiteral("reset"));
    });
}

Status UserAccounts::setActive(Database& db, const QString& name, bool active)
{
    LIAISON_TRY(Permissions::require(db, Permission::ManageUsers));
    auto before = find(db, name);
    LIAISON_TRY(before);
    if (!active && before->id == db.session().userId)
        return std::unexpected(Error::validation(tr("You cannot disable your own account.")));
    if (before->active == active)
        return {};
    return db.transaction([&]() -> Status {
        LIAISON_TRY(
            db.execute(QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"), {active, before->id}));
        LIAISON_TRY(ServerRoles::syncLogin(db, name));
        Account after = *before;
        after.active = active;
        return recordChange(db, *before, after);
    });
}

Result<QList<UserAccounts::Account>> UserAccounts::list(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::ManageUsers));
    auto rows = db.run(selectAccount + QStringLiteral(" ORDER BY u.name"));
    LIAISON_TRY(rows);
    QList<Account> accounts;
    while (rows->next())
        accounts << readAccount(*rows);
    return accounts;
}

} // namespace liaison
