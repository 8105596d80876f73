#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace liaison::PrivateFiles {
namespace {

constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

bool makeFolder(const QString& folder)
{
    // The missing folders, outermost first: made with their permissions, never wider for a moment.
    QStringList missing;
    for (QString path = QFileInfo(folder).absoluteFilePath(); !QFileInfo::exists(path);
         path = QFileInfo(path).absolutePath()) {
        missing.prepend(path);
        if (QFileInfo(path).absolutePath() == path)
            break;
    }
    for (const QString& path : std::as_const(missing)) {
        if (!QDir().mkdir(path, ownerOnlyFolder) && !QFileInfo(path).isDir())
            return false;
    }
    return QFileInfo(folder).isDir();
}

bool createFile(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile);
}

bool restrict(const QString& path)
{
    return QFile::setPermissions(path, ownerOnlyFile);
}

} // namespace liaison::PrivateFiles
