// Who may write each entity through Repository::create and update: checked on the record as it is
// and as it will be, so that nobody moves a record into or out of a scope that is not theirs.

#include "EntityTraits.h"
#include "security/Permissions.h"

namespace liaison {
namespace {

// An entry of a problem's timeline or an extension belongs to the problem's scope.
Status issueScope(const Database& db, Id issueId)
{
    auto row = db.run(
        QStringLiteral("SELECT enterprise_id, owner_person_id, owner_unit_id, owner_area_id FROM issue "
                       "WHERE id = ?"),
        {issueId});
    LIAISON_TRY(row);
    if (!row->next())
        return std::unexpected(Error::notFound(Permissions::tr("Problem %1 was not found.").arg(issueId)));
    Issue issue;
    issue.id = issueId;
    issue.enterpriseId = row->value(0).toLongLong();
    issue.ownerPersonId = optionalId(row->value(1));
    issue.ownerUnitId = optionalId(row->value(2));
    issue.ownerAreaId = optionalId(row->value(3));
    row->finish();
    return Permissions::requireForIssue(db, Permission::WorkIssue, issue);
}

} // namespace

Status EntityTraits<Area>::authorize(const Database& db, const Area&)
{
    return Permissions::require(db, Permission::EditReference);
}

Status EntityTraits<Unit>::authorize(const Database& db, const Unit&)
{
    return Permissions::require(db, Permission::EditReference);
}

Status EntityTraits<Person>::authorize(const Database& db, const Person&)
{
    return Permissions::require(db, Permission::EditReference);
}

Status EntityTraits<WhitelistBatch>::authorize(const Database& db, const WhitelistBatch&)
{
    return Permissions::require(db, Permission::EditReference);
}

Status EntityTraits<DutyAssignment>::authorize(const Database& db, const DutyAssignment&)
{
    return Permissions::require(db, Permission::EditRegister);
}

Status EntityTraits<Enterprise>::authorize(const Database& db, const Enterprise& e)
{
    // A new enterprise joins the register; an existing one's records are worked on in its scope.
    if (e.id == 0)
        return Permissions::require(db, Permission::EditRegister);
    return Permissions::requireForEnterprise(db, Permission::WorkEnterprise, e.id);
}

Status EntityTraits<Enterprise>::authorizeChange(const Database& db, const Enterprise& before,
                                                 const Enterprise& after)
{
    const bool identityChanged = before.name != after.name || before.creditCode != after.creditCode ||
                                 before.areaId != after.areaId || before.scale != after.scale ||
                                 before.whitelistBatchId != after.whitelistBatchId;
    return identityChanged ? Permissions::require(db, Permission::EditRegister) : Status{};
}

Status EntityTraits<Contact>::authorize(const Database& db, const Contact& e)
{
    return Permissions::requireForEnterprise(db, Permission::WorkEnterprise, e.enterpriseId);
}

Status EntityTraits<Visit>::authorize(const Database& db, const Visit& e)
{
    return Permissions::requireForEnterprise(db, Permission::WorkEnterprise, e.enterpriseId);
}

Status EntityTraits<PermitRequest>::authorize(const Database& db, const PermitRequest& e)
{
    return Permissions::requireForEnterprise(db, Permission::WorkEnterprise, e.enterpriseId);
}

Status EntityTraits<SupplyLink>::authorize(const Database& db, const SupplyLink& e)
{
    // A link concerns both ends; either end's liaison may record it.
    if (Permissions::requireForEnterprise(db, Permission::WorkEnterprise, e.customerId))
        return {};
    return Permissions::requireForEnterprise(db, Permission::WorkEnterprise, e.supplierId);
}

Status EntityTraits<StaffTransfer>::authorize(const Database& db, const StaffTransfer& e)
{
    return Permissions::requireForEnterprise(db, Permission::WorkEnterprise, e.enterpriseId);
}

Status EntityTraits<ProductionStatusChange>::authorize(const Database& db, const ProductionStatusChange& e)
{
    return Permissions::requireForEnterprise(db, Permission::WorkEnterprise, e.enterpriseId);
}

Status EntityTraits<Issue>::authorize(const Database& db, const Issue& e)
{
    return Permissions::requireForIssue(db, Permission::WorkIssue, e);
}

Status EntityTraits<IssueEvent>::authorize(const Database& db, const IssueEvent& e)
{
    return issueScope(db, e.issueId);
}

Status EntityTraits<IssueExtension>::authorize(const Database& db, const IssueExtension& e)
{
    return issueScope(db, e.issueId);
}

} // namespace liaison
