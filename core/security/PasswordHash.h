#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace liaison {

// Passwords are kept as PBKDF2-HMAC-SHA256 with a random salt of their own, written with their
// parameters ("pbkdf2-sha256$ITERATIONS$SALT$KEY", base64) so that the work factor can be raised later
// and older hashes still verify.
class PasswordHash final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::PasswordHash)

public:
    static constexpr int iterations = 600000;
    static constexpr int minimumLength = 8;
    static constexpr int maximumLength = 256;

    // Refuses a password that is empty, shorter than minimumLength or longer than maximumLength,
    // with a message saying which.
    [[nodiscard]] static Status checkAcceptable(const QString& password);
    // A new hash of password with a fresh random salt; slow on purpose (about a second).
    static QString hash(const QString& password, int rounds = iterations);
    // True when password is the one stored; compares in constant time. A stored value that is not a
    // hash of ours (empty, damaged) never matches.
    static bool matches(const QString& password, const QString& stored);
    // A stored hash of today's parameters that stands for nobody: checking a password against it takes
    // as long as checking a real user's, so that the time taken does not tell whether a name exists.
    static QString decoy();
    // True when stored was made with fewer iterations than today's, so it should be made again at the
    // next successful sign-in.
    static bool isOutdated(const QString& stored);
};

} // namespace liaison
