#include "CtlApplication.h"

#include "Briefing.h"
#include "BriefingWorkbook.h"
#ifdef LIAISON_CTL_PRINTS
#include "print/BriefingDocument.h"
#include "print/BriefingMasthead.h"
#endif
#include "CalendarCommand.h"
#include "CommandArguments.h"
#include "ExchangeCommand.h"
#include "IssueCommand.h"
#include "PasswordPrompt.h"
#include "UserCommand.h"

#include "AuditLog.h"
#include "Backup.h"
#include "Database.h"
#include "IssueWorkflow.h"
#include "Migrations.h"
#include "Statistics.h"
#include "StatsSeries.h"
#include "exchange/TableImport.h"
#include "scenario/JiulongpoScenario.h"
#include "scenario/ScaleScenario.h"
#include "security/PasswordHash.h"
#include "security/Permissions.h"
#include "security/UserAccounts.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace liaison {
namespace {

// Reads "--name value" or "--name=value" at args[i]; advances i past what it consumed.
bool takeOption(const QStringList& args, qsizetype& i, const QString& name, QString& value,
                bool& missingValue)
{
    const QString& arg = args.at(i);
    if (arg == name) {
        if (i + 1 >= args.size()) {
            missingValue = true;
            return true;
        }
        value = args.at(++i);
        return true;
    }
    if (arg.startsWith(name + QLatin1Char('='))) {
        value = arg.mid(name.size() + 1);
        return true;
    }
    return false;
}

} // namespace

int CtlApplication::usage(const QString& message)
{
    m_err << "liaisonctl: " << message << '\n'
          << tr("Try “liaisonctl --help” for the commands and options.") << '\n';
    m_err.flush();
    return Usage;
}

void CtlApplication::warn(const QString& message)
{
    m_err << "liaisonctl: " << message << '\n';
    m_err.flush();
}

int CtlApplication::fail(const Error& error)
{
    m_err << "liaisonctl: " << error.message << '\n';
    m_err.flush();
    switch (error.kind) {
    case Error::Kind::Permission: return PermissionDenied;
    case Error::Kind::Conflict: return ConflictExit;
    case Error::Kind::Validation:
    case Error::Kind::NotFound:
    case Error::Kind::Storage: return Failed;
    }
    return Failed;
}

void CtlApplication::printHelp()
{
    m_out
        << tr("Usage: liaisonctl [--db PATH|postgresql://user@host:port/db] [--user NAME] COMMAND ...")
        << "\n\n"
        << tr("Commands:") << '\n'
        << "  init                                "
        << tr("create the database, or upgrade it to this version") << '\n'
        << "  demo [--scenario jiulongpo-2022]     "
        << tr("fill an empty database with the reference scenario") << '\n'
        << "  demo --scale district|city|province [--seed N]\n"
        << "                                      "
        << tr("fill an empty database with a year of made-up data at that size") << '\n'
        << "  stats [--as-of YYYY-MM-DD] [--json]  "
        << tr("the headline figures as of a date (default: today)") << '\n'
        << "  stats --series [--from D] [--to D] [--as-of D] [--json]\n"
        << "                                      "
        << tr("the daily series and the breakdowns (default: the 30 days up to the as-of day)") << '\n'
        << "  briefing [--week YYYY-Www | --from D --to D] [--as-of D] [--pdf FILE] [--xlsx FILE] [--json]\n"
        << "           [--district NAME] [--office NAME] [--editor NAME]\n"
        << "                                      "
        << tr("the weekly briefing as an A4 PDF, an Excel workbook or JSON (default: this week)") << '\n'
        << "  import KIND FILE [--encoding auto|utf-8|gb18030] [--map MAPPING] [--dry-run]\n"
        << "                                      "
        << tr("check every row of a CSV, .xlsx or .ods file and import all of it or nothing (KIND: "
              "enterprises, contacts, duties, visits, issues)")
        << '\n'
        << "  import KIND FILE --preview --json   " << tr("the file as read, without checking it") << '\n'
        << "  import --template KIND FILE         " << tr("an empty file with the recognised headers") << '\n'
        << "  export KIND FILE                    " << tr("as .csv (UTF-8 for Excel) or .xlsx") << '\n'
        << "  backup FILE                         "
        << tr("a checked copy of the SQLite database, taken while it is in use") << '\n'
        << "  restore FILE                        "
        << tr("replace the SQLite database with a checked backup, keeping the old one") << '\n'
        << "  user list|add|passwd|reset|disable|enable ...\n"
        << "                                      "
        << tr("the users and their passwords; “liaisonctl user --help” for more") << '\n'
        << "  audit verify                        "
        << tr("check that no entry of the audit log was changed or removed") << '\n'
        << "  calendar is-workday DATE            " << tr("true or false: is the day a working day") << '\n'
        << "  calendar add-workdays DATE N        " << tr("the date N working days after DATE") << '\n'
        << "  calendar workdays-between A B       " << tr("working days after A up to B") << '\n'
        << "  calendar add-year FILE              "
        << tr("store or correct holiday schedules (the cn-holidays.json layout)") << '\n'
        << "  issue list|show|add|assign|start|escalate|urge|extend|approve-extension|resolve|verify|reopen\n"
        << "                                      "
        << tr("the problem workflow; “liaisonctl issue --help” for more") << "\n\n"
        << tr("Options:") << '\n'
        << "  --db PATH|URL    "
        << tr("the database (default: %1; or LIAISON_DB)").arg(Database::defaultLocation()) << '\n'
        << "  --user NAME      "
        << tr("who is acting (or LIAISON_USER); the password comes from LIAISON_PASSWORD or is asked for")
        << '\n'
        << "  --help           " << tr("show this help") << '\n'
        << "  --version        " << tr("show the version") << "\n\n"
        << tr("Dates are written YYYY-MM-DD.") << '\n'
        << tr("Exit status: 0 done, 1 failed, 2 usage error, 3 permission denied, 4 conflict.") << '\n';
    m_out.flush();
}

