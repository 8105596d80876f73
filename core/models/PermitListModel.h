#pragma once

#include "Entities.h"
#include "models/PagedSqlTableModel.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace liaison {

class Database;

// Where a pass or a driver's white-list entry stands on a given day.
enum class PermitState { Pending, Valid, Expired };

struct PermitFilter
{
    // Any part of the enterprise (name or pinyin), the plate number or the driver's name.
    QString search;
    std::optional<PermitKind> kind;
    std::optional<PermitState> state;
    QDate appliedFrom; // inclusive; null: no lower bound
    QDate appliedTo;   // inclusive; null: no upper bound
    QDate asOf = QDate::currentDate();
};

// One row of the PermitListModel, as read from the database.
struct PermitListRow
{
    PermitRequest permit;
    QString enterprise;
};

// The ledger of transport passes and drivers' white-list applications (通行证/白名单台账), newest
// first, a page at a time, filtered and sorted by the database.
class PermitListModel final : public PagedRowsModel<PermitListRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermitListModel)

public:
    enum Column {
        KindColumn,
        EnterpriseColumn,
        PlateColumn,
        DriverColumn,
        PhoneColumn,
        RouteColumn,
        AppliedColumn,
        GrantedColumn,
        ValidUntilColumn,
        StateColumn,
        ColumnCount
    };

    explicit PermitListModel(Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const PermitFilter& filter);
    const PermitFilter& filter() const { return m_filter; }
    // The request shown in a row, or nothing outside the loaded rows.
    std::optional<PermitRequest> permit(int row) const;

    static PermitState stateOn(const PermitRequest& permit, const QDate& day);
    static QString stateLabel(PermitState state);

private:
    using Row = PermitListRow;

    QString whereClause(QVariantList& binds) const;
    Result<qint64> countRows() const override;
    Result<int> readPage(int offset, int limit) override;

    Database& m_db;
    PermitFilter m_filter;
};

} // namespace liaison
