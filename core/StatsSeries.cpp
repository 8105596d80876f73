#include "StatsSeries.h"

#include "Database.h"
#include "EntityTraits.h"
#include "Lookups.h"
#include "Supervision.h"
#include "security/Permissions.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace liaison {
namespace {

constexpr qint64 maxDays = 3660;
constexpr int coverageDays = 7; // the liaison staff visit every enterprise once a week

// The nearest-rank percentile of sorted values (p in 0–100).
double percentile(const std::vector<int>& sorted, double p)
{
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double median(const std::vector<int>& sorted)
{
    const std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
}

bool resolvedBy(const Issue& issue, const QDate& day)
{
    return (issue.status == IssueStatus::Resolved || issue.status == IssueStatus::Verified) &&
           issue.resolvedOn.isValid() && issue.resolvedOn <= day;
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject breakdownJson(const OpenBreakdown& b)
{
    QJsonObject o{{QStringLiteral("label"), b.label}, {QStringLiteral("total"), b.total()}};
    for (std::size_t i = 0; i < StatsSeries::colours.size(); ++i)
        o.insert(DomainText::code(StatsSeries::colours[i]), b.byColour[i]);
    if (b.tier)
        o.insert(QStringLiteral("tier"), DomainText::code(*b.tier));
    return o;
}

} // namespace

Result<StatsSeries> StatsSeriesBuilder::build(Database& db, const WorkCalendar& calendar, const QDate& from,
                                              const QDate& to, const QDate& asOf)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    if (!from.isValid() || !to.isValid() || !asOf.isValid())
        return std::unexpected(
            Error::validation(tr("The period needs a first day, a last day and an as-of day.")));
    if (to < from)
        return std::unexpected(
            Error::validation(tr("The period ends (%1) before it begins (%2).")
                                  .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))));
    if (from.daysTo(to) >= maxDays)
        return std::unexpected(Error::validation(tr("A period of at most ten years, please.")));

    StatsSeries series;
    series.from = from;
    series.to = to;
    series.asOf = asOf;

    // The daily series: the snapshot of every day, so the curves agree with `stats` to the digit.
    auto before = Statistics::snapshot(db, from.addDays(-1));
    LIAISON_TRY(before);
    StatsSnapshot previous = *before;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        auto today = Statistics::snapshot(db, day);
        LIAISON_TRY(today);
        auto coverage = Lookups::visitCoverage(db, day, coverageDays);
        LIAISON_TRY(coverage);
        series.days << DailyFigures{
            day,
            today->issuesTotal,
            today->issuesResolved,
            today->resumptionRate,
            today->capacityUtilization,
            today->visits - previous.visits,
            today->passes - previous.passes,
            today->driverWhitelist - previous.driverWhitelist,
            coverage->enterprises > 0 ? double(coverage->visited) / double(coverage->enterprises) : 0.0};
        previous = *today;
    }
    auto snapshot = Statistics::snapshot(db, asOf);
    LIAISON_TRY(snapshot);
    series.snapshot = *snapshot;

    // The breakdowns as of asOf, from every problem registered by then.
    auto categories = Lookups::categories(db);
    LIAISON_TRY(categories);
    auto issues = Repository<Issue>(db).list({QStringLiteral("reported_on <= ?"), {asOf}});
    LIAISON_TRY(issues);
    auto areas = db.run(QStringLiteral("SELECT e.id, a.id, a.name FROM enterprise e JOIN area a ON a.id = "
                                       "e.area_id ORDER BY a.kind, a.name"));
    LIAISON_TRY(areas);
    QHash<Id, Id> areaOfEnterprise;
    QHash<Id, QString> areaNames;
    while (areas->next()) {
        areaOfEnterprise.insert(areas->value(0).toLongLong(), areas->value(1).toLongLong());
        areaNames.insert(areas->value(1).toLongLong(), areas->value(2).toString());
    }

    QHash<QString, std::vector<int>> durations;
    QHash<QString, CategoryFigures> byCategory;
    for (const IssueCategory& category : *categories)
        byCategory.insert(category.code, CategoryFigures{category.code, category.name, 0, 0, {}, {}});
    for (const QString& code : DomainText::allCodes<Tier>()) {
        const Tier tier = *DomainText::fromCode<Tier>(code);
        series.openByTier << OpenBreakdown{DomainText::label(tier), {}, tier, {}};
    }
    QHash<Id, OpenBreakdown> byArea;
    for (const Issue& issue : *issues) {
        CategoryFigures& category = byCategory[issue.category];
        if (category.code.isEmpty())
            category.code = category.name = issue.category;
        if (resolvedBy(issue, asOf)) {
            ++category.resolved;
            durations[issue.category].push_back(calendar.workdaysBetween(issue.reportedOn, issue.resolvedOn));
            continue;
        }
        ++category.open;
        ++series.open;
        // A problem resolved after asOf was open that day: its colour is worked out as if still open.
        Issue asItWas = issue;
        if (!resolvedBy(asItWas, asOf)) {
            asItWas.status =
                asItWas.status == IssueStatus::Verified || asItWas.status == IssueStatus::Resolved
                    ? IssueStatus::InProgress
                    : asItWas.status;
            asItWas.resolvedOn = QDate();
        }
        const SupervisionColour colour = Supervision::assess(asItWas, asOf, calendar).colour;
        const auto slot = std::find(StatsSeries::colours.begin(), StatsSeries::colours.end(), colour);
        if (slot == StatsSeries::colours.end())
            continue;
        const auto index = std::size_t(slot - StatsSeries::colours.begin());
        ++series.openByTier[qsizetype(issue.tier)].byColour[index];
        const Id area = areaOfEnterprise.value(issue.enterpriseId);
        OpenBreakdown& forArea = byArea[area];
        forArea.label = areaNames.value(area);
        forArea.areaId = area;
        ++forArea.byColour[index];
    }
    for (const IssueCategory& category : *categories) {
        CategoryFigures figures = byCategory.take(category.code);
        std::vector<int>& days = durations[category.code];
        if (!days.empty()) {
            std::sort(days.begin(), days.end());
            figures.medianWorkdays = median(days);
            figures.p90Workdays = percentile(days, 90);
        }
        series.categories << figures;
    }
    for (const CategoryFigures& unknown : byCategory) // categories no longer configured
        series.categories << unknown;
    series.openByArea = byArea.values();
    std::sort(series.openByArea.begin(), series.openByArea.end(),
              [](const OpenBreakdown& a, const OpenBreakdown& b) {
                  return a.total() != b.total() ? a.total() > b.total() : a.label < b.label;
              });
    return series;
}

