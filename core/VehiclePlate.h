#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace liaison {

// A mainland vehicle registration plate (机动车号牌, GA 36): the province's one-character
// abbreviation, the issuing office's letter, then five characters (seven in all) or six for a
// new-energy vehicle (eight in all). Letters I and O are never used.
class VehiclePlate final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::VehiclePlate)

public:
    // Upper case, without the spaces and the separating dot people often type (渝A·12345).
    static QString normalized(const QString& plate);
    // Checks a normalized plate and says what is wrong with it.
    [[nodiscard]] static Status validate(const QString& plate);
};

} // namespace liaison
