#include "EntityTraits.h"

#include "CreditCode.h"
#include "FieldChecks.h"
#include "Pinyin.h"
#include "VehiclePlate.h"

#include <QJsonArray>

namespace liaison {

// The context of the field names and rules below, for the translators.
class EntityRules final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::EntityRules)
};

namespace {

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(value);
}

template <typename E>
QVariant code(E value)
{
    return DomainText::code(value);
}

QVariant number(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// True when another row of table already has this value in column.
Result<bool> taken(const Database& db, const char* table, const char* column, const QVariant& value, Id self)
{
    auto found = db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND id <> ?")
                               .arg(QLatin1StringView(table), QLatin1StringView(column)),
                           {value, self});
    if (!found)
        return std::unexpected(found.error());
    return !found->isNull();
}

Status unique(const Database& db, const char* table, const char* column, const QVariant& value, Id self,
              const QString& message)
{
    auto found = taken(db, table, column, value, self);
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return std::unexpected(Error::validation(message, QString::fromLatin1(column)));
    return {};
}

} // namespace

// ---- Area

QStringList EntityTraits<Area>::columns()
{
    return {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("division_code"),
            QStringLiteral("directly_managed")};
}

QVariantList EntityTraits<Area>::values(const Area& e)
{
    return {e.name.trimmed(), code(e.kind), text(e.divisionCode), e.directlyManaged};
}

Area EntityTraits<Area>::read(RowReader& row)
{
    Area e;
    e.id = row.id();
    e.name = row.text();
    e.kind = row.code<AreaKind>();
    e.divisionCode = row.text();
    e.directlyManaged = row.boolean();
    return e;
}

Status EntityTraits<Area>::validate(const Area& e, const Database& db)
{
    return FieldChecks(db)
        .requiredText("name", EntityRules::tr("The area name"), e.name, 100)
        .optionalText("division_code", EntityRules::tr("The division code"), e.divisionCode, 12)
        .status("name", unique(db, table, "name", e.name.trimmed(), e.id,
                               EntityRules::tr("There is already an area named “%1”.").arg(e.name.trimmed())))
        .result();
}

// ---- Unit

QStringList EntityTraits<Unit>::columns()
{
    return {QStringLiteral("name"), QStringLiteral("full_name")};
}

QVariantList EntityTraits<Unit>::values(const Unit& e)
{
    return {e.name.trimmed(), text(e.fullName)};
}

Unit EntityTraits<Unit>::read(RowReader& row)
{
    Unit e;
    e.id = row.id();
    e.name = row.text();
    e.fullName = row.text();
    return e;
}

Status EntityTraits<Unit>::validate(const Unit& e, const Database& db)
{
    return FieldChecks(db)
        .requiredText("name", EntityRules::tr("The department name"), e.name, 100)
        .optionalText("full_name", EntityRules::tr("The department's full name"), e.fullName, 200)
        .status("name",
                unique(db, table, "name", e.name.trimmed(), e.id,
                       EntityRules::tr("There is already a department named “%1”.").arg(e.name.trimmed())))
        .result();
}

// ---- Person

QStringList EntityTraits<Person>::columns()
{
    return {QStringLiteral("name"),    QStringLiteral("title"),   QStringLiteral("phone"),
            QStringLiteral("unit_id"), QStringLiteral("area_id"), QStringLiteral("active")};
}

QVariantList EntityTraits<Person>::values(const Person& e)
{
    return {e.name.trimmed(), text(e.title), text(e.phone), nullable(e.unitId), nullable(e.areaId), e.active};
}

Person EntityTraits<Person>::read(RowReader& row)
{
    Person e;
    e.id = row.id();
    e.name = row.text();
    e.title = row.text();
    e.phone = row.text();
    e.unitId = row.optionalId();
    e.areaId = row.optionalId();
    e.active = row.boolean();
    return e;
}

