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

// The issue's own columns in the order EntityTraits<Issue> reads them, then the names the board shows.
QString selectRows()
{
    QStringList columns;
    columns << QStringLiteral("i.id");
    for (const QString& column : EntityTraits<Issue>::columns())
        columns << QStringLiteral("i.") + column;
    columns << QStringLiteral("i.version") << QStringLiteral("c.name") << QStringLiteral("e.name")
            << QStringLiteral("u.name") << QStringLiteral("p.name");
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM issue i JOIN enterprise e ON e.id = i.enterprise_id "
                          "JOIN issue_category c ON c.code = i.category "
                          "LEFT JOIN unit u ON u.id = i.owner_unit_id "
                          "LEFT JOIN person p ON p.id = i.owner_person_id");
}

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

QString IssueBoardModel::whereClause(QVariantList& binds) const
{
    QStringList conditions = {QStringLiteral("i.reported_on <= ?")};
    binds << m_asOf;
    const QString open = QStringLiteral("i.status NOT IN ('resolved', 'verified')");
    switch (m_filter.quick) {
    case IssueBoardFilter::Quick::All: break;
    case IssueBoardFilter::Quick::Open: conditions << open; break;
    case IssueBoardFilter::Quick::Overdue:
        conditions << open << QStringLiteral("i.due_on < ?");
        binds << m_asOf;
        break;
    case IssueBoardFilter::Quick::Yellow:
        conditions << open << QStringLiteral("i.due_on >= ? AND i.due_on <= ?");
        binds << m_asOf << m_calendar.addWorkdays(m_asOf, 1);
        break;
    case IssueBoardFilter::Quick::AwaitingVerification:
        conditions << QStringLiteral("i.status = 'resolved'");
        break;
    case IssueBoardFilter::Quick::FlaggedForEscalation: {
        // Red for two working days or more: due on or before the latest day that is that far behind.
        QDate latest = m_asOf.addDays(-1);
        while (m_calendar.workdaysBetween(latest, m_asOf) < Supervision::redDaysBeforeEscalation)
            latest = latest.addDays(-1);
        conditions << open << QStringLiteral("i.tier <> 'leader'")
                   << QStringLiteral("(i.due_on <= ? OR i.handoffs_since_progress >= ?)");
        binds << latest << Supervision::handoffsBeforeEscalation;
        break;
    }
    }
    if (m_filter.status) {
        conditions << QStringLiteral("i.status = ?");
        binds << DomainText::code(*m_filter.status);
    }
    if (m_filter.tier) {
        conditions << QStringLiteral("i.tier = ?");
        binds << DomainText::code(*m_filter.tier);
    }
    if (!m_filter.category.isEmpty()) {
        conditions << QStringLiteral("i.category = ?");
        binds << m_filter.category;
    }
    if (m_filter.areaId) {
        conditions << QStringLiteral("e.area_id = ?");
        binds << *m_filter.areaId;
    }
    if (m_filter.ownerUnitId) {
        conditions << QStringLiteral("i.owner_unit_id = ?");
        binds << *m_filter.ownerUnitId;
    }
    if (m_filter.ownerPersonId) {
        conditions << QStringLiteral("i.owner_person_id = ?");
        binds << *m_filter.ownerPersonId;
    }
    const QString term = m_filter.search.trimmed().left(100);
    if (!term.isEmpty()) {
        conditions << QStringLiteral("(e.name LIKE ? ESCAPE '\\' OR i.title LIKE ? ESCAPE '\\')");
        const QString pattern = containsPattern(term);
        binds << pattern << pattern;
    }
    return conditions.join(QStringLiteral(" AND "));
}

Result<qint64> IssueBoardModel::countRows() const
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QVariantList binds;
    const QString where = whereClause(binds);
    auto total = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM issue i JOIN enterprise e ON e.id = i.enterprise_id WHERE ") +
            where,
        binds);
    LIAISON_TRY(total);
    return total->toLongLong();
}

Result<int> IssueBoardModel::readPage(int offset, int limit)
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QVariantList binds;
    const QString where = whereClause(binds);
    const QString order = orderBy(sortKeys, "i.id");
    auto rows =
        m_db.run(selectRows() + QStringLiteral(" WHERE ") + where +
                     QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3").arg(order).arg(limit).arg(offset),
                 binds);
    if (!rows)
        return std::unexpected(rows.error());
    m_page.clear();
    while (rows->next()) {
        RowReader reader(*rows);
        Row row;
        row.issue = EntityTraits<Issue>::read(reader);
        row.category = reader.text();
        row.enterprise = reader.text();
        row.leadUnit = reader.text();
        row.owner = reader.text();
        row.state = Supervision::assess(row.issue, m_asOf, m_calendar);
        m_page.push_back(std::move(row));
    }
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
