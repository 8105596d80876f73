#pragma once

#include "Entities.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace liaison {

class Database;

struct VisitFilter
{
    QString enterprise; // any part of the name, or the pinyin (initials)
    OptionalId areaId;
    QString visitor; // any part of the visitors' names
    QDate from;      // inclusive; null: no lower bound
    QDate to;        // inclusive; null: no upper bound
    std::optional<VisitMode> mode;
};

// The visits (走访), newest first, fetched a page at a time and filtered by the database.
class VisitListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitListModel)

public:
    enum Column {
        DateColumn,
        EnterpriseColumn,
        AreaColumn,
        ModeColumn,
        VisitorsColumn,
        StatusColumn,
        StaffColumn,
        CapacityColumn,
        ProblemsColumn,
        NotesColumn,
        ColumnCount
    };

    explicit VisitListModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const VisitFilter& filter);
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

private:
    struct Row
    {
        Visit visit;
        QString enterprise;
        QString area;
        int problems = 0;
    };

    QString whereClause(QVariantList& binds) const;
    std::vector<Row> fetchPage();

    Database& m_db;
    VisitFilter m_filter;
    std::vector<Row> m_rows;
    qint64 m_total = 0;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_lastError;
    bool m_resetting = false;
};

} // namespace liaison
