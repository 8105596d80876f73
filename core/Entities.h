#pragma once

#include "DomainEnums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The records of the domain (DESIGN.md, "Domain"). Plain values: the repositories read, check and
// write them; nothing here touches the database.

namespace liaison {

using Id = qint64;
using OptionalId = std::optional<Id>;

struct Area
{
    Id id = 0;
    QString name;
    AreaKind kind = AreaKind::Street;
    QString divisionCode; // statistical division code, may be empty for parks
    bool directlyManaged = true;
};

struct Unit
{
    Id id = 0;
    QString name;     // short name as used in documents, e.g. 区经济信息委
    QString fullName; // e.g. 重庆市九龙坡区经济和信息化委员会
};

struct Person
{
    Id id = 0;
    QString name;
    QString title;
    QString phone;
    OptionalId unitId; // a person belongs to a department, an area, or neither (a district leader)
    OptionalId areaId;
    bool active = true;
};

struct WhitelistBatch
{
    Id id = 0;
    int number = 0;
    QDate issuedOn;
    QString note;
};

struct Enterprise
{
    Id id = 0;
    QString name;
    QString creditCode;
    QString industry;
    Id areaId = 0;
    EnterpriseScale scale = EnterpriseScale::Direct;
    QList<EnterpriseTag> tags;
    OptionalId whitelistBatchId;
    ProductionStatus productionStatus = ProductionStatus::Normal;
    QString address;
    int version = 1;
};

struct Contact
{
    Id id = 0;
    Id enterpriseId = 0;
    QString name;
    QString position;
    QString phone;
};

struct DutyAssignment
{
    Id id = 0;
    Id enterpriseId = 0;
    Id leaderId = 0;
    Id departmentId = 0;
    OptionalId departmentPersonId;
    Id areaId = 0;
    OptionalId areaPersonId;
    QDate validFrom;
    QDate validTo; // null while in force
};

struct Visit
{
    Id id = 0;
    Id enterpriseId = 0;
    QDate visitedOn;
    VisitMode mode = VisitMode::OnSite;
    QString visitors;
    ProductionStatus productionStatusSeen = ProductionStatus::Normal;
    int staffOnSite = 0;
    int staffReturned = 0;   // staff helped back to work since the previous visit
    int closedLoopStaff = 0; // staff living and working in a closed loop on the day of the visit
    std::optional<double> capacityPercent;
    QString notes;
};

struct IssueCategory
{
    QString code;
    QString name;
    int deadlineWorkdays = 5;
    int sortOrder = 0;
};

struct Issue
{
    Id id = 0;
    Id enterpriseId = 0;
    OptionalId visitId;
    QString category;
    QString title;
    QString description;
    QDate reportedOn;
    Tier tier = Tier::Area;
    OptionalId ownerUnitId;
    OptionalId ownerAreaId;
    OptionalId ownerPersonId;
    QDate dueOn;
    IssueStatus status = IssueStatus::New;
    QString resolution;
    QDate resolvedOn;
    std::optional<Satisfaction> satisfaction; // from the follow-up visit (回访)
    int handoffs = 0;                         // hand-offs to another unit or tier, ever
    int handoffsSinceProgress = 0;            // hand-offs since work last moved the problem on
    int version = 1;
};

// A co-handling unit (协办单位) of a problem; the lead unit (主办) is the problem's owner unit.
struct IssueCoUnit
{
    Id issueId = 0;
    Id unitId = 0;
};

// A request to move a problem's due date (延期申请) and the supervisor's decision on it.
struct IssueExtension
{
    Id id = 0;
    Id issueId = 0;
    QDate previousDueOn;
    QDate requestedDueOn;
    QString reason;
    QString requestedBy;
    QDateTime requestedAt;
    ExtensionStatus status = ExtensionStatus::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
};

struct IssueEvent
{
    Id id = 0;
    Id issueId = 0;
    IssueEventKind kind = IssueEventKind::Created;
    QString actor;
    QDateTime at;
    QString note;
};

struct PermitRequest
{
    Id id = 0;
    PermitKind kind = PermitKind::Pass;
    Id enterpriseId = 0;
    QString vehiclePlate;
    QString driverName;
    QString driverPhone;
    QString route;
    int quantity = 1;
    QDate appliedOn;
    QDate grantedOn;  // null while pending
    QDate validUntil; // null when not limited
};

struct SupplyLink
{
    Id id = 0;
    Id supplierId = 0;
    Id customerId = 0;
    QString product;
};

struct StaffTransfer
{
    Id id = 0;
    Id enterpriseId = 0;
    QDate transferredOn;
    int people = 0;
    QString note;
};

struct ProductionStatusChange
{
    Id id = 0;
    Id enterpriseId = 0;
    QDate changedOn;
    ProductionStatus status = ProductionStatus::Normal;
    QString note;
};

} // namespace liaison
