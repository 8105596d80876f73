#include "PasswordHash.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <sodium.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace liaison {
namespace {

constexpr int pbkdf2SaltBytes = 16;
constexpr int pbkdf2KeyBytes = 32;
const QLatin1StringView pbkdf2Scheme("pbkdf2-sha256");

std::atomic<long long> checks{0};

// libsodium must be set up once before its first use; it cannot fail on a working Linux system, and
// without it no password could be checked at all.
void initializeSodium()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            std::fputs("LiaisonDesk: libsodium cannot be initialised\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)ready;
}

struct Pbkdf2
{
    int rounds = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Pbkdf2> parsePbkdf2(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != pbkdf2Scheme)
        return std::nullopt;
    bool ok = false;
    const int rounds = parts.at(1).toInt(&ok);
    if (!ok || rounds < 1)
        return std::nullopt;
    auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    auto key =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != pbkdf2KeyBytes)
        return std::nullopt;
    return Pbkdf2{rounds, salt.decoded, key.decoded};
}

QByteArray derivePbkdf2(const QString& password, const QByteArray& salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, rounds,
                                              pbkdf2KeyBytes);
}

bool isArgon2id(const QString& stored)
{
    return stored.startsWith(QLatin1StringView(crypto_pwhash_argon2id_STRPREFIX)) &&
           stored.size() < crypto_pwhash_STRBYTES;
}

bool matchesArgon2id(const QString& password, const QString& stored)
{
    const QByteArray encoded = stored.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    // libsodium compares the keys in constant time.
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

// Looks at every byte whatever the first difference, so the time taken says nothing about where the
// two keys differ.
bool matchesPbkdf2(const QString& password, const Pbkdf2& stored)
{
    const QByteArray derived = derivePbkdf2(password, stored.salt, stored.rounds);
    return derived.size() == stored.key.size() &&
           sodium_memcmp(derived.constData(), stored.key.constData(), std::size_t(derived.size())) == 0;
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

Result<QString> PasswordHash::hash(const QString& password)
{
    initializeSodium();
    const QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, utf8.constData(), static_cast<unsigned long long>(utf8.size()), passes,
                              memoryBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return std::unexpected(Error::storage(
            tr("The password cannot be protected: its hash needs %1 MiB of memory, which is not free.")
                .arg(memoryBytes >> 20)));
    }
    return QString::fromLatin1(encoded);
}

bool PasswordHash::matches(const QString& password, const QString& stored)
{
    initializeSodium();
    const QString stand = decoy();
    if (stored != stand)
        ++checks;
    if (isArgon2id(stored))
        return matchesArgon2id(password, stored);
    const auto pbkdf2 = parsePbkdf2(stored);
    return pbkdf2 && matchesPbkdf2(password, *pbkdf2);
}

QString PasswordHash::decoy()
{
    // Argon2id of "no such user" with today's parameters, worked out once.
    return QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$r7KvXjDrjI62lt+eRGhESA$"
                          "j18EMq+a7GiuYV9tb9IBNmQecbpkyRVI9dAGLDl8oTQ");
}

bool PasswordHash::isOutdated(const QString& stored)
{
    initializeSodium();
    if (!isArgon2id(stored))
        return true;
    const QByteArray encoded = stored.toLatin1();
    return crypto_pwhash_str_needs_rehash(encoded.constData(), passes, memoryBytes) != 0;
}

long long PasswordHash::checksMade()
{
    return checks.load();
}

QString PasswordHash::pbkdf2(const QString& password, int rounds)
{
    QByteArray salt(pbkdf2SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), pbkdf2SaltBytes / 4);
    return QStringList{pbkdf2Scheme, QString::number(rounds), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derivePbkdf2(password, salt, rounds).toBase64())}
        .join(QLatin1Char('$'));
}

} // namespace liaison
