#pragma once

#include "Entities.h"
#include "Error.h"
#include "Supervision.h"

#include <QDate>

#include <optional>
#include <vector>

namespace liaison {

class Database;
class WorkCalendar;

// What a list of problems is narrowed to; every criterion becomes SQL with bound values.
struct IssueFilter
{
    enum class Quick { All, Open, Overdue, Yellow, AwaitingVerification, FlaggedForEscalation };

    Quick quick = Quick::Open;
    std::optional<IssueStatus> status;
    std::optional<Tier> tier;
    QString category;
    OptionalId areaId;      // the enterprise's area
    QString areaName;       // the same, by the area's name (the command line)
    OptionalId ownerUnitId; // lead unit
    OptionalId ownerPersonId;
    QString ownerName; // the owner, by name (the command line)
    QString search;    // enterprise name or problem title
    // The supervision colour as of the day, as Supervision::assess gives it. Red and yellow are decided
    // by SQL alone (dates computed on the calendar first); blue and green need each problem's own
    // working days, so SQL narrows to those on time and the rest is decided row by row.
    std::optional<SupervisionColour> colour;
    // Only problems reported by the day; the command line without --as-of lists those dated later too
    // (a colour always needs the problem reported by the day).
    bool onlyReportedByThen = true;
};
using IssueBoardFilter = IssueFilter;

// A problem as lists show it: with the names they need, read in the same query, and its supervision
// state as of the day.
struct IssueRow
{
    Issue issue;
    QString category;
    QString enterprise;
    QString leadUnit;
    QString owner;
    QString ownerArea;
    SupervisionState state;
};
using IssueBoardRow = IssueRow;

// The one query of problems, used by the problem board, `liaisonctl issue list` and the briefing's
// lists: the filters, the "open", "overdue", "yellow" and "to escalate" rules and the colours are
// written here once, in SQL.
//
// Plans (EXPLAIN QUERY PLAN, province, SQLite): open problems come through issue_status_idx
// (status, due_on), overdue and yellow ones through its due_on range; a closed-by-then check uses
// issue_closed_idx (status, resolved_on); the names are primary-key lookups, one per row shown.
class IssueQuery final
{
public:
    IssueQuery(const Database& db, const WorkCalendar& calendar, IssueFilter filter, QDate asOf);

    // The WHERE clause (over issue i JOIN enterprise e) and its values.
    QString where(QVariantList& binds) const;
    [[nodiscard]] Result<qint64> count() const;
    // Rows in the order given (SQL over the joined names: i., e., c., u., p.), limit < 0 for all.
    [[nodiscard]] Result<std::vector<IssueRow>> fetch(const QString& orderBy, int limit = -1,
                                                      int offset = 0) const;

private:
    bool needsRowCheck() const;

    const Database& m_db;
    const WorkCalendar& m_calendar;
    IssueFilter m_filter;
    QDate m_asOf;
};

} // namespace liaison
