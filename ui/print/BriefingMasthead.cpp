#include "BriefingMasthead.h"

#include <QSettings>

namespace liaison {
namespace {

const QString districtKey = QStringLiteral("briefing/district");
const QString officeKey = QStringLiteral("briefing/office");
const QString editorKey = QStringLiteral("briefing/editor");

} // namespace

QString BriefingMasthead::issuer() const
{
    const QString name = office.trimmed().isEmpty()
                             ? tr("Economy and Information Commission", "issuing office of the briefing")
                             : office.trimmed();
    return district.trimmed().isEmpty() ? tr("District %1", "issuing office without a district").arg(name)
                                        : district.trimmed() + name;
}

BriefingMasthead BriefingMasthead::load()
{
    const QSettings settings;
    return {settings.value(districtKey).toString(), settings.value(officeKey).toString(),
            settings.value(editorKey).toString()};
}

void BriefingMasthead::save() const
{
    QSettings settings;
    settings.setValue(districtKey, district.trimmed());
    settings.setValue(officeKey, office.trimmed());
    settings.setValue(editorKey, editor.trimmed());
}

} // namespace liaison
