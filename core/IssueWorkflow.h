#pragma once

#include "Entities.h"
#include "Error.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace liaison {

class Database;

// The life of a problem (问题/诉求): registration with its working-day deadline, hand-offs between
// the three tiers, supervision, extensions, resolution, the follow-up visit and returns. Every action
// checks the state it starts from, writes the problem and its timeline entry in one transaction, and
// refuses to work from a stale copy (expectedVersion) with a conflict.
class IssueWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::IssueWorkflow)

public:
    struct NewIssue
    {
        Id enterpriseId = 0;
        OptionalId visitId;
        QString category;
        QString title;
        QString description;
        QDate reportedOn;
    };

    IssueWorkflow(Database& db, WorkCalendar calendar) : m_db(db), m_calendar(std::move(calendar)) {}
    // The workflow with the calendar in force for this database (shipped schedules and corrections).
    [[nodiscard]] static Result<IssueWorkflow> forDatabase(Database& db);

    const WorkCalendar& calendar() const { return m_calendar; }
    // Reads the calendar in force again, after an administrator corrected a year.
    [[nodiscard]] Status reloadCalendar();
    // Whether the lifecycle graph has an edge from one status to another.
    static bool isLegal(IssueStatus from, IssueStatus to);
    // The due date of a problem of this category reported on that day.
    [[nodiscard]] Result<QDate> dueDate(const QString& category, const QDate& reportedOn) const;

    [[nodiscard]] Result<Id> add(const NewIssue& issue);
    [[nodiscard]] Status assign(Id issueId, std::optional<int> expectedVersion, Id leadUnitId,
                                const QList<Id>& coUnitIds, const QString& note);
    [[nodiscard]] Status start(Id issueId, std::optional<int> expectedVersion, const QString& note);
    [[nodiscard]] Status escalate(Id issueId, std::optional<int> expectedVersion, const QString& note);
    [[nodiscard]] Status urge(Id issueId, const QString& note);
    [[nodiscard]] Result<Id> requestExtension(Id issueId, const QDate& newDueOn, const QString& reason);
    [[nodiscard]] Status decideExtension(Id extensionId, bool approve, const QString& note);
    [[nodiscard]] Status resolve(Id issueId, std::optional<int> expectedVersion, const QString& resolution,
                                 const QDate& resolvedOn);
    [[nodiscard]] Status verify(Id issueId, std::optional<int> expectedVersion, Satisfaction satisfaction,
                                const QString& note);
    [[nodiscard]] Status reopen(Id issueId, std::optional<int> expectedVersion, const QString& reason);

    [[nodiscard]] Result<QList<Id>> coUnits(Id issueId) const;

private:
    enum class Action { Assign, Start, Escalate, Urge, Extend, Resolve, Verify, Reopen };
    static QString actionName(Action action);

    // Loads the problem for an action: it exists, the caller's copy is current, and the action is
    // possible from its status.
    Result<Issue> load(Id issueId, std::optional<int> expectedVersion, Action action) const;
    Status record(Id issueId, IssueEventKind kind, const QString& note);
    Result<DutyAssignment> dutyInForce(Id enterpriseId, const QDate& day) const;
    QString actor() const;

    Database& m_db;
    WorkCalendar m_calendar;
};

} // namespace liaison
