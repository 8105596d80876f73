#include "HomePath.h"

#include <QDir>

namespace liaison {

QString withHomeAbbreviated(const QString& path)
{
    const QString home = QDir::homePath();
    if (home.isEmpty() || home == QLatin1StringView("/") || !path.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(path);
    return QDir::toNativeSeparators(QLatin1Char('~') + path.mid(home.size()));
}

QString withHomeExpanded(const QString& path)
{
    const QString native = QDir::fromNativeSeparators(path);
    if (native == QLatin1StringView("~"))
        return QDir::homePath();
    if (native.startsWith(QLatin1StringView("~/")))
        return QDir::homePath() + native.mid(1);
    return native;
}

} // namespace liaison
