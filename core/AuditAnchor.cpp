#include "AuditAnchor.h"

#include "Database.h"
#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace liaison {
namespace {

QString folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("audit-anchors"));
}

// The same database however it is named: an SQLite file by its absolute path, a server database by its
// URL without the password.
QString identity(const QString& spec)
{
    if (Database::isPostgresUrl(spec)) {
        QUrl url(spec);
        url.setPassword({});
        return url.toString();
    }
    const QFileInfo file(spec);
    return file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
}

std::optional<AuditAnchor::Head> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    AuditAnchor::Head head;
    head.id = json.value(QStringLiteral("id")).toInteger();
    head.hash = json.value(QStringLiteral("hash")).toString();
    head.firstHash = json.value(QStringLiteral("first_hash")).toString();
    head.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (head.id <= 0 || head.hash.size() != 64)
        return std::nullopt;
    return head;
}

// Anchors of SQLite databases that are gone, removed when a new database is first anchored, so the folder
// does not grow with every scratch database.
void pruneGone(const QString& except)
{
    const QDir dir(folder());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (path == except)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString database =
            QJsonDocument::fromJson(file.read(4096)).object().value(QStringLiteral("database")).toString();
        file.close();
        if (!database.isEmpty() && !Database::isPostgresUrl(database) && !QFileInfo::exists(database))
            QFile::remove(path);
    }
}

} // namespace

QString AuditAnchor::pathFor(const QString& spec)
{
    const QByteArray key =
        QCryptographicHash::hash(identity(spec).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(folder()).filePath(QString::fromLatin1(key.left(32)) + QStringLiteral(".json"));
}

void AuditAnchor::advance(const Database& db)
{
    auto newest = db.run(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!newest || !newest->next())
        return;
    Head head;
    head.id = newest->value(0).toLongLong();
    head.hash = newest->value(1).toString();
    auto first = db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id LIMIT 1"));
    if (!first)
        return;
    head.firstHash = first->toString();
    head.at = QDateTime::currentDateTimeUtc();

    if (!PrivateFiles::makeFolder(folder()))
        return;
    const QString path = pathFor(db.spec());
    // Two programs of this account on one database (the desktop and liaisonctl) anchor in turn, and
    // never move an anchor back.
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(2000))
        return;
    const auto anchored = readFile(path);
    if (anchored && anchored->firstHash == head.firstHash) {
        if (anchored->id >= head.id)
            return;
        // The anchored entry gone or rewritten is the evidence verify() reports: a later entry must not
        // take its place.
        auto stillThere =
            db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {anchored->id});
        if (!stillThere || stillThere->toString() != anchored->hash)
            return;
    }
    if (!anchored)
        pruneGone(path);
    QJsonObject json;
    json.insert(QStringLiteral("database"), identity(db.spec()));
    json.insert(QStringLiteral("id"), head.id);
    json.insert(QStringLiteral("hash"), head.hash);
    json.insert(QStringLiteral("first_hash"), head.firstHash);
    json.insert(QStringLiteral("at"), head.at.toString(Qt::ISODateWithMs));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    (void)file.commit();
}

std::optional<AuditAnchor::Head> AuditAnchor::read(const Database& db)
{
    return readFile(pathFor(db.spec()));
}

void AuditAnchor::forget(const QString& spec)
{
    QFile::remove(pathFor(spec));
}

} // namespace liaison
