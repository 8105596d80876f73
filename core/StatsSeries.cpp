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

// Counts per day over [from, to] of a date column, keyed by the day.
Result<QHash<QDate, qint64>> countsByDay(const Database& db, const char* sql, const QDate& from,
                                         const QDate& to)
{
    auto rows = db.run(QString::fromLatin1(sql), {from, to});
    LIAISON_TRY(rows);
    QHash<QDate, qint64> counts;
    while (rows->next())
        counts.insert(rows->value(0).toDate(), rows->value(1).toLongLong());
    return counts;
}

// The daily curves, with the same answers as a Statistics::snapshot of every day (the test compares
// them), worked out in one pass over each source instead of a snapshot a day: at a province's size a
// snapshot costs a few hundred milliseconds, and a year has 365 days.
// - problems registered and resolved, visits, passes and drivers: counts grouped by day, added up;
// - the resumption rate: each directly managed enterprise's status, the recorded changes applied day by
//   day (a day before its first change keeps the enterprise's current status, as the snapshot does);
// - capacity: the latest visit of each directly managed enterprise, as a sum and a count carried from
//   the day before the period and changed by each visit (its capacity less its predecessor's, from a
//   window over the enterprise's visits);
// - the 7-day visit coverage: each visit covers its day and the six after; the stretch that the
//   enterprise's previous visit did not already cover is added, so every enterprise counts once a day.
Status fillDays(const Database& db, StatsSeries& series, const QDate& from, const QDate& to)
{
    auto before = Statistics::snapshot(db, from.addDays(-1));
    LIAISON_TRY(before);
    auto reported = countsByDay(
        db, "SELECT reported_on, COUNT(*) FROM issue WHERE reported_on BETWEEN ? AND ? GROUP BY reported_on",
        from, to);
    LIAISON_TRY(reported);
    auto resolved =
        countsByDay(db,
                    "SELECT resolved_on, COUNT(*) FROM issue WHERE status IN ('resolved', 'verified') "
                    "AND resolved_on BETWEEN ? AND ? GROUP BY resolved_on",
                    from, to);
    LIAISON_TRY(resolved);
    auto passes =
        countsByDay(db,
                    "SELECT granted_on, COUNT(*) FROM permit_request WHERE kind = 'pass' AND granted_on "
                    "BETWEEN ? AND ? GROUP BY granted_on",
                    from, to);
    LIAISON_TRY(passes);
    auto drivers =
        countsByDay(db,
                    "SELECT applied_on, COUNT(*) FROM permit_request WHERE kind = 'driver_whitelist' "
                    "AND applied_on BETWEEN ? AND ? GROUP BY applied_on",
                    from, to);
    LIAISON_TRY(drivers);

    // The resumption rate.
    auto enterprises =
        db.run(QStringLiteral("SELECT id, production_status FROM enterprise WHERE scale = 'direct'"));
    LIAISON_TRY(enterprises);
    const auto producing = [](const QString& code) {
        const auto status = DomainText::fromCode<ProductionStatus>(code);
        return status && DomainText::isProducing(*status);
    };
    QHash<Id, bool> inProduction;
    qint64 producingCount = 0;
    while (enterprises->next()) {
        const bool yes = producing(enterprises->value(1).toString());
        inProduction.insert(enterprises->value(0).toLongLong(), yes);
        producingCount += yes ? 1 : 0;
    }
    const qint64 directCount = inProduction.size();
    struct Change
    {
        Id enterprise;
        QDate day;
        bool producing;
    };
    std::vector<Change> changes;
    auto changeRows =
        db.run(QStringLiteral("SELECT p.enterprise_id, p.changed_on, p.status FROM "
                              "production_status_change p JOIN enterprise e ON e.id = p.enterprise_id "
                              "WHERE e.scale = 'direct' AND p.changed_on <= ? ORDER BY p.changed_on, p.id"),
               {to});
    LIAISON_TRY(changeRows);
    while (changeRows->next())
        changes.push_back({changeRows->value(0).toLongLong(), changeRows->value(1).toDate(),
                           producing(changeRows->value(2).toString())});
    std::size_t nextChange = 0;
    const auto applyChangesUpTo = [&](const QDate& day) {
        for (; nextChange < changes.size() && changes[nextChange].day <= day; ++nextChange) {
            bool& state = inProduction[changes[nextChange].enterprise];
            producingCount += (changes[nextChange].producing ? 1 : 0) - (state ? 1 : 0);
            state = changes[nextChange].producing;
        }
    };

    // Capacity, as a sum and a count of the latest visits' figures, as of the day before the period.
    auto baseline =
        db.run(QStringLiteral(
                   "SELECT COALESCE(SUM(v.capacity_percent), 0), COUNT(v.capacity_percent) FROM enterprise e "
                   "JOIN visit v ON v.enterprise_id = e.id AND v.visited_on = (SELECT MAX(v2.visited_on) "
                   "FROM visit v2 WHERE v2.enterprise_id = e.id AND v2.visited_on <= ?) AND v.id = "
                   "(SELECT MAX(v3.id) FROM visit v3 WHERE v3.enterprise_id = e.id AND v3.visited_on = "
                   "v.visited_on) WHERE e.scale = 'direct'"),
               {from.addDays(-1)});
    LIAISON_TRY(baseline);
    long double capacitySum = 0;
    qint64 capacityCount = 0;
    if (baseline->next()) {
        capacitySum = baseline->value(0).toDouble();
        capacityCount = baseline->value(1).toLongLong();
    }
    baseline->finish();
    // The visits from six days before the period (those that cover its first day) to its end, each with
    // its predecessor of the same enterprise: the window's, or, for the first of an enterprise in that
    // stretch, its latest visit before it (an index search in visit_latest_idx). Grouped by day and
    // predecessor's day: a few thousand rows for a year.
    const QDate windowStart = from.addDays(-(coverageDays - 1));
    auto visits = db.run(
        QStringLiteral(
            "SELECT w.visited_on, w.previous_on, w.direct, COUNT(*), "
            "SUM(COALESCE(w.capacity, 0) - COALESCE(w.previous_capacity, 0)), "
            "SUM(CASE WHEN w.capacity IS NULL THEN 0 ELSE 1 END - CASE WHEN w.previous_capacity IS NULL THEN "
            "0 ELSE "
            "1 END) "
            "FROM (SELECT r.visited_on, r.capacity, r.direct, r.previous_on, "
            "CASE WHEN r.previous_id IS NOT NULL THEN r.previous_capacity ELSE "
            "(SELECT p.capacity_percent FROM visit p WHERE p.enterprise_id = r.enterprise_id AND "
            "p.visited_on < ? "
            "ORDER BY p.visited_on DESC, p.id DESC LIMIT 1) END AS previous_capacity "
            "FROM (SELECT v.enterprise_id, v.visited_on, v.capacity_percent AS capacity, "
            "CASE WHEN e.scale = 'direct' THEN 1 ELSE 0 END AS direct, "
            "LAG(v.id) OVER (PARTITION BY v.enterprise_id ORDER BY v.visited_on, v.id) AS previous_id, "
            "LAG(v.visited_on) OVER (PARTITION BY v.enterprise_id ORDER BY v.visited_on, v.id) AS "
            "previous_on, "
            "LAG(v.capacity_percent) OVER (PARTITION BY v.enterprise_id ORDER BY v.visited_on, v.id) AS "
            "previous_capacity "
            "FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.visited_on BETWEEN ? AND ?) r) "
            "w "
            "GROUP BY w.visited_on, w.previous_on, w.direct"),
        {windowStart, windowStart, to});
    LIAISON_TRY(visits);
    QHash<QDate, qint64> visitsOn;
    QHash<QDate, long double> capacityChange;
    QHash<QDate, qint64> capacityCountChange;
    QHash<QDate, qint64> coverageChange; // +n where a stretch begins, -n the day after it ends
    while (visits->next()) {
        const QDate day = visits->value(0).toDate();
        const QDate previous = visits->value(1).toDate();
        const bool direct = visits->value(2).toInt() == 1;
        const qint64 count = visits->value(3).toLongLong();
        visitsOn[day] += count;
        if (direct && day >= from) {
            capacityChange[day] += visits->value(4).toDouble();
            capacityCountChange[day] += visits->value(5).toLongLong();
        }
        QDate start = day;
        if (previous.isValid() && previous.addDays(coverageDays) > start)
            start = previous.addDays(coverageDays);
        const QDate end = day.addDays(coverageDays - 1);
        if (start <= end) {
            coverageChange[start] += count;
            coverageChange[end.addDays(1)] -= count;
        }
    }
    auto registered = db.scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"));
    LIAISON_TRY(registered);
    const qint64 enterpriseCount = registered->toLongLong();

    qint64 coordinated = before->issuesTotal;
    qint64 resolvedSoFar = before->issuesResolved;
    qint64 covered = 0;
    for (QDate day = from.addDays(-(coverageDays - 1)); day < from; day = day.addDays(1))
        covered += coverageChange.value(day);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        applyChangesUpTo(day);
        coordinated += reported->value(day);
        resolvedSoFar += resolved->value(day);
        capacitySum += capacityChange.value(day);
        capacityCount += capacityCountChange.value(day);
        covered += coverageChange.value(day);
        series.days << DailyFigures{
            day,
            coordinated,
            resolvedSoFar,
            directCount == 0 ? 0.0 : double(producingCount) / double(directCount),
            capacityCount == 0 ? 0.0 : double(capacitySum / static_cast<long double>(capacityCount)),
            visitsOn.value(day),
            passes->value(day),
            drivers->value(day),
            enterpriseCount > 0 ? double(covered) / double(enterpriseCount) : 0.0};
    }
    return {};
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

    LIAISON_TRY(fillDays(db, series, from, to));
    auto snapshot = Statistics::snapshot(db, asOf);
    LIAISON_TRY(snapshot);
    series.snapshot = *snapshot;

    // The breakdowns as of asOf, from every problem registered by then.
    auto categories = Lookups::categories(db);
    LIAISON_TRY(categories);
    // Only the problems still open on the day are read one by one (their colour needs each one's
    // dates); the resolved ones, a province's million, come counted by category and pair of dates.
    auto issues = Repository<Issue>(db).list(
        {QStringLiteral("reported_on <= ? AND (status IN ('new', 'assigned', 'in_progress', 'reopened') OR "
                        "(status IN ('resolved', 'verified') AND (resolved_on IS NULL OR resolved_on > ?)))"),
         {asOf, asOf}});
    LIAISON_TRY(issues);
    auto pairRows = db.run(QStringLiteral("SELECT category, reported_on, resolved_on, COUNT(*) FROM issue "
                                          "WHERE reported_on <= ? AND status IN ('resolved', 'verified') AND "
                                          "resolved_on <= ? GROUP BY category, reported_on, resolved_on"),
                           {asOf, asOf});
    LIAISON_TRY(pairRows);
    // Read to the end before the next query: PostgreSQL's driver drops the rows still unread.
    struct ResolvedPair
    {
        QString category;
        QDate reported;
        QDate resolved;
        qint64 count;
    };
    std::vector<ResolvedPair> resolvedPairs;
    while (pairRows->next())
        resolvedPairs.push_back({pairRows->value(0).toString(), pairRows->value(1).toDate(),
                                 pairRows->value(2).toDate(), pairRows->value(3).toLongLong()});
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
    for (const ResolvedPair& pair : resolvedPairs) {
        CategoryFigures& category = byCategory[pair.category];
        if (category.code.isEmpty())
            category.code = category.name = pair.category;
        category.resolved += pair.count;
        const int took = calendar.workdaysBetween(pair.reported, pair.resolved);
        durations[pair.category].insert(durations[pair.category].end(), std::size_t(pair.count), took);
    }
    for (const Issue& issue : *issues) {
        CategoryFigures& category = byCategory[issue.category];
        if (category.code.isEmpty())
            category.code = category.name = issue.category;
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
