#include "Database.h"
#include "IssueWorkflow.h"
#include "RecordImporter.h"

namespace liaison {
namespace {

using namespace Qt::StringLiterals;

// The problem ledger (问题台账). Each problem is registered as the problem form registers it, with its
// working-day deadline and its owner from the duty scheme. A row that names a lead department is
// assigned to it; a row with a resolution date is also taken through to resolved, so a ledger of
// settled problems keeps its figures. Every step is on the problem's timeline.
class IssueImporter final : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(liaison::IssueImporter)

public:
    enum Field {
        EnterpriseName,
        CreditCode,
        Category,
        Title,
        Description,
        ReportedOn,
        LeadUnit,
        Resolution,
        ResolvedOn
    };

    QList<ImportField> fields() const override
    {
        return enterpriseFields() +
               QList<ImportField>{
                   {u"category"_s,
                    tr("Category"),
                    {u"问题类别"_s, u"问题类型"_s, u"类别"_s, u"诉求类别"_s, u"Category"_s},
                    true},
                   {u"title"_s,
                    tr("Problem"),
                    {u"问题"_s, u"问题名称"_s, u"诉求"_s, u"反映问题"_s, u"主要问题"_s, u"Problem"_s},
                    true},
                   {u"description"_s,
                    tr("Description"),
                    {u"问题描述"_s, u"具体情况"_s, u"详细情况"_s, u"Description"_s}},
                   {u"reported_on"_s,
                    tr("Reported on"),
                    {u"反映日期"_s, u"提出日期"_s, u"登记日期"_s, u"日期"_s, u"Reported on"_s},
                    true},
                   {u"lead_unit"_s,
                    tr("Lead department"),
                    {u"牵头单位"_s, u"牵头部门"_s, u"责任单位"_s, u"主办单位"_s, u"Lead department"_s}},
                   {u"resolution"_s,
                    tr("Resolution"),
                    {u"办理结果"_s, u"办理情况"_s, u"解决情况"_s, u"Resolution"_s}},
                   {u"resolved_on"_s,
                    tr("Resolved on"),
                    {u"办结日期"_s, u"解决日期"_s, u"办结时间"_s, u"Resolved on"_s}},
               };
    }

    Status prepare(Database& db) override
    {
        m_db = &db;
        LIAISON_TRY(m_lookups.load(db));
        auto workflow = IssueWorkflow::forDatabase(db);
        LIAISON_TRY(workflow);
        m_workflow.emplace(std::move(*workflow));
        auto rows = db.run(u"SELECT enterprise_id, title, reported_on FROM issue"_s);
        LIAISON_TRY(rows);
        while (rows->next())
            m_recorded.insert(
                key(rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toDate()));
        return {};
    }

    Status importRow(ImportRow& row) override
    {
        IssueWorkflow::NewIssue issue;
        const auto enterprise = m_lookups.enterprise(row, CreditCode, EnterpriseName);
        const auto category = m_lookups.category(row, Category);
        const auto title = row.text(Title);
        const auto reported = row.date(ReportedOn, true);
        const auto leadUnit = m_lookups.unit(row, LeadUnit, false);
        const auto resolved = row.date(ResolvedOn, false);
        if (resolved && !row.has(LeadUnit))
            row.problem(ResolvedOn, row.cell(ResolvedOn), tr("a resolved problem needs its lead department"));
        else if (resolved && row.cell(LeadUnit).isEmpty())
            row.problem(LeadUnit, QString(), tr("a resolved problem needs its lead department"));
        if (resolved && row.cell(Resolution).isEmpty())
            row.problem(Resolution, QString(), tr("a resolved problem needs its resolution"));
        if (row.failed())
            return {};
        issue.enterpriseId = *enterprise;
        issue.category = *category;
        issue.title = title->simplified(); // a title broken over lines in its cell is one line
        issue.description = row.cell(Description);
        issue.reportedOn = *reported;

        const QString k = key(issue.enterpriseId, issue.title, issue.reportedOn);
        if (m_recorded.contains(k)) {
            row.problem(Title, issue.title,
                        tr("this problem of this enterprise is already registered for that day"));
            return {};
        }
        if (const int first = m_lineOfKey.value(k); first > 0) {
            row.problem(Title, issue.title, tr("the same problem as line %1").arg(first));
            return {};
        }
        m_lineOfKey.insert(k, row.line());

        static const QHash<QString, int> fieldOfColumn = {
            {u"category"_s, Category},       {u"title"_s, Title},
            {u"description"_s, Description}, {u"reported_on"_s, ReportedOn},
            {u"owner_unit_id"_s, LeadUnit},  {u"resolution"_s, Resolution},
            {u"resolved_on"_s, ResolvedOn}};
        const auto id = m_workflow->add(issue);
        if (!id)
            return row.refused(id.error(), fieldOfColumn);
        row.created();
        const QString note = tr("From an imported ledger");
        if (leadUnit) {
            if (const Status assigned = m_workflow->assign(*id, std::nullopt, *leadUnit, {}, note); !assigned)
                return row.refused(assigned.error(), fieldOfColumn);
        }
        if (resolved) {
            if (const Status started = m_workflow->start(*id, std::nullopt, note); !started)
                return row.refused(started.error(), fieldOfColumn);
            if (const Status done = m_workflow->resolve(*id, std::nullopt, row.cell(Resolution), *resolved);
                !done)
                return row.refused(done.error(), fieldOfColumn);
        }
        return {};
    }

private:
    static QString key(Id enterprise, const QString& title, const QDate& day)
    {
        return u"%1|%2|%3"_s.arg(enterprise).arg(title.trimmed(), day.toString(Qt::ISODate));
    }

    Database* m_db = nullptr;
    ImportLookups m_lookups;
    std::optional<IssueWorkflow> m_workflow;
    QSet<QString> m_recorded;
    QHash<QString, int> m_lineOfKey;
};

} // namespace

std::unique_ptr<RecordImporter> makeIssueImporter()
{
    return std::make_unique<IssueImporter>();
}

} // namespace liaison
