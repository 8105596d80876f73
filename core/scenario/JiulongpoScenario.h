#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace liaison {

class Database;

// The reference scenario (DESIGN.md): Jiulongpo district, 2022-11-01 to 2022-12-05, as the People's
// Daily Online article of 2022-12-05 reports it. The district's real streets, towns, parks and
// departments; the few well-known enterprises under their own names, every other name made up.
// Deterministic: the same database every time, so its figures can be checked to the digit.
class JiulongpoScenario final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::JiulongpoScenario)

public:
    static QString name() { return QStringLiteral("jiulongpo-2022"); }
    static QDate firstDay() { return {2022, 11, 1}; }
    static QDate reportDay() { return {2022, 12, 5}; }
    // The password of the scenario's users, each of whom must choose their own at the first sign-in.
    static QString demoPassword() { return QStringLiteral("jiulongpo2022"); }

    // Told the steps done out of the total as loading goes on; returning false cancels the load.
    using Progress = std::function<bool(int done, int total)>;

    // Fills an empty database in one transaction, with a user of each role for the scenario's people;
    // refuses a database that already holds enterprises. Needs an administrator (or the set-up of a
    // database without users). A cancelled or failed load writes nothing.
    [[nodiscard]] static Status load(Database& db, const Progress& progress = {});
};

} // namespace liaison
