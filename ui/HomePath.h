#pragma once

#include <QString>

namespace liaison {

// A path as people read it: inside the home folder it begins with "~".
QString withHomeAbbreviated(const QString& path);
// The other way round: "~/…" typed or shown is the home folder.
QString withHomeExpanded(const QString& path);

} // namespace liaison
