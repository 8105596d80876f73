#include "SupervisionColourDelegate.h"

#include "DomainEnums.h"
#include "models/IssueBoardModel.h"

#include <QPainter>

namespace liaison {
namespace {

QColor background(SupervisionColour colour)
{
    switch (colour) {
    case SupervisionColour::Green: return {0xdf, 0xf0, 0xd8};
    case SupervisionColour::Blue: return {0xd9, 0xe8, 0xf7};
    case SupervisionColour::Yellow: return {0xfc, 0xef, 0xb4};
    case SupervisionColour::Red: return {0xf6, 0xc6, 0xc3};
    case SupervisionColour::None: break;
    }
    return {};
}

} // namespace

void SupervisionColourDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const auto colour = SupervisionColour(index.data(IssueBoardModel::ColourRole).toInt());
    const QColor fill = background(colour);
    if (!fill.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->fillRect(option.rect, fill);
    QStyleOptionViewItem dark = option;
    // Dark text on the light fill in every palette, also when the row is selected.
    dark.palette.setColor(QPalette::Text, Qt::black);
    dark.palette.setColor(QPalette::HighlightedText, Qt::black);
    dark.state &= ~QStyle::State_Selected;
    dark.backgroundBrush = fill;
    QStyledItemDelegate::paint(painter, dark, index);
    if (option.state & QStyle::State_Selected) {
        painter->save();
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }
}

} // namespace liaison
