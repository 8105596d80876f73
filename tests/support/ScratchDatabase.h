#pragma once

#include "Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace liaison::test {

// An administrator acting without a user record, as the tests of everything but the roles act.
inline Session actingAdmin(const QString& name)
{
    return Session::forUser(0, name, Role::Admin, std::nullopt);
}

// A new, empty database for one test on the backend the test run was started for
// (LIAISON_TEST_BACKEND=sqlite|postgresql): a file in a temporary folder, or a database of its own on
// the PostgreSQL server of LIAISON_TEST_PG_URL. Removed again when the object goes.
class ScratchDatabase final
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    Q_DISABLE_COPY_MOVE(ScratchDatabase)

    static bool onPostgres();
    // Empty when the scratch database could not be made; error() says why.
    QString spec() const { return m_spec; }
    QString error() const { return m_error; }
    // Opens (creating and migrating) the scratch database, acting as the administrator "tester";
    // nullptr and a test failure when it cannot.
    std::unique_ptr<Database> open(Database::OpenOptions options = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_spec;
    QString m_pgName;
    QString m_error;
};

} // namespace liaison::test