int CtlApplication::printCommandHelp(const QString& command)
{
    const struct
    {
        const char* command;
        QString usage;
        QString text;
    } commands[] = {
        {"init", QStringLiteral("liaisonctl [--db PATH|URL] init"),
         tr("Creates the database, or upgrades it to this version. A database that is already current is "
            "left as it is.")},
        {"demo",
         QStringLiteral("liaisonctl [--db PATH|URL] demo [--scenario jiulongpo-2022]\n"
                        "       liaisonctl [--db PATH|URL] demo --scale district|city|province [--seed N]"),
         tr("Fills an empty database with the reference scenario: Jiulongpo district, Chongqing, from 1 "
            "November to 5 December 2022. With --scale, fills it instead with a year of made-up data "
            "(6 December 2021 to 5 December 2022) for a district (300 enterprises), a city (7,000) or a "
            "province (70,000 enterprises, about 2,000,000 visits and 1,000,000 problems), the same for "
            "the same seed, to try LiaisonDesk at that size.")},
        {"stats",
         QStringLiteral("liaisonctl stats [--as-of DATE] [--json]\n"
                        "       liaisonctl stats --series [--from DATE] [--to DATE] [--as-of DATE] [--json]"),
         tr("The headline figures as of a day (default: today). With --series, the figures of every day "
            "from --from to --to (default: the 30 days up to the as-of day) and the breakdowns the "
            "dashboard draws.")},
        {"briefing",
         QStringLiteral("liaisonctl briefing [--week YYYY-Www | --from DATE --to DATE] [--as-of DATE]\n"
                        "                           [--pdf FILE] [--xlsx FILE] [--json]\n"
                        "                           [--district NAME] [--office NAME] [--editor NAME]"),
         tr("The weekly briefing (default: this week; a past week as it stood at its end): an A4 PDF laid "
            "out after GB/T 9704-2012, an Excel workbook, or its figures as JSON; several may be given "
            "together. --district, --office and --editor set the masthead instead of the one saved in "
            "Settings. No display is needed.")},
        {"import",
         QStringLiteral("liaisonctl import KIND FILE.csv|.xlsx|.ods [--encoding auto|utf-8|gb18030]\n"
                        "                           [--map \"HEADER=FIELD;HEADER=FIELD…\"] [--dry-run]\n"
                        "       liaisonctl import KIND FILE --preview --json\n"
                        "       liaisonctl import --template KIND FILE.csv|FILE.xlsx"),
         tr("Reads a CSV file as Excel or WPS write it: UTF-8 with or without a byte-order mark, or GB18030 "
            "(GBK) without one (--encoding overrides the detection), or the first sheet of an .xlsx or .ods "
            "workbook. Headers are recognised in Chinese and "
            "English (企业名称, 统一社会信用代码, 所属镇街, 行业 …); --map names the field of any other "
            "column, or “-” to leave it out. Every row is checked, and the enterprises, areas, departments "
            "and people it names must be registered. An enterprise whose credit code is registered is "
            "updated, as is a contact of the same name at the same enterprise; a duty assignment that "
            "differs from the one in force hands it over. Anything invalid is reported by line and "
            "column, and then nothing is written (exit status 1). --dry-run checks only. KIND: "
            "enterprises, contacts, duties, visits, issues.")},
        {"export", QStringLiteral("liaisonctl export KIND FILE.csv|FILE.xlsx"),
         tr("Writes every record of the kind, with the headers import recognises: CSV in UTF-8 with a "
            "byte-order mark (so that Excel opens it right), or an Excel workbook. KIND: enterprises, "
            "contacts, duties (the assignments in force), visits, issues.")},
        {"backup", QStringLiteral("liaisonctl backup FILE"),
         tr("Writes a consistent copy of the SQLite database to FILE, which must not exist yet, even while "
            "LiaisonDesk or another liaisonctl is writing to it; the copy is checked (integrity_check, "
            "schema) before it is kept. PostgreSQL is backed up with pg_dump.")},
        {"restore", QStringLiteral("liaisonctl restore FILE"),
         tr("Replaces the SQLite database with the backup FILE after checking it: a file that is not a "
            "sound LiaisonDesk database changes nothing. The database as it was is kept next to it, named "
            "with the date and time. Close LiaisonDesk on this database first.")},
        {"audit", QStringLiteral("liaisonctl audit verify"),
         tr("Walks the audit log's chain of entries: each entry's hash covers its contents and the entry "
            "before it. Says how many entries there are, or names the first entry that was changed or "
            "removed behind the program's back (exit status 1).")},
        {"calendar",
         QStringLiteral("liaisonctl calendar is-workday DATE\n"
                        "       liaisonctl calendar add-workdays DATE N\n"
                        "       liaisonctl calendar workdays-between A B\n"
                        "       liaisonctl calendar add-year FILE"),
         tr("Working days after the State Council's holiday calendar: whether a day is a working day, the "
            "day N working days later, the working days after A up to B; add-year stores or corrects "
            "the schedules of a file laid out like cn-holidays.json.")},
    };
    for (const auto& entry : commands) {
        if (command == QLatin1StringView(entry.command)) {
            m_out << tr("Usage: %1").arg(entry.usage) << "\n\n"
                  << entry.text << '\n'
                  << tr("Dates are written YYYY-MM-DD.") << '\n';
            if (command == QLatin1StringView("import")) {
                m_out << '\n' << tr("Fields, as --map names them:") << '\n';
                for (const ImportKind kind : TableImport::kinds) {
                    QStringList keys;
                    for (const ImportField& field : TableImport::fields(kind))
                        keys << field.key;
                    m_out << "  " << TableImport::kindName(kind) << ": " << keys.join(QStringLiteral(", "))
                          << '\n';
                }
            }
            m_out.flush();
            return Done;
        }
    }
    return usage(tr("Unknown command “%1”.").arg(command));
}

