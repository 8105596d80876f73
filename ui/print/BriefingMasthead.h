#pragma once

#include <QCoreApplication>
#include <QString>

namespace liaison {

// Who issues the weekly briefing: printed in its red masthead, its title and its closing block.
// Kept in the user's settings, so the GUI and liaisonctl print the same masthead.
struct BriefingMasthead
{
    Q_DECLARE_TR_FUNCTIONS(liaison::BriefingMasthead)

public:
    QString district; // e.g. 九龙坡区; the title says 全区 when it is empty
    QString office;   // e.g. 经济和信息化委员会
    QString editor;   // 责编; the line is left out when it is empty

    // The issuing office's full name: district and office, or the default office.
    QString issuer() const;

    bool operator==(const BriefingMasthead&) const = default;

    static BriefingMasthead load();
    void save() const;
};

} // namespace liaison
