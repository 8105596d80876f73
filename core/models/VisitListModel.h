#pragma once

#include "Entities.h"
#include "models/PagedSqlTableModel.h"

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
class VisitListModel final : public PagedSqlTableModel
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

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const VisitFilter& filter);

private:
    struct Row
    {
        Visit visit;
        QString enterprise;
        QString area;
        int problems = 0;
    };

    QString whereClause(QVariantList& binds) const;
    Result<qint64> countRows() const override;
    Result<int> readPage(int offset, int limit) override;
    void appendPage() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

    Database& m_db;
    VisitFilter m_filter;
    std::vector<Row> m_rows;
    std::vector<Row> m_page; // read, not yet shown
};

} // namespace liaison
