#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace liaison {

class CommandArguments;
class Database;

// liaisonctl: the commands of DESIGN.md on the same core as the GUI. Parses the global options,
// runs one command, prints its result, and maps failures to the documented exit statuses.
class CtlApplication final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CtlApplication)

public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2, PermissionDenied = 3, ConflictExit = 4 };

    CtlApplication(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    Q_DISABLE_COPY_MOVE(CtlApplication)

    // arguments without the program name
    int run(QStringList arguments);

    // For the commands: where to write, how to end, and the database they work on.
    QTextStream& out() { return m_out; }
    int usage(const QString& message);
    // A remark on stderr that does not make the command fail.
    void warn(const QString& message);
    int fail(const Error& error);
    int fail(const QString& message) { return fail(Error::validation(message)); }
    // Opens the database and signs the user of --user in, with the password of LIAISON_PASSWORD or
    // asked for; a refusal is an Error::Kind::Permission.
    Result<std::unique_ptr<Database>> openDatabase(bool createIfMissing = false);
    // Opens the database without signing in: for the set-up of a database that has no users yet.
    Result<std::unique_ptr<Database>> openUnsigned(bool createIfMissing);
    // The acting user's password: LIAISON_PASSWORD, or asked for.
    Result<QString> password(const QString& prompt);
    // The signing-in user's password (--user, then LIAISON_PASSWORD or the terminal); refused without a
    // user.
    Result<QString> userPassword();
    // A new password, from LIAISON_NEW_PASSWORD or asked for twice.
    Result<QString> newPassword(const QString& userName);
    QString userName() const { return m_user; }

private:
    int init(const QStringList& args);
    int demo(const QStringList& args);
    int stats(const QStringList& args);
    int briefing(const QStringList& args);
    int audit(const QStringList& args);
    int backup(const QStringList& args);
    int restore(const QStringList& args);
    Status signIn(Database& db);
    // The --as-of option's day, today when it is not given.
    static Result<QDate> asOfDate(const CommandArguments& arguments);
    int printSeries(Database& db, const QDate& from, const QDate& to, const QDate& asOf, bool json);
    void printHelp();
    // `liaisonctl COMMAND --help`: the command's usage and what it does.
    int printCommandHelp(const QString& command);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databaseSpec;
    QString m_user;
};

} // namespace liaison
