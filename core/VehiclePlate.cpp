#include "VehiclePlate.h"

namespace liaison {
namespace {

const QString& provinces()
{
    static const QString all =
        QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    return all;
}

bool isPlateLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z') && c != QLatin1Char('I') && c != QLatin1Char('O');
}

} // namespace

QString VehiclePlate::normalized(const QString& plate)
{
    QString result;
    for (const QChar c : plate) {
        if (!c.isSpace() && c != QChar(0x00B7) && c != QLatin1Char('.') && c != QLatin1Char('-'))
            result += c.toUpper();
    }
    return result;
}

Status VehiclePlate::validate(const QString& plate)
{
    const auto wrong = [&](const QString& why) {
        return std::unexpected(Error{Error::Kind::Validation,
                                     tr("The plate number “%1” is not valid: %2").arg(plate.left(20), why),
                                     QStringLiteral("vehicle_plate")});
    };
    if (plate.size() != 7 && plate.size() != 8)
        return wrong(tr("it has %n character(s); a plate has 7, or 8 for a new-energy vehicle.", nullptr,
                        int(plate.size())));
    if (!provinces().contains(plate.front()))
        return wrong(tr("it must begin with a province's abbreviation, such as 渝."));
    if (!isPlateLetter(plate[1]))
        return wrong(tr("the second character must be the letter of the issuing office, such as A."));
    for (const QChar c : QStringView(plate).mid(2)) {
        if (!isPlateLetter(c) && !c.isDigit())
            return wrong(
                tr("after the office letter only digits and the letters A–Z (not I or O) may follow."));
    }
    return {};
}

} // namespace liaison
