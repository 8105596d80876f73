#include "AuditLog.h"
#include "Backup.h"
#include "CalendarStore.h"
#include "CategoryService.h"
#include "CreditCode.h"
#include "Database.h"
#include "EntityTraits.h"
#include "IssueWorkflow.h"
#include "Lookups.h"
#include "ScratchDatabase.h"
#include "VisitLog.h"
#include "exchange/TableExport.h"
#include "security/PasswordHash.h"
#include "security/Permissions.h"
#include "security/ServerRoles.h"
#include "security/UserAccounts.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <array>
#include <functional>
#include <thread>
#include <vector>

using namespace liaison;
using liaison::test::ScratchDatabase;

namespace {

// The ids of a small district: two areas, each with a liaison officer and an enterprise, and one
// department; a user of each role. The PostgreSQL login roles belong to the whole server, so the user
// names are this test's own.
struct World
{
    Id areaA = 0;
    Id areaB = 0;
    Id department = 0;
    Id leader = 0;
    Id liaisonPersonA = 0;
    Id liaisonPersonB = 0;
    Id supervisorPerson = 0;
    Id officerPerson = 0;
    Id enterpriseA = 0;
    Id enterpriseB = 0;
};

const QString password = QStringLiteral("correct horse battery");

QString userName(Role role)
{
    return QStringLiteral("perm.") + DomainText::code(role);
}

// One kind of action, tried by every role: prepare runs as the administrator (a problem to act on, say)
// and hands act what it made.
struct Action
{
    const char* name;
    QList<Role> allowed;
    std::function<Id(Database&, const World&)> prepare;
    std::function<Status(Database&, const World&, Id)> act;
    bool sqliteOnly = false;
};

int counter = 0;

QString creditCode()
{
    const QString first17 = QStringLiteral("91500107MA%1").arg(++counter + 1000000, 7, 10, QLatin1Char('0'));
    return first17 + CreditCode::checkCharacter(first17);
}

IssueWorkflow workflowOf(Database& db)
{
    auto workflow = IssueWorkflow::forDatabase(db);
    return workflow ? std::move(*workflow) : IssueWorkflow(db, WorkCalendar::official());
}

Result<Id> raiseIn(Database& db, Id enterprise)
{
    return workflowOf(db).add({enterprise,
                               {},
                               QStringLiteral("logistics"),
                               QStringLiteral("原料运输受阻"),
                               QStringLiteral("原料车辆无法进入园区。"),
                               QDate(2022, 11, 14)});
}

Id raise(Database& db, Id enterprise)
{
    auto id = raiseIn(db, enterprise);
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id.value_or(0);
}

Id raiseAndAssign(Database& db, Id enterprise, Id unit)
{
    const Id issue = raise(db, enterprise);
    if (Status assigned = workflowOf(db).assign(issue, std::nullopt, unit, {}, {}); !assigned)
        qWarning("%s", qPrintable(assigned.error().message));
    return issue;
}

Status changeAddress(Database& db, Id enterprise)
{
    auto e = Repository<Enterprise>(db).get(enterprise);
    if (!e)
        return std::unexpected(e.error());
    e->address = QStringLiteral("九龙坡区测试路%1号").arg(++counter);
    return Repository<Enterprise>(db).update(*e);
}

Status logVisit(Database& db, Id enterprise)
{
    Visit visit;
    visit.enterpriseId = enterprise;
    visit.visitedOn = QDate(2022, 11, 1).addDays(++counter % 30);
    visit.visitors = QStringLiteral("走访人%1").arg(counter);
    visit.staffOnSite = 40;
    IssueWorkflow workflow = workflowOf(db);
    return toStatus(VisitLog::record(db, workflow, visit, {}));
}

const QList<Action>& actions()
{
    const QList<Role> everyone = {Role::Admin, Role::Supervisor, Role::Liaison, Role::Officer};
    const QList<Role> admin = {Role::Admin};
    const QList<Role> steering = {Role::Admin, Role::Supervisor};
    const QList<Role> areaWork = {Role::Admin, Role::Liaison};
    const QList<Role> problemWork = {Role::Admin, Role::Supervisor, Role::Liaison};
    const QList<Role> exporting = {Role::Admin, Role::Supervisor, Role::Officer};
    const auto nothing = [](Database&, const World&) -> Id { return 0; };
    static const QList<Action> all = {
        {"add an area", admin, nothing,
         [](Database& db, const World&, Id) {
             return toStatus(Repository<Area>(db).create(
                 {0, QStringLiteral("测试新区%1").arg(++counter), AreaKind::Park, {}, true}));
         }},
        {"add an enterprise", admin, nothing,
         [](Database& db, const World& w, Id) {
             Enterprise e;
             e.name = QStringLiteral("重庆测试新材料有限公司%1").arg(++counter);
             e.creditCode = creditCode();
             e.industry = QStringLiteral("材料");
             e.areaId = w.areaA;
             return toStatus(Repository<Enterprise>(db).create(e));
         }},
        {"change an enterprise of the own area", areaWork, nothing,
         [](Database& db, const World& w, Id) { return changeAddress(db, w.enterpriseA); }},
        {"change an enterprise of another area", admin, nothing,
         [](Database& db, const World& w, Id) { return changeAddress(db, w.enterpriseB); }},
        {"log a visit in the own area", areaWork, nothing,
         [](Database& db, const World& w, Id) { return logVisit(db, w.enterpriseA); }},
        {"log a visit in another area", admin, nothing,
         [](Database& db, const World& w, Id) { return logVisit(db, w.enterpriseB); }},
        {"add a contact in the own area", areaWork, nothing,
         [](Database& db, const World& w, Id) {
             return toStatus(Repository<Contact>(db).create({0,
                                                             w.enterpriseA,
                                                             QStringLiteral("联系人%1").arg(++counter),
                                                             {},
                                                             QStringLiteral("13800000000")}));
         }},
        {"raise a problem in the own area", problemWork, nothing,
         [](Database& db, const World& w, Id) { return toStatus(raiseIn(db, w.enterpriseA)); }},
        {"raise a problem in another area", steering, nothing,
         [](Database& db, const World& w, Id) { return toStatus(raiseIn(db, w.enterpriseB)); }},
        {"assign a problem", steering, [](Database& db, const World& w) { return raise(db, w.enterpriseA); },
         [](Database& db, const World& w, Id issue) {
             return workflowOf(db).assign(issue, std::nullopt, w.department, {}, {});
         }},
        {"start a problem of the own area", problemWork,
         [](Database& db, const World& w) { return raiseAndAssign(db, w.enterpriseA, w.department); },
         [](Database& db, const World&, Id issue) {
             return workflowOf(db).start(issue, std::nullopt, QStringLiteral("已联系物流企业"));
         }},
        {"start a problem of another area", steering,
         [](Database& db, const World& w) { return raiseAndAssign(db, w.enterpriseB, w.department); },
         [](Database& db, const World&, Id issue) {
             return workflowOf(db).start(issue, std::nullopt, QStringLiteral("已联系物流企业"));
         }},
        {"urge a problem", steering, [](Database& db, const World& w) { return raise(db, w.enterpriseA); },
         [](Database& db, const World&, Id issue) {
             return workflowOf(db).urge(issue, QStringLiteral("请加快办理"));
         }},
        {"escalate a problem", steering,
         [](Database& db, const World& w) { return raiseAndAssign(db, w.enterpriseA, w.department); },
         [](Database& db, const World&, Id issue) {
             return workflowOf(db).escalate(issue, std::nullopt, QStringLiteral("需部门协调"));
         }},
        {"change a category's deadline", admin, nothing,
         [](Database& db, const World&, Id) {
             return CategoryService::setDeadline(db, QStringLiteral("logistics"), 3 + ++counter % 5);
         }},
        {"correct the work calendar", admin, nothing,
         [](Database& db, const World&, Id) {
             const QJsonObject file{
                 {QStringLiteral("years"),
                  QJsonObject{{QStringLiteral("2031"),
                               QJsonObject{{QStringLiteral("off"), QJsonArray{QStringLiteral("2031-01-01")}},
                                           {QStringLiteral("work"), QJsonArray{}}}}}}};
             return toStatus(CalendarStore::importYears(db, file));
         }},
        {"hand over a duty", admin,
         [](Database& db, const World& w) {
             Enterprise e;
             e.name = QStringLiteral("重庆测试机械有限公司%1").arg(++counter);
             e.creditCode = creditCode();
             e.industry = QStringLiteral("装备");
             e.areaId = w.areaA;
             return Repository<Enterprise>(db).create(e).value_or(0);
         },
         [](Database& db, const World& w, Id enterprise) {
             return toStatus(Repository<DutyAssignment>(db).create({0,
                                                                    enterprise,
                                                                    w.leader,
                                                                    w.department,
                                                                    {},
                                                                    w.areaA,
                                                                    w.liaisonPersonA,
                                                                    QDate(2022, 11, 1),
                                                                    {}}));
         }},
        {"add a user", admin, nothing,
         [](Database& db, const World&, Id) {
             return toStatus(UserAccounts::create(
                 db, {QStringLiteral("perm.new%1").arg(++counter), Role::Officer, {}, password, true}));
         }},
        {"list the users", admin, nothing,
         [](Database& db, const World&, Id) { return toStatus(UserAccounts::list(db)); }},
        {"export the problems", exporting, nothing,
         [](Database& db, const World&, Id) { return toStatus(TableExport::rows(db, ImportKind::Issues)); }},
        {"read the register", everyone, nothing,
         [](Database& db, const World&, Id) { return toStatus(Repository<Enterprise>(db).count()); }},
        {"read the figures", everyone, nothing,
         [](Database& db, const World&, Id) { return toStatus(Lookups::liveCounts(db)); }},
        {"read the audit log", admin, nothing,
         [](Database& db, const World&, Id) { return toStatus(AuditLog::entries(db, {})); }},
        {"back up the database", admin, nothing,
         [](Database& db, const World&, Id) {
             QTemporaryDir dir;
             return Backup::take(db, dir.filePath(QStringLiteral("copy.sqlite")));
         },
         true},
    };
    return all;
}

} // namespace