Status EntityTraits<Person>::validate(const Person& e, const Database& db)
{
    return FieldChecks(db)
        .requiredText("name", EntityRules::tr("The person's name"), e.name, 50)
        .optionalText("title", EntityRules::tr("The title"), e.title, 100)
        .phone("phone", EntityRules::tr("The telephone number"), e.phone)
        .rule(!(e.unitId && e.areaId), "area_id",
              EntityRules::tr("A person belongs to a department or to an area, not to both."))
        .reference("unit_id", EntityRules::tr("The department"), "unit", e.unitId)
        .reference("area_id", EntityRules::tr("The area"), "area", e.areaId)
        .result();
}

// ---- WhitelistBatch

QStringList EntityTraits<WhitelistBatch>::columns()
{
    return {QStringLiteral("number"), QStringLiteral("issued_on"), QStringLiteral("note")};
}

QVariantList EntityTraits<WhitelistBatch>::values(const WhitelistBatch& e)
{
    return {e.number, e.issuedOn, text(e.note)};
}

WhitelistBatch EntityTraits<WhitelistBatch>::read(RowReader& row)
{
    WhitelistBatch e;
    e.id = row.id();
    e.number = row.integer();
    e.issuedOn = row.date();
    e.note = row.text();
    return e;
}

Status EntityTraits<WhitelistBatch>::validate(const WhitelistBatch& e, const Database& db)
{
    return FieldChecks(db)
        .range("number", EntityRules::tr("The batch number"), e.number, 1, 9999)
        .requiredDate("issued_on", EntityRules::tr("The date of the batch"), e.issuedOn)
        .optionalText("note", EntityRules::tr("The note"), e.note, 2000)
        .status("number", unique(db, table, "number", e.number, e.id,
                                 EntityRules::tr("White-list batch %1 already exists.").arg(e.number)))
        .result();
}

// ---- Enterprise

QStringList EntityTraits<Enterprise>::columns()
{
    return {QStringLiteral("name"),
            QStringLiteral("credit_code"),
            QStringLiteral("industry"),
            QStringLiteral("area_id"),
            QStringLiteral("scale"),
            QStringLiteral("whitelist_batch_id"),
            QStringLiteral("production_status"),
            QStringLiteral("address"),
            QStringLiteral("name_pinyin"),
            QStringLiteral("name_initials")};
}

QVariantList EntityTraits<Enterprise>::values(const Enterprise& e)
{
    const PinyinKey key = Pinyin::keyFor(e.name.trimmed());
    return {e.name.trimmed(),
            e.creditCode.trimmed(),
            e.industry.trimmed(),
            e.areaId,
            code(e.scale),
            nullable(e.whitelistBatchId),
            code(e.productionStatus),
            text(e.address),
            key.full,
            key.initials};
}

Enterprise EntityTraits<Enterprise>::read(RowReader& row)
{
    Enterprise e;
    e.id = row.id();
    e.name = row.text();
    e.creditCode = row.text();
    e.industry = row.text();
    e.areaId = row.id();
    e.scale = row.code<EnterpriseScale>();
    e.whitelistBatchId = row.optionalId();
    e.productionStatus = row.code<ProductionStatus>();
    e.address = row.text();
    row.text(); // name_pinyin
    row.text(); // name_initials
    e.version = row.integer();
    return e;
}

Status EntityTraits<Enterprise>::validate(const Enterprise& e, const Database& db)
{
    const QString creditCode = e.creditCode.trimmed();
    return FieldChecks(db)
        .requiredText("name", EntityRules::tr("The enterprise name"), e.name, 100)
        .status("credit_code", CreditCode::validate(creditCode))
        .requiredText("industry", EntityRules::tr("The industry"), e.industry, 50)
        .optionalText("address", EntityRules::tr("The address"), e.address, 200)
        .reference("area_id", EntityRules::tr("The town, street or park"), "area", e.areaId)
        .reference("whitelist_batch_id", EntityRules::tr("The white-list batch"), "whitelist_batch",
                   e.whitelistBatchId)
        .status("credit_code",
                unique(db, table, "credit_code", creditCode, e.id,
                       EntityRules::tr("An enterprise with the credit code %1 is already registered.")
                           .arg(creditCode)))
        .result();
}

