#include "IssueWorkflow.h"

#include "AuditLog.h"
#include "CalendarStore.h"
#include "Database.h"
#include "EntityTraits.h"
#include "FieldChecks.h"
#include "security/Permissions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace liaison {
namespace {

bool isOpen(IssueStatus status)
{
    return status != IssueStatus::Resolved && status != IssueStatus::Verified;
}

// The co-handling units as the audit log keeps them: a JSON list of unit ids.
QString unitList(const QList<Id>& units)
{
    QJsonArray array;
    for (const Id unit : units)
        array.append(double(unit));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Result<IssueWorkflow> IssueWorkflow::forDatabase(Database& db)
{
    auto calendar = CalendarStore::load(db);
    LIAISON_TRY(calendar);
    return IssueWorkflow(db, std::move(*calendar));
}

Status IssueWorkflow::reloadCalendar()
{
    auto calendar = CalendarStore::load(m_db);
    LIAISON_TRY(calendar);
    m_calendar = std::move(*calendar);
    return {};
}

bool IssueWorkflow::isLegal(IssueStatus from, IssueStatus to)
{
    switch (from) {
    case IssueStatus::New: return to == IssueStatus::Assigned;
    case IssueStatus::Assigned: return to == IssueStatus::InProgress;
    case IssueStatus::InProgress: return to == IssueStatus::Resolved;
    case IssueStatus::Resolved: return to == IssueStatus::Verified || to == IssueStatus::Reopened;
    case IssueStatus::Verified: return to == IssueStatus::Reopened;
    case IssueStatus::Reopened: return to == IssueStatus::Assigned || to == IssueStatus::InProgress;
    }
    return false;
}

QString IssueWorkflow::actionName(Action action)
{
    switch (action) {
    case Action::Assign: return tr("assign");
    case Action::Start: return tr("start work on");
    case Action::Escalate: return tr("escalate");
    case Action::Urge: return tr("urge");
    case Action::Extend: return tr("extend");
    case Action::Resolve: return tr("resolve");
    case Action::Verify: return tr("verify");
    case Action::Reopen: return tr("return");
    }
    return {};
}

QString IssueWorkflow::actor() const
{
    return m_db.actor().isEmpty() ? QStringLiteral("system") : m_db.actor();
}

Result<QDate> IssueWorkflow::dueDate(const QString& category, const QDate& reportedOn) const
{
    auto days = m_db.scalar(QStringLiteral("SELECT deadline_workdays FROM issue_category WHERE code = ?"),
                            {category});
    LIAISON_TRY(days);
    if (days->isNull()) {
        return std::unexpected(Error::validation(tr("“%1” is not a problem category.").arg(category.left(40)),
                                                 QStringLiteral("category")));
    }
    return m_calendar.addWorkdays(reportedOn, days->toInt());
}

Result<DutyAssignment> IssueWorkflow::dutyInForce(Id enterpriseId, const QDate& day) const
{
    auto found = Repository<DutyAssignment>(m_db).list(
        {QStringLiteral("enterprise_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"),
         {enterpriseId, day, day},
         QStringLiteral("valid_from DESC, id DESC"),
         1,
         0});
    LIAISON_TRY(found);
    if (found->isEmpty()) {
        return std::unexpected(Error::validation(tr("Enterprise %1 has no duty assignment in force on %2.")
                                                     .arg(enterpriseId)
                                                     .arg(day.toString(Qt::ISODate))));
    }
    return found->front();
}

Result<Issue> IssueWorkflow::load(Id issueId, std::optional<int> expectedVersion, Action action) const
{
    auto issue = Repository<Issue>(m_db).get(issueId);
    if (!issue) {
        if (issue.error().kind == Error::Kind::NotFound)
            return std::unexpected(Error::notFound(tr("There is no problem number %1.").arg(issueId)));
        return issue;
    }
    // Working on a problem is for its liaison (scoped) and the supervisors; steering it is for the
    // supervisors alone.
    const bool steering = action == Action::Assign || action == Action::Escalate || action == Action::Urge ||
                          action == Action::Verify || action == Action::Reopen;
    LIAISON_TRY(Permissions::requireForIssue(
        m_db, steering ? Permission::SuperviseIssues : Permission::WorkIssue, *issue));
    if (expectedVersion && *expectedVersion != issue->version) {
        return std::unexpected(
            Error::conflict(tr("Problem %1 was changed by someone else (version %2, you had %3); "
                               "look at it again before you act.")
                                .arg(issueId)
                                .arg(issue->version)
                                .arg(*expectedVersion)));
    }
    const IssueStatus status = issue->status;
    bool possible = false;
    switch (action) {
    case Action::Assign: possible = isLegal(status, IssueStatus::Assigned); break;
    case Action::Start: possible = isLegal(status, IssueStatus::InProgress); break;
    case Action::Resolve: possible = isLegal(status, IssueStatus::Resolved); break;
    case Action::Verify: possible = isLegal(status, IssueStatus::Verified); break;
    case Action::Reopen: possible = isLegal(status, IssueStatus::Reopened); break;
    case Action::Escalate:
    case Action::Urge:
    case Action::Extend: possible = isOpen(status); break;
    }
    if (!possible) {
        return std::unexpected(Error::validation(tr("Problem %1 is “%2”; it cannot %3 from that state.")
                                                     .arg(issueId)
                                                     .arg(DomainText::label(status), actionName(action)),
                                                 QStringLiteral("status")));
    }
    return issue;
}

Status IssueWorkflow::record(Id issueId, IssueEventKind kind, const QString& note)
{
    return toStatus(Repository<IssueEvent>(m_db).create(
        {0, issueId, kind, actor(), QDateTime::currentDateTimeUtc(), note}));
}

Result<Id> IssueWorkflow::add(const NewIssue& input)
{
    Issue issue;
    issue.enterpriseId = input.enterpriseId;
    issue.visitId = input.visitId;
    issue.category = input.category;
    issue.title = input.title;
    issue.description = input.description;
    issue.reportedOn = input.reportedOn;
    issue.tier = Tier::Area;
    issue.status = IssueStatus::New;
    LIAISON_TRY(FieldChecks(m_db)
                    .requiredDate("reported_on", tr("The date reported"), input.reportedOn)
                    .reference("enterprise_id", tr("The enterprise"), "enterprise", input.enterpriseId)
                    .result());
    auto due = dueDate(input.category, input.reportedOn);
    LIAISON_TRY(due);
    issue.dueOn = *due;

    // The area liaison person of the duty assignment owns a new problem; without an assignment the
    // problem waits at the enterprise's area for someone to take it.
    if (auto duty = dutyInForce(input.enterpriseId, input.reportedOn)) {
        issue.ownerAreaId = duty->areaId;
        issue.ownerPersonId = duty->areaPersonId;
    } else {
        auto enterprise = Repository<Enterprise>(m_db).get(input.enterpriseId);
        LIAISON_TRY(enterprise);
        issue.ownerAreaId = enterprise->areaId;
    }

    Id id = 0;
    LIAISON_TRY(m_db.transaction([&]() -> Status {
        auto created = Repository<Issue>(m_db).create(issue);
        LIAISON_TRY(created);
        id = *created;
        return record(id, IssueEventKind::Created, issue.title);
    }));
    return id;
}

Status IssueWorkflow::assign(Id issueId, std::optional<int> expectedVersion, Id leadUnitId,
                             const QList<Id>& coUnitIds, const QString& note)
{
    return m_db.transaction([&]() -> Status {
        auto issue = load(issueId, expectedVersion, Action::Assign);
        LIAISON_TRY(issue);
        FieldChecks checks(m_db);
        checks.reference("owner_unit_id", tr("The lead unit"), "unit", leadUnitId);
        for (const Id unit : coUnitIds) {
            checks.reference("co_unit_id", tr("A co-handling unit"), "unit", unit)
                .rule(unit != leadUnitId, "co_unit_id",
                      tr("The lead unit cannot also be a co-handling unit."));
        }
        LIAISON_TRY(checks.result());

        issue->ownerUnitId = leadUnitId;
        issue->status = IssueStatus::Assigned;
        ++issue->handoffs;
        ++issue->handoffsSinceProgress;
        LIAISON_TRY(Repository<Issue>(m_db).update(*issue));
        auto previousCoUnits = coUnits(issueId);
        LIAISON_TRY(previousCoUnits);
        LIAISON_TRY(m_db.run(QStringLiteral("DELETE FROM issue_co_unit WHERE issue_id = ?"), {issueId}));
        QStringList names;
        for (const Id unit : coUnitIds) {
            LIAISON_TRY(m_db.run(
                QStringLiteral("INSERT INTO issue_co_unit (issue_id, unit_id) SELECT ?, ? WHERE NOT EXISTS "
                               "(SELECT 1 FROM issue_co_unit WHERE issue_id = ? AND unit_id = ?)"),
                {issueId, unit, issueId, unit}));
        }
        auto currentCoUnits = coUnits(issueId);
        LIAISON_TRY(currentCoUnits);
        if (*currentCoUnits != *previousCoUnits) {
            LIAISON_TRY(AuditLog::record(m_db, "update", QStringLiteral("issue_co_unit"), issueId,
                                         unitList(*previousCoUnits), unitList(*currentCoUnits)));
        }
        auto lead = Repository<Unit>(m_db).get(leadUnitId);
        LIAISON_TRY(lead);
        for (const Id unit : coUnitIds)
            names << Repository<Unit>(m_db).get(unit).value_or(Unit{}).name;
        QString text = tr("Lead: %1").arg(lead->name);
        if (!names.isEmpty())
            text += tr("; co-handling: %1").arg(names.join(tr(", ")));
        if (!note.trimmed().isEmpty())
            text += tr(". %1").arg(note.trimmed());
        return record(issueId, IssueEventKind::Assigned, text);
    });
}

Status IssueWorkflow::start(Id issueId, std::optional<int> expectedVersion, const QString& note)
{
    return m_db.transaction([&]() -> Status {
        auto issue = load(issueId, expectedVersion, Action::Start);
        LIAISON_TRY(issue);
        issue->status = IssueStatus::InProgress;
        issue->handoffsSinceProgress = 0;
        LIAISON_TRY(Repository<Issue>(m_db).update(*issue));
        return record(issueId, IssueEventKind::Started, note.trimmed());
    });
}

Status IssueWorkflow::escalate(Id issueId, std::optional<int> expectedVersion, const QString& note)
{
    return m_db.transaction([&]() -> Status {
        auto issue = load(issueId, expectedVersion, Action::Escalate);
        LIAISON_TRY(issue);
        if (issue->tier == Tier::Leader) {
            return std::unexpected(Error::validation(
                tr("Problem %1 is already with the district leader; it cannot go higher.").arg(issueId),
                QStringLiteral("tier")));
        }
        auto duty = dutyInForce(issue->enterpriseId, QDate::currentDate());
        LIAISON_TRY(duty);
        QString to;
        if (issue->tier == Tier::Area) {
            issue->tier = Tier::Department;
            issue->ownerAreaId.reset();
            issue->ownerUnitId = duty->departmentId;
            issue->ownerPersonId = duty->departmentPersonId;
            to = Repository<Unit>(m_db).get(duty->departmentId).value_or(Unit{}).name;
        } else {
            issue->tier = Tier::Leader;
            issue->ownerPersonId = duty->leaderId;
        }
        if (issue->ownerPersonId)
            to += (to.isEmpty() ? QString() : QStringLiteral(" ")) +
                  Repository<Person>(m_db).get(*issue->ownerPersonId).value_or(Person{}).name;
        ++issue->handoffs;
        ++issue->handoffsSinceProgress;
        LIAISON_TRY(Repository<Issue>(m_db).update(*issue));
        QString text = tr("To %1: %2").arg(DomainText::label(issue->tier), to);
        if (!note.trimmed().isEmpty())
            text += tr(". %1").arg(note.trimmed());
        return record(issueId, IssueEventKind::Escalated, text);
    });
}

Status IssueWorkflow::urge(Id issueId, const QString& note)
{
    if (note.trimmed().isEmpty())
        return std::unexpected(
            Error::validation(tr("An urging note (督办意见) is required."), QStringLiteral("note")));
    return m_db.transaction([&]() -> Status {
        LIAISON_TRY(load(issueId, std::nullopt, Action::Urge));
        return record(issueId, IssueEventKind::Urged, note.trimmed());
    });
}

Result<Id> IssueWorkflow::requestExtension(Id issueId, const QDate& newDueOn, const QString& reason)
{
    Id id = 0;
    LIAISON_TRY(m_db.transaction([&]() -> Status {
        auto issue = load(issueId, std::nullopt, Action::Extend);
        LIAISON_TRY(issue);
        auto pending = m_db.scalar(
            QStringLiteral("SELECT id FROM issue_extension WHERE issue_id = ? AND status = 'pending'"),
            {issueId});
        LIAISON_TRY(pending);
        if (!pending->isNull()) {
            return std::unexpected(
                Error::validation(tr("Problem %1 already has extension request %2 waiting for a decision.")
                                      .arg(issueId)
                                      .arg(pending->toLongLong())));
        }
        IssueExtension extension;
        extension.issueId = issueId;
        extension.previousDueOn = issue->dueOn;
        extension.requestedDueOn = newDueOn;
        extension.reason = reason;
        extension.requestedBy = actor();
        extension.requestedAt = QDateTime::currentDateTimeUtc();
        if (issue->dueOn.isValid() && newDueOn.isValid() && newDueOn <= issue->dueOn) {
            return std::unexpected(Error::validation(
                tr("The new due date %1 is not later than the current due date %2.")
                    .arg(newDueOn.toString(Qt::ISODate), issue->dueOn.toString(Qt::ISODate)),
                QStringLiteral("requested_due_on")));
        }
        if (!issue->dueOn.isValid())
            extension.previousDueOn = issue->reportedOn;
        auto created = Repository<IssueExtension>(m_db).create(extension);
        LIAISON_TRY(created);
        id = *created;
        return record(issueId, IssueEventKind::ExtensionRequested,
                      tr("Until %1: %2").arg(newDueOn.toString(Qt::ISODate), reason.trimmed()));
    }));
    return id;
}

Status IssueWorkflow::decideExtension(Id extensionId, bool approve, const QString& note)
{
    if (note.trimmed().isEmpty())
        return std::unexpected(
            Error::validation(tr("A decision on an extension needs a reason."), QStringLiteral("note")));
    LIAISON_TRY(Permissions::require(m_db, Permission::SuperviseIssues));
    return m_db.transaction([&]() -> Status {
        Repository<IssueExtension> extensions(m_db);
        auto extension = extensions.get(extensionId);
        if (!extension)
            return std::unexpected(
                Error::notFound(tr("There is no extension request number %1.").arg(extensionId)));
        if (extension->status != ExtensionStatus::Pending) {
            return std::unexpected(Error::validation(tr("Extension request %1 was already decided (%2).")
                                                         .arg(extensionId)
                                                         .arg(DomainText::label(extension->status))));
        }
        auto issue = load(extension->issueId, std::nullopt, Action::Extend);
        LIAISON_TRY(issue);
        extension->status = approve ? ExtensionStatus::Approved : ExtensionStatus::Refused;
        extension->decidedBy = actor();
        extension->decidedAt = QDateTime::currentDateTimeUtc();
        extension->decisionNote = note.trimmed();
        LIAISON_TRY(extensions.update(*extension));
        if (approve) {
            issue->dueOn = extension->requestedDueOn;
            LIAISON_TRY(Repository<Issue>(m_db).update(*issue));
            return record(issue->id, IssueEventKind::ExtensionApproved,
                          tr("Due %1 instead of %2: %3")
                              .arg(extension->requestedDueOn.toString(Qt::ISODate),
                                   extension->previousDueOn.toString(Qt::ISODate), note.trimmed()));
        }
        return record(issue->id, IssueEventKind::ExtensionRefused, note.trimmed());
    });
}

Status IssueWorkflow::resolve(Id issueId, std::optional<int> expectedVersion, const QString& resolution,
                              const QDate& resolvedOn)
{
    if (resolution.trimmed().isEmpty()) {
        return std::unexpected(
            Error::validation(tr("Say how the problem was resolved: the resolution is required."),
                              QStringLiteral("resolution")));
    }
    // The day it was resolved is a day that has been: a date ahead would count the problem as closed
    // in figures not yet due (the problem board's shared date field once kept an extension's date).
    if (!resolvedOn.isValid())
        return std::unexpected(
            Error::validation(tr("Give the day the problem was resolved."), QStringLiteral("resolved_on")));
    if (resolvedOn > QDate::currentDate()) {
        return std::unexpected(
            Error::validation(tr("%1 is still to come: a problem is resolved today at the latest.")
                                  .arg(resolvedOn.toString(Qt::ISODate)),
                              QStringLiteral("resolved_on")));
    }
    return m_db.transaction([&]() -> Status {
        auto issue = load(issueId, expectedVersion, Action::Resolve);
        LIAISON_TRY(issue);
        if (resolvedOn < issue->reportedOn) {
            return std::unexpected(Error::validation(tr("%1 is before problem %2 was reported (%3).")
                                                         .arg(resolvedOn.toString(Qt::ISODate))
                                                         .arg(issueId)
                                                         .arg(issue->reportedOn.toString(Qt::ISODate)),
                                                     QStringLiteral("resolved_on")));
        }
        issue->status = IssueStatus::Resolved;
        issue->resolution = resolution.trimmed();
        issue->resolvedOn = resolvedOn;
        issue->handoffsSinceProgress = 0;
        LIAISON_TRY(Repository<Issue>(m_db).update(*issue));
        return record(issueId, IssueEventKind::Resolved, issue->resolution);
    });
}

Status IssueWorkflow::verify(Id issueId, std::optional<int> expectedVersion, Satisfaction satisfaction,
                             const QString& note)
{
    return m_db.transaction([&]() -> Status {
        auto issue = load(issueId, expectedVersion, Action::Verify);
        LIAISON_TRY(issue);
        issue->satisfaction = satisfaction;
        QString text = DomainText::label(satisfaction);
        if (!note.trimmed().isEmpty())
            text += tr(". %1").arg(note.trimmed());
        if (satisfaction == Satisfaction::Unsatisfied) {
            // An unsatisfied enterprise sends the problem back at once (不满意即退回).
            issue->status = IssueStatus::Reopened;
            issue->resolvedOn = {};
            LIAISON_TRY(Repository<Issue>(m_db).update(*issue));
            LIAISON_TRY(record(issueId, IssueEventKind::Verified, text));
            return record(issueId, IssueEventKind::Reopened,
                          tr("Returned because the enterprise is not satisfied."));
        }
        issue->status = IssueStatus::Verified;
        LIAISON_TRY(Repository<Issue>(m_db).update(*issue));
        return record(issueId, IssueEventKind::Verified, text);
    });
}

Status IssueWorkflow::reopen(Id issueId, std::optional<int> expectedVersion, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return std::unexpected(
            Error::validation(tr("Say why the problem is returned."), QStringLiteral("note")));
    return m_db.transaction([&]() -> Status {
        auto issue = load(issueId, expectedVersion, Action::Reopen);
        LIAISON_TRY(issue);
        issue->status = IssueStatus::Reopened;
        issue->resolvedOn = {};
        LIAISON_TRY(Repository<Issue>(m_db).update(*issue));
        return record(issueId, IssueEventKind::Reopened, reason.trimmed());
    });
}

Result<QList<Id>> IssueWorkflow::coUnits(Id issueId) const
{
    auto rows = m_db.run(
        QStringLiteral("SELECT unit_id FROM issue_co_unit WHERE issue_id = ? ORDER BY unit_id"), {issueId});
    LIAISON_TRY(rows);
    QList<Id> units;
    while (rows->next())
        units << rows->value(0).toLongLong();
    return units;
}

} // namespace liaison