class TestPermissions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachRoleTriesEachAction_data();
    void eachRoleTriesEachAction();
    void refusalNamesTheEnterprise();
    void nobodySignedInMayDoNothing();
    void wrongPasswordsLockTheAccount();
    void unknownUsersAndStrangeNames_data();
    void unknownUsersAndStrangeNames();
    void badPasswordsAreRefused_data();
    void badPasswordsAreRefused();
    void aPasswordSetByAnotherMustBeChanged();
    void passwordsKeepTheirParameters();
    void parallelGuessesAreCountedFirst();
    void disabledUsersCannotSignIn();
    void theFirstAdministratorOnlyOnce();
    void serverRefusesRawSqlOutsideTheScope();
    void everyWriteInCoreIsReviewed();
    void enterpriseIdentityIsTheAdministrators();
    void eachPersonSignsInAsTheirOwnLogin();
    void eachDatabaseHasItsOwnRoles();
    void theServerWritesTheAuditLog();
    void theServerHoldsEachRoleToItsSteps();

private:
    // What a refused action must leave as it was: the number of rows of every table, the versions and
    // the deadlines, and the last audit entry.
    QString fingerprint() const;
    Session sessionOf(Role role) const { return m_sessions.value(int(role)); }
    void actAsAdmin() { m_db->actAs(sessionOf(Role::Admin)); }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    World m_world;
    QHash<int, Session> m_sessions;
};

void TestPermissions::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    World& w = m_world;
    w.areaA = *Repository<Area>(*m_db).create({0, QStringLiteral("测试甲街道"), AreaKind::Street, {}, true});
    w.areaB = *Repository<Area>(*m_db).create({0, QStringLiteral("测试乙镇"), AreaKind::Town, {}, true});
    w.department = *Repository<Unit>(*m_db).create({0, QStringLiteral("区经济信息委"), {}});
    Repository<Person> people(*m_db);
    w.leader = *people.create({0, QStringLiteral("王建国"), QStringLiteral("副区长"), {}, {}, {}, true});
    w.liaisonPersonA =
        *people.create({0, QStringLiteral("李强"), QStringLiteral("经济发展办主任"), {}, {}, w.areaA, true});
    w.liaisonPersonB =
        *people.create({0, QStringLiteral("赵丽"), QStringLiteral("经济发展办主任"), {}, {}, w.areaB, true});
    w.supervisorPerson =
        *people.create({0, QStringLiteral("周敏"), QStringLiteral("科长"), {}, w.department, {}, true});
    w.officerPerson =
        *people.create({0, QStringLiteral("陈静"), QStringLiteral("综合科"), {}, w.department, {}, true});
    for (auto [area, into, name] :
         {std::tuple{w.areaA, &w.enterpriseA, QStringLiteral("重庆甲铝业有限公司")},
          std::tuple{w.areaB, &w.enterpriseB, QStringLiteral("重庆乙摩托车有限公司")}}) {
        Enterprise e;
        e.name = name;
        e.creditCode = creditCode();
        e.industry = QStringLiteral("制造");
        e.areaId = area;
        *into = *Repository<Enterprise>(*m_db).create(e);
        const Id person = area == w.areaA ? w.liaisonPersonA : w.liaisonPersonB;
        QVERIFY(Repository<DutyAssignment>(*m_db).create(
            {0, *into, w.leader, w.department, {}, area, person, QDate(2022, 11, 1), {}}));
    }
    const auto created = UserAccounts::createSeveral(
        *m_db, {{userName(Role::Admin), Role::Admin, {}, password, false},
                {userName(Role::Supervisor), Role::Supervisor, w.supervisorPerson, password, false},
                {userName(Role::Liaison), Role::Liaison, w.liaisonPersonA, password, false},
                {userName(Role::Officer), Role::Officer, w.officerPerson, password, false}});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    for (Role role : {Role::Admin, Role::Supervisor, Role::Liaison, Role::Officer}) {
        auto session = UserAccounts::signIn(*m_db, userName(role), password);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        QCOMPARE(session->role, role);
        m_sessions.insert(int(role), *session);
    }
}

void TestPermissions::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

QString TestPermissions::fingerprint() const
{
    QStringList parts;
    for (const char* table :
         {"area", "unit", "person", "enterprise", "enterprise_tag", "contact", "duty_assignment", "visit",
          "issue", "issue_event", "issue_co_unit", "issue_extension", "permit_request",
          "production_status_change", "app_user", "calendar_day", "audit_log"}) {
        parts << m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table)))
                     .value_or(QVariant())
                     .toString();
    }
    for (const char* sql :
         {"SELECT SUM(version) FROM enterprise", "SELECT SUM(version) FROM issue",
          "SELECT SUM(deadline_workdays) FROM issue_category", "SELECT MAX(id) FROM audit_log"})
        parts << m_db->scalar(QString::fromLatin1(sql)).value_or(QVariant()).toString();
    return parts.join(QLatin1Char('/'));
}

void TestPermissions::eachRoleTriesEachAction_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("action");
    for (Role role : {Role::Admin, Role::Supervisor, Role::Liaison, Role::Officer}) {
        for (int i = 0; i < actions().size(); ++i) {
            QTest::addRow("%s: %s", qPrintable(DomainText::code(role)), actions().at(i).name)
                << int(role) << i;
        }
    }
}

