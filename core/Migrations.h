#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace liaison {

class Database;

// The numbered schema changes. A database records the version it has reached; opening it applies the
// missing migrations in order, each in its own transaction, so an older database is upgraded in place
// and a failed upgrade leaves it as it was.
class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Migrations)

public:
    static int latestVersion();
    // Returns the version the database is at afterwards.
    [[nodiscard]] static Result<int> apply(Database& db, int targetVersion);
};

} // namespace liaison
