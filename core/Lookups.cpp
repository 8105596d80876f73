#include "Lookups.h"

#include "Database.h"

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
    auto pending =
        db.scalar(QStringLiteral("SELECT id FROM issue_extension WHERE issue_id = ? AND status = 'pending'"),
                  {issueId});
    LIAISON_TRY(pending);
    return optionalId(*pending);
}

Result<qint64> Lookups::enterpriseCount(const Database& db)
{
    auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"));
    LIAISON_TRY(count);
    return count->toLongLong();
}

Result<QList<Lookups::EnterpriseKey>> Lookups::enterpriseKeys(const Database& db)
{
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

} // namespace liaison
