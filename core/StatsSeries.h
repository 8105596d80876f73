#pragma once

#include "Entities.h"
#include "Error.h"
#include "Statistics.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace liaison {

class Database;

// One day of the daily series: the headline figures as they stood at the end of that day.
struct DailyFigures
{
    QDate day;
    qint64 coordinated = 0; // problems registered so far (cumulative)
    qint64 resolved = 0;    // problems resolved so far (cumulative)
    double resumptionRate = 0;
    double capacityUtilization = 0; // percent
    qint64 visits = 0;              // on that day
    qint64 passes = 0;              // granted that day
    qint64 driverApplications = 0;  // applied that day
    double visitCoverage = 0;       // share of the enterprises visited in the 7 days up to that day, 0–1
};

// Problems of one category as of the report's day, with how long the resolved ones took.
struct CategoryFigures
{
    QString code;
    QString name;
    qint64 resolved = 0;
    qint64 open = 0;
    std::optional<double> medianWorkdays; // none while nothing of the category was resolved
    std::optional<double> p90Workdays;
};

// Open problems of one tier or one area, by supervision colour (red, yellow, blue, green).
struct OpenBreakdown
{
    QString label;
    OptionalId areaId;        // set for an area
    std::optional<Tier> tier; // set for a tier
    std::array<qint64, 4> byColour{};

    qint64 total() const { return byColour[0] + byColour[1] + byColour[2] + byColour[3]; }
};

// What the dashboard draws and the briefing prints for a period and an as-of day: one source of
// truth with `liaisonctl stats`, whose snapshot is computed for every day of the series.
struct StatsSeries
{
    QDate from;
    QDate to;
    QDate asOf;
    StatsSnapshot snapshot; // as of asOf
    QList<DailyFigures> days;
    QList<CategoryFigures> categories;
    QList<OpenBreakdown> openByTier;
    QList<OpenBreakdown> openByArea; // areas with open problems, most first
    qint64 open = 0;

    static constexpr std::array<SupervisionColour, 4> colours = {
        SupervisionColour::Red, SupervisionColour::Yellow, SupervisionColour::Blue, SupervisionColour::Green};

    // The stable, documented `stats --series --json` object.
    QJsonObject toJson() const;
};

class StatsSeriesBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::StatsSeriesBuilder)

public:
    // Days from..to (at most 3660 of them); the breakdowns as of asOf.
    [[nodiscard]] static Result<StatsSeries> build(Database& db, const WorkCalendar& calendar,
                                                   const QDate& from, const QDate& to, const QDate& asOf);
};

} // namespace liaison
