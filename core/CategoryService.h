#pragma once

#include "Entities.h"
#include "Error.h"

#include <QCoreApplication>

namespace liaison {

class Database;

// The problem categories and their deadlines in working days (configurable; the defaults come with
// the schema). A new deadline applies to problems registered from then on.
class CategoryService final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CategoryService)

public:
    static constexpr int shortestDeadline = 1;
    static constexpr int longestDeadline = 60;

    [[nodiscard]] static Status setDeadline(Database& db, const QString& code, int workdays);
};

} // namespace liaison