Result<std::unique_ptr<Database>> CtlApplication::openUnsigned(bool createIfMissing)
{
    const QString spec = m_databaseSpec.isEmpty() ? Database::defaultLocation() : m_databaseSpec;
    return Database::open(spec, {createIfMissing, -1});
}

Result<std::unique_ptr<Database>> CtlApplication::openDatabase(bool createIfMissing)
{
    const QString spec = m_databaseSpec.isEmpty() ? Database::defaultLocation() : m_databaseSpec;
    if (UserAccounts::signsInToServer(spec)) {
        // A server address without a user: the server checks the user's own password.
        auto secret = userPassword();
        if (!secret)
            return std::unexpected(secret.error());
        return UserAccounts::signInToServer(spec, m_user, *secret);
    }
    auto db = openUnsigned(createIfMissing);
    if (!db)
        return db;
    if (Status signedIn = signIn(**db); !signedIn)
        return std::unexpected(signedIn.error());
    return db;
}

Status CtlApplication::signIn(Database& db)
{
    auto users = UserAccounts::hasUsers(db);
    if (!users)
        return std::unexpected(users.error());
    if (!*users) {
        return std::unexpected(Error::permission(
            tr("%1 has no users yet; create the first administrator with: liaisonctl init --user NAME")
                .arg(db.displayName())));
    }
    auto secret = userPassword();
    if (!secret)
        return std::unexpected(secret.error());
    return toStatus(UserAccounts::signIn(db, m_user, *secret));
}

