#pragma once

#include "Lookups.h"

#include <QCompleter>
#include <QHash>

class QStandardItemModel;

namespace liaison {

// Completes an enterprise typed by any part of its name, its credit code, its full pinyin or its
// pinyin initials ("cqlx"), and puts the enterprise's name in the line edit.
class EnterpriseCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnterpriseCompleter)

public:
    explicit EnterpriseCompleter(const QList<Lookups::EnterpriseKey>& enterprises, QObject* parent = nullptr);

    QString pathFromIndex(const QModelIndex& index) const override;
    // The enterprise with exactly this name, or its credit code; nothing for anything else.
    OptionalId enterpriseFor(const QString& text) const;

private:
    QStandardItemModel* m_model = nullptr;
    QHash<QString, Id> m_byKey;
};

} // namespace liaison
