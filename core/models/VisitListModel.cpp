#include "VisitListModel.h"

#include "Database.h"
#include "EntityTraits.h"
#include "Pinyin.h"
#include "security/Permissions.h"

#include <QLocale>

#include <iterator>

namespace liaison {
namespace {

const char* const sortKeys[] = {
    "v.visited_on",    "e.name_pinyin",      "a.name",   "v.mode", "v.visitors", "v.production_status_seen",
    "v.staff_on_site", "v.capacity_percent", "problems", "v.notes"};
static_assert(std::size(sortKeys) == VisitListModel::ColumnCount);

// The visits' columns with their enterprise and area; visits is the table or a subquery over it.
QString selectRows(const QString& visits = QStringLiteral("visit"))
{
    QStringList columns = {QStringLiteral("v.id")};
    for (const QString& column : EntityTraits<Visit>::columns())
        columns << QStringLiteral("v.") + column;
    columns << QStringLiteral("e.name") << QStringLiteral("a.name")
            << QStringLiteral("(SELECT COUNT(*) FROM issue i WHERE i.visit_id = v.id) AS problems");
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
           QStringLiteral(
               " FROM %1 v JOIN enterprise e ON e.id = v.enterprise_id JOIN area a ON a.id = e.area_id")
               .arg(visits);
}

} // namespace

VisitListModel::VisitListModel(Database& db, QObject* parent)
    : PagedRowsModel(DateColumn, Qt::DescendingOrder, parent), m_db(db)
{
    reload();
}

void VisitListModel::setFilter(const VisitFilter& filter)
{
    m_filter = filter;
    reload();
}

QString VisitListModel::whereClause(QVariantList& binds) const
{
    QStringList conditions;
    const QString enterprise = m_filter.enterprise.trimmed().left(100);
    if (!enterprise.isEmpty()) {
        const QString latin = Pinyin::normalizeQuery(enterprise);
        conditions << QStringLiteral("(e.name LIKE ? ESCAPE '\\' OR e.name_pinyin LIKE ? ESCAPE '\\' OR "
                                     "e.name_initials LIKE ? ESCAPE '\\')");
        binds << containsPattern(enterprise) << containsPattern(latin.isEmpty() ? enterprise : latin)
              << containsPattern(latin.isEmpty() ? enterprise : latin);
    }
    if (m_filter.areaId) {
        conditions << QStringLiteral("e.area_id = ?");
        binds << *m_filter.areaId;
    }
    const QString visitor = m_filter.visitor.trimmed().left(50);
    if (!visitor.isEmpty()) {
        conditions << QStringLiteral("v.visitors LIKE ? ESCAPE '\\'");
        binds << containsPattern(visitor);
    }
    if (m_filter.from.isValid()) {
        conditions << QStringLiteral("v.visited_on >= ?");
        binds << m_filter.from;
    }
    if (m_filter.to.isValid()) {
        conditions << QStringLiteral("v.visited_on <= ?");
        binds << m_filter.to;
    }
    if (m_filter.mode) {
        conditions << QStringLiteral("v.mode = ?");
        binds << DomainText::code(*m_filter.mode);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool VisitListModel::filtersEnterprises() const
{
    return !m_filter.enterprise.trimmed().isEmpty() || m_filter.areaId.has_value();
}

Result<qint64> VisitListModel::countRows() const
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QVariantList binds;
    const QString where = whereClause(binds);
    // Without a filter on the enterprise the count needs the visits alone (a province has two million).
    auto total =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM visit v") +
                        (filtersEnterprises() ? QStringLiteral(" JOIN enterprise e ON e.id = v.enterprise_id")
                                              : QString()) +
                        where,
                    binds);
    LIAISON_TRY(total);
    return total->toLongLong();
}

Result<int> VisitListModel::readPage(int offset, int limit)
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QVariantList binds;
    const QString where = whereClause(binds);
    const QString order = orderBy(sortKeys, "v.id DESC");
    const QString page = QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3").arg(order).arg(limit).arg(offset);
    // Sorted by a visit's own column and not filtered by its enterprise, the page of visits is picked
    // first (visit_date_idx read backwards, EXPLAIN QUERY PLAN: no temporary B-tree) and joined after;
    // otherwise the planner starts from the areas and sorts every visit of the province.
    const bool visitsFirst = !filtersEnterprises() && order.startsWith(QLatin1StringView("v."));
    auto rows = visitsFirst ? m_db.run(selectRows(QStringLiteral("(SELECT * FROM visit v") + where + page +
                                                  QLatin1Char(')')) +
                                           QStringLiteral(" ORDER BY %1").arg(order),
                                       binds)
                            : m_db.run(selectRows() + where + page, binds);
    if (!rows)
        return std::unexpected(rows.error());
    m_page.clear();
    while (rows->next()) {
        RowReader reader(*rows);
        Row row;
        row.visit = EntityTraits<Visit>::read(reader);
        row.enterprise = reader.text();
        row.area = reader.text();
        row.problems = reader.integer();
        m_page.push_back(std::move(row));
    }
    return int(m_page.size());
}

int VisitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const Visit& v = row.visit;
    switch (Column(index.column())) {
    case DateColumn: return v.visitedOn.toString(Qt::ISODate);
    case EnterpriseColumn: return row.enterprise;
    case AreaColumn: return row.area;
    case ModeColumn: return DomainText::label(v.mode);
    case VisitorsColumn: return v.visitors;
    case StatusColumn: return DomainText::label(v.productionStatusSeen);
    case StaffColumn: return v.staffOnSite;
    case CapacityColumn:
        return v.capacityPercent ? QLocale().toString(*v.capacityPercent, 'f', 0) + QLatin1Char('%')
                                 : QString();
    case ProblemsColumn: return row.problems;
    case NotesColumn: return v.notes;
    case ColumnCount: break;
    }
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn: return tr("Date");
    case EnterpriseColumn: return tr("Enterprise");
    case AreaColumn: return tr("Town/street/park");
    case ModeColumn: return tr("Mode");
    case VisitorsColumn: return tr("Who went");
    case StatusColumn: return tr("Production seen");
    case StaffColumn: return tr("Staff on site");
    case CapacityColumn: return tr("Capacity");
    case ProblemsColumn: return tr("Problems raised");
    case NotesColumn: return tr("Notes");
    case ColumnCount: break;
    }
    return {};
}

} // namespace liaison