Result<QString> CtlApplication::userPassword()
{
    if (m_user.isEmpty()) {
        return std::unexpected(Error::permission(
            tr("Say who you are with --user NAME (or LIAISON_USER); the password comes from LIAISON_PASSWORD "
               "or is asked for.")));
    }
    return password(tr("Password for %1: ").arg(m_user));
}

Result<QString> CtlApplication::password(const QString& prompt)
{
    if (qEnvironmentVariableIsSet("LIAISON_PASSWORD"))
        return qEnvironmentVariable("LIAISON_PASSWORD");
    const auto typed = readPassword(prompt);
    if (!typed)
        return std::unexpected(Error::permission(tr("No password was given (LIAISON_PASSWORD or typed).")));
    return *typed;
}

Result<QString> CtlApplication::newPassword(const QString& userName)
{
    if (qEnvironmentVariableIsSet("LIAISON_NEW_PASSWORD")) {
        const QString given = qEnvironmentVariable("LIAISON_NEW_PASSWORD");
        LIAISON_TRY(PasswordHash::checkAcceptable(given));
        return given;
    }
    const auto first = readPassword(tr("New password for %1: ").arg(userName));
    if (!first)
        return std::unexpected(
            Error::validation(tr("No new password was given (LIAISON_NEW_PASSWORD or typed).")));
    LIAISON_TRY(PasswordHash::checkAcceptable(*first));
    const auto again = readPassword(tr("The new password again: "));
    if (!again || *again != *first)
        return std::unexpected(Error::validation(tr("The two new passwords differ; nothing was changed.")));
    return *first;
}

int CtlApplication::run(QStringList arguments)
{
    m_databaseSpec = qEnvironmentVariable("LIAISON_DB");
    m_user = qEnvironmentVariable("LIAISON_USER");

    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        bool missing = false;
        if (arg == QLatin1StringView("--help") || arg == QLatin1StringView("-h")) {
            printHelp();
            return Done;
        }
        if (arg == QLatin1StringView("--version")) {
            m_out << "liaisonctl " << LIAISON_VERSION << '\n';
            return Done;
        }
        if (takeOption(arguments, i, QStringLiteral("--db"), m_databaseSpec, missing) ||
            takeOption(arguments, i, QStringLiteral("--user"), m_user, missing)) {
            if (missing)
                return usage(tr("The option %1 needs a value.").arg(arg));
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            return usage(tr("Unknown option “%1”.").arg(arg));
        break;
    }
    if (i >= arguments.size())
        return usage(tr("No command was given."));

    const QString command = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    if (command != QLatin1StringView("issue") && command != QLatin1StringView("user") &&
        (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))))
        return printCommandHelp(command);
    if (command == QLatin1StringView("init"))
        return init(rest);
    if (command == QLatin1StringView("demo"))
        return demo(rest);
    if (command == QLatin1StringView("stats"))
        return stats(rest);
    if (command == QLatin1StringView("briefing"))
        return briefing(rest);
    if (command == QLatin1StringView("calendar"))
        return CalendarCommand(*this).run(rest);
    if (command == QLatin1StringView("issue"))
        return IssueCommand(*this).run(rest);
    if (command == QLatin1StringView("audit"))
        return audit(rest);
    if (command == QLatin1StringView("user"))
        return UserCommand(*this).run(rest);
    if (command == QLatin1StringView("backup"))
        return backup(rest);
    if (command == QLatin1StringView("restore"))
        return restore(rest);
    if (command == QLatin1StringView("import"))
        return ExchangeCommand(*this).runImport(rest);
    if (command == QLatin1StringView("export"))
        return ExchangeCommand(*this).runExport(rest);
    return usage(tr("Unknown command “%1”.").arg(command));
}

