#include "Statistics.h"

#include "Database.h"
#include "DomainEnums.h"
#include "security/Permissions.h"

#include <cmath>

namespace liaison {
namespace {

// Each enterprise's production status at the end of the day: its latest recorded change up to then,
// or its current status when nothing was recorded.
const char* const statusAsOf = R"(
    SELECT s.scale, s.status, COUNT(*) FROM (
        SELECT e.scale AS scale,
               COALESCE((SELECT p.status FROM production_status_change p
                         WHERE p.enterprise_id = e.id AND p.changed_on <= ?
                         ORDER BY p.changed_on DESC, p.id DESC LIMIT 1), e.production_status) AS status
        FROM enterprise e
        WHERE e.scale IN ('direct', 'pre_upgrade')) s
    GROUP BY s.scale, s.status)";

// The latest visit of each enterprise up to the day: closed-loop staff is a head count on that day,
// capacity the share of capacity in use; both describe the enterprise now, so only the latest counts.
// Driven by the enterprises (one index search each in visit_latest_idx, which holds the two figures:
// no visit row is read), not by the visits, which at a province's size are thirty times as many.
const char* const latestVisits = R"(
    SELECT COALESCE(SUM(v.closed_loop_staff), 0),
           AVG(CASE WHEN e.scale = 'direct' THEN v.capacity_percent END)
    FROM enterprise e
    JOIN visit v ON v.enterprise_id = e.id
                AND v.visited_on = (SELECT MAX(v2.visited_on) FROM visit v2
                                    WHERE v2.enterprise_id = e.id AND v2.visited_on <= ?)
                AND v.id = (SELECT MAX(v3.id) FROM visit v3
                            WHERE v3.enterprise_id = e.id AND v3.visited_on = v.visited_on))";

} // namespace

QJsonObject StatsSnapshot::toJson() const
{
    const auto rounded = [](double value, int decimals) {
        const double factor = std::pow(10.0, decimals);
        return std::round(value * factor) / factor;
    };
    return {
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("enterprises_direct"), enterprisesDirect},
        {QStringLiteral("enterprises_direct_in_production"), enterprisesDirectInProduction},
        {QStringLiteral("resumption_rate"), rounded(resumptionRate, 4)},
        {QStringLiteral("pre_upgrade"), preUpgrade},
        {QStringLiteral("pre_upgrade_in_production"), preUpgradeInProduction},
        {QStringLiteral("whitelist_enterprises"), whitelistEnterprises},
        {QStringLiteral("whitelist_batches"), whitelistBatches},
        {QStringLiteral("issues_total"), issuesTotal},
        {QStringLiteral("issues_resolved"), issuesResolved},
        {QStringLiteral("issues_open"), issuesOpen},
        {QStringLiteral("passes"), passes},
        {QStringLiteral("driver_whitelist"), driverWhitelist},
        {QStringLiteral("transferred"), transferred},
        {QStringLiteral("staff_returned"), staffReturned},
        {QStringLiteral("closed_loop_staff"), closedLoopStaff},
        {QStringLiteral("capacity_utilization"), rounded(capacityUtilization, 1)},
        {QStringLiteral("visits"), visits},
    };
}

Result<StatsSnapshot> Statistics::snapshot(const Database& db, const QDate& asOf)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    if (!asOf.isValid())
        return std::unexpected(
            Error::validation(tr("The as-of date is not a real calendar date."), QStringLiteral("as_of")));

    StatsSnapshot s;
    s.asOf = asOf;

    auto statuses = db.run(QString::fromLatin1(statusAsOf), {asOf});
    if (!statuses)
        return std::unexpected(statuses.error());
    while (statuses->next()) {
        const QString scale = statuses->value(0).toString();
        const auto status = DomainText::fromCode<ProductionStatus>(statuses->value(1).toString());
        const qint64 count = statuses->value(2).toLongLong();
        const bool producing = status && DomainText::isProducing(*status);
        qint64& all = scale == QLatin1StringView("direct") ? s.enterprisesDirect : s.preUpgrade;
        qint64& inProduction =
            scale == QLatin1StringView("direct") ? s.enterprisesDirectInProduction : s.preUpgradeInProduction;
        all += count;
        if (producing)
            inProduction += count;
    }
    s.resumptionRate = s.enterprisesDirect == 0
                           ? 0.0
                           : double(s.enterprisesDirectInProduction) / double(s.enterprisesDirect);

    struct Count
    {
        qint64* into;
        const char* sql;
    };
    const Count counts[] = {
        {&s.whitelistEnterprises,
         "SELECT COUNT(*) FROM enterprise e JOIN whitelist_batch b ON b.id = e.whitelist_batch_id "
         "WHERE b.issued_on <= ?"},
        {&s.whitelistBatches, "SELECT COUNT(*) FROM whitelist_batch WHERE issued_on <= ?"},
        {&s.issuesTotal, "SELECT COUNT(*) FROM issue WHERE reported_on <= ?"},
        // issue_closed_idx (status, resolved_on): two index ranges, no row read.
        {&s.issuesResolved,
         "SELECT COUNT(*) FROM issue WHERE status IN ('resolved', 'verified') AND resolved_on <= ?"},
        // permit_request_granted_idx (kind, granted_on).
        {&s.passes, "SELECT COUNT(*) FROM permit_request WHERE kind = 'pass' AND granted_on <= ?"},
        {&s.driverWhitelist,
         "SELECT COUNT(*) FROM permit_request WHERE kind = 'driver_whitelist' AND applied_on <= ?"},
        {&s.transferred, "SELECT COALESCE(SUM(people), 0) FROM staff_transfer WHERE transferred_on <= ?"},
        // visit_date_returned_idx (visited_on, staff_returned): summed from the index alone.
        {&s.staffReturned, "SELECT COALESCE(SUM(staff_returned), 0) FROM visit WHERE visited_on <= ?"},
        {&s.visits, "SELECT COUNT(*) FROM visit WHERE visited_on <= ?"},
    };
    for (const Count& count : counts) {
        auto value = db.scalar(QString::fromLatin1(count.sql), {asOf});
        if (!value)
            return std::unexpected(value.error());
        *count.into = value->toLongLong();
    }
    s.issuesOpen = s.issuesTotal - s.issuesResolved;

    auto latest = db.run(QString::fromLatin1(latestVisits), {asOf});
    if (!latest)
        return std::unexpected(latest.error());
    if (latest->next()) {
        s.closedLoopStaff = latest->value(0).toLongLong();
        s.capacityUtilization = latest->value(1).toDouble();
    }
    return s;
}

} // namespace liaison
