#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QWidget;

namespace liaison {

// The lowest date of an optional date filter, shown as "any": the filter is off there.
inline QDate noDateLimit()
{
    return QDate(2000, 1, 1);
}

// A date edit for a filter bar whose lowest date means "no limit" and says so.
QDateEdit* optionalDateEdit(const QString& objectName, const QString& noLimitText, QWidget* parent);

// The date chosen, or a null date when the edit stands on "no limit".
QDate optionalDate(const QDateEdit* edit);

} // namespace liaison
