#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace liaison {

// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-letter
// alphabet (no I, O, S, V, Z), an administrative division code in places 3–8, and a check character
// computed from the first 17 with the weights 3^i mod 31.
class CreditCode final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CreditCode)

public:
    // Checks a code and says, in words a person can act on, what is wrong with it.
    [[nodiscard]] static Status validate(const QString& code);
    static bool isValid(const QString& code) { return validate(code).has_value(); }
    // The check character for the first 17 characters, or a null QChar if they are not well formed.
    static QChar checkCharacter(QStringView first17);
};

} // namespace liaison
