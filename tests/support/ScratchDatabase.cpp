#include "ScratchDatabase.h"

#include "AuditAnchor.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace liaison::test {
namespace {

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run inside
// the scratch database itself).
QString runAdmin(const QString& statement)
{
    const QUrl url(qEnvironmentVariable("LIAISON_TEST_PG_URL"));
    const QString name = QStringLiteral("liaison-test-admin");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

bool ScratchDatabase::onPostgres()
{
    return qEnvironmentVariable("LIAISON_TEST_BACKEND") == QLatin1StringView("postgresql");
}

ScratchDatabase::ScratchDatabase()
{
    if (!onPostgres()) {
        m_spec = m_dir.filePath(QStringLiteral("test.sqlite"));
        return;
    }
    const QString base = qEnvironmentVariable("LIAISON_TEST_PG_URL");
    if (base.isEmpty()) {
        m_error =
            QStringLiteral("LIAISON_TEST_PG_URL is not set: run the tests through scripts/test, which starts "
                           "a PostgreSQL server for them.");
        return;
    }
    static QAtomicInt counter;
    m_pgName = QStringLiteral("liaison_test_%1_%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(counter.fetchAndAddRelaxed(1));
    m_error = runAdmin(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_pgName));
    if (!m_error.isEmpty())
        return;
    QUrl url(base);
    url.setPath(QLatin1Char('/') + m_pgName);
    m_spec = url.toString();
    // A server database name comes back in a later run; its anchor is not this database's.
    AuditAnchor::forget(m_spec);
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_spec.isEmpty())
        AuditAnchor::forget(m_spec);
    if (!m_pgName.isEmpty())
        runAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

std::unique_ptr<Database> ScratchDatabase::open(Database::OpenOptions options) const
{
    if (m_spec.isEmpty()) {
        QTest::qFail(qPrintable(m_error), __FILE__, __LINE__);
        return nullptr;
    }
    auto db = Database::open(m_spec, options);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    (*db)->actAs(actingAdmin(QStringLiteral("tester")));
    return std::move(*db);
}

} // namespace liaison::test
