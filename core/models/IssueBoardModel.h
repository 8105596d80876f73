#pragma once

#include "Entities.h"
#include "IssueQuery.h"
#include "Supervision.h"
#include "WorkCalendar.h"
#include "models/PagedSqlTableModel.h"

#include <QDate>

#include <optional>
#include <vector>

namespace liaison {

class Database;

// The problem board (问题): problems with their supervision colour as of a day, fetched a page at a
// time, filtered and sorted by the database.
class IssueBoardModel final : public PagedRowsModel<IssueBoardRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueBoardModel)

public:
    enum Column {
        IdColumn,
        ColourColumn,
        StatusColumn,
        TierColumn,
        CategoryColumn,
        EnterpriseColumn,
        TitleColumn,
        LeadUnitColumn,
        OwnerColumn,
        ReportedColumn,
        DueColumn,
        LeftColumn,
        ColumnCount
    };
    // ColourRole: the SupervisionColour as an int, for the delegate that paints the ladder.
    enum Role { IssueIdRole = Qt::UserRole, ColourRole, VersionRole };

    IssueBoardModel(Database& db, WorkCalendar calendar, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const IssueBoardFilter& filter);
    const IssueBoardFilter& filter() const { return m_filter; }
    void setAsOf(const QDate& asOf);
    QDate asOf() const { return m_asOf; }
    Id issueId(int row) const;
    const WorkCalendar& calendar() const { return m_calendar; }
    void setCalendar(const WorkCalendar& calendar);

private:
    using Row = IssueBoardRow;

    Result<qint64> countRows() const override;
    Result<int> readPage(int offset, int limit) override;

    Database& m_db;
    WorkCalendar m_calendar;
    IssueBoardFilter m_filter;
    QDate m_asOf = QDate::currentDate();
};

} // namespace liaison
