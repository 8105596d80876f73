#include "EnterpriseTableModel.h"

#include "Database.h"
#include "security/Permissions.h"

#include <iterator>

namespace liaison {
namespace {

// SQL expressions the columns sort by; the id breaks ties so that paging is stable.
const char* const sortKeys[] = {
    "e.name_pinyin", "e.credit_code", "e.industry", "a.name",  "e.scale", "e.production_status",
    "b.number",      "lp.name",       "du.name",    "dp.name", "ap.name", "last_visit",
    "open_problems"};
static_assert(std::size(sortKeys) == EnterpriseTableModel::ColumnCount);

// The register's rows: the enterprise, its area and batch, the people of its current duty assignment,
// its latest visit and its open problems.
const char* const selectRows = R"(
    SELECT e.id, e.name, e.credit_code, e.industry, a.name, e.scale, e.production_status, b.number,
           lp.name, du.name, dp.name, ap.name,
           (SELECT MAX(v.visited_on) FROM visit v WHERE v.enterprise_id = e.id) AS last_visit,
           (SELECT COUNT(*) FROM issue i WHERE i.enterprise_id = e.id
                AND i.status NOT IN ('resolved', 'verified')) AS open_problems
    FROM enterprise e
    JOIN area a ON a.id = e.area_id
    LEFT JOIN whitelist_batch b ON b.id = e.whitelist_batch_id
    LEFT JOIN duty_assignment d ON d.id = (SELECT MAX(d2.id) FROM duty_assignment d2
                                           WHERE d2.enterprise_id = e.id AND d2.valid_to IS NULL)
    LEFT JOIN person lp ON lp.id = d.leader_id
    LEFT JOIN unit du ON du.id = d.department_id
    LEFT JOIN person dp ON dp.id = d.department_person_id
    LEFT JOIN person ap ON ap.id = d.area_person_id)";

} // namespace

EnterpriseTableModel::EnterpriseTableModel(Database& db, QObject* parent)
    : PagedRowsModel(NameColumn, Qt::AscendingOrder, parent), m_db(db)
{
    reload();
}

void EnterpriseTableModel::setFilter(const EnterpriseFilter& filter)
{
    m_filter = filter;
    reload();
}

Id EnterpriseTableModel::enterpriseId(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)].id : 0;
}

Result<qint64> EnterpriseTableModel::countRows() const
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QVariantList binds;
    const QString where = m_filter.whereClause(binds);
    auto total = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise e") +
                                 (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                             binds);
    LIAISON_TRY(total);
    return total->toLongLong();
}

Result<int> EnterpriseTableModel::readPage(int offset, int limit)
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QVariantList binds;
    const QString where = m_filter.whereClause(binds);
    const QString order = orderBy(sortKeys, "e.id");
    auto rows = m_db.run(
        QString::fromLatin1(selectRows) + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
            QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3").arg(order).arg(limit).arg(offset),
        binds);
    if (!rows)
        return std::unexpected(rows.error());
    m_page.clear();
    while (rows->next()) {
        Row row;
        row.id = rows->value(0).toLongLong();
        row.name = rows->value(1).toString();
        row.creditCode = rows->value(2).toString();
        row.industry = rows->value(3).toString();
        row.area = rows->value(4).toString();
        row.scale =
            DomainText::fromCode<EnterpriseScale>(rows->value(5).toString()).value_or(EnterpriseScale::Other);
        row.status = DomainText::fromCode<ProductionStatus>(rows->value(6).toString())
                         .value_or(ProductionStatus::Normal);
        row.whitelistBatch = rows->value(7).toInt();
        row.leader = rows->value(8).toString();
        row.department = rows->value(9).toString();
        row.departmentPerson = rows->value(10).toString();
        row.areaPerson = rows->value(11).toString();
        row.lastVisit = rows->value(12).toDate();
        row.openProblems = rows->value(13).toInt();
        m_page.push_back(std::move(row));
    }
    return int(m_page.size());
}

int EnterpriseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnterpriseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    if (role == Qt::UserRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return row.name;
    case CreditCodeColumn: return row.creditCode;
    case IndustryColumn: return row.industry;
    case AreaColumn: return row.area;
    case ScaleColumn: return DomainText::label(row.scale);
    case ProductionStatusColumn: return DomainText::label(row.status);
    case WhitelistColumn: return row.whitelistBatch > 0 ? tr("Batch %1").arg(row.whitelistBatch) : QString();
    case LeaderColumn: return row.leader;
    case DepartmentColumn: return row.department;
    case DepartmentPersonColumn: return row.departmentPerson;
    case AreaPersonColumn: return row.areaPerson;
    case LastVisitColumn: return row.lastVisit.isValid() ? row.lastVisit.toString(Qt::ISODate) : QString();
    case OpenProblemsColumn: return row.openProblems;
    case ColumnCount: break;
    }
    return {};
}

QVariant EnterpriseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Enterprise");
    case CreditCodeColumn: return tr("Credit code");
    case IndustryColumn: return tr("Industry");
    case AreaColumn: return tr("Town/street/park");
    case ScaleColumn: return tr("Scale");
    case ProductionStatusColumn: return tr("Production");
    case WhitelistColumn: return tr("White-list");
    case LeaderColumn: return tr("District leader");
    case DepartmentColumn: return tr("District department");
    case DepartmentPersonColumn: return tr("Department liaison");
    case AreaPersonColumn: return tr("Area liaison");
    case LastVisitColumn: return tr("Last visit");
    case OpenProblemsColumn: return tr("Open problems");
    case ColumnCount: break;
    }
    return {};
}

} // namespace liaison
