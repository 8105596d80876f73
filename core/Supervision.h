#pragma once

#include "DomainEnums.h"
#include "Entities.h"

#include <QDate>
#include <QList>

namespace liaison {

class WorkCalendar;

// Where a problem stands on the supervision ladder (督办) at the end of a day.
struct SupervisionState
{
    SupervisionColour colour = SupervisionColour::None;
    int workdaysLeft = 0;    // working days after the day up to the due date
    int workdaysOverdue = 0; // working days past the due date
    bool flaggedForEscalation = false;
    QList<int> missingCalendarYears; // the deadline counted weekends only in these years
};

// The ladder: green while on time, blue once half of the deadline's working days are used, yellow with
// one working day or less left, red when overdue. A problem red for two working days, or handed off
// twice without progress, is flagged for escalation to the district leader (提级).
class Supervision final
{
public:
    static SupervisionState assess(const Issue& issue, const QDate& asOf, const WorkCalendar& calendar);
    static constexpr int redDaysBeforeEscalation = 2;
    static constexpr int handoffsBeforeEscalation = 2;
};

} // namespace liaison
