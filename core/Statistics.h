#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace liaison {

class Database;

// The headline figures as of a date: what the dashboard's tiles, `liaisonctl stats` and the weekly
// briefing all report. Every figure counts only what had happened by the end of asOf.
struct StatsSnapshot
{
    QDate asOf;
    qint64 enterprisesDirect = 0;
    qint64 enterprisesDirectInProduction = 0;
    double resumptionRate = 0; // 0–1
    qint64 preUpgrade = 0;
    qint64 preUpgradeInProduction = 0;
    qint64 whitelistEnterprises = 0;
    qint64 whitelistBatches = 0;
    qint64 issuesTotal = 0;
    qint64 issuesResolved = 0;
    qint64 issuesOpen = 0;
    qint64 passes = 0;
    qint64 driverWhitelist = 0;
    qint64 transferred = 0;
    qint64 staffReturned = 0;
    qint64 closedLoopStaff = 0;
    double capacityUtilization = 0; // percent, mean of the latest visit of each directly managed enterprise
    qint64 visits = 0;

    // The stable, documented `stats --json` object (keys in snake_case).
    QJsonObject toJson() const;
};

class Statistics final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Statistics)

public:
    [[nodiscard]] static Result<StatsSnapshot> snapshot(const Database& db, const QDate& asOf);
};

} // namespace liaison