int CtlApplication::audit(const QStringList& args)
{
    if (args != QStringList{QStringLiteral("verify")})
        return usage(tr("Write it as: audit verify"));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto check = AuditLog::verify(**db);
    if (!check)
        return fail(check.error());
    if (check->firstBroken) {
        return fail(tr("The audit log is broken at entry %1 of %2: %3.")
                        .arg(check->firstBroken)
                        .arg(check->entries)
                        .arg(check->reason));
    }
    m_out << tr("The audit log's %n entries are intact.", nullptr, int(check->entries)) << '\n';
    return Done;
}

int CtlApplication::backup(const QStringList& args)
{
    if (args.size() != 1 || args.front().startsWith(QLatin1Char('-')))
        return usage(tr("Write it as: backup FILE"));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    if (const Status taken = Backup::take(**db, args.front()); !taken)
        return fail(taken.error());
    m_out << tr("Backed up %1 to %2, checked.").arg((*db)->displayName(), args.front()) << '\n';
    return Done;
}

int CtlApplication::restore(const QStringList& args)
{
    if (args.size() != 1 || args.front().startsWith(QLatin1Char('-')))
        return usage(tr("Write it as: restore FILE"));
    const QString target = m_databaseSpec.isEmpty() ? Database::defaultLocation() : m_databaseSpec;
    if (Database::isPostgresUrl(target))
        return fail(tr("A PostgreSQL database is restored on the server, with pg_restore; see the README."));
    // An administrator of the database being replaced; or, when it is damaged past opening, of the
    // backup that takes its place.
    if (QFileInfo::exists(target)) {
        auto current = Database::open(target, {false, -1});
        auto checked = current ? std::move(current) : Database::open(args.front(), {false, -1});
        if (!checked)
            return fail(checked.error());
        if (Status signedIn = signIn(**checked); !signedIn)
            return fail(signedIn.error());
        if (Status allowed = Permissions::require(**checked, Permission::Backup); !allowed)
            return fail(allowed.error());
    }
    const auto kept = Backup::restore(args.front(), target);
    if (!kept)
        return fail(kept.error());
    m_out << (kept->isEmpty() ? tr("Restored %1 from %2.").arg(target, args.front())
                              : tr("Restored %1 from %2; the database as it was is kept as %3.")
                                    .arg(target, args.front(), *kept))
          << '\n';
    return Done;
}

int CtlApplication::init(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(tr("“init” takes no arguments, but “%1” was given.").arg(args.first()));
    auto db = openUnsigned(true);
    if (!db)
        return fail(db.error());
    auto users = UserAccounts::hasUsers(**db);
    if (!users)
        return fail(users.error());
    if (!*users) {
        // The first administrator: named by --user, "admin" when it is not given.
        const QString admin = m_user.isEmpty() ? QStringLiteral("admin") : m_user;
        if (Status valid = UserAccounts::checkName(admin); !valid)
            return fail(valid.error());
        auto secret = qEnvironmentVariableIsSet("LIAISON_PASSWORD")
                          ? Result<QString>(qEnvironmentVariable("LIAISON_PASSWORD"))
                          : newPassword(admin);
        if (!secret)
            return fail(secret.error());
        if (auto created = UserAccounts::createFirstAdmin(**db, admin, *secret); !created)
            return fail(created.error());
        m_out << tr("Created the administrator %1.").arg(admin) << '\n';
    }
    m_out << tr("The database %1 is ready (schema version %2).")
                 .arg((*db)->displayName())
                 .arg((*db)->schemaVersion())
          << '\n';
    return Done;
}

