#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace liaison {

// The database the desktop opens when no --db or LIAISON_DB names one: an SQLite file, or a
// PostgreSQL server shared by the district's desktops. Kept in the user's settings without the
// password: a PostgreSQL password lives in PostgreSQL's own password file (see PasswordFile) or is
// asked for at start, never in the plain settings.
class ConnectionSettings final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ConnectionSettings)

public:
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite: the database file
    QString host; // PostgreSQL
    int port = 5432;
    QString database;
    QString user;

    // What --db takes: the file, or postgresql://user@host:port/database (with the password, if given,
    // for this process only).
    QString spec(const QString& password = {}) const;
    static ConnectionSettings fromSpec(const QString& spec);
    [[nodiscard]] Status validate() const;

    // The saved choice, if the user made one in Settings.
    static std::optional<ConnectionSettings> load();
    void save() const;
};

// PostgreSQL's password file (PGPASSFILE, or ~/.pgpass), which libpq reads by itself: one line per
// server, readable by its owner only.
class PasswordFile final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::PasswordFile)

public:
    static QString path();
    // Adds or replaces the line for this server, database and user.
    [[nodiscard]] static Status remember(const ConnectionSettings& server, const QString& password);
    static bool has(const ConnectionSettings& server);
};

} // namespace liaison
