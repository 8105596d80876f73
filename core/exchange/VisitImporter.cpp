#include "Database.h"
#include "IssueWorkflow.h"
#include "RecordImporter.h"
#include "VisitLog.h"

namespace liaison {
namespace {

using namespace Qt::StringLiterals;

// The visit log (走访台账). Each visit is recorded as the visit form records it, so a visit that saw
// the enterprise in another production status changes the enterprise's status too. The same visit
// (enterprise, day, visitors) is not recorded twice.
class VisitImporter final : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(liaison::VisitImporter)

public:
    enum Field {
        EnterpriseName,
        CreditCode,
        VisitedOn,
        Mode,
        Visitors,
        StatusSeen,
        StaffOnSite,
        StaffReturned,
        ClosedLoopStaff,
        Capacity,
        Notes
    };

    QList<ImportField> fields() const override
    {
        return enterpriseFields() +
               QList<ImportField>{
                   {u"visited_on"_s,
                    tr("Date of visit"),
                    {u"走访日期"_s, u"日期"_s, u"走访时间"_s, u"date"_s, u"Date of visit"_s},
                    true},
                   {u"mode"_s, tr("Mode"), {u"走访方式"_s, u"方式"_s, u"Mode"_s}},
                   {u"visitors"_s,
                    tr("Visitors"),
                    {u"走访人员"_s, u"走访人"_s, u"参加人员"_s, u"Visitors"_s},
                    true},
                   {u"status_seen"_s,
                    tr("Production status seen"),
                    {u"生产状态"_s, u"生产情况"_s, u"Production status"_s, u"Production status seen"_s}},
                   {u"staff_on_site"_s,
                    tr("Staff on site"),
                    {u"在岗人数"_s, u"在岗员工"_s, u"Staff on site"_s}},
                   {u"staff_returned"_s,
                    tr("Staff returned"),
                    {u"返岗人数"_s, u"返岗员工"_s, u"Staff returned"_s}},
                   {u"closed_loop_staff"_s,
                    tr("Staff in closed loop"),
                    {u"闭环人数"_s, u"闭环生产人数"_s, u"Staff in closed loop"_s}},
                   {u"capacity_percent"_s,
                    tr("Capacity used (%)"),
                    {u"产能利用率"_s, u"产能利用率(%)"_s, u"产能"_s, u"Capacity used (%)"_s}},
                   {u"notes"_s, tr("Notes"), {u"情况记录"_s, u"备注"_s, u"走访情况"_s, u"Notes"_s}},
               };
    }

    Status prepare(Database& db) override
    {
        m_db = &db;
        LIAISON_TRY(m_lookups.load(db));
        auto workflow = IssueWorkflow::forDatabase(db);
        LIAISON_TRY(workflow);
        m_workflow.emplace(std::move(*workflow));
        auto rows = db.run(u"SELECT enterprise_id, visited_on, visitors FROM visit"_s);
        LIAISON_TRY(rows);
        while (rows->next())
            m_recorded.insert(
                key(rows->value(0).toLongLong(), rows->value(1).toDate(), rows->value(2).toString()));
        return {};
    }

    Status importRow(ImportRow& row) override
    {
        Visit v;
        const auto enterprise = m_lookups.enterprise(row, CreditCode, EnterpriseName);
        const auto day = row.date(VisitedOn, true);
        const auto visitors = row.text(Visitors);
        if (!row.cell(Mode).isEmpty()) {
            if (const auto mode = row.choice<VisitMode>(Mode))
                v.mode = *mode;
        }
        if (enterprise)
            v.productionStatusSeen = m_lookups.enterpriseStatus(*enterprise);
        if (!row.cell(StatusSeen).isEmpty()) {
            if (const auto status = row.choice<ProductionStatus>(StatusSeen))
                v.productionStatusSeen = *status;
        }
        v.staffOnSite = row.count(StaffOnSite).value_or(0);
        v.staffReturned = row.count(StaffReturned).value_or(0);
        v.closedLoopStaff = row.count(ClosedLoopStaff).value_or(0);
        if (!row.cell(Capacity).isEmpty())
            v.capacityPercent = row.percent(Capacity);
        v.notes = row.cell(Notes);
        if (row.failed())
            return {};
        v.enterpriseId = *enterprise;
        v.visitedOn = *day;
        v.visitors = *visitors;

        const QString k = key(v.enterpriseId, v.visitedOn, v.visitors);
        if (m_recorded.contains(k)) {
            row.problem(VisitedOn, row.cell(VisitedOn), tr("this visit is already recorded"));
            return {};
        }
        if (const int first = m_lineOfKey.value(k); first > 0) {
            row.problem(VisitedOn, row.cell(VisitedOn), tr("the same visit as line %1").arg(first));
            return {};
        }
        m_lineOfKey.insert(k, row.line());

        static const QHash<QString, int> fieldOfColumn = {{u"visited_on"_s, VisitedOn},
                                                          {u"visitors"_s, Visitors},
                                                          {u"staff_on_site"_s, StaffOnSite},
                                                          {u"staff_returned"_s, StaffReturned},
                                                          {u"closed_loop_staff"_s, ClosedLoopStaff},
                                                          {u"capacity_percent"_s, Capacity},
                                                          {u"notes"_s, Notes}};
        if (const auto recorded = VisitLog::record(*m_db, *m_workflow, v, {}); !recorded)
            return row.refused(recorded.error(), fieldOfColumn);
        row.created();
        return {};
    }

private:
    static QString key(Id enterprise, const QDate& day, const QString& visitors)
    {
        return u"%1|%2|%3"_s.arg(enterprise).arg(day.toString(Qt::ISODate), visitors.trimmed());
    }

    Database* m_db = nullptr;
    ImportLookups m_lookups;
    std::optional<IssueWorkflow> m_workflow;
    QSet<QString> m_recorded;
    QHash<QString, int> m_lineOfKey;
};

} // namespace

std::unique_ptr<RecordImporter> makeVisitImporter()
{
    return std::make_unique<VisitImporter>();
}

} // namespace liaison
