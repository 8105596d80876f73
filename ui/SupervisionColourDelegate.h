#pragma once

#include <QStyledItemDelegate>

namespace liaison {

// Paints the supervision cell of the problem board in the colour of its rung (green, blue, yellow,
// red), light enough to read the rung's name printed in it: the colour is never the only sign.
class SupervisionColourDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionColourDelegate)

public:
    explicit SupervisionColourDelegate(QObject* parent = nullptr) : QStyledItemDelegate(parent) {}
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace liaison
