#include "CreditCode.h"

#include <array>

namespace liaison {
namespace {

constexpr QLatin1StringView alphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(QChar c)
{
    return int(alphabet.indexOf(c));
}

} // namespace

QChar CreditCode::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int value = valueOf(first17[i]);
        if (value < 0)
            return {};
        sum += value * weights[std::size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return alphabet[check];
}

Status CreditCode::validate(const QString& code)
{
    const auto fail = [](QString message) {
        return std::unexpected(Error::validation(std::move(message), QStringLiteral("credit_code")));
    };
    if (code.isEmpty())
        return fail(tr("The unified social credit code is required."));
    if (code.size() != 18) {
        return fail(tr("The unified social credit code “%1” has %2 characters; it must have 18.")
                        .arg(code.left(40))
                        .arg(code.size()));
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (valueOf(code[i]) < 0) {
            return fail(tr("The unified social credit code “%1” has “%2” in place %3; only digits and the "
                           "capital letters A–Y without I, O, S, V and Z are used.")
                            .arg(code, code[i])
                            .arg(i + 1));
        }
    }
    for (qsizetype i = 2; i < 8; ++i) {
        if (!code[i].isDigit()) {
            return fail(tr("The unified social credit code “%1” must have the administrative division code "
                           "(six digits) in places 3 to 8.")
                            .arg(code));
        }
    }
    const QChar expected = checkCharacter(QStringView(code).left(17));
    if (expected != code[17]) {
        return fail(tr("The unified social credit code “%1” is not valid: its check character is “%2”, "
                       "it should be “%3”. Check the code for a typing error.")
                        .arg(code, code[17], expected));
    }
    return {};
}

} // namespace liaison