Status EntityTraits<Enterprise>::afterWrite(Database& db, const Enterprise& e, Id id)
{
    LIAISON_TRY(db.execute(QStringLiteral("DELETE FROM enterprise_tag WHERE enterprise_id = ?"), {id}));
    QList<EnterpriseTag> written;
    for (const EnterpriseTag tag : e.tags) {
        if (written.contains(tag))
            continue;
        written << tag;
        LIAISON_TRY(
            db.execute(QStringLiteral("INSERT INTO enterprise_tag (enterprise_id, tag) VALUES (?, ?)"),
                       {id, code(tag)}));
    }
    return {};
}

QJsonObject EntityTraits<Enterprise>::auditExtras(const Enterprise& e)
{
    QStringList tags;
    for (const EnterpriseTag tag : e.tags)
        tags << DomainText::code(tag);
    tags.sort();
    tags.removeDuplicates();
    return {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}

Status EntityTraits<Enterprise>::load(const Database& db, Enterprise& e)
{
    auto tags =
        db.run(QStringLiteral("SELECT tag FROM enterprise_tag WHERE enterprise_id = ? ORDER BY tag"), {e.id});
    if (!tags)
        return std::unexpected(tags.error());
    e.tags.clear();
    while (tags->next()) {
        if (auto tag = DomainText::fromCode<EnterpriseTag>(tags->value(0).toString()))
            e.tags << *tag;
    }
    return {};
}

// ---- Contact

QStringList EntityTraits<Contact>::columns()
{
    return {QStringLiteral("enterprise_id"), QStringLiteral("name"), QStringLiteral("position"),
            QStringLiteral("phone")};
}

QVariantList EntityTraits<Contact>::values(const Contact& e)
{
    return {e.enterpriseId, e.name.trimmed(), text(e.position), text(e.phone)};
}

Contact EntityTraits<Contact>::read(RowReader& row)
{
    Contact e;
    e.id = row.id();
    e.enterpriseId = row.id();
    e.name = row.text();
    e.position = row.text();
    e.phone = row.text();
    return e;
}

Status EntityTraits<Contact>::validate(const Contact& e, const Database& db)
{
    return FieldChecks(db)
        .reference("enterprise_id", EntityRules::tr("The enterprise"), "enterprise", e.enterpriseId)
        .requiredText("name", EntityRules::tr("The contact's name"), e.name, 50)
        .optionalText("position", EntityRules::tr("The position"), e.position, 100)
        .phone("phone", EntityRules::tr("The telephone number"), e.phone)
        .result();
}

// ---- DutyAssignment

QStringList EntityTraits<DutyAssignment>::columns()
{
    return {QStringLiteral("enterprise_id"), QStringLiteral("leader_id"),
            QStringLiteral("department_id"), QStringLiteral("department_person_id"),
            QStringLiteral("area_id"),       QStringLiteral("area_person_id"),
            QStringLiteral("valid_from"),    QStringLiteral("valid_to")};
}

QVariantList EntityTraits<DutyAssignment>::values(const DutyAssignment& e)
{
    return {
        e.enterpriseId,           e.leaderId,  e.departmentId,     nullable(e.departmentPersonId), e.areaId,
        nullable(e.areaPersonId), e.validFrom, nullable(e.validTo)};
}

DutyAssignment EntityTraits<DutyAssignment>::read(RowReader& row)
{
    DutyAssignment e;
    e.id = row.id();
    e.enterpriseId = row.id();
    e.leaderId = row.id();
    e.departmentId = row.id();
    e.departmentPersonId = row.optionalId();
    e.areaId = row.id();
    e.areaPersonId = row.optionalId();
    e.validFrom = row.date();
    e.validTo = row.date();
    return e;
}

Status EntityTraits<DutyAssignment>::validate(const DutyAssignment& e, const Database& db)
{
    return FieldChecks(db)
        .reference("enterprise_id", EntityRules::tr("The enterprise"), "enterprise", e.enterpriseId)
        .reference("leader_id", EntityRules::tr("The district leader"), "person", e.leaderId)
        .reference("department_id", EntityRules::tr("The district department"), "unit", e.departmentId)
        .reference("department_person_id", EntityRules::tr("The department's liaison person"), "person",
                   e.departmentPersonId)
        .reference("area_id", EntityRules::tr("The town, street or park"), "area", e.areaId)
        .reference("area_person_id", EntityRules::tr("The area's liaison person"), "person", e.areaPersonId)
        .requiredDate("valid_from", EntityRules::tr("The start of the assignment"), e.validFrom)
        .optionalDate("valid_to", EntityRules::tr("The end of the assignment"), e.validTo)
        .notBefore("valid_to", EntityRules::tr("The end of the assignment"), e.validTo,
                   EntityRules::tr("its start"), e.validFrom)
        .result();
}

// ---- Visit

QStringList EntityTraits<Visit>::columns()
{
    return {QStringLiteral("enterprise_id"),
            QStringLiteral("visited_on"),
            QStringLiteral("mode"),
            QStringLiteral("visitors"),
            QStringLiteral("production_status_seen"),
            QStringLiteral("staff_on_site"),
            QStringLiteral("staff_returned"),
            QStringLiteral("closed_loop_staff"),
            QStringLiteral("capacity_percent"),
            QStringLiteral("notes")};
}

QVariantList EntityTraits<Visit>::values(const Visit& e)
{
    return {e.enterpriseId,
            e.visitedOn,
            code(e.mode),
            e.visitors.trimmed(),
            code(e.productionStatusSeen),
            e.staffOnSite,
            e.staffReturned,
            e.closedLoopStaff,
            number(e.capacityPercent),
            text(e.notes)};
}

Visit EntityTraits<Visit>::read(RowReader& row)
{
    Visit e;
    e.id = row.id();
    e.enterpriseId = row.id();
    e.visitedOn = row.date();
    e.mode = row.code<VisitMode>();
    e.visitors = row.text();
    e.productionStatusSeen = row.code<ProductionStatus>();
    e.staffOnSite = row.integer();
    e.staffReturned = row.integer();
    e.closedLoopStaff = row.integer();
    e.capacityPercent = row.optionalNumber();
    e.notes = row.text();
    return e;
}

Status EntityTraits<Visit>::validate(const Visit& e, const Database& db)
{
    return FieldChecks(db)
        .reference("enterprise_id", EntityRules::tr("The enterprise"), "enterprise", e.enterpriseId)
        .requiredDate("visited_on", EntityRules::tr("The date of the visit"), e.visitedOn)
        .requiredText("visitors", EntityRules::tr("Who went"), e.visitors, 200)
        .range("staff_on_site", EntityRules::tr("The staff on site"), e.staffOnSite, 0, 1000000)
        .range("staff_returned", EntityRules::tr("The staff returned"), e.staffReturned, 0, 1000000)
        .range("closed_loop_staff", EntityRules::tr("The staff in closed-loop production"), e.closedLoopStaff,
               0, 1000000)
        .percent("capacity_percent", EntityRules::tr("The capacity utilisation"), e.capacityPercent)
        .optionalText("notes", EntityRules::tr("The notes"), e.notes, 4000)
        .result();
}

// ---- Issue

QStringList EntityTraits<Issue>::columns()
{
    return {QStringLiteral("enterprise_id"),
            QStringLiteral("visit_id"),
            QStringLiteral("category"),
            QStringLiteral("title"),
            QStringLiteral("description"),
            QStringLiteral("reported_on"),
            QStringLiteral("tier"),
            QStringLiteral("owner_unit_id"),
            QStringLiteral("owner_area_id"),
            QStringLiteral("owner_person_id"),
            QStringLiteral("due_on"),
            QStringLiteral("status"),
            QStringLiteral("resolution"),
            QStringLiteral("resolved_on"),
            QStringLiteral("satisfaction"),
            QStringLiteral("handoffs"),
            QStringLiteral("handoffs_since_progress")};
}

QVariantList EntityTraits<Issue>::values(const Issue& e)
{
    return {e.enterpriseId,
            nullable(e.visitId),
            e.category,
            e.title.trimmed(),
            text(e.description),
            e.reportedOn,
            code(e.tier),
            nullable(e.ownerUnitId),
            nullable(e.ownerAreaId),
            nullable(e.ownerPersonId),
            nullable(e.dueOn),
            code(e.status),
            text(e.resolution),
            nullable(e.resolvedOn),
            e.satisfaction ? code(*e.satisfaction) : QVariant(QMetaType::fromType<QString>()),
            e.handoffs,
            e.handoffsSinceProgress};
}

Issue EntityTraits<Issue>::read(RowReader& row)
{
    Issue e;
    e.id = row.id();
    e.enterpriseId = row.id();
    e.visitId = row.optionalId();
    e.category = row.text();
    e.title = row.text();
    e.description = row.text();
    e.reportedOn = row.date();
    e.tier = row.code<Tier>();
    e.ownerUnitId = row.optionalId();
    e.ownerAreaId = row.optionalId();
    e.ownerPersonId = row.optionalId();
    e.dueOn = row.date();
    e.status = row.code<IssueStatus>();
    e.resolution = row.text();
    e.resolvedOn = row.date();
    const QString satisfaction = row.text();
    if (!satisfaction.isEmpty())
        e.satisfaction = DomainText::fromCode<Satisfaction>(satisfaction);
    e.handoffs = row.integer();
    e.handoffsSinceProgress = row.integer();
    e.version = row.integer();
    return e;
}

Status EntityTraits<Issue>::validate(const Issue& e, const Database& db)
{
    auto category = db.scalar(QStringLiteral("SELECT 1 FROM issue_category WHERE code = ?"), {e.category});
    // A problem raised at a visit belongs to the enterprise visited.
    Result<QVariant> visitedEnterprise = QVariant();
    if (e.visitId)
        visitedEnterprise =
            db.scalar(QStringLiteral("SELECT enterprise_id FROM visit WHERE id = ?"), {*e.visitId});
    const bool isDone = e.status == IssueStatus::Resolved || e.status == IssueStatus::Verified;
    return FieldChecks(db)
        .reference("enterprise_id", EntityRules::tr("The enterprise"), "enterprise", e.enterpriseId)
        .reference("visit_id", EntityRules::tr("The visit"), "visit", e.visitId)
        .status("visit_id", toStatus(visitedEnterprise))
        .rule(!visitedEnterprise || visitedEnterprise->isNull() ||
                  visitedEnterprise->toLongLong() == e.enterpriseId,
              "visit_id", EntityRules::tr("The visit was to another enterprise."))
        .status("category", toStatus(category))
        .rule(category && !category->isNull(), "category",
              EntityRules::tr("“%1” is not a problem category.").arg(e.category.left(40)))
        .requiredText("title", EntityRules::tr("The problem's title"), e.title, 200)
        .optionalText("description", EntityRules::tr("The description"), e.description, 8000)
        .requiredDate("reported_on", EntityRules::tr("The date reported"), e.reportedOn)
        .optionalDate("due_on", EntityRules::tr("The due date"), e.dueOn)
        .notBefore("due_on", EntityRules::tr("The due date"), e.dueOn, EntityRules::tr("the date reported"),
                   e.reportedOn)
        .reference("owner_unit_id", EntityRules::tr("The lead department"), "unit", e.ownerUnitId)
        .reference("owner_area_id", EntityRules::tr("The owning area"), "area", e.ownerAreaId)
        .reference("owner_person_id", EntityRules::tr("The owner"), "person", e.ownerPersonId)
        .rule(!isDone || e.resolvedOn.isValid(), "resolved_on",
              EntityRules::tr("A resolved problem needs the date it was resolved."))
        .rule(isDone || e.resolvedOn.isNull(), "resolved_on",
              EntityRules::tr("Only a resolved problem has a resolution date."))
        .optionalDate("resolved_on", EntityRules::tr("The resolution date"), e.resolvedOn)
        .notBefore("resolved_on", EntityRules::tr("The resolution date"), e.resolvedOn,
                   EntityRules::tr("the date reported"), e.reportedOn)
        .optionalText("resolution", EntityRules::tr("The resolution"), e.resolution, 8000)
        .result();
}

// ---- IssueExtension

QStringList EntityTraits<IssueExtension>::columns()
{
    return {QStringLiteral("issue_id"),         QStringLiteral("previous_due_on"),
            QStringLiteral("requested_due_on"), QStringLiteral("reason"),
            QStringLiteral("requested_by"),     QStringLiteral("requested_at"),
            QStringLiteral("status"),           QStringLiteral("decided_by"),
            QStringLiteral("decided_at"),       QStringLiteral("decision_note")};
}

QVariantList EntityTraits<IssueExtension>::values(const IssueExtension& e)
{
    return {e.issueId,
            e.previousDueOn,
            e.requestedDueOn,
            e.reason.trimmed(),
            e.requestedBy,
            e.requestedAt.toUTC(),
            code(e.status),
            text(e.decidedBy),
            e.decidedAt.isValid() ? QVariant(e.decidedAt.toUTC())
                                  : QVariant(QMetaType::fromType<QDateTime>()),
            text(e.decisionNote)};
}

IssueExtension EntityTraits<IssueExtension>::read(RowReader& row)
{
    IssueExtension e;
    e.id = row.id();
    e.issueId = row.id();
    e.previousDueOn = row.date();
    e.requestedDueOn = row.date();
    e.reason = row.text();
    e.requestedBy = row.text();
    e.requestedAt = row.dateTime();
    e.status = row.code<ExtensionStatus>();
    e.decidedBy = row.text();
    e.decidedAt = row.dateTime();
    e.decisionNote = row.text();
    return e;
}

Status EntityTraits<IssueExtension>::validate(const IssueExtension& e, const Database& db)
{
    return FieldChecks(db)
        .reference("issue_id", EntityRules::tr("The problem"), "issue", e.issueId)
        .requiredDate("requested_due_on", EntityRules::tr("The requested due date"), e.requestedDueOn)
        .rule(!e.previousDueOn.isValid() || e.requestedDueOn > e.previousDueOn, "requested_due_on",
              EntityRules::tr("The requested due date %1 is not after the current due date %2.")
                  .arg(e.requestedDueOn.toString(Qt::ISODate), e.previousDueOn.toString(Qt::ISODate)))
        .requiredText("reason", EntityRules::tr("The reason for the extension"), e.reason, 2000)
        .optionalText("decision_note", EntityRules::tr("The decision note"), e.decisionNote, 2000)
        .result();
}

// ---- IssueEvent

QStringList EntityTraits<IssueEvent>::columns()
{
    return {QStringLiteral("issue_id"), QStringLiteral("kind"), QStringLiteral("actor"), QStringLiteral("at"),
            QStringLiteral("note")};
}

QVariantList EntityTraits<IssueEvent>::values(const IssueEvent& e)
{
    return {e.issueId, code(e.kind), e.actor, e.at.toUTC(), text(e.note)};
}

IssueEvent EntityTraits<IssueEvent>::read(RowReader& row)
{
    IssueEvent e;
    e.id = row.id();
    e.issueId = row.id();
    e.kind = row.code<IssueEventKind>();
    e.actor = row.text();
    e.at = row.dateTime();
    e.note = row.text();
    return e;
}

Status EntityTraits<IssueEvent>::validate(const IssueEvent& e, const Database& db)
{
    return FieldChecks(db)
        .reference("issue_id", EntityRules::tr("The problem"), "issue", e.issueId)
        .requiredText("actor", EntityRules::tr("Who acted"), e.actor, 50)
        .rule(e.at.isValid(), "at", EntityRules::tr("The time of the event is required."))
        .optionalText("note", EntityRules::tr("The note"), e.note, 4000)
        .result();
}

// ---- PermitRequest

QStringList EntityTraits<PermitRequest>::columns()
{
    return {QStringLiteral("kind"),        QStringLiteral("enterprise_id"), QStringLiteral("vehicle_plate"),
            QStringLiteral("driver_name"), QStringLiteral("driver_phone"),  QStringLiteral("route"),
            QStringLiteral("quantity"),    QStringLiteral("applied_on"),    QStringLiteral("granted_on"),
            QStringLiteral("valid_until")};
}

QVariantList EntityTraits<PermitRequest>::values(const PermitRequest& e)
{
    return {code(e.kind),
            e.enterpriseId,
            text(VehiclePlate::normalized(e.vehiclePlate)),
            text(e.driverName),
            text(e.driverPhone),
            text(e.route),
            e.quantity,
            e.appliedOn,
            nullable(e.grantedOn),
            nullable(e.validUntil)};
}

PermitRequest EntityTraits<PermitRequest>::read(RowReader& row)
{
    PermitRequest e;
    e.id = row.id();
    e.kind = row.code<PermitKind>();
    e.enterpriseId = row.id();
    e.vehiclePlate = row.text();
    e.driverName = row.text();
    e.driverPhone = row.text();
    e.route = row.text();
    e.quantity = row.integer();
    e.appliedOn = row.date();
    e.grantedOn = row.date();
    e.validUntil = row.date();
    return e;
}

Status EntityTraits<PermitRequest>::validate(const PermitRequest& e, const Database& db)
{
    const bool pass = e.kind == PermitKind::Pass;
    const QString plate = VehiclePlate::normalized(e.vehiclePlate);
    return FieldChecks(db)
        .reference("enterprise_id", EntityRules::tr("The enterprise"), "enterprise", e.enterpriseId)
        .rule(!pass || !e.vehiclePlate.trimmed().isEmpty(), "vehicle_plate",
              EntityRules::tr("A transport pass is issued for one vehicle: the plate number is required."))
        .optionalText("vehicle_plate", EntityRules::tr("The plate number"), e.vehiclePlate, 12)
        .status("vehicle_plate", plate.isEmpty() ? Status{} : VehiclePlate::validate(plate))
        .rule(!pass || e.quantity == 1, "quantity",
              EntityRules::tr("One vehicle, one pass: a pass request covers exactly one vehicle."))
        .range("quantity", EntityRules::tr("The quantity"), e.quantity, 1, 10000)
        .optionalText("driver_name", EntityRules::tr("The driver's name"), e.driverName, 50)
        .phone("driver_phone", EntityRules::tr("The driver's telephone number"), e.driverPhone)
        .optionalText("route", EntityRules::tr("The route"), e.route, 200)
        .requiredDate("applied_on", EntityRules::tr("The date applied"), e.appliedOn)
        .optionalDate("granted_on", EntityRules::tr("The date granted"), e.grantedOn)
        .notBefore("granted_on", EntityRules::tr("The date granted"), e.grantedOn,
                   EntityRules::tr("the date applied"), e.appliedOn)
        .optionalDate("valid_until", EntityRules::tr("The end of validity"), e.validUntil)
        .notBefore("valid_until", EntityRules::tr("The end of validity"), e.validUntil,
                   EntityRules::tr("the date granted"), e.grantedOn)
        .result();
}

// ---- SupplyLink

QStringList EntityTraits<SupplyLink>::columns()
{
    return {QStringLiteral("supplier_id"), QStringLiteral("customer_id"), QStringLiteral("product")};
}

QVariantList EntityTraits<SupplyLink>::values(const SupplyLink& e)
{
    return {e.supplierId, e.customerId, text(e.product)};
}

SupplyLink EntityTraits<SupplyLink>::read(RowReader& row)
{
    SupplyLink e;
    e.id = row.id();
    e.supplierId = row.id();
    e.customerId = row.id();
    e.product = row.text();
    return e;
}

Status EntityTraits<SupplyLink>::validate(const SupplyLink& e, const Database& db)
{
    auto duplicate = db.scalar(
        QStringLiteral("SELECT 1 FROM supply_link WHERE supplier_id = ? AND customer_id = ? AND id <> ?"),
        {e.supplierId, e.customerId, e.id});
    return FieldChecks(db)
        .reference("supplier_id", EntityRules::tr("The supplier"), "enterprise", e.supplierId)
        .reference("customer_id", EntityRules::tr("The customer"), "enterprise", e.customerId)
        .rule(e.supplierId != e.customerId, "customer_id",
              EntityRules::tr("An enterprise cannot supply itself."))
        .status("customer_id", toStatus(duplicate))
        .rule(!duplicate || duplicate->isNull(), "customer_id",
              EntityRules::tr("This supply link is already recorded."))
        .optionalText("product", EntityRules::tr("The product"), e.product, 200)
        .result();
}

// ---- StaffTransfer

QStringList EntityTraits<StaffTransfer>::columns()
{
    return {QStringLiteral("enterprise_id"), QStringLiteral("transferred_on"), QStringLiteral("people"),
            QStringLiteral("note")};
}

QVariantList EntityTraits<StaffTransfer>::values(const StaffTransfer& e)
{
    return {e.enterpriseId, e.transferredOn, e.people, text(e.note)};
}

StaffTransfer EntityTraits<StaffTransfer>::read(RowReader& row)
{
    StaffTransfer e;
    e.id = row.id();
    e.enterpriseId = row.id();
    e.transferredOn = row.date();
    e.people = row.integer();
    e.note = row.text();
    return e;
}

Status EntityTraits<StaffTransfer>::validate(const StaffTransfer& e, const Database& db)
{
    return FieldChecks(db)
        .reference("enterprise_id", EntityRules::tr("The enterprise"), "enterprise", e.enterpriseId)
        .requiredDate("transferred_on", EntityRules::tr("The date of the transfer"), e.transferredOn)
        .range("people", EntityRules::tr("The number of people transferred"), e.people, 1, 10000)
        .optionalText("note", EntityRules::tr("The note"), e.note, 2000)
        .result();
}

// ---- ProductionStatusChange

QStringList EntityTraits<ProductionStatusChange>::columns()
{
    return {QStringLiteral("enterprise_id"), QStringLiteral("changed_on"), QStringLiteral("status"),
            QStringLiteral("note")};
}

QVariantList EntityTraits<ProductionStatusChange>::values(const ProductionStatusChange& e)
{
    return {e.enterpriseId, e.changedOn, code(e.status), text(e.note)};
}

ProductionStatusChange EntityTraits<ProductionStatusChange>::read(RowReader& row)
{
    ProductionStatusChange e;
    e.id = row.id();
    e.enterpriseId = row.id();
    e.changedOn = row.date();
    e.status = row.code<ProductionStatus>();
    e.note = row.text();
    return e;
}

Status EntityTraits<ProductionStatusChange>::validate(const ProductionStatusChange& e, const Database& db)
{
    return FieldChecks(db)
        .reference("enterprise_id", EntityRules::tr("The enterprise"), "enterprise", e.enterpriseId)
        .requiredDate("changed_on", EntityRules::tr("The date of the change"), e.changedOn)
        .optionalText("note", EntityRules::tr("The note"), e.note, 2000)
        .result();
}

} // namespace liaison