QJsonObject StatsSeries::toJson() const
{
    QJsonArray daily;
    for (const DailyFigures& d : days) {
        daily.append(QJsonObject{{QStringLiteral("date"), d.day.toString(Qt::ISODate)},
                                 {QStringLiteral("issues_coordinated"), d.coordinated},
                                 {QStringLiteral("issues_resolved"), d.resolved},
                                 {QStringLiteral("resumption_rate"), d.resumptionRate},
                                 {QStringLiteral("capacity_utilization"), d.capacityUtilization},
                                 {QStringLiteral("visits"), d.visits},
                                 {QStringLiteral("passes"), d.passes},
                                 {QStringLiteral("driver_applications"), d.driverApplications},
                                 {QStringLiteral("visit_coverage_7d"), d.visitCoverage}});
    }
    QJsonArray byCategory;
    for (const CategoryFigures& c : categories) {
        byCategory.append(QJsonObject{{QStringLiteral("code"), c.code},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("resolved"), c.resolved},
                                      {QStringLiteral("open"), c.open},
                                      {QStringLiteral("median_workdays"), optionalNumber(c.medianWorkdays)},
                                      {QStringLiteral("p90_workdays"), optionalNumber(c.p90Workdays)}});
    }
    QJsonArray tiers, areas;
    for (const OpenBreakdown& b : openByTier)
        tiers.append(breakdownJson(b));
    for (const OpenBreakdown& b : openByArea)
        areas.append(breakdownJson(b));
    return QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                       {QStringLiteral("days"), daily},
                       {QStringLiteral("categories"), byCategory},
                       {QStringLiteral("open"), open},
                       {QStringLiteral("open_by_tier"), tiers},
                       {QStringLiteral("open_by_area"), areas}};
}

} // namespace liaison
