#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace liaison {

// A date as Chinese offices write it in a spreadsheet cell: 2022-12-05, 2022/12/5, 2022.12.5,
// 2022年12月5日, 20221205, or an Excel serial number (44900 is 2022-12-05). Nothing when the text is
// not a real calendar day.
std::optional<QDate> parseCellDate(const QString& text);

// The Excel serial of a day (days since 1899-12-30), as spreadsheets store dates.
qint64 excelSerial(const QDate& day);

} // namespace liaison
