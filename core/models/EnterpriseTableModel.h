#pragma once

#include "EnterpriseFilter.h"
#include "Entities.h"
#include "models/PagedSqlTableModel.h"

#include <QList>
#include <QString>

#include <vector>

namespace liaison {

class Database;

// One row of the EnterpriseTableModel, as read from the database.
struct EnterpriseTableRow
{
    Id id = 0;
    QString name;
    QString creditCode;
    QString industry;
    QString area;
    EnterpriseScale scale = EnterpriseScale::Direct;
    ProductionStatus status = ProductionStatus::Normal;
    int whitelistBatch = 0;
    QString leader;
    QString department;
    QString departmentPerson;
    QString areaPerson;
    QDate lastVisit;
    int openProblems = 0;
};

// The enterprise register as a table: rows are fetched from SQL a page at a time as the view scrolls,
// and sorting is done by the database, so a register of any size opens at once.
class EnterpriseTableModel final : public PagedRowsModel<EnterpriseTableRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnterpriseTableModel)

public:
    enum Column {
        NameColumn,
        CreditCodeColumn,
        IndustryColumn,
        AreaColumn,
        ScaleColumn,
        ProductionStatusColumn,
        WhitelistColumn,
        LeaderColumn,
        DepartmentColumn,
        DepartmentPersonColumn,
        AreaPersonColumn,
        LastVisitColumn,
        OpenProblemsColumn,
        ColumnCount
    };

    explicit EnterpriseTableModel(Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const EnterpriseFilter& filter() const { return m_filter; }
    void setFilter(const EnterpriseFilter& filter);
    // The enterprise shown in a row (0 for an invalid row).
    Id enterpriseId(int row) const;

private:
    using Row = EnterpriseTableRow;

    Result<qint64> countRows() const override;
    Result<int> readPage(int offset, int limit) override;

    Database& m_db;
    EnterpriseFilter m_filter;
};

} // namespace liaison
