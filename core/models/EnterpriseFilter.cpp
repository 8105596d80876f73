#include "EnterpriseFilter.h"

#include "Database.h"
#include "Pinyin.h"

#include <QStringList>

namespace liaison {
bool EnterpriseFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && !areaId && industry.isEmpty() && !scale && !status && !tag &&
           !whitelisted && !idleChainSuppliers && !leaderId && !departmentId && !dutyPersonId &&
           !notVisitedDays;
}

QString EnterpriseFilter::whereClause(QVariantList& binds) const
{
    QStringList conditions;
    const QString term = search.trimmed().left(100);
    if (!term.isEmpty()) {
        QStringList matches = {QStringLiteral("e.name LIKE ? ESCAPE '\\'"),
                               QStringLiteral("e.credit_code LIKE ? ESCAPE '\\'")};
        binds << containsPattern(term) << containsPattern(term.toUpper());
        const QString latin = Pinyin::normalizeQuery(term);
        bool ascii = !latin.isEmpty();
        for (const QChar c : latin)
            ascii = ascii && c.unicode() < 128;
        if (ascii) {
            matches << QStringLiteral("e.name_pinyin LIKE ? ESCAPE '\\'")
                    << QStringLiteral("e.name_initials LIKE ? ESCAPE '\\'");
            binds << containsPattern(latin) << containsPattern(latin);
        }
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (areaId) {
        conditions << QStringLiteral("e.area_id = ?");
        binds << *areaId;
    }
    if (!industry.isEmpty()) {
        conditions << QStringLiteral("e.industry = ?");
        binds << industry;
    }
    if (scale) {
        conditions << QStringLiteral("e.scale = ?");
        binds << DomainText::code(*scale);
    }
    if (status) {
        conditions << QStringLiteral("e.production_status = ?");
        binds << DomainText::code(*status);
    }
    if (tag) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM enterprise_tag t WHERE t.enterprise_id = e.id AND t.tag = ?)");
        binds << DomainText::code(*tag);
    }
    if (whitelisted)
        conditions << (*whitelisted ? QStringLiteral("e.whitelist_batch_id IS NOT NULL")
                                    : QStringLiteral("e.whitelist_batch_id IS NULL"));
    if (idleChainSuppliers) {
        conditions << QStringLiteral(
            "e.production_status IN ('stopped', 'partial') AND EXISTS (SELECT 1 FROM supply_link s JOIN "
            "enterprise_tag t ON t.enterprise_id = s.customer_id AND t.tag = 'chain_leader' WHERE "
            "s.supplier_id = e.id)");
    }
    const auto onDuty = [&](const char* condition, const QVariantList& values) {
        conditions << QStringLiteral(
                          "EXISTS (SELECT 1 FROM duty_assignment d WHERE d.enterprise_id = e.id AND "
                          "d.valid_to IS NULL AND %1)")
                          .arg(QLatin1StringView(condition));
        binds << values;
    };
    if (leaderId)
        onDuty("d.leader_id = ?", {*leaderId});
    if (departmentId)
        onDuty("d.department_id = ?", {*departmentId});
    if (dutyPersonId)
        onDuty("(d.leader_id = ? OR d.department_person_id = ? OR d.area_person_id = ?)",
               {*dutyPersonId, *dutyPersonId, *dutyPersonId});
    if (notVisitedDays) {
        conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM visit v WHERE v.enterprise_id = e.id AND "
                                     "v.visited_on > ? AND v.visited_on <= ?)");
        binds << asOf.addDays(-*notVisitedDays) << asOf;
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace liaison
