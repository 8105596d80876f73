#pragma once

#include <QString>

namespace liaison {

// A PostgreSQL server password as the server stores it for SCRAM-SHA-256 authentication (RFC 5802,
// RFC 7677), worked out here so that the password itself never travels to the server in a statement
// (where a log could keep it): "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>".
class ServerPassword final
{
public:
    static constexpr int iterations = 4096; // the server's own default (scram_iterations)

    static QString verifier(const QString& password);
};

} // namespace liaison
