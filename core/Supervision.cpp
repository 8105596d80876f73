#include "Supervision.h"

#include "WorkCalendar.h"

namespace liaison {

SupervisionState Supervision::assess(const Issue& issue, const QDate& asOf, const WorkCalendar& calendar)
{
    SupervisionState state;
    const bool closedByThen =
        (issue.status == IssueStatus::Resolved || issue.status == IssueStatus::Verified) &&
        issue.resolvedOn.isValid() && issue.resolvedOn <= asOf;
    if (!asOf.isValid() || issue.reportedOn > asOf || closedByThen)
        return state;
    if (!issue.dueOn.isValid()) {
        state.colour = SupervisionColour::Green;
        return state;
    }
    state.missingCalendarYears = calendar.missingYears(issue.reportedOn, std::max(issue.dueOn, asOf));
    if (asOf > issue.dueOn) {
        state.colour = SupervisionColour::Red;
        state.workdaysOverdue = calendar.workdaysBetween(issue.dueOn, asOf);
    } else {
        state.workdaysLeft = calendar.workdaysBetween(asOf, issue.dueOn);
        const int allowed = calendar.workdaysBetween(issue.reportedOn, issue.dueOn);
        const int used = calendar.workdaysBetween(issue.reportedOn, asOf);
        if (state.workdaysLeft <= 1)
            state.colour = SupervisionColour::Yellow;
        else if (allowed > 0 && used * 2 >= allowed)
            state.colour = SupervisionColour::Blue;
        else
            state.colour = SupervisionColour::Green;
    }
    state.flaggedForEscalation =
        issue.tier != Tier::Leader && (state.workdaysOverdue >= redDaysBeforeEscalation ||
                                       issue.handoffsSinceProgress >= handoffsBeforeEscalation);
    return state;
}

} // namespace liaison
