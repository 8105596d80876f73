#include "ConnectionSettings.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

namespace liaison {
namespace {

const QString kindKey = QStringLiteral("database/kind");
const QString pathKey = QStringLiteral("database/path");
const QString hostKey = QStringLiteral("database/host");
const QString portKey = QStringLiteral("database/port");
const QString nameKey = QStringLiteral("database/name");
const QString userKey = QStringLiteral("database/user");

// A field of the password file: backslash and colon are escaped.
QString escaped(const QString& field)
{
    QString result = field;
    result.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    result.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return result;
}

QString lineKey(const ConnectionSettings& server)
{
    return escaped(server.host) + QLatin1Char(':') + QString::number(server.port) + QLatin1Char(':') +
           escaped(server.database) + QLatin1Char(':') + escaped(server.user) + QLatin1Char(':');
}

} // namespace

QString ConnectionSettings::spec(const QString& password) const
{
    if (kind == Kind::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    url.setUserName(user.trimmed());
    if (!password.isEmpty())
        url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

ConnectionSettings ConnectionSettings::fromSpec(const QString& spec)
{
    ConnectionSettings settings;
    if (!Database::isPostgresUrl(spec)) {
        settings.path = spec;
        return settings;
    }
    const QUrl url(spec);
    settings.kind = Kind::Postgres;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.database = url.path().mid(1);
    settings.user = url.userName();
    return settings;
}

Status ConnectionSettings::validate() const
{
    const auto wrong = [](const QString& message, const char* field) {
        return std::unexpected(Error{Error::Kind::Validation, message, QString::fromLatin1(field)});
    };
    if (kind == Kind::Sqlite) {
        if (path.trimmed().isEmpty())
            return wrong(tr("Choose the database file."), "path");
        return {};
    }
    if (host.trimmed().isEmpty())
        return wrong(tr("The server's host name or address is required."), "host");
    if (host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('@')))
        return wrong(tr("“%1” is not a host name or address.").arg(host.left(60)), "host");
    if (port < 1 || port > 65535)
        return wrong(tr("The port must be a number from 1 to 65535."), "port");
    if (database.trimmed().isEmpty())
        return wrong(tr("The database name is required."), "database");
    if (database.contains(QLatin1Char('/')))
        return wrong(tr("The database name cannot contain “/”."), "database");
    // No user: each person signs in as their own server login (the shared server's set-up).
    return {};
}

std::optional<ConnectionSettings> ConnectionSettings::load()
{
    const QSettings stored;
    if (!stored.contains(kindKey))
        return std::nullopt;
    ConnectionSettings settings;
    settings.kind =
        stored.value(kindKey).toString() == QLatin1StringView("postgresql") ? Kind::Postgres : Kind::Sqlite;
    settings.path = stored.value(pathKey).toString();
    settings.host = stored.value(hostKey).toString();
    settings.port = stored.value(portKey, 5432).toInt();
    settings.database = stored.value(nameKey).toString();
    settings.user = stored.value(userKey).toString();
    return settings;
}

void ConnectionSettings::save() const
{
    QSettings stored;
    stored.setValue(kindKey,
                    kind == Kind::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    stored.setValue(pathKey, path);
    stored.setValue(hostKey, host.trimmed());
    stored.setValue(portKey, port);
    stored.setValue(nameKey, database.trimmed());
    stored.setValue(userKey, user.trimmed());
}

QString PasswordFile::path()
{
    const QString chosen = qEnvironmentVariable("PGPASSFILE");
    return chosen.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : chosen;
}

bool PasswordFile::has(const ConnectionSettings& server)
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QString key = lineKey(server);
    while (!file.atEnd()) {
        if (QString::fromUtf8(file.readLine()).startsWith(key))
            return true;
    }
    return false;
}

Status PasswordFile::remember(const ConnectionSettings& server, const QString& password)
{
    if (const Status valid = server.validate(); !valid)
        return valid;
    if (password.isEmpty())
        return std::unexpected(Error::validation(tr("Type the password to remember.")));
    if (password.contains(QLatin1Char('\n')))
        return std::unexpected(Error::validation(tr("A password cannot contain a line break.")));

    // Only this server's line is replaced; every other line of the file (other servers, comments, blank
    // lines, CRLF ends) stays byte for byte.
    const QByteArray key = lineKey(server).toUtf8();
    QByteArray content;
    QFile existing(path());
    if (existing.open(QIODevice::ReadOnly)) {
        QList<QByteArray> lines = existing.readAll().split('\n');
        existing.close();
        if (!lines.isEmpty() && lines.back().isEmpty()) // the file's last line end
            lines.removeLast();
        for (const QByteArray& line : std::as_const(lines)) {
            if (!line.startsWith(key))
                content += line + '\n';
        }
    }
    content += key + escaped(password).toUtf8() + '\n';

    // Written whole or not at all, and readable by its owner only: libpq ignores a file others can read.
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error::storage(tr("Cannot write %1: %2").arg(path(), file.errorString())));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    if (!file.commit())
        return std::unexpected(Error::storage(tr("Cannot write %1: %2").arg(path(), file.errorString())));
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace liaison
