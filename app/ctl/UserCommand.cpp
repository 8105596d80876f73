#include "UserCommand.h"

#include "CommandArguments.h"
#include "CtlApplication.h"
#include "Database.h"
#include "DomainEnums.h"
#include "security/UserAccounts.h"

#include <QLocale>

namespace liaison {

QString UserCommand::help()
{
    return tr(
        "Usage: liaisonctl --user NAME user COMMAND ...\n"
        "  list                              the users, their roles and people (administrators)\n"
        "  add NAME --role ROLE [--person P] a new user (administrators); ROLE: admin, supervisor,\n"
        "                                    liaison, officer; P: a person's number or name, which a\n"
        "                                    liaison must have; the password comes from\n"
        "                                    LIAISON_NEW_PASSWORD or is asked for, and must be changed\n"
        "                                    at the first sign-in\n"
        "  passwd                            change your own password (the new one from\n"
        "                                    LIAISON_NEW_PASSWORD or asked for)\n"
        "  reset NAME                        set a new password for NAME, to be changed at the next\n"
        "                                    sign-in; unlocks the account (administrators)\n"
        "  disable NAME | enable NAME        stop or allow a user's sign-in (administrators)\n");
}

int UserCommand::run(const QStringList& args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        m_app.out() << help();
        return args.isEmpty() ? CtlApplication::Usage : CtlApplication::Done;
    }
    const QString action = args.front();
    const QStringList rest = args.mid(1);
    const bool known = action == QLatin1StringView("list") || action == QLatin1StringView("add") ||
                       action == QLatin1StringView("passwd") || action == QLatin1StringView("reset") ||
                       action == QLatin1StringView("disable") || action == QLatin1StringView("enable");
    if (!known)
        return m_app.usage(tr("Unknown user command “%1”; see liaisonctl user --help.").arg(action));
    const bool takesName = action == QLatin1StringView("reset") || action == QLatin1StringView("disable") ||
                           action == QLatin1StringView("enable");
    if (takesName && rest.size() != 1)
        return m_app.usage(tr("Write it as: liaisonctl user %1 NAME").arg(action));
    if ((action == QLatin1StringView("list") || action == QLatin1StringView("passwd")) && !rest.isEmpty())
        return m_app.usage(tr("“user %1” takes no arguments, but “%2” was given.").arg(action, rest.front()));

    auto db = m_app.openDatabase(false);
    if (!db) {
        // Someone whose password must be changed may still change it: that is this command.
        return m_app.fail(db.error());
    }
    if (action == QLatin1StringView("list"))
        return list(**db);
    if (action == QLatin1StringView("add"))
        return add(**db, rest);
    if (action == QLatin1StringView("passwd"))
        return passwd(**db);
    if (action == QLatin1StringView("reset"))
        return reset(**db, rest.front());
    return setActive(**db, rest.front(), action == QLatin1StringView("enable"));
}

int UserCommand::list(Database& db)
{
    auto accounts = UserAccounts::list(db);
    if (!accounts)
        return m_app.fail(accounts.error());
    const QLocale locale;
    for (const UserAccounts::Account& account : *accounts) {
        QStringList notes;
        if (!account.active)
            notes << tr("disabled");
        if (account.mustChangePassword)
            notes << tr("must change the password");
        if (account.lockedUntil.isValid() && account.lockedUntil > QDateTime::currentDateTimeUtc())
            notes << tr("locked until %1")
                         .arg(locale.toString(account.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        m_app.out() << account.name << '\t' << DomainText::code(account.role) << '\t'
                    << (account.personName.isEmpty() ? QStringLiteral("-") : account.personName) << '\t'
                    << (notes.isEmpty() ? QStringLiteral("-") : notes.join(QStringLiteral(", "))) << '\n';
    }
    return CtlApplication::Done;
}

Result<Id> UserCommand::findPerson(const Database& db, const QString& text)
{
    bool isNumber = false;
    const Id number = text.toLongLong(&isNumber);
    auto rows = isNumber ? db.run(QStringLiteral("SELECT id FROM person WHERE id = ?"), {number})
                         : db.run(QStringLiteral("SELECT id FROM person WHERE name = ?"), {text});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Id> found;
    while (rows->next())
        found << rows->value(0).toLongLong();
    if (found.isEmpty())
        return std::unexpected(
            Error::validation(tr("There is no person “%1”.").arg(text.left(50)), QStringLiteral("person")));
    if (found.size() > 1) {
        return std::unexpected(Error::validation(
            tr("%n people are named %1; give the person's number instead.", nullptr, int(found.size()))
                .arg(text),
            QStringLiteral("person")));
    }
    return found.front();
}

int UserCommand::add(Database& db, const QStringList& args)
{
    const CommandArguments arguments(QStringLiteral("user add"), args,
                                     {QStringLiteral("role"), QStringLiteral("person")});
    if (!arguments.ok())
        return m_app.usage(arguments.error());
    if (arguments.positional().size() != 1 || !arguments.isSet(QStringLiteral("role")))
        return m_app.usage(tr("Write it as: liaisonctl user add NAME --role ROLE [--person P]"));
    UserAccounts::NewUser user;
    user.name = arguments.positional().front();
    const auto role = DomainText::fromCode<Role>(arguments.value(QStringLiteral("role")));
    if (!role)
        return m_app.usage(tr("Unknown role “%1”; the roles are admin, supervisor, liaison and officer.")
                               .arg(arguments.value(QStringLiteral("role"))));
    user.role = *role;
    if (arguments.isSet(QStringLiteral("person"))) {
        auto person = findPerson(db, arguments.value(QStringLiteral("person")));
        if (!person)
            return m_app.fail(person.error());
        user.personId = *person;
    }
    if (Status valid = UserAccounts::checkName(user.name); !valid)
        return m_app.fail(valid.error());
    auto secret = m_app.newPassword(user.name);
    if (!secret)
        return m_app.fail(secret.error());
    user.password = *secret;
    user.mustChangePassword = true;
    if (auto created = UserAccounts::create(db, user); !created)
        return m_app.fail(created.error());
    m_app.out() << tr("Created the user %1 (%2); they choose their own password at the first sign-in.")
                       .arg(user.name, DomainText::label(user.role))
                << '\n';
    return CtlApplication::Done;
}

int UserCommand::passwd(Database& db)
{
    auto current = m_app.password(tr("Current password for %1: ").arg(m_app.userName()));
    if (!current)
        return m_app.fail(current.error());
    auto next = m_app.newPassword(m_app.userName());
    if (!next)
        return m_app.fail(next.error());
    if (Status changed = UserAccounts::changePassword(db, *current, *next); !changed)
        return m_app.fail(changed.error());
    m_app.out() << tr("The password of %1 is changed.").arg(m_app.userName()) << '\n';
    return CtlApplication::Done;
}

int UserCommand::reset(Database& db, const QString& name)
{
    auto secret = m_app.newPassword(name);
    if (!secret)
        return m_app.fail(secret.error());
    if (Status done = UserAccounts::resetPassword(db, name, *secret); !done)
        return m_app.fail(done.error());
    m_app.out() << tr("The password of %1 is reset; they must change it at the next sign-in.").arg(name)
                << '\n';
    return CtlApplication::Done;
}

int UserCommand::setActive(Database& db, const QString& name, bool active)
{
    if (Status done = UserAccounts::setActive(db, name, active); !done)
        return m_app.fail(done.error());
    m_app.out() << (active ? tr("%1 may sign in again.").arg(name)
                           : tr("%1 can no longer sign in.").arg(name))
                << '\n';
    return CtlApplication::Done;
}

} // namespace liaison
