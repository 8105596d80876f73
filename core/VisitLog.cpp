#include "VisitLog.h"

#include "Database.h"
#include "EntityTraits.h"

namespace liaison {

Result<VisitLog::Recorded> VisitLog::record(Database& db, IssueWorkflow& workflow, const Visit& visit,
                                            const QList<IssueWorkflow::NewIssue>& problems)
{
    Recorded recorded;
    LIAISON_TRY(db.transaction([&]() -> Status {
        auto visitId = Repository<Visit>(db).create(visit);
        LIAISON_TRY(visitId);
        recorded.visitId = *visitId;

        for (qsizetype i = 0; i < problems.size(); ++i) {
            IssueWorkflow::NewIssue problem = problems.at(i);
            problem.enterpriseId = visit.enterpriseId;
            problem.visitId = *visitId;
            problem.reportedOn = visit.visitedOn;
            auto issueId = workflow.add(problem);
            if (!issueId) {
                Error error = issueId.error();
                error.message = tr("Problem %1: %2").arg(i + 1).arg(error.message);
                return std::unexpected(error);
            }
            recorded.issueIds << *issueId;
        }

        // The enterprise's status follows what the latest visit saw.
        auto latest = db.scalar(
            QStringLiteral("SELECT MAX(changed_on) FROM production_status_change WHERE enterprise_id = ?"),
            {visit.enterpriseId});
        LIAISON_TRY(latest);
        const QDate lastChange = latest->toDate();
        if (lastChange.isValid() && visit.visitedOn < lastChange)
            return {};
        Repository<Enterprise> enterprises(db);
        auto enterprise = enterprises.get(visit.enterpriseId);
        LIAISON_TRY(enterprise);
        if (enterprise->productionStatus == visit.productionStatusSeen)
            return {};
        LIAISON_TRY(Repository<ProductionStatusChange>(db).create({0, visit.enterpriseId, visit.visitedOn,
                                                                   visit.productionStatusSeen,
                                                                   tr("Seen at visit %1").arg(*visitId)}));
        enterprise->productionStatus = visit.productionStatusSeen;
        return enterprises.update(*enterprise);
    }));
    return recorded;
}

} // namespace liaison
