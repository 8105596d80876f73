#include "FilterWidgets.h"

#include <QDateEdit>

namespace liaison {

QDateEdit* optionalDateEdit(const QString& objectName, const QString& noLimitText, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(noDateLimit());
    edit->setSpecialValueText(noLimitText);
    edit->setDate(noDateLimit());
    // Wide enough for "any" in words as well as for a date, so neither is cut off.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(noLimitText + QStringLiteral("  ")) +
                          edit->sizeHint().height() * 2);
    return edit;
}

QDate optionalDate(const QDateEdit* edit)
{
    return edit->date() == noDateLimit() ? QDate() : edit->date();
}

} // namespace liaison
