#pragma once

#include "Repository.h"

#include <QJsonObject>

// The specialisations of EntityTraits, one per entity; their definitions and rules are in
// EntityTraits.cpp, and who may write each entity (authorize) in security/EntityPermissions.cpp.

namespace liaison {

#define LIAISON_DECLARE_TRAITS(Entity, tableName, isVersioned)                                               \
    template <>                                                                                              \
    struct EntityTraits<Entity>                                                                              \
    {                                                                                                        \
        static constexpr const char* table = tableName;                                                      \
        static constexpr bool versioned = isVersioned;                                                       \
        static QStringList columns();                                                                        \
        static QVariantList values(const Entity& entity);                                                    \
        static Entity read(RowReader& row);                                                                  \
        static Status validate(const Entity& entity, const Database& db);                                    \
        static Status authorize(const Database& db, const Entity& entity);                                   \
    };

LIAISON_DECLARE_TRAITS(Area, "area", false)
LIAISON_DECLARE_TRAITS(Unit, "unit", false)
LIAISON_DECLARE_TRAITS(Person, "person", false)
LIAISON_DECLARE_TRAITS(WhitelistBatch, "whitelist_batch", false)
LIAISON_DECLARE_TRAITS(Contact, "contact", false)
LIAISON_DECLARE_TRAITS(DutyAssignment, "duty_assignment", false)
LIAISON_DECLARE_TRAITS(Visit, "visit", false)
LIAISON_DECLARE_TRAITS(Issue, "issue", true)
LIAISON_DECLARE_TRAITS(IssueEvent, "issue_event", false)
LIAISON_DECLARE_TRAITS(IssueExtension, "issue_extension", false)
LIAISON_DECLARE_TRAITS(PermitRequest, "permit_request", false)
LIAISON_DECLARE_TRAITS(SupplyLink, "supply_link", false)
LIAISON_DECLARE_TRAITS(StaffTransfer, "staff_transfer", false)
LIAISON_DECLARE_TRAITS(ProductionStatusChange, "production_status_change", false)

#undef LIAISON_DECLARE_TRAITS

// Enterprises keep their tags in a table of their own, and their pinyin search keys beside the name.
template <>
struct EntityTraits<Enterprise>
{
    static constexpr const char* table = "enterprise";
    static constexpr bool versioned = true;
    static QStringList columns();
    static QVariantList values(const Enterprise& entity);
    static Enterprise read(RowReader& row);
    static Status validate(const Enterprise& entity, const Database& db);
    static Status authorize(const Database& db, const Enterprise& entity);
    // The register's identity of an enterprise (name, credit code, area, scale, white-list batch) is the
    // administrator's: the headline figures count by it. Those who work on the enterprise change the
    // rest.
    static Status authorizeChange(const Database& db, const Enterprise& before, const Enterprise& after);
    static Status afterWrite(Database& db, const Enterprise& entity, Id id);
    // The tags, for the enterprise's audit entry: {"tags": ["specialised", …]}.
    static QJsonObject auditExtras(const Enterprise& entity);
    static Status load(const Database& db, Enterprise& entity);
};

inline int versionOf(const Enterprise& e)
{
    return e.version;
}
inline int versionOf(const Issue& e)
{
    return e.version;
}

} // namespace liaison