int CtlApplication::demo(const QStringList& args)
{
    const CommandArguments arguments(
        QStringLiteral("demo"), args,
        {QStringLiteral("scenario"), QStringLiteral("scale"), QStringLiteral("seed")});
    if (!arguments.ok())
        return usage(arguments.error());
    if (!arguments.positional().isEmpty())
        return usage(tr("Unknown argument “%1” for “demo”.").arg(arguments.positional().first()));
    const bool scaled = arguments.isSet(QStringLiteral("scale"));
    if (scaled && arguments.isSet(QStringLiteral("scenario")))
        return usage(tr("Give either --scenario or --scale, not both."));
    if (!scaled && arguments.isSet(QStringLiteral("seed")))
        return usage(tr("--seed goes with --scale."));
    const QString scenario = arguments.isSet(QStringLiteral("scenario"))
                                 ? arguments.value(QStringLiteral("scenario"))
                                 : JiulongpoScenario::name();
    if (!scaled && scenario != JiulongpoScenario::name())
        return usage(tr("Unknown scenario “%1”; the scenario available is %2.")
                         .arg(scenario, JiulongpoScenario::name()));
    const QString sizeCode = arguments.value(QStringLiteral("scale"));
    const auto size = ScaleScenario::sizeFromCode(sizeCode);
    if (scaled && !size)
        return usage(tr("Unknown size “%1”; the sizes are %2.")
                         .arg(sizeCode, ScaleScenario::sizeCodes().join(QStringLiteral(", "))));
    quint32 seed = ScaleScenario::defaultSeed;
    if (arguments.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = arguments.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return usage(tr("The seed must be a whole number from 0 to 4294967295, not “%1”.")
                             .arg(arguments.value(QStringLiteral("seed"))));
    }

    // A database without users is filled by its set-up; otherwise an administrator signs in.
    auto db = openUnsigned(false);
    if (!db)
        return fail(db.error());
    auto users = UserAccounts::hasUsers(**db);
    if (!users)
        return fail(users.error());
    if (Status acting = *users ? signIn(**db) : UserAccounts::actAsSetUp(**db); !acting)
        return fail(acting.error());
    QElapsedTimer timer;
    timer.start();
    if (scaled) {
        const auto progress = [this, &timer](int done, int total) {
            if (done > 0 && done % 10000 == 0)
                m_err << tr("%1 of %2 enterprises (%3 s)")
                             .arg(done)
                             .arg(total)
                             .arg(QLocale::c().toString(double(timer.elapsed()) / 1000.0, 'f', 0))
                      << '\n'
                      << Qt::flush;
            return true;
        };
        if (Status loaded = ScaleScenario::load(**db, *size, seed, progress); !loaded)
            return fail(loaded.error());
        m_out << tr("Loaded %1 (seed %2) into %3 in %4 s.")
                     .arg(ScaleScenario::sizeLabel(*size))
                     .arg(seed)
                     .arg((*db)->displayName(),
                          QLocale::c().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
              << '\n';
    } else {
        if (Status loaded = JiulongpoScenario::load(**db); !loaded)
            return fail(loaded.error());
        m_out << tr("Loaded the scenario %1 into %2 in %3 s.")
                     .arg(scenario, (*db)->displayName(),
                          QLocale::c().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
              << '\n';
    }
    // The demo users, whose password is the demo one until they choose their own.
    auto accounts = UserAccounts::list(**db);
    if (!accounts)
        return fail(accounts.error());
    m_out << tr("Its users sign in with the password %1 and must then choose their own:")
                 .arg(JiulongpoScenario::demoPassword())
          << '\n';
    for (const UserAccounts::Account& account : *accounts) {
        if (account.mustChangePassword)
            m_out << "  " << account.name << "  " << DomainText::label(account.role) << "  "
                  << account.personName << '\n';
    }
    return Done;
}

int CtlApplication::printSeries(Database& db, const QDate& from, const QDate& to, const QDate& asOf,
                                bool json)
{
    auto workflow = IssueWorkflow::forDatabase(db);
    if (!workflow)
        return fail(workflow.error());
    auto series = StatsSeriesBuilder::build(db, workflow->calendar(), from, to, asOf);
    if (!series)
        return fail(series.error());
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(series->toJson()).toJson(QJsonDocument::Indented));
        return Done;
    }
    const QLocale locale;
    m_out << tr("Date        Coordinated  Resolved  Resumption  Capacity  Visits  Passes  Drivers") << '\n';
    for (const DailyFigures& d : series->days) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                     .arg(d.day.toString(Qt::ISODate))
                     .arg(d.coordinated, 11)
                     .arg(d.resolved, 8)
                     .arg(locale.toString(d.resumptionRate * 100.0, 'f', 1) + QLatin1Char('%'), 10)
                     .arg(locale.toString(d.capacityUtilization, 'f', 1) + QLatin1Char('%'), 8)
                     .arg(d.visits, 6)
                     .arg(d.passes, 6)
                     .arg(d.driverApplications, 7)
              << '\n';
    }
    return Done;
}

