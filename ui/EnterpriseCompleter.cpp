#include "EnterpriseCompleter.h"

#include <QStandardItemModel>

namespace liaison {
namespace {

constexpr int searchRole = Qt::UserRole + 1;

} // namespace

EnterpriseCompleter::EnterpriseCompleter(const QList<Lookups::EnterpriseKey>& enterprises, QObject* parent)
    : QCompleter(parent)
{
    m_model = new QStandardItemModel(this);
    for (const Lookups::EnterpriseKey& key : enterprises) {
        auto* item = new QStandardItem(key.name);
        item->setData(key.id, Qt::UserRole);
        // The text the typed letters are looked for in: every way a person may write the enterprise.
        item->setData(QStringList{key.name, key.creditCode, key.pinyin, key.initials}.join(QLatin1Char(' ')),
                      searchRole);
        m_model->appendRow(item);
        m_byKey.insert(key.name, key.id);
        m_byKey.insert(key.creditCode, key.id);
    }
    setModel(m_model);
    setCompletionRole(searchRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(12);
}

QString EnterpriseCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(Qt::DisplayRole).toString();
}

OptionalId EnterpriseCompleter::enterpriseFor(const QString& text) const
{
    const auto found = m_byKey.constFind(text.trimmed());
    if (found == m_byKey.cend())
        return std::nullopt;
    return *found;
}

} // namespace liaison
