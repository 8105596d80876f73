#include "Lookups.h"

#include "Database.h"
#include "security/Permissions.h"

namespace liaison {

QString Lookups::nameOf(const Database& db, Named table, const OptionalId& id)
{
    if (!id)
        return {};
    const char* name = "area";
    switch (table) {
    case Named::Area: name = "area"; break;
    case Named::Unit: name = "unit"; break;
    case Named::Person: name = "person"; break;
    case Named::Enterprise: name = "enterprise"; break;
    }
    auto value =
        db.scalar(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(QLatin1StringView(name)), {*id});
    return value ? value->toString() : QString();
}

Result<QList<IssueCategory>> Lookups::categories(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto rows = db.run(QStringLiteral(
        "SELECT code, name, deadline_workdays, sort_order FROM issue_category ORDER BY sort_order, code"));
    LIAISON_TRY(rows);
    QList<IssueCategory> categories;
    while (rows->next()) {
        categories << IssueCategory{rows->value(0).toString(), rows->value(1).toString(),
                                    rows->value(2).toInt(), rows->value(3).toInt()};
    }
    return categories;
}

Result<OptionalId> Lookups::pendingExtension(const Database& db, Id issueId)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto pending =
        db.scalar(QStringLiteral("SELECT id FROM issue_extension WHERE issue_id = ? AND status = 'pending'"),
                  {issueId});
    LIAISON_TRY(pending);
    return optionalId(*pending);
}

Result<qint64> Lookups::enterpriseCount(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"));
    LIAISON_TRY(count);
    return count->toLongLong();
}

Result<QList<Lookups::EnterpriseKey>> Lookups::enterpriseKeys(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto rows = db.run(QStringLiteral(
        "SELECT id, name, credit_code, name_pinyin, name_initials FROM enterprise ORDER BY name_pinyin"));
    LIAISON_TRY(rows);
    QList<EnterpriseKey> keys;
    while (rows->next()) {
        keys << EnterpriseKey{rows->value(0).toLongLong(), rows->value(1).toString(),
                              rows->value(2).toString(), rows->value(3).toString(),
                              rows->value(4).toString()};
    }
    return keys;
}

Result<QStringList> Lookups::industries(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto rows = db.run(QStringLiteral("SELECT DISTINCT industry FROM enterprise ORDER BY industry"));
    LIAISON_TRY(rows);
    QStringList names;
    while (rows->next())
        names << rows->value(0).toString();
    return names;
}

Result<QList<Lookups::SupplyPartner>> Lookups::supplyPartners(const Database& db, Id enterpriseId)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto rows = db.run(
        QStringLiteral("SELECT e.id, e.name, s.product, e.production_status, 1 AS upstream, e.name_pinyin "
                       "FROM supply_link s JOIN enterprise e ON e.id = s.supplier_id WHERE s.customer_id = ? "
                       "UNION ALL "
                       "SELECT e.id, e.name, s.product, e.production_status, 0, e.name_pinyin "
                       "FROM supply_link s JOIN enterprise e ON e.id = s.customer_id WHERE s.supplier_id = ? "
                       "ORDER BY 5 DESC, 6"),
        {enterpriseId, enterpriseId});
    LIAISON_TRY(rows);
    QList<SupplyPartner> partners;
    while (rows->next()) {
        partners << SupplyPartner{rows->value(0).toLongLong(), rows->value(1).toString(),
                                  rows->value(2).toString(),
                                  DomainText::fromCode<ProductionStatus>(rows->value(3).toString())
                                      .value_or(ProductionStatus::Normal),
                                  rows->value(4).toInt() == 1};
    }
    return partners;
}

Result<Lookups::VisitCoverage> Lookups::visitCoverage(const Database& db, const QDate& asOf, int days)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto rows = db.run(
        QStringLiteral("SELECT (SELECT COUNT(DISTINCT enterprise_id) FROM visit WHERE visited_on > ? AND "
                       "visited_on <= ?), (SELECT COUNT(*) FROM enterprise)"),
        {asOf.addDays(-days), asOf});
    LIAISON_TRY(rows);
    if (!rows->next())
        return VisitCoverage{};
    return VisitCoverage{rows->value(0).toLongLong(), rows->value(1).toLongLong()};
}

Result<QDate> Lookups::latestActivityDay(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto latest = db.run(
        QStringLiteral("SELECT MAX(visited_on) FROM visit UNION ALL SELECT MAX(reported_on) FROM issue"));
    LIAISON_TRY(latest);
    QDate day;
    while (latest->next()) {
        const QDate candidate = latest->value(0).toDate();
        if (candidate.isValid() && (!day.isValid() || candidate > day))
            day = candidate;
    }
    return day;
}

Result<Lookups::LiveCounts> Lookups::liveCounts(const Database& db)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    auto rows = db.run(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM enterprise), "
        "(SELECT COUNT(*) FROM issue WHERE status IN ('new', 'assigned', 'in_progress', 'reopened')), "
        "(SELECT COUNT(*) FROM permit_request WHERE granted_on IS NULL)"));
    LIAISON_TRY(rows);
    if (!rows->next())
        return LiveCounts{};
    return LiveCounts{rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toLongLong()};
}

} // namespace liaison