Result<QDate> CtlApplication::asOfDate(const CommandArguments& arguments)
{
    if (!arguments.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    const auto date = parseIsoDate(arguments.value(QStringLiteral("as-of")));
    if (!date)
        return std::unexpected(Error::validation(tr("--as-of: “%1” is not a date; write it as YYYY-MM-DD.")
                                                     .arg(arguments.value(QStringLiteral("as-of")))));
    return *date;
}

int CtlApplication::briefing(const QStringList& args)
{
    const CommandArguments arguments(QStringLiteral("briefing"), args,
                                     {QStringLiteral("week"), QStringLiteral("from"), QStringLiteral("to"),
                                      QStringLiteral("as-of"), QStringLiteral("pdf"), QStringLiteral("xlsx"),
                                      QStringLiteral("district"), QStringLiteral("office"),
                                      QStringLiteral("editor")},
                                     {QStringLiteral("json")});
    if (!arguments.ok())
        return usage(arguments.error());
    if (!arguments.positional().isEmpty())
        return usage(tr("Unknown argument “%1” for “briefing”.").arg(arguments.positional().first()));
    const bool json = arguments.isSet(QStringLiteral("json"));
    const QString xlsx = arguments.value(QStringLiteral("xlsx"));
    const QString pdf = arguments.value(QStringLiteral("pdf"));
#ifndef LIAISON_CTL_PRINTS
    if (!pdf.isEmpty())
        return usage(
            tr("This liaisonctl was built without the widget library and cannot write PDF; use --json "
               "or --xlsx."));
#endif
    if (!json && xlsx.isEmpty() && pdf.isEmpty())
        return usage(tr("Say how to write the briefing: --pdf FILE, --xlsx FILE or --json."));
    const bool week = arguments.isSet(QStringLiteral("week"));
    const bool span = arguments.isSet(QStringLiteral("from")) || arguments.isSet(QStringLiteral("to"));
    if (week && span)
        return usage(tr("Give either --week or --from and --to, not both."));
    if (span && !(arguments.isSet(QStringLiteral("from")) && arguments.isSet(QStringLiteral("to"))))
        return usage(tr("--from and --to go together."));

    const auto parsedAsOf = asOfDate(arguments);
    if (!parsedAsOf)
        return fail(parsedAsOf.error());
    QDate asOf = *parsedAsOf;
    Result<BriefingPeriod> period = BriefingPeriod::weekOf(asOf);
    if (week) {
        period = BriefingPeriod::isoWeek(arguments.value(QStringLiteral("week")));
    } else if (span) {
        const auto from = parseIsoDate(arguments.value(QStringLiteral("from")));
        const auto to = parseIsoDate(arguments.value(QStringLiteral("to")));
        if (!from || !to)
            return fail(tr("--from and --to take dates written YYYY-MM-DD."));
        period = BriefingPeriod::span(*from, *to);
    }
    if (!period)
        return fail(period.error());
    if (!arguments.isSet(QStringLiteral("as-of")) && period->to < asOf)
        asOf = period->to; // a past week is reported as it stood at its end

    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    auto workflow = IssueWorkflow::forDatabase(**db);
    if (!workflow)
        return fail(workflow.error());
    auto data = Briefing::build(**db, workflow->calendar(), *period, asOf);
    if (!data)
        return fail(data.error());
    if (!xlsx.isEmpty()) {
        if (const Status written = BriefingWorkbook::write(**db, *data, xlsx); !written)
            return fail(written.error());
    }
#ifdef LIAISON_CTL_PRINTS
    if (!pdf.isEmpty()) {
        BriefingMasthead masthead = BriefingMasthead::load();
        const std::pair<QString, QString*> overrides[] = {{QStringLiteral("district"), &masthead.district},
                                                          {QStringLiteral("office"), &masthead.office},
                                                          {QStringLiteral("editor"), &masthead.editor}};
        for (const auto& [option, field] : overrides) {
            if (arguments.isSet(option))
                *field = arguments.value(option);
        }
        if (const QStringList missing = BriefingDocument::missingFonts(); !missing.isEmpty())
            warn(tr("The fonts %1 are not installed (Debian packages fonts-noto-cjk and fonts-liberation2); "
                    "the PDF uses others.")
                     .arg(missing.join(QStringLiteral(", "))));
        auto series = BriefingDocument::chartSeries(**db, workflow->calendar(), *data);
        if (!series)
            return fail(series.error());
        if (const Status written = BriefingDocument(*data, *series, masthead).writePdf(pdf); !written)
            return fail(written.error());
    }
#endif
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(data->toJson()).toJson(QJsonDocument::Indented));
    return Done;
}