void TestPermissions::eachRoleTriesEachAction()
{
    QFETCH(int, role);
    QFETCH(int, action);
    const Action& tried = actions().at(action);
    if (tried.sqliteOnly && m_db->backend() != Database::Backend::Sqlite)
        QSKIP("PostgreSQL is backed up on the server");
    actAsAdmin();
    const Id prepared = tried.prepare(*m_db, m_world);
    const QString before = fingerprint();
    m_db->actAs(sessionOf(Role(role)));
    const Status outcome = tried.act(*m_db, m_world, prepared);
    actAsAdmin();
    if (tried.allowed.contains(Role(role))) {
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    } else {
        QVERIFY2(!outcome, "a refused action went through");
        QCOMPARE(int(outcome.error().kind), int(Error::Kind::Permission));
        QVERIFY(!outcome.error().message.isEmpty());
        QCOMPARE(fingerprint(), before);
    }
}

void TestPermissions::refusalNamesTheEnterprise()
{
    m_db->actAs(sessionOf(Role::Liaison));
    const Status refused = changeAddress(*m_db, m_world.enterpriseB);
    actAsAdmin();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("重庆乙摩托车有限公司")),
             qPrintable(refused.error().message));
}

void TestPermissions::nobodySignedInMayDoNothing()
{
    const QString before = fingerprint();
    m_db->signOut();
    const auto read = Repository<Enterprise>(*m_db).count();
    const Status write = changeAddress(*m_db, m_world.enterpriseA);
    const auto users = UserAccounts::list(*m_db);
    actAsAdmin();
    QVERIFY(!read && !write && !users);
    QCOMPARE(int(read.error().kind), int(Error::Kind::Permission));
    QCOMPARE(int(write.error().kind), int(Error::Kind::Permission));
    QCOMPARE(fingerprint(), before);
}

void TestPermissions::wrongPasswordsLockTheAccount()
{
    actAsAdmin();
    const QString name = QStringLiteral("perm.locked");
    QVERIFY(UserAccounts::create(*m_db, {name, Role::Officer, {}, password, false}));
    QString wrongMessage;
    for (int attempt = 1; attempt <= UserAccounts::maxFailedSignIns; ++attempt) {
        const auto refused =
            UserAccounts::signIn(*m_db, name, QStringLiteral("wrong password %1").arg(attempt));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("Unknown user or wrong password.")),
                 qPrintable(refused.error().message));
        wrongMessage = refused.error().message;
    }
    // Locked: even the right password is refused, with the very words of a wrong one (so a locked
    // account does not confirm that the name exists), and the password is not looked at.
    const long long checksBefore = PasswordHash::checksMade();
    const auto locked = UserAccounts::signIn(*m_db, name, password);
    QVERIFY(!locked);
    QCOMPARE(int(locked.error().kind), int(Error::Kind::Permission));
    QCOMPARE(locked.error().message, wrongMessage);
    QCOMPARE(PasswordHash::checksMade(), checksBefore);
    actAsAdmin();
    auto account = UserAccounts::find(*m_db, name);
    QVERIFY(account && account->lockedUntil.isValid());
    const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(account->lockedUntil) / 60;
    QVERIFY2(minutes >= UserAccounts::lockMinutes - 1 && minutes <= UserAccounts::lockMinutes,
             qPrintable(QString::number(minutes)));
    // The lock is on record in the audit log.
    auto entries = AuditLog::entries(*m_db, {{}, QStringLiteral("app_user"), account->id, {}, {}, 10});
    QVERIFY(entries && !entries->isEmpty());
    QVERIFY(entries->front().after.contains(QStringLiteral("locked_until")));
    QVERIFY(!entries->front().after.contains(QStringLiteral("pbkdf2")));
    // The lock over, the right password works again.
    QVERIFY(m_db->execute(QStringLiteral("UPDATE app_user SET locked_until = ? WHERE name = ?"),
                          {QDateTime::currentDateTimeUtc().addSecs(-1), name}));
    QVERIFY(UserAccounts::signIn(*m_db, name, password));
    actAsAdmin();
    // An administrator's reset unlocks at once.
    for (int attempt = 1; attempt <= UserAccounts::maxFailedSignIns; ++attempt)
        QVERIFY(!UserAccounts::signIn(*m_db, name, QStringLiteral("wrong")));
    actAsAdmin();
    QVERIFY(UserAccounts::resetPassword(*m_db, name, QStringLiteral("reset by admin")));
    QVERIFY(UserAccounts::signIn(*m_db, name, QStringLiteral("reset by admin")));
    actAsAdmin();
}

void TestPermissions::unknownUsersAndStrangeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isUserName"); // could name a user, just not one that exists
    QTest::newRow("unknown") << QStringLiteral("nobody.here") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("SQL") << QStringLiteral("x' OR '1'='1'; DROP TABLE app_user; --") << false;
    QTest::newRow("Chinese") << QStringLiteral("张敏") << false;
    QTest::newRow("huge") << QString(100000, QLatin1Char('a')) << false;
}

void TestPermissions::unknownUsersAndStrangeNames()
{
    QFETCH(QString, name);
    QFETCH(bool, isUserName);
    const QString before = fingerprint();
    const auto refused = UserAccounts::signIn(*m_db, name, password);
    actAsAdmin();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Unknown user or wrong password.")),
             qPrintable(refused.error().message));
    if (!isUserName) {
        const auto created = UserAccounts::create(*m_db, {name, Role::Officer, {}, password, true});
        QVERIFY(!created);
        QCOMPARE(int(created.error().kind), int(Error::Kind::Validation));
        QVERIFY(created.error().message.size() < 300);
    }
    QCOMPARE(fingerprint(), before);
}

void TestPermissions::badPasswordsAreRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("short") << QStringLiteral("abc123") << QStringLiteral("too short");
    QTest::newRow("huge") << QString(1 << 20, QLatin1Char('x')) << QStringLiteral("too long");
}

void TestPermissions::badPasswordsAreRefused()
{
    QFETCH(QString, password);
    QFETCH(QString, says);
    const QString before = fingerprint();
    const auto created =
        UserAccounts::create(*m_db, {QStringLiteral("perm.weak"), Role::Officer, {}, password, true});
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(says), qPrintable(created.error().message));
    m_db->actAs(sessionOf(Role::Officer));
    const Status changed = UserAccounts::changePassword(*m_db, ::password, password);
    actAsAdmin();
    QVERIFY(!changed);
    QCOMPARE(fingerprint(), before);
}

void TestPermissions::aPasswordSetByAnotherMustBeChanged()
{
    const QString name = QStringLiteral("perm.fresh");
    QVERIFY(UserAccounts::create(
        *m_db, {name, Role::Liaison, m_world.liaisonPersonB, QStringLiteral("given by admin"), true}));
    auto session = UserAccounts::signIn(*m_db, name, QStringLiteral("given by admin"));
    QVERIFY(session);
    QVERIFY(session->mustChangePassword);
    const auto read = Repository<Enterprise>(*m_db).count();
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("new password")), qPrintable(read.error().message));
    const Status wrongCurrent =
        UserAccounts::changePassword(*m_db, QStringLiteral("not it at all"), QStringLiteral("my own secret"));
    QVERIFY(!wrongCurrent);
    QCOMPARE(wrongCurrent.error().field, QStringLiteral("current"));
    QVERIFY(UserAccounts::changePassword(*m_db, QStringLiteral("given by admin"),
                                         QStringLiteral("my own secret")));
    QVERIFY(!m_db->session().mustChangePassword);
    QVERIFY(Repository<Enterprise>(*m_db).count());
    // The old password no longer works, the new one does.
    QVERIFY(!UserAccounts::signIn(*m_db, name, QStringLiteral("given by admin")));
    QVERIFY(UserAccounts::signIn(*m_db, name, QStringLiteral("my own secret")));
    actAsAdmin();
}

