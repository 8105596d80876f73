#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace liaison {

// Passwords are kept as Argon2id hashes (libsodium) with a random salt of their own, written with their
// parameters ("$argon2id$v=19$m=65536,t=3,p=1$SALT$KEY") so that the work factor can be raised later and
// older hashes still verify. Hashes of earlier versions, PBKDF2-HMAC-SHA256
// ("pbkdf2-sha256$ITERATIONS$SALT$KEY", base64), still verify and count as outdated, so that a
// successful sign-in makes them again as Argon2id.
class PasswordHash final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::PasswordHash)

public:
    // Argon2id's work: three passes over 64 MiB, about 0.15 s on one core of an office desktop.
    static constexpr unsigned long long passes = 3;
    static constexpr std::size_t memoryBytes = std::size_t(64) << 20;
    static constexpr int minimumLength = 8;
    static constexpr int maximumLength = 256;

    // Refuses a password that is empty, shorter than minimumLength or longer than maximumLength,
    // with a message saying which.
    [[nodiscard]] static Status checkAcceptable(const QString& password);
    // A new Argon2id hash of password with a fresh random salt; fails only when the memory it needs
    // cannot be had.
    [[nodiscard]] static Result<QString> hash(const QString& password);
    // True when password is the one stored; compares in constant time. A stored value that is not a
    // hash of ours (empty, damaged) never matches.
    static bool matches(const QString& password, const QString& stored);
    // A stored hash of today's parameters that stands for nobody: checking a password against it takes
    // as long as checking a real user's, so that the time taken does not tell whether a name exists or
    // an account is locked.
    static QString decoy();
    // True when stored is not an Argon2id hash of today's parameters, so it should be made again at
    // the next successful sign-in.
    static bool isOutdated(const QString& stored);
    // How many times this process has checked a password against a stored hash other than the decoy:
    // what a guesser gets out of it. Read by the tests of the lockout.
    static long long checksMade();

    // The format of earlier versions, to read the hashes they stored (and to make one in tests).
    static QString pbkdf2(const QString& password, int rounds);
};

} // namespace liaison
