#include "CellDate.h"

#include <QRegularExpression>

namespace liaison {
namespace {

const QDate excelEpoch(1899, 12, 30);

} // namespace

std::optional<QDate> parseCellDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 40)
        return std::nullopt;
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,7})(\\.0+)?$"));
    QRegularExpressionMatch match = separated.match(t);
    if (!match.hasMatch())
        match = compact.match(t);
    if (match.hasMatch()) {
        const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (day.isValid())
            return day;
        return std::nullopt;
    }
    match = serial.match(t);
    if (match.hasMatch()) {
        // Serials from 1 (1900-01-01) to 2958465 (9999-12-31); Excel's phantom 1900-02-29 (60) is
        // not a day.
        const qint64 n = match.captured(1).toLongLong();
        if (n < 61 || n > 2958465)
            return std::nullopt;
        return excelEpoch.addDays(n);
    }
    return std::nullopt;
}

qint64 excelSerial(const QDate& day)
{
    return excelEpoch.daysTo(day);
}

} // namespace liaison
