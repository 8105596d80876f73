#pragma once

#include "EnterpriseFilter.h"
#include "Entities.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <vector>

namespace liaison {

class Database;

// The enterprise register as a table: rows are fetched from SQL a page at a time as the view scrolls,
// and sorting is done by the database, so a register of any size opens at once.
class EnterpriseTableModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows that match the filter, fetched or not.
    qint64 totalCount() const { return m_total; }
    const EnterpriseFilter& filter() const { return m_filter; }
    void setFilter(const EnterpriseFilter& filter);
    // The enterprise shown in a row (0 for an invalid row).
    Id enterpriseId(int row) const;
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

private:
    struct Row
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

    std::vector<Row> fetchPage();

    Database& m_db;
    EnterpriseFilter m_filter;
    std::vector<Row> m_rows;
    qint64 m_total = 0;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_lastError;
    bool m_resetting = false;
};

} // namespace liaison