void TestPermissions::passwordsKeepTheirParameters()
{
    const QString stored = m_db->scalar(QStringLiteral("SELECT password_hash FROM app_user WHERE name = ?"),
                                        {userName(Role::Officer)})
                               ->toString();
    QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")), qPrintable(stored));
    QVERIFY(!stored.contains(password));
    // Two users with one password have different salts, so different hashes.
    const QString other = m_db->scalar(QStringLiteral("SELECT password_hash FROM app_user WHERE name = ?"),
                                       {userName(Role::Liaison)})
                              ->toString();
    QVERIFY(other != stored);
    QVERIFY(PasswordHash::matches(password, stored));
    QVERIFY(!PasswordHash::matches(password + QLatin1Char(' '), stored));
    QVERIFY(!PasswordHash::matches(password, QStringLiteral("pbkdf2-sha256$1$$")));
    QVERIFY(!PasswordHash::matches(password, QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$$")));
    QVERIFY(!PasswordHash::matches(password, QString()));
    // The stand-in an unknown user is checked against is a real hash of today's strength, so the check
    // does all the work of a real one.
    QVERIFY(!PasswordHash::isOutdated(PasswordHash::decoy()));
    QVERIFY(PasswordHash::matches(QStringLiteral("no such user"), PasswordHash::decoy()));
    // A PBKDF2 hash of an earlier version still verifies, and is made again as Argon2id at the next
    // sign-in.
    const QString weaker = PasswordHash::pbkdf2(password, 1000);
    QVERIFY(PasswordHash::matches(password, weaker));
    QVERIFY(PasswordHash::isOutdated(weaker));
    QVERIFY(m_db->execute(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE name = ?"),
                          {weaker, userName(Role::Officer)}));
    QVERIFY(UserAccounts::signIn(*m_db, userName(Role::Officer), password));
    actAsAdmin();
    const QString renewed = m_db->scalar(QStringLiteral("SELECT password_hash FROM app_user WHERE name = ?"),
                                         {userName(Role::Officer)})
                                ->toString();
    QVERIFY(!PasswordHash::isOutdated(renewed));
    QVERIFY(renewed.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(UserAccounts::signIn(*m_db, userName(Role::Officer), password));
    actAsAdmin();
}

void TestPermissions::parallelGuessesAreCountedFirst()
{
    // Twelve wrong passwords at once, each on a connection of its own as from twelve desktops: the
    // attempts are numbered before any password is checked, so no more than five are.
    actAsAdmin();
    const QString name = QStringLiteral("perm.guessed");
    QVERIFY(UserAccounts::create(*m_db, {name, Role::Officer, {}, password, false}));
    const long long checksBefore = PasswordHash::checksMade();
    constexpr int guesses = 12;
    std::vector<std::thread> guessers;
    std::array<QString, guesses> answers;
    for (int i = 0; i < guesses; ++i) {
        guessers.emplace_back([&, i] {
            auto db = m_scratch->open();
            if (!db) {
                answers.at(std::size_t(i)) = QStringLiteral("no connection");
                return;
            }
            const auto refused = UserAccounts::signIn(*db, name, QStringLiteral("guess number %1").arg(i));
            answers.at(std::size_t(i)) = refused ? QStringLiteral("signed in") : refused.error().message;
        });
    }
    for (std::thread& guesser : guessers)
        guesser.join();
    for (const QString& answer : answers)
        QVERIFY2(answer.startsWith(QStringLiteral("Unknown user or wrong password.")), qPrintable(answer));
    QCOMPARE(PasswordHash::checksMade() - checksBefore, qint64(UserAccounts::maxFailedSignIns));
    // Locked by the fifth, so the right password is refused too, unchecked.
    QVERIFY(!UserAccounts::signIn(*m_db, name, password));
    QCOMPARE(PasswordHash::checksMade() - checksBefore, qint64(UserAccounts::maxFailedSignIns));
    actAsAdmin();
    auto account = UserAccounts::find(*m_db, name);
    QVERIFY(account && account->lockedUntil.isValid());
    // One lock, one audit entry.
    auto entries = AuditLog::entries(*m_db, {{}, QStringLiteral("app_user"), account->id, {}, {}, 10});
    QVERIFY(entries);
    QCOMPARE(std::count_if(entries->cbegin(), entries->cend(),
                           [](const AuditLog::Entry& entry) {
                               return entry.after.contains(QStringLiteral("locked_until"));
                           }),
             1);
}

void TestPermissions::disabledUsersCannotSignIn()
{
    const QString name = QStringLiteral("perm.leaving");
    QVERIFY(UserAccounts::create(*m_db, {name, Role::Officer, {}, password, false}));
    QVERIFY(UserAccounts::setActive(*m_db, name, false));
    const auto refused = UserAccounts::signIn(*m_db, name, password);
    actAsAdmin();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("disabled")),
             qPrintable(refused.error().message));
    // Nobody disables their own account.
    const Status self = UserAccounts::setActive(*m_db, userName(Role::Admin), false);
    QVERIFY(!self);
    QVERIFY(UserAccounts::setActive(*m_db, name, true));
    QVERIFY(UserAccounts::signIn(*m_db, name, password));
    actAsAdmin();
}

void TestPermissions::theFirstAdministratorOnlyOnce()
{
    // This database has users: no second "first" administrator, and no set-up session.
    const auto again = UserAccounts::createFirstAdmin(*m_db, QStringLiteral("perm.second"), password);
    QVERIFY(!again);
    QCOMPARE(int(again.error().kind), int(Error::Kind::Permission));
    QVERIFY(!UserAccounts::actAsSetUp(*m_db));
    actAsAdmin();
    // A new database takes its first administrator, who is signed in at once.
    ScratchDatabase scratch;
    auto fresh = scratch.open();
    QVERIFY(fresh);
    // A user an earlier version listed without a password cannot sign in, so does not count.
    QVERIFY(fresh->execute(QStringLiteral("INSERT INTO app_user (name, role) VALUES ('legacy', 'officer')")));
    QCOMPARE(UserAccounts::hasUsers(*fresh).value_or(true), false);
    fresh->signOut();
    QVERIFY(!UserAccounts::signIn(*fresh, QStringLiteral("legacy"), QString()));
    QVERIFY(!UserAccounts::createFirstAdmin(*fresh, QStringLiteral("Admin One"), password));
    const auto first = UserAccounts::createFirstAdmin(*fresh, QStringLiteral("perm.first"), password);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(fresh->session().userName, QStringLiteral("perm.first"));
    QCOMPARE(fresh->session().role, Role::Admin);
}

void TestPermissions::serverRefusesRawSqlOutsideTheScope()
{
    if (m_db->backend() != Database::Backend::Postgres)
        QSKIP("SQLite has no server roles; the core's checks are all there is");
    actAsAdmin();
    const Id issueA = raise(*m_db, m_world.enterpriseA);
    const Id issueB = raise(*m_db, m_world.enterpriseB);
    QVERIFY(issueA && issueB);
    // psql as the liaison officer of area A: their own login role, in the liaison group.
    const QUrl url(m_db->spec());
    const auto connectAs = [&](Role role) {
        const QString name = QStringLiteral("perm-raw-") + DomainText::code(role);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        raw.setHostName(url.host());
        raw.setPort(url.port(5432));
        raw.setDatabaseName(url.path().mid(1));
        raw.setUserName(ServerRoles::loginRole(url.path().mid(1), userName(role)));
        raw.setPassword(password);
        return raw;
    };
    {
        QSqlDatabase raw = connectAs(Role::Liaison);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery query(raw);
        // Another area's problem: invisible to an update, so nothing changes.
        QVERIFY(query.prepare(QStringLiteral("UPDATE issue SET resolution = 'psql' WHERE id = ?")));
        query.addBindValue(issueB);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 0);
        // Their own area's problem: changed.
        query.addBindValue(issueA);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
        // A contact for another area's enterprise: refused by the policy.
        QVERIFY(
            query.prepare(QStringLiteral("INSERT INTO contact (enterprise_id, name) VALUES (?, 'psql')")));
        query.addBindValue(m_world.enterpriseB);
        QVERIFY(!query.exec());
        QVERIFY2(query.lastError().text().contains(QStringLiteral("row-level security")),
                 qPrintable(query.lastError().text()));
        query.addBindValue(m_world.enterpriseA);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        // Reference data and the audit log are out of reach.
        QVERIFY(!query.exec(QStringLiteral("UPDATE area SET name = 'psql'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("permission denied")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!query.exec(QStringLiteral("SELECT password_hash FROM app_user")));
        // Reading is for everyone.
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM issue")) && query.next());
        QVERIFY(query.value(0).toInt() >= 2);
        // A temporary table app_user that names the session an administrator: the scope functions
        // read the real one, so the other area's problem and enterprise stay out of reach.
        QVERIFY2(
            query.exec(QStringLiteral("CREATE TEMP TABLE app_user (id BIGINT, name TEXT, person_id BIGINT, "
                                      "role TEXT, active BOOLEAN)")),
            qPrintable(query.lastError().text()));
        QVERIFY2(
            query.exec(QStringLiteral("INSERT INTO pg_temp.app_user VALUES (1, session_user, NULL, 'admin', "
                                      "TRUE)")),
            qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(QStringLiteral("UPDATE issue SET status = 'verified' WHERE id = ?")));
        query.addBindValue(issueB);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 0);
        QVERIFY(query.prepare(QStringLiteral("UPDATE enterprise SET address = 'forged' WHERE id = ?")));
        query.addBindValue(m_world.enterpriseB);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 0);
        QVERIFY(
            query.prepare(QStringLiteral("INSERT INTO contact (enterprise_id, name) VALUES (?, 'forged')")));
        query.addBindValue(m_world.enterpriseB);
        QVERIFY(!query.exec());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE pg_temp.app_user")));
        // Their own problem: no status but the workflow's next, and nothing deleted.
        QVERIFY(query.prepare(QStringLiteral("UPDATE issue SET status = 'resolved' WHERE id = ?")));
        query.addBindValue(issueA);
        QVERIFY(!query.exec());
        QVERIFY2(query.lastError().text().contains(QStringLiteral("does not go from new to resolved")),
                 qPrintable(query.lastError().text()));
        for (const char* table : {"issue", "issue_event", "visit", "contact", "permit_request"}) {
            QVERIFY2(!query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table))), table);
            QVERIFY2(query.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(query.lastError().text()));
        }
        raw.close();
    }
    {
        QSqlDatabase raw = connectAs(Role::Officer);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery query(raw);
        QVERIFY(!query.exec(QStringLiteral("UPDATE issue SET description = 'psql'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("permission denied")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM issue")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("permission denied")));
        raw.close();
    }
    {
        QSqlDatabase raw = connectAs(Role::Supervisor);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery query(raw);
        QVERIFY(query.prepare(QStringLiteral("UPDATE issue SET description = 'supervised' WHERE id = ?")));
        query.addBindValue(issueB);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
        QVERIFY(!query.exec(QStringLiteral("UPDATE visit SET notes = 'psql'")));
        // Every problem, but no status out of the workflow's order, and no problem deleted.
        QVERIFY(query.prepare(QStringLiteral("UPDATE issue SET status = 'verified' WHERE id = ?")));
        query.addBindValue(issueB);
        QVERIFY(!query.exec());
        QVERIFY2(query.lastError().text().contains(QStringLiteral("does not go from new to verified")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(QStringLiteral("UPDATE issue SET status = 'assigned' WHERE id = ?")));
        query.addBindValue(issueB);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        for (const char* table : {"issue", "issue_event", "issue_extension"}) {
            QVERIFY2(!query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table))), table);
            QVERIFY2(query.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(query.lastError().text()));
        }
        raw.close();
    }
    for (Role role : {Role::Liaison, Role::Officer, Role::Supervisor})
        QSqlDatabase::removeDatabase(QStringLiteral("perm-raw-") + DomainText::code(role));
    const QString untouched =
        m_db->scalar(QStringLiteral("SELECT description FROM issue WHERE id = ?"), {issueB})->toString();
    QCOMPARE(untouched, QStringLiteral("supervised"));
}

