#include "UserAccounts.h"

#include "AuditLog.h"
#include "Database.h"
#include "DomainEnums.h"
#include "security/PasswordHash.h"
#include "security/Permissions.h"
#include "security/ServerRoles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <future>
#include <vector>

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
    db.actAs(Session{0, QStringLiteral("setup"), Role::Admin, std::nullopt, true, false});
    return {};
}

Result<Id> UserAccounts::createFirstAdmin(Database& db, const QString& name, const QString& password,
                                          OptionalId personId)
{
    LIAISON_TRY(checkName(name));
    LIAISON_TRY(PasswordHash::checkAcceptable(password));
    const Session before = db.session();
    Id id = 0;
    Status made = db.transaction([&]() -> Status {
        LIAISON_TRY(actAsSetUp(db));
        const NewUser admin{name, Role::Admin, personId, password, false};
        LIAISON_TRY(checkNew(db, admin));
        auto created = insert(db, admin, PasswordHash::hash(password));
        if (!created)
            return std::unexpected(created.error());
        id = *created;
        return {};
    });
    if (!made) {
        db.actAs(before);
        return std::unexpected(made.error());
    }
    db.actAs(Session::forUser(id, name, Role::Admin, personId));
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
        LIAISON_TRY(ServerRoles::userCreated(db, user.name, user.role));
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
    return insert(db, user, PasswordHash::hash(user.password));
}

Result<QList<Id>> UserAccounts::createSeveral(Database& db, const QList<NewUser>& users)
{
    LIAISON_TRY(Permissions::require(db, Permission::ManageUsers));
    for (const NewUser& user : users)
        LIAISON_TRY(checkNew(db, user));
    std::vector<std::future<QString>> hashes;
    for (const NewUser& user : users)
        hashes.push_back(std::async(std::launch::async,
                                    [password = user.password] { return PasswordHash::hash(password); }));
    QList<Id> ids;
    Status made = db.transaction([&]() -> Status {
        for (qsizetype i = 0; i < users.size(); ++i) {
            auto id = insert(db, users.at(i), hashes.at(std::size_t(i)).get());
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

Result<Session> UserAccounts::signIn(Database& db, const QString& name, const QString& password)
{
    const Error refused = Error::permission(tr("Unknown user or wrong password."));
    if (!checkName(name) || password.isEmpty() || password.size() > PasswordHash::maximumLength)
        return std::unexpected(refused);
    auto row = db.run(QStringLiteral("SELECT password_hash FROM app_user WHERE name = ?"), {name});
    if (!row)
        return std::unexpected(row.error());
    const QString stored = row->next() ? row->value(0).toString() : QString();
    row->finish();
    auto found = lookUp(db, name);
    if (!found) {
        if (found.error().kind != Error::Kind::NotFound)
            return std::unexpected(found.error());
        // As slow as a real check, so that the time taken does not tell which names exist.
        PasswordHash::matches(password, PasswordHash::decoy());
        return std::unexpected(refused);
    }
    Account account = *found;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        return std::unexpected(Error::permission(
            tr("The account %1 is locked after %2 wrong passwords until %3; try again then, or ask an "
               "administrator to reset the password.")
                .arg(name)
                .arg(maxFailedSignIns)
                .arg(QLocale().toString(account.lockedUntil.toLocalTime(), QLocale::ShortFormat))));
    }
    if (!PasswordHash::matches(password, stored)) {
        Status counted = db.transaction([&]() -> Status {
            auto failures =
                db.scalar(QStringLiteral("UPDATE app_user SET failed_attempts = failed_attempts + 1 "
                                         "WHERE id = ? RETURNING failed_attempts"),
                          {account.id});
            LIAISON_TRY(failures);
            if (failures->toInt() < maxFailedSignIns)
                return {};
            Account locked = account;
            locked.lockedUntil = now.addSecs(qint64(lockMinutes) * 60);
            LIAISON_TRY(db.execute(
                QStringLiteral("UPDATE app_user SET failed_attempts = 0, locked_until = ? WHERE id = ?"),
                {locked.lockedUntil, account.id}));
            return recordChange(db, account, locked);
        });
        if (!counted)
            return std::unexpected(counted.error());
        return std::unexpected(refused);
    }
    if (!account.active) {
        return std::unexpected(
            Error::permission(tr("The account %1 is disabled; ask an administrator.").arg(name)));
    }
    Status cleared = db.transaction([&]() -> Status {
        LIAISON_TRY(db.execute(
            QStringLiteral("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
            {account.id}));
        if (PasswordHash::isOutdated(stored)) {
            LIAISON_TRY(db.execute(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"),
                                   {PasswordHash::hash(password), account.id}));
        }
        return {};
    });
    if (!cleared)
        return std::unexpected(cleared.error());
    Session session = Session::forUser(account.id, account.name, account.role, account.personId);
    session.mustChangePassword = account.mustChangePassword;
    db.actAs(session);
    return session;
}

Status UserAccounts::changePassword(Database& db, const QString& current, const QString& next)
{
    const Session session = db.session();
    if (!session.signedIn || session.userId == 0)
        return std::unexpected(Error::permission(tr("Sign in first to change your password.")));
    auto row = db.run(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"), {session.userId});
    LIAISON_TRY(row);
    const QString stored = row->next() ? row->value(0).toString() : QString();
    row->finish();
    if (!PasswordHash::matches(current, stored))
        return std::unexpected(
            Error::validation(tr("The current password is wrong."), QStringLiteral("current")));
    LIAISON_TRY(PasswordHash::checkAcceptable(next));
    if (next == current)
        return std::unexpected(Error::validation(tr("The new password is the same as the current one."),
                                                 QStringLiteral("password")));
    auto before = lookUp(db, session.userName);
    LIAISON_TRY(before);
    LIAISON_TRY(db.transaction([&]() -> Status {
        LIAISON_TRY(
            db.execute(QStringLiteral("UPDATE app_user SET password_hash = ?, must_change_password = ? "
                                      "WHERE id = ?"),
                       {PasswordHash::hash(next), false, session.userId}));
        Account after = *before;
        after.mustChangePassword = false;
        return recordChange(db, *before, after, QStringLiteral("changed"));
    }));
    Session changed = session;
    changed.mustChangePassword = false;
    db.actAs(changed);
    return {};
}

Status UserAccounts::resetPassword(Database& db, const QString& name, const QString& password)
{
    LIAISON_TRY(Permissions::require(db, Permission::ManageUsers));
    LIAISON_TRY(PasswordHash::checkAcceptable(password));
    auto before = find(db, name);
    LIAISON_TRY(before);
    return db.transaction([&]() -> Status {
        LIAISON_TRY(
            db.execute(QStringLiteral("UPDATE app_user SET password_hash = ?, must_change_password = ?, "
                                      "failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                       {PasswordHash::hash(password), true, before->id}));
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
        LIAISON_TRY(ServerRoles::userActivated(db, name, active));
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
