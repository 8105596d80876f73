#include "IssueBoardModel.h"

#include "Database.h"
#include "EntityTraits.h"
#include "security/Permissions.h"

#include <iterator>

namespace liaison {
namespace {

const char* const sortKeys[] = {"i.id",         "i.due_on",      "i.status", "i.tier",
                                "c.sort_order", "e.name_pinyin", "i.title",  "u.name",
                                "p.name",       "i.reported_on", "i.due_on", "i.due_on"};
static_assert(std::size(sortKeys) == IssueBoardModel::ColumnCount);

} // namespace

IssueBoardModel::IssueBoardModel(Database& db, WorkCalendar calendar, QObject* parent)
    : PagedRowsModel(DueColumn, Qt::AscendingOrder, parent), m_db(db), m_calendar(std::move(calendar))
{
    reload();
}

void IssueBoardModel::setFilter(const IssueBoardFilter& filter)
{
    m_filter = filter;
    reload();
}

void IssueBoardModel::setCalendar(const WorkCalendar& calendar)
{
    m_calendar = calendar;
    reload();
}

void IssueBoardModel::setAsOf(const QDate& asOf)
{
    if (!asOf.isValid())
        return;
    m_asOf = asOf;
    reload();
}

Id IssueBoardModel::issueId(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)].issue.id : 0;
}

Result<qint64> IssueBoardModel::countRows() const
{
    return IssueQuery(m_db, m_calendar, m_filter, m_asOf).count();
}

Result<int> IssueBoardModel::readPage(int offset, int limit)
{
    auto rows =
        IssueQuery(m_db, m_calendar, m_filter, m_asOf).fetch(orderBy(sortKeys, "i.id"), limit, offset);
    LIAISON_TRY(rows);
    m_page = std::move(*rows);
    return int(m_page.size());
}

int IssueBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueBoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case IssueIdRole: return row.issue.id;
    case VersionRole: return row.issue.version;
    case ColourRole: return int(row.state.colour);
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case IdColumn: return row.issue.id;
    case ColourColumn: {
        QString text = DomainText::label(row.state.colour);
        if (row.state.flaggedForEscalation)
            text += tr(" · escalate");
        return text;
    }
    case StatusColumn: return DomainText::label(row.issue.status);
    case TierColumn: return DomainText::label(row.issue.tier);
    case CategoryColumn: return row.category;
    case EnterpriseColumn: return row.enterprise;
    case TitleColumn: return row.issue.title;
    case LeadUnitColumn: return row.leadUnit;
    case OwnerColumn: return row.owner;
    case ReportedColumn: return row.issue.reportedOn.toString(Qt::ISODate);
    case DueColumn: {
        QString due = row.issue.dueOn.toString(Qt::ISODate);
        if (!row.state.missingCalendarYears.isEmpty())
            due += tr(" (no holiday schedule for %1)").arg(row.state.missingCalendarYears.front());
        return due;
    }
    case LeftColumn:
        if (row.state.colour == SupervisionColour::None)
            return QString();
        if (row.state.colour == SupervisionColour::Red)
            return tr("%n working day(s) late", nullptr, row.state.workdaysOverdue);
        return tr("%n working day(s)", nullptr, row.state.workdaysLeft);
    case ColumnCount: break;
    }
    return {};
}

QVariant IssueBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn: return tr("No.");
    case ColourColumn: return tr("Supervision");
    case StatusColumn: return tr("Status");
    case TierColumn: return tr("Tier");
    case CategoryColumn: return tr("Category");
    case EnterpriseColumn: return tr("Enterprise");
    case TitleColumn: return tr("Problem");
    case LeadUnitColumn: return tr("Lead unit");
    case OwnerColumn: return tr("Owner");
    case ReportedColumn: return tr("Reported");
    case DueColumn: return tr("Due");
    case LeftColumn: return tr("Time left");
    case ColumnCount: break;
    }
    return {};
}

} // namespace liaison