void TestPermissions::enterpriseIdentityIsTheAdministrators()
{
    actAsAdmin();
    const auto batch = Repository<WhitelistBatch>(*m_db).create({0, 7, QDate(2022, 11, 20), {}});
    QVERIFY(batch);
    // A liaison officer works on their enterprise but leaves its identity in the register alone.
    m_db->actAs(sessionOf(Role::Liaison));
    Repository<Enterprise> enterprises(*m_db);
    Enterprise mine = *enterprises.get(m_world.enterpriseA);
    mine.address = QStringLiteral("九龙园区华龙大道 9 号");
    mine.productionStatus = ProductionStatus::Partial;
    QVERIFY(enterprises.update(mine));
    mine = *enterprises.get(m_world.enterpriseA);
    const QString before = fingerprint();
    const auto refusedChange = [&](const std::function<void(Enterprise&)>& change) {
        Enterprise changed = mine;
        change(changed);
        const Status refused = enterprises.update(changed);
        return !refused && refused.error().kind == Error::Kind::Permission &&
               refused.error().message.contains(QStringLiteral("credit code")) && fingerprint() == before;
    };
    QVERIFY(refusedChange([](Enterprise& e) { e.name = QStringLiteral("重庆甲铝业集团有限公司"); }));
    QVERIFY(refusedChange([&](Enterprise& e) { e.creditCode = creditCode(); }));
    QVERIFY(refusedChange([&](Enterprise& e) { e.areaId = m_world.areaB; }));
    QVERIFY(refusedChange([](Enterprise& e) { e.scale = EnterpriseScale::Other; }));
    QVERIFY(refusedChange([&](Enterprise& e) { e.whitelistBatchId = *batch; }));

    // The administrator changes it.
    actAsAdmin();
    Enterprise renamed = *enterprises.get(m_world.enterpriseA);
    renamed.scale = EnterpriseScale::PreUpgrade;
    QVERIFY(enterprises.update(renamed));
    renamed = *enterprises.get(m_world.enterpriseA);
    renamed.scale = EnterpriseScale::Direct;
    QVERIFY(enterprises.update(renamed));

    if (m_db->backend() != Database::Backend::Postgres)
        return;
    // On the server, with psql as the liaison officer's own login role: the same rule.
    const QUrl url(m_db->spec());
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("perm-identity"));
        raw.setHostName(url.host());
        raw.setPort(url.port(5432));
        raw.setDatabaseName(url.path().mid(1));
        raw.setUserName(ServerRoles::loginRole(url.path().mid(1), userName(Role::Liaison)));
        raw.setPassword(password);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery query(raw);
        for (const char* change : {"name = 'psql'", "credit_code = '915001070000000000'", "scale = 'other'",
                                   "area_id = area_id + 0, scale = 'pre_upgrade'"}) {
            QVERIFY(query.prepare(
                QStringLiteral("UPDATE enterprise SET %1 WHERE id = ?").arg(QLatin1StringView(change))));
            query.addBindValue(m_world.enterpriseA);
            QVERIFY2(!query.exec(), change);
            QVERIFY2(query.lastError().text().contains(QStringLiteral("only an administrator")),
                     qPrintable(query.lastError().text()));
        }
        QVERIFY(query.prepare(
            QStringLiteral("UPDATE enterprise SET address = 'psql', name = name WHERE id = ?")));
        query.addBindValue(m_world.enterpriseA);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("perm-identity"));
    QCOMPARE(enterprises.get(m_world.enterpriseA)->name, mine.name);
}

