#include "PermitListModel.h"

#include "Database.h"
#include "EntityTraits.h"
#include "Pinyin.h"
#include "security/Permissions.h"

#include <iterator>

namespace liaison {
namespace {

const char* const sortKeys[] = {"p.kind",         "e.name_pinyin", "p.vehicle_plate", "p.driver_name",
                                "p.driver_phone", "p.route",       "p.applied_on",    "p.granted_on",
                                "p.valid_until",  "state"};
static_assert(std::size(sortKeys) == PermitListModel::ColumnCount);

constexpr auto fromClause = " FROM permit_request p JOIN enterprise e ON e.id = p.enterprise_id";

// The state as SQL, so that the database can filter and sort on it: 0 pending, 1 valid, 2 expired.
const char* const stateExpression = "CASE WHEN p.granted_on IS NULL THEN 0 "
                                    "WHEN p.valid_until IS NOT NULL AND p.valid_until < ? THEN 2 ELSE 1 END";

} // namespace

PermitListModel::PermitListModel(Database& db, QObject* parent)
    : PagedRowsModel(AppliedColumn, Qt::DescendingOrder, parent), m_db(db)
{
    reload();
}

void PermitListModel::setFilter(const PermitFilter& filter)
{
    m_filter = filter;
    reload();
}

PermitState PermitListModel::stateOn(const PermitRequest& permit, const QDate& day)
{
    if (!permit.grantedOn.isValid())
        return PermitState::Pending;
    if (permit.validUntil.isValid() && permit.validUntil < day)
        return PermitState::Expired;
    return PermitState::Valid;
}

QString PermitListModel::stateLabel(PermitState state)
{
    switch (state) {
    case PermitState::Pending: return tr("Pending");
    case PermitState::Valid: return tr("Valid");
    case PermitState::Expired: return tr("Expired");
    }
    return {};
}

QString PermitListModel::whereClause(QVariantList& binds) const
{
    QStringList conditions;
    const QString term = m_filter.search.trimmed().left(100);
    if (!term.isEmpty()) {
        const QString latin = Pinyin::normalizeQuery(term);
        const QString pinyin = latin.isEmpty() ? term : latin;
        conditions << QStringLiteral(
            "(e.name LIKE ? ESCAPE '\\' OR e.name_pinyin LIKE ? ESCAPE '\\' OR e.name_initials LIKE ? "
            "ESCAPE '\\' OR p.vehicle_plate LIKE ? ESCAPE '\\' OR p.driver_name LIKE ? ESCAPE '\\')");
        binds << containsPattern(term) << containsPattern(pinyin) << containsPattern(pinyin)
              << containsPattern(term.toUpper()) << containsPattern(term);
    }
    if (m_filter.kind) {
        conditions << QStringLiteral("p.kind = ?");
        binds << DomainText::code(*m_filter.kind);
    }
    if (m_filter.state) {
        conditions << QStringLiteral("(%1) = ?").arg(QLatin1StringView(stateExpression));
        binds << m_filter.asOf << int(*m_filter.state);
    }
    if (m_filter.appliedFrom.isValid()) {
        conditions << QStringLiteral("p.applied_on >= ?");
        binds << m_filter.appliedFrom;
    }
    if (m_filter.appliedTo.isValid()) {
        conditions << QStringLiteral("p.applied_on <= ?");
        binds << m_filter.appliedTo;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> PermitListModel::countRows() const
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QVariantList binds;
    const QString where = whereClause(binds);
    auto total =
        m_db.scalar(QStringLiteral("SELECT COUNT(*)") + QLatin1StringView(fromClause) + where, binds);
    LIAISON_TRY(total);
    return total->toLongLong();
}

Result<int> PermitListModel::readPage(int offset, int limit)
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QStringList columns = {QStringLiteral("p.id")};
    for (const QString& column : EntityTraits<PermitRequest>::columns())
        columns << QStringLiteral("p.") + column;
    columns << QStringLiteral("e.name")
            << QStringLiteral("%1 AS state").arg(QLatin1StringView(stateExpression));
    QVariantList binds = {m_filter.asOf};
    const QString where = whereClause(binds);
    auto rows = m_db.run(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                             QLatin1StringView(fromClause) + where +
                             QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3")
                                 .arg(orderBy(sortKeys, "p.id DESC"))
                                 .arg(limit)
                                 .arg(offset),
                         binds);
    if (!rows)
        return std::unexpected(rows.error());
    m_page.clear();
    while (rows->next()) {
        RowReader reader(*rows);
        Row row;
        row.permit = EntityTraits<PermitRequest>::read(reader);
        row.enterprise = reader.text();
        m_page.push_back(std::move(row));
    }
    return int(m_page.size());
}

std::optional<PermitRequest> PermitListModel::permit(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return std::nullopt;
    return m_rows[std::size_t(row)].permit;
}

int PermitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PermitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const PermitRequest& p = row.permit;
    const auto date = [](const QDate& day) { return day.isValid() ? day.toString(Qt::ISODate) : QString(); };
    switch (Column(index.column())) {
    case KindColumn: return DomainText::label(p.kind);
    case EnterpriseColumn: return row.enterprise;
    case PlateColumn: return p.vehiclePlate;
    case DriverColumn: return p.driverName;
    case PhoneColumn: return p.driverPhone;
    case RouteColumn: return p.route;
    case AppliedColumn: return date(p.appliedOn);
    case GrantedColumn: return date(p.grantedOn);
    case ValidUntilColumn: return p.validUntil.isValid() ? date(p.validUntil) : tr("not limited");
    case StateColumn: return stateLabel(stateOn(p, m_filter.asOf));
    case ColumnCount: break;
    }
    return {};
}

QVariant PermitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn: return tr("Kind");
    case EnterpriseColumn: return tr("Enterprise");
    case PlateColumn: return tr("Plate");
    case DriverColumn: return tr("Driver");
    case PhoneColumn: return tr("Driver's phone");
    case RouteColumn: return tr("Route");
    case AppliedColumn: return tr("Applied");
    case GrantedColumn: return tr("Granted");
    case ValidUntilColumn: return tr("Valid until");
    case StateColumn: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

} // namespace liaison