int CtlApplication::stats(const QStringList& args)
{
    const CommandArguments arguments(QStringLiteral("stats"), args,
                                     {QStringLiteral("as-of"), QStringLiteral("from"), QStringLiteral("to")},
                                     {QStringLiteral("json"), QStringLiteral("series")});
    if (!arguments.ok())
        return usage(arguments.error());
    if (!arguments.positional().isEmpty())
        return usage(tr("Unknown argument “%1” for “stats”.").arg(arguments.positional().first()));
    const bool json = arguments.isSet(QStringLiteral("json"));
    const auto parsedAsOf = asOfDate(arguments);
    if (!parsedAsOf)
        return fail(parsedAsOf.error());
    QDate asOf = *parsedAsOf;
    const bool series = arguments.isSet(QStringLiteral("series"));
    if (!series && (arguments.isSet(QStringLiteral("from")) || arguments.isSet(QStringLiteral("to"))))
        return usage(tr("--from and --to go with --series."));

    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    if (series) {
        // The period defaults to the 30 days up to the as-of day.
        QDate from = asOf.addDays(-29);
        QDate to = asOf;
        for (const auto& [name, into] :
             {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
            if (!arguments.isSet(name))
                continue;
            const auto date = parseIsoDate(arguments.value(name));
            if (!date)
                return fail(
                    tr("--%1: “%2” is not a date; write it as YYYY-MM-DD.").arg(name, arguments.value(name)));
            *into = *date;
        }
        return printSeries(**db, from, to, asOf, json);
    }
    auto snapshot = Statistics::snapshot(**db, asOf);
    if (!snapshot)
        return fail(snapshot.error());

    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(snapshot->toJson()).toJson(QJsonDocument::Indented));
        return Done;
    }
    const StatsSnapshot& s = *snapshot;
    const QLocale locale;
    const auto line = [&](const QString& label, const QString& value) {
        m_out << tr("%1: %2", "a figure of the stats output").arg(label, value) << '\n';
    };
    const auto number = [&](qint64 n) { return locale.toString(n); };
    line(tr("As of"), locale.toString(s.asOf, QLocale::LongFormat));
    line(tr("Directly managed above-size enterprises"), number(s.enterprisesDirect));
    line(tr("  of which in production"), number(s.enterprisesDirectInProduction));
    line(tr("Resumption rate"), locale.toString(s.resumptionRate * 100.0, 'f', 1) + QLatin1Char('%'));
    line(tr("Enterprises about to be upgraded"), number(s.preUpgrade));
    line(tr("  of which in production"), number(s.preUpgradeInProduction));
    line(tr("White-listed enterprises"),
         tr("%1 in %2 batches").arg(number(s.whitelistEnterprises), number(s.whitelistBatches)));
    line(tr("Problems registered"), number(s.issuesTotal));
    line(tr("  resolved"), number(s.issuesResolved));
    line(tr("  open"), number(s.issuesOpen));
    line(tr("Transport passes issued"), number(s.passes));
    line(tr("Driver white-list applications"), number(s.driverWhitelist));
    line(tr("People transferred"), number(s.transferred));
    line(tr("Staff helped back to work"), number(s.staffReturned));
    line(tr("Staff in closed-loop production"), number(s.closedLoopStaff));
    line(tr("Capacity utilisation"), locale.toString(s.capacityUtilization, 'f', 1) + QLatin1Char('%'));
    line(tr("Visits"), number(s.visits));
    return Done;
}

} // namespace liaison
