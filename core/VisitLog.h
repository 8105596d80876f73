#pragma once

#include "Entities.h"
#include "Error.h"
#include "IssueWorkflow.h"

#include <QCoreApplication>
#include <QList>

namespace liaison {

class Database;

// Records a visit (走访) with the problems raised during it, all or nothing: the visit, each problem
// with its deadline and timeline, and, when the visit saw the enterprise in another production
// status than it had, the change of status.
class VisitLog final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::VisitLog)

public:
    struct Recorded
    {
        Id visitId = 0;
        QList<Id> issueIds;
    };

    [[nodiscard]] static Result<Recorded> record(Database& db, IssueWorkflow& workflow, const Visit& visit,
                                                 const QList<IssueWorkflow::NewIssue>& problems);
};

} // namespace liaison
