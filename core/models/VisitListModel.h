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

// One row of the VisitListModel, as read from the database.
struct VisitListRow
{
    Visit visit;
    QString enterprise;
    QString area;
    int problems = 0;
};

// The visits (走访), newest first, fetched a page at a time and filtered by the database.
class VisitListModel final : public PagedRowsModel<VisitListRow>
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
    using Row = VisitListRow;

    QString whereClause(QVariantList& binds) const;
    bool filtersEnterprises() const;
    Result<qint64> countRows() const override;
    Result<int> readPage(int offset, int limit) override;

    Database& m_db;
    VisitFilter m_filter;
};

} // namespace liaison
