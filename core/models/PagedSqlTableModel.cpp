#include "PagedSqlTableModel.h"

#include <QScopedValueRollback>

namespace liaison {

PagedSqlTableModel::PagedSqlTableModel(int sortColumn, Qt::SortOrder sortOrder, QObject* parent)
    : QAbstractTableModel(parent), m_sortColumn(sortColumn), m_sortOrder(sortOrder)
{
}

QString PagedSqlTableModel::orderBy(const char* const sortKeys[], const char* tiebreak) const
{
    return QStringLiteral("%1 %2, %3")
        .arg(QLatin1StringView(sortKeys[m_sortColumn]),
             m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"),
             QLatin1StringView(tiebreak));
}

void PagedSqlTableModel::reload()
{
    // Views and testers react to the reset by asking for more rows; they get them once it is over.
    const QScopedValueRollback resetting(m_resetting, true);
    beginResetModel();
    clearRows();
    m_lastError.clear();
    m_total = 0;
    if (auto total = countRows(); !total) {
        m_lastError = total.error().message;
    } else {
        m_total = *total;
        if (auto read = readPage(0, pageSize); !read) {
            m_lastError = read.error().message;
            m_total = 0;
        } else {
            appendPage();
            if (*read < pageSize)
                m_total = *read;
        }
    }
    endResetModel();
}

int PagedSqlTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedSqlTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && qint64(loadedRows()) < m_total;
}

void PagedSqlTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int loaded = loadedRows();
    auto read = readPage(loaded, pageSize);
    if (!read) {
        m_lastError = read.error().message;
        m_total = loaded;
        return;
    }
    // Fewer rows than counted (rows removed meanwhile): stop asking for more.
    if (*read < pageSize)
        m_total = loaded + *read;
    if (*read == 0)
        return;
    beginInsertRows({}, loaded, loaded + *read - 1);
    appendPage();
    endInsertRows();
}

void PagedSqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace liaison
