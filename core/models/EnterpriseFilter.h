#pragma once

#include "DomainEnums.h"
#include "Entities.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <optional>

namespace liaison {

// What the enterprise register is narrowed to. Every criterion becomes SQL with bound values, so the
// database does the filtering and the register stays quick whatever its size.
struct EnterpriseFilter
{
    // Matches the name, the credit code, the full pinyin or the pinyin initials ("cqlx").
    QString search;
    OptionalId areaId;
    QString industry;
    std::optional<EnterpriseScale> scale;
    std::optional<ProductionStatus> status;
    std::optional<EnterpriseTag> tag;
    std::optional<bool> whitelisted;
    // Suppliers of a chain leader (链主) that are stopped or only partly producing: the enterprises the
    // chain leaders need back first (以点带链).
    bool idleChainSuppliers = false;
    // The duty assignment in force: its district leader, its department, or a person in any tier.
    OptionalId leaderId;
    OptionalId departmentId;
    OptionalId dutyPersonId;
    // Not visited in this many days up to asOf (never visited counts as not visited).
    std::optional<int> notVisitedDays;
    QDate asOf = QDate::currentDate();

    bool isEmpty() const;
    // The WHERE clause over "enterprise e" (empty when nothing is filtered) and its bound values.
    QString whereClause(QVariantList& binds) const;
};

} // namespace liaison
