#include "PlannedFeaturePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace liaison {

PlannedFeaturePage::PlannedFeaturePage(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("plannedTitleLabel"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("plannedTextLabel"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setMaximumWidth(text->fontMetrics().averageCharWidth() * 90);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace liaison
