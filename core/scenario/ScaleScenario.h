#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <optional>

namespace liaison {

class Database;

// A district, a city or a province made up to measure LiaisonDesk at the size it must serve: the same
// duty scheme and workflow as the reference scenario, over a year (2021-12-06 to 2022-12-05) on the
// official calendar. Deterministic for a seed: the same database, row for row, every time.
//
//                district   city      province
//   enterprises     300     7,000      70,000
//   visits       ≈8,600   ≈200,000  ≈2,000,000
//   problems     ≈4,300   ≈100,000  ≈1,000,000   each with its timeline, deadline and supervision colour
//
// Written in bulk (BulkInsert) under the rules every other write keeps: a problem's status, tier,
// owner, deadline and timeline follow the workflow graph and the working-day deadlines; names, credit
// codes and plates are valid and unique. The audit log holds the changes of the last two weeks, chained.
class ScaleScenario final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ScaleScenario)

public:
    enum class Size { District, City, Province };

    static std::optional<Size> sizeFromCode(const QString& code);
    static QStringList sizeCodes();
    // "a district", "a city", "a province", for people.
    static QString sizeLabel(Size size);
    static QDate firstDay() { return {2021, 12, 6}; }
    static QDate reportDay() { return {2022, 12, 5}; }
    static int enterprisesFor(Size size);
    static constexpr quint32 defaultSeed = 20221205;

    // Told the enterprises done out of the total; returning false cancels the load.
    using Progress = std::function<bool(int done, int total)>;

    // Fills an empty database in one transaction, with a user of each role (the reference scenario's
    // demo password, to be changed at the first sign-in); refuses a database that holds enterprises or
    // areas. Needs an administrator (or the set-up of a database without users). A cancelled or failed
    // load writes nothing.
    [[nodiscard]] static Status load(Database& db, Size size, quint32 seed = defaultSeed,
                                     const Progress& progress = {});
};

} // namespace liaison
