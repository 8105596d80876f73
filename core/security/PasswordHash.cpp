#include "PasswordHash.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace liaison {
namespace {

constexpr int saltBytes = 16;
constexpr int keyBytes = 32;
const QLatin1StringView scheme("pbkdf2-sha256");

struct Stored
{
    int rounds = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Stored> parse(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return std::nullopt;
    bool ok = false;
    const int rounds = parts.at(1).toInt(&ok);
    if (!ok || rounds < 1)
        return std::nullopt;
    auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    auto key =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != keyBytes)
        return std::nullopt;
    return Stored{rounds, salt.decoded, key.decoded};
}

QByteArray derive(const QString& password, const QByteArray& salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, rounds,
                                              keyBytes);
}

// Looks at every byte whatever the first difference, so the time taken says nothing about where the
// two keys differ.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

Status PasswordHash::checkAcceptable(const QString& password)
{
    if (password.isEmpty())
        return std::unexpected(Error::validation(tr("The password is empty."), QStringLiteral("password")));
    if (password.size() < minimumLength) {
        return std::unexpected(Error::validation(
            tr("The password is too short: use at least %n characters.", nullptr, minimumLength),
            QStringLiteral("password")));
    }
    if (password.size() > maximumLength) {
        return std::unexpected(Error::validation(
            tr("The password is too long: use at most %n characters.", nullptr, maximumLength),
            QStringLiteral("password")));
    }
    return {};
}

QString PasswordHash::hash(const QString& password, int rounds)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), saltBytes / 4);
    return QStringList{scheme, QString::number(rounds), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derive(password, salt, rounds).toBase64())}
        .join(QLatin1Char('$'));
}

bool PasswordHash::matches(const QString& password, const QString& stored)
{
    const auto parsed = parse(stored);
    if (!parsed)
        return false;
    return sameBytes(derive(password, parsed->salt, parsed->rounds), parsed->key);
}

QString PasswordHash::decoy()
{
    // PBKDF2 of "no such user" with the salt "LiaisonDeskNoUsr", worked out once.
    return QStringLiteral(
        "pbkdf2-sha256$600000$TGlhaXNvbkRlc2tOb1Vzcg==$F16t+RslAVYcimY3armKnFgoe9NOdJarZ6MWLymX8KI=");
}

bool PasswordHash::isOutdated(const QString& stored)
{
    const auto parsed = parse(stored);
    return !parsed || parsed->rounds < iterations;
}

} // namespace liaison
