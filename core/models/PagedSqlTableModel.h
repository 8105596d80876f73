#pragma once

#include "Error.h"

#include <QAbstractTableModel>

#include <iterator>
#include <vector>

namespace liaison {

// A table over SQL that fetches its rows a page at a time as a view scrolls, counts and sorts in the
// database, and reloads from the first page when its filter or sort order changes. The subclasses say
// how to count, read a page and store it; the paging, the sort state and the model signals are here.
class PagedSqlTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedSqlTableModel)

public:
    static constexpr int pageSize = 256;

    int rowCount(const QModelIndex& parent = {}) const final;
    bool canFetchMore(const QModelIndex& parent) const final;
    void fetchMore(const QModelIndex& parent) final;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) final;

    // Rows that match, fetched or not.
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

protected:
    PagedSqlTableModel(int sortColumn, Qt::SortOrder sortOrder, QObject* parent);

    // "key ASC|DESC, tiebreak": the ORDER BY for the current sort, from the subclass's column keys.
    QString orderBy(const char* const sortKeys[], const char* tiebreak) const;

    virtual Result<qint64> countRows() const = 0;
    // Reads up to limit rows from offset into the pending page; returns how many arrived.
    virtual Result<int> readPage(int offset, int limit) = 0;
    // Moves the pending page to the end of the rows.
    virtual void appendPage() = 0;
    virtual void clearRows() = 0;
    virtual int loadedRows() const = 0;

private:
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
    qint64 m_total = 0;
    QString m_lastError;
    bool m_resetting = false;
};

// A paged model's rows as the subclass defines them: those shown, and the page read but not yet shown.
template <typename Row>
class PagedRowsModel : public PagedSqlTableModel
{
protected:
    using PagedSqlTableModel::PagedSqlTableModel;

    void appendPage() final
    {
        m_rows.insert(m_rows.end(), std::make_move_iterator(m_page.begin()),
                      std::make_move_iterator(m_page.end()));
        m_page.clear();
    }
    void clearRows() final { m_rows.clear(); }
    int loadedRows() const final { return int(m_rows.size()); }

    std::vector<Row> m_rows;
    std::vector<Row> m_page; // read, not yet shown
};

} // namespace liaison