namespace {

// The server's address without a user: where each person signs in as their own login.
QString serverAddress(const QString& spec)
{
    QUrl url(spec);
    url.setUserName(QString());
    url.setPassword(QString());
    return url.toString();
}

// A psql-like connection as a server login, closed and removed when done.
struct RawLogin
{
    RawLogin(const QString& spec, const QString& login, const QString& secret, const QString& database = {})
        : name(QStringLiteral("perm-login-%1").arg(++count))
    {
        const QUrl url(spec);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        raw.setHostName(url.host());
        raw.setPort(url.port(5432));
        raw.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
        raw.setUserName(login);
        raw.setPassword(secret);
        opened = raw.open();
        error = raw.lastError().text();
    }
    ~RawLogin()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    Q_DISABLE_COPY_MOVE(RawLogin)
    QSqlDatabase connection() const { return QSqlDatabase::database(name, false); }
    // The first value of statement, or the error's text.
    QString value(const QString& statement) const
    {
        QSqlQuery query(connection());
        if (!query.exec(statement))
            return query.lastError().text();
        return query.next() ? query.value(0).toString() : QString();
    }

    static inline int count = 0;
    QString name;
    bool opened = false;
    QString error;
};

} // namespace

void TestPermissions::eachPersonSignsInAsTheirOwnLogin()
{
    if (m_db->backend() != Database::Backend::Postgres)
        QSKIP("SQLite has no server logins");
    actAsAdmin();
    const QString server = serverAddress(m_db->spec());
    QVERIFY(UserAccounts::signsInToServer(server));
    QVERIFY(!UserAccounts::signsInToServer(m_db->spec()));
    const QString database = QUrl(server).path().mid(1);
    const QString liaison = userName(Role::Liaison);

    // The desktop of a liaison officer: connected as their own login, checked by the server.
    auto desk = UserAccounts::signInToServer(server, liaison, password);
    QVERIFY2(desk, qPrintable(desk ? QString() : desk.error().message));
    Database& db = **desk;
    QVERIFY(db.session().serverLogin);
    QCOMPARE(db.session().role, Role::Liaison);
    QCOMPARE(db.scalar(QStringLiteral("SELECT session_user"))->toString(),
             ServerRoles::loginRole(database, liaison));
    // No owner's credential in this desktop: its connection neither owns the tables nor passes the
    // row-level security, and what it would open again names the same login.
    QCOMPARE(QUrl(db.spec()).userName(), ServerRoles::loginRole(database, liaison));
    QVERIFY(!db.scalar(QStringLiteral("SELECT pg_has_role(session_user, relowner, 'MEMBER') FROM pg_class "
                                      "WHERE relname = 'enterprise'"))
                 ->toBool());
    QVERIFY(!db.scalar(QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolbypassrls FROM pg_roles "
                                      "WHERE rolname = session_user"))
                 ->toBool());
    const Id otherArea = raise(*m_db, m_world.enterpriseB);
    auto changed =
        db.run(QStringLiteral("UPDATE issue SET description = 'from the desktop' WHERE id = ?"), {otherArea});
    QVERIFY(changed);
    QCOMPARE(changed->numRowsAffected(), 0);
    auto hashes = db.run(QStringLiteral("SELECT password_hash FROM app_user"));
    QVERIFY(!hashes);
    const Status standing = UserAccounts::checkSession(db);
    QVERIFY2(standing, qPrintable(standing ? QString() : standing.error().message));

    // The same answer for a wrong password and an unknown user; no connection is left.
    const auto wrong = UserAccounts::signInToServer(server, liaison, QStringLiteral("not the password"));
    const auto unknown = UserAccounts::signInToServer(server, QStringLiteral("nobody.here"), password);
    QVERIFY(!wrong && !unknown);
    QCOMPARE(wrong.error().message, unknown.error().message);
    // A login that is not a user of this database is turned away after connecting.
    QVERIFY(!UserAccounts::signInByServer(*m_db));

    // Their own password, changed from the desktop: the server takes the new one only.
    QVERIFY(UserAccounts::changePassword(db, password, QStringLiteral("my own server password")));
    QVERIFY(UserAccounts::checkSession(db));
    QVERIFY(!UserAccounts::signInToServer(server, liaison, password));
    auto again = UserAccounts::signInToServer(server, liaison, QStringLiteral("my own server password"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    again->reset();

    // TLS as the address asks: this test server has none, so "require" is refused and "disable" works;
    // nothing but the TLS options is passed on to the client library.
    const auto withTls = UserAccounts::signInToServer(server + QStringLiteral("?sslmode=require"), liaison,
                                                      QStringLiteral("my own server password"));
    QVERIFY(!withTls);
    QVERIFY2(withTls.error().message.contains(QStringLiteral("SSL")), qPrintable(withTls.error().message));
    QVERIFY(UserAccounts::signInToServer(server + QStringLiteral("?sslmode=disable"), liaison,
                                         QStringLiteral("my own server password")));
    const auto smuggled =
        UserAccounts::signInToServer(server + QStringLiteral("?options=-csearch_path%3Dpg_temp"), liaison,
                                     QStringLiteral("my own server password"));
    QVERIFY(!smuggled);
    QVERIFY2(smuggled.error().message.contains(QStringLiteral("may carry only")),
             qPrintable(smuggled.error().message));

    // Disabled by an administrator: the open desktop learns it, and the server refuses the login.
    QVERIFY(UserAccounts::setActive(*m_db, liaison, false));
    QVERIFY(!UserAccounts::checkSession(db));
    const auto disabled =
        UserAccounts::signInToServer(server, liaison, QStringLiteral("my own server password"));
    QVERIFY(!disabled);
    QCOMPARE(disabled.error().message, wrong.error().message);
    QVERIFY(UserAccounts::setActive(*m_db, liaison, true));
    QVERIFY(UserAccounts::resetPassword(*m_db, liaison, password));
    desk->reset();
}

void TestPermissions::eachDatabaseHasItsOwnRoles()
{
    if (m_db->backend() != Database::Backend::Postgres)
        QSKIP("SQLite has no server roles");
    actAsAdmin();
    const QString database = QUrl(m_db->spec()).path().mid(1);
    // A second LiaisonDesk database on the same server, with an administrator of the same name.
    ScratchDatabase otherScratch;
    auto other = otherScratch.open();
    QVERIFY(other);
    const QString otherDatabase = QUrl(other->spec()).path().mid(1);
    QVERIFY(UserAccounts::create(
        *other, {userName(Role::Admin), Role::Admin, {}, QStringLiteral("other admin pw"), false}));
    const QString admin = ServerRoles::loginRole(database, userName(Role::Admin));
    // A server role of somebody else's, which happens to bear a name a user may have.
    QVERIFY(m_db->execute(QStringLiteral("DO $$ BEGIN CREATE ROLE perm_victim LOGIN; EXCEPTION WHEN "
                                         "duplicate_object THEN NULL; END $$")));
    {
        // This database's administrator may not even connect to the other one.
        RawLogin across(m_db->spec(), admin, password, otherDatabase);
        QVERIFY(!across.opened);
        QVERIFY2(across.error.contains(QStringLiteral("permission denied")), qPrintable(across.error));
    }
    {
        RawLogin own(m_db->spec(), admin, password);
        QVERIFY2(own.opened, qPrintable(own.error));
        // No server-wide right: users are made through the one function, for this database only.
        QCOMPARE(own.value(
                     QStringLiteral("SELECT rolcreaterole::text FROM pg_roles WHERE rolname = session_user")),
                 QStringLiteral("false"));
        QVERIFY(own.value(QStringLiteral("CREATE ROLE perm_made_by_admin LOGIN"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(own.value(QStringLiteral("ALTER ROLE postgres NOLOGIN"))
                    .contains(QStringLiteral("must be superuser")));
        QVERIFY(own.value(QStringLiteral("ALTER ROLE perm_victim NOLOGIN"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(own.value(QStringLiteral("SELECT liaisondesk_sync_login('nobody.here', NULL)"))
                    .contains(QStringLiteral("no LiaisonDesk user")));
        QVERIFY(own.value(QStringLiteral("SELECT liaisondesk_sync_login('perm.officer', 'plain text')"))
                    .contains(QStringLiteral("never as text")));
    }
    {
        // A liaison officer may not call it at all.
        RawLogin liaison(m_db->spec(), ServerRoles::loginRole(database, userName(Role::Liaison)), password);
        QVERIFY2(liaison.opened, qPrintable(liaison.error));
        QVERIFY(liaison.value(QStringLiteral("SELECT liaisondesk_sync_login('perm.liaison', NULL)"))
                    .contains(QStringLiteral("permission denied")));
    }
    // A server role that happens to bear a user's name is never touched: the user's login is
    // "<database>.<name>", and disabling it leaves the server role as it was.
    QVERIFY(UserAccounts::create(*m_db, {QStringLiteral("perm_victim"), Role::Officer, {}, password, false}));
    QVERIFY(UserAccounts::setActive(*m_db, QStringLiteral("perm_victim"), false));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'perm_victim'"))
                 ->toBool(),
             true);
    QCOMPARE(m_db->scalar(QStringLiteral(
                              "SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                              "WHERE r.rolname = 'perm_victim'"))
                 ->toInt(),
             0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"),
                          {ServerRoles::loginRole(database, QStringLiteral("perm_victim"))})
                 ->toBool(),
             false);
    // The other database's administrator is untouched by all this, and still signs in there.
    auto otherDesk = UserAccounts::signInToServer(serverAddress(other->spec()), userName(Role::Admin),
                                                  QStringLiteral("other admin pw"));
    QVERIFY2(otherDesk, qPrintable(otherDesk ? QString() : otherDesk.error().message));
}

void TestPermissions::theServerWritesTheAuditLog()
{
    if (m_db->backend() != Database::Backend::Postgres)
        QSKIP("SQLite has no server; the anchor beside the file is its guard "
              "(theNewestEntriesRemovedAreFound)");
    actAsAdmin();
    const QString database = QUrl(m_db->spec()).path().mid(1);
    const Id ownProblem = raise(*m_db, m_world.enterpriseA);
    // The officer chose their own password after the administrator's reset of an earlier test.
    QVERIFY(m_db->execute(QStringLiteral("UPDATE app_user SET must_change_password = FALSE WHERE name = ?"),
                          {userName(Role::Liaison)}));
    const auto lastId = [&] {
        return m_db->scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"))->toLongLong();
    };
    {
        RawLogin liaison(m_db->spec(), ServerRoles::loginRole(database, userName(Role::Liaison)), password);
        QVERIFY2(liaison.opened, qPrintable(liaison.error));
        // An entry in an administrator's name, written by hand: refused, whatever its hash.
        const Id before = lastId();
        QVERIFY(
            liaison
                .value(QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, record_id, "
                                      "prev_hash, hash) VALUES (now(), 'perm.admin', 'delete', 'issue', 1, "
                                      "'', 'forged')"))
                .contains(QStringLiteral("permission denied")));
        QCOMPARE(lastId(), before);
        // Raw SQL on their own problem: allowed, and written into the log by the server, in their name.
        QCOMPARE(liaison.value(QStringLiteral("UPDATE issue SET resolution = 'psql audit' WHERE id = %1 "
                                              "RETURNING id")
                                   .arg(ownProblem)),
                 QString::number(ownProblem));
        auto entries = AuditLog::entries(*m_db, {{}, QStringLiteral("issue"), ownProblem, {}, {}, 5});
        QVERIFY(entries && !entries->isEmpty());
        const AuditLog::Entry& written = entries->front();
        QVERIFY(written.id > before);
        QCOMPARE(written.actor, userName(Role::Liaison));
        QCOMPARE(written.action, QStringLiteral("update"));
        QVERIFY2(written.after.contains(QStringLiteral("psql audit")), qPrintable(written.after));
        QVERIFY(qAbs(written.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    // The desktop signed in as the same login: one entry per change, written by the server.
    auto desk = UserAccounts::signInToServer(serverAddress(m_db->spec()), userName(Role::Liaison), password);
    QVERIFY2(desk, qPrintable(desk ? QString() : desk.error().message));
    const auto contact =
        Repository<Contact>(**desk).create({0, m_world.enterpriseA, QStringLiteral("王经理"),
                                            QStringLiteral("厂长"), QStringLiteral("13800000000")});
    QVERIFY2(contact, qPrintable(contact ? QString() : contact.error().message));
    auto contactEntries = AuditLog::entries(*m_db, {{}, QStringLiteral("contact"), *contact, {}, {}, 5});
    QVERIFY(contactEntries);
    QCOMPARE(contactEntries->size(), 1);
    QCOMPARE(contactEntries->front().actor, userName(Role::Liaison));
    QVERIFY(contactEntries->front().after.contains(QStringLiteral("王经理")));
    // The liaison's desktop works a problem through the workflow, as the server's rules allow: it
    // registers it, and after a supervisor's assignment asks for more time, starts and resolves it.
    auto registered = raiseIn(**desk, m_world.enterpriseA);
    QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().message));
    QVERIFY(workflowOf(*m_db).assign(*registered, std::nullopt, m_world.department, {}, {}));
    IssueWorkflow work = workflowOf(**desk);
    const auto extension = work.requestExtension(*registered, QDate(2030, 1, 4), QStringLiteral("原料未到"));
    QVERIFY2(extension, qPrintable(extension ? QString() : extension.error().message));
    const Status started = work.start(*registered, std::nullopt, QStringLiteral("已联系物流"));
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    const Status resolved =
        work.resolve(*registered, std::nullopt, QStringLiteral("已恢复运输"), QDate::currentDate());
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM issue_event WHERE issue_id = ? AND actor = ?"),
                          {*registered, userName(Role::Liaison)})
                 ->toInt(),
             4); // created, extension requested, started, resolved
    // The owner's own entries and the server's make one chain, which verifies.
    QVERIFY(Repository<Contact>(*m_db).create({0, m_world.enterpriseB, QStringLiteral("赵主任"), {}, {}}));
    const auto check = AuditLog::verify(*m_db);
    QVERIFY(check);
    QVERIFY2(check->firstBroken == 0, qPrintable(check->reason));
    desk->reset();
}

void TestPermissions::theServerHoldsEachRoleToItsSteps()
{
    if (m_db->backend() != Database::Backend::Postgres)
        QSKIP("SQLite has no server roles");
    actAsAdmin();
    const QString database = QUrl(m_db->spec()).path().mid(1);
    QVERIFY(m_db->execute(QStringLiteral("UPDATE app_user SET must_change_password = FALSE WHERE name = ?"),
                          {userName(Role::Liaison)}));
    const Id ownProblem = raise(*m_db, m_world.enterpriseA);
    const auto entriesNow = [&] {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
    };
    RawLogin liaison(m_db->spec(), ServerRoles::loginRole(database, userName(Role::Liaison)), password);
    RawLogin officer(m_db->spec(), ServerRoles::loginRole(database, userName(Role::Officer)), password);
    RawLogin admin(m_db->spec(), ServerRoles::loginRole(database, userName(Role::Admin)), password);
    QVERIFY2(liaison.opened && officer.opened && admin.opened,
             qPrintable(liaison.error + officer.error + admin.error));
    const auto refused = [](const QString& answer, const char* expected) {
        return answer.contains(QLatin1StringView(expected)) ? QString() : answer;
    };
    // A liaison officer works a problem of their own scope but does not steer it.
    const QString id = QString::number(ownProblem);
    QCOMPARE(refused(liaison.value(QStringLiteral("UPDATE issue SET status = 'assigned' WHERE id = ") + id),
                     "supervisor's step"),
             QString());
    QCOMPARE(refused(liaison.value(QStringLiteral("UPDATE issue SET due_on = '2030-01-01' WHERE id = ") + id),
                     "a supervisor's"),
             QString());
    QCOMPARE(
        refused(liaison.value(QStringLiteral("UPDATE issue SET owner_person_id = NULL WHERE id = ") + id),
                "a supervisor's"),
        QString());
    // Its timeline is written in the actor's own name and never rewritten.
    QCOMPARE(refused(liaison.value(QStringLiteral("INSERT INTO issue_event (issue_id, kind, actor, at, note) "
                                                  "VALUES (%1, 'commented', 'perm.supervisor', now(), 'x')")
                                       .arg(id)),
                     "own name"),
             QString());
    QCOMPARE(refused(liaison.value(
                         QStringLiteral("UPDATE issue_event SET note = 'forged' WHERE issue_id = ") + id),
                     "permission denied"),
             QString());
    // An extension is requested pending, in the requester's name; a supervisor decides.
    QCOMPARE(refused(liaison.value(
                         QStringLiteral("INSERT INTO issue_extension (issue_id, previous_due_on, "
                                        "requested_due_on, reason, requested_by, requested_at, status, "
                                        "decided_by, decided_at, decision_note) VALUES (%1, '2022-12-01', "
                                        "'2030-01-01', 'x', 'perm.liaison', now(), 'approved', "
                                        "'perm.supervisor', now(), 'ok')")
                             .arg(id)),
                     "a supervisor decides"),
             QString());
    // An enterprise's pinyin goes with its name: the administrator's.
    QCOMPARE(refused(liaison.value(QStringLiteral("UPDATE enterprise SET name_pinyin = 'x' WHERE id = %1")
                                       .arg(m_world.enterpriseA)),
                     "only an administrator"),
             QString());

    // The chain of the audit log: written in READ COMMITTED only, and no login can hold it up.
    QCOMPARE(officer.value(QStringLiteral("SELECT 1 FROM pg_advisory_lock(7305483)")), QStringLiteral("1"));
    const qint64 before = entriesNow();
    QCOMPARE(
        liaison.value(
            QStringLiteral("UPDATE issue SET resolution = 'not held up' WHERE id = %1 RETURNING id").arg(id)),
        id);
    QCOMPARE(entriesNow(), before + 1);
    QCOMPARE(refused(officer.value(QStringLiteral("SELECT id FROM audit_chain_lock FOR UPDATE")),
                     "permission denied"),
             QString());
    QSqlQuery repeatable(liaison.connection());
    QVERIFY(repeatable.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
    QVERIFY(!repeatable.exec(QStringLiteral("UPDATE issue SET resolution = 'snapshot' WHERE id = ") + id));
    QVERIFY2(repeatable.lastError().text().contains(QStringLiteral("READ COMMITTED")),
             qPrintable(repeatable.lastError().text()));
    QVERIFY(repeatable.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(
        refused(liaison.value(QStringLiteral("SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))")),
                "permission denied"),
        QString());

    // An administrator: no password hashes, no schema version, and another user's server password only
    // with a reset, on record.
    QCOMPARE(refused(admin.value(QStringLiteral("SELECT password_hash FROM app_user")), "permission denied"),
             QString());
    QCOMPARE(
        refused(admin.value(QStringLiteral("UPDATE schema_version SET version = 99")), "permission denied"),
        QString());
    const QString verifier = QStringLiteral("'SCRAM-SHA-256$4096:YWJjZGVmZ2hpamtsbW5vcA==$YWJj:YWJj'");
    QCOMPARE(
        refused(
            admin.value(QStringLiteral("SELECT liaisondesk_sync_login('perm.supervisor', %1)").arg(verifier)),
            "only with a reset"),
        QString());
    QCOMPARE(refused(admin.value(
                         QStringLiteral("SELECT liaisondesk_sync_login(repeat('中', 50), %1)").arg(verifier)),
                     "no LiaisonDesk user"),
             QString());
    const qint64 beforeSync = entriesNow();
    QCOMPARE(admin.value(QStringLiteral("SELECT 1 FROM liaisondesk_sync_login('perm.supervisor', NULL)")),
             QStringLiteral("1"));
    QCOMPARE(entriesNow(), beforeSync + 1);
    QVERIFY(m_db->scalar(QStringLiteral("SELECT after_data FROM audit_log ORDER BY id DESC LIMIT 1"))
                ->toString()
                .contains(QStringLiteral("\"server_password\": \"unchanged\"")));
    // The administrator's own desktop makes a user, whose login the server then lets in.
    auto adminDesk =
        UserAccounts::signInToServer(serverAddress(m_db->spec()), userName(Role::Admin), password);
    QVERIFY2(adminDesk, qPrintable(adminDesk ? QString() : adminDesk.error().message));
    const auto made = UserAccounts::create(
        **adminDesk, {QStringLiteral("perm.newcomer"), Role::Officer, {}, password, false});
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QVERIFY(
        UserAccounts::signInToServer(serverAddress(m_db->spec()), QStringLiteral("perm.newcomer"), password));
    const auto check = AuditLog::verify(*m_db);
    QVERIFY(check);
    QVERIFY2(check->firstBroken == 0, qPrintable(check->reason));
}

void TestPermissions::everyWriteInCoreIsReviewed()
{
    // The files of core that write with SQL of their own, each checked by hand: where the write is
    // and which permission check guards it. A new one fails here until it is checked too.
    const QHash<QString, QString> reviewed = {
        {QStringLiteral("Repository.cpp"), QStringLiteral("create/update: EntityTraits<T>::authorize")},
        {QStringLiteral("EntityTraits.cpp"),
         QStringLiteral("enterprise tags: inside Repository<Enterprise>")},
        {QStringLiteral("AuditLog.cpp"), QStringLiteral("entries: inside the checked writes")},
        {QStringLiteral("CalendarStore.cpp"), QStringLiteral("importYears: EditReference")},
        {QStringLiteral("CategoryService.cpp"), QStringLiteral("setDeadline: EditReference")},
        {QStringLiteral("IssueWorkflow.cpp"), QStringLiteral("co-units: assign, SuperviseIssues")},
        {QStringLiteral("Migrations.cpp"), QStringLiteral("schema upgrades, before anyone signs in")},
        {QStringLiteral("security/UserAccounts.cpp"), QStringLiteral("ManageUsers, own password, sign-in")},
        {QStringLiteral("ServerAudit.cpp"),
         QStringLiteral("audit_log: the server's trigger, by session_user")},
        {QStringLiteral("security/ServerRoles.cpp"),
         QStringLiteral("liaisondesk_set_own_password: the caller's own row, by session_user")},
        {QStringLiteral("scenario/BulkInsert.cpp"),
         QStringLiteral("the scale data's rows: ScaleScenario::load checks ManageUsers first")},
    };
    const QRegularExpression write(QStringLiteral(R"(\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b)"));
    const QString root = QStringLiteral(LIAISON_SOURCE_DIR "/core");
    QStringList writers;
    QDirIterator files(root, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (write.match(QString::fromUtf8(file.readAll())).hasMatch())
            writers << QDir(root).relativeFilePath(path);
    }
    QVERIFY2(writers.size() >= reviewed.size() - 1, "the sources were not found");
    for (const QString& writer : std::as_const(writers))
        QVERIFY2(reviewed.contains(writer),
                 qPrintable(writer + QStringLiteral(" writes to the database: check a "
                                                    "permission there, then list it")));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
