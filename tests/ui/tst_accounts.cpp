#include "AuditLog.h"
#include "Database.h"
#include "EntityTraits.h"
#include "MainWindow.h"
#include "ScratchDatabase.h"
#include "account/PasswordDialog.h"
#include "account/SignInDialog.h"
#include "pages/AuditPage.h"
#include "pages/ProblemBoardPage.h"
#include "pages/UsersPage.h"
#include "security/UserAccounts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace liaison;
using liaison::test::ScratchDatabase;

namespace {

const QString password = QStringLiteral("desk-password");

template <typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1StringView(name));
}

void type(QObject* dialog, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, field);
    QVERIFY2(edit, field);
    edit->setText(text);
}

} // namespace

class TestAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartCreatesTheAdministrator();
    void wrongPasswordIsToldAndRightOneSignsIn();
    void aPasswordSetByAnotherIsChangedBeforeGoingOn();
    void theWindowOffersWhatTheRoleMay();
    void auditPageFilters();
    void usersPageResetsAndDisables();
    void anAccountChangedElsewhereIsSignedOut();
    void aServerSignInConnectsAsTheOwnLogin();

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestAccounts::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("LiaisonDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_accounts"));
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
}

void TestAccounts::firstStartCreatesTheAdministrator()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    db->signOut();
    SignInDialog dialog(*db);
    QVERIFY(dialog.createsFirstAdmin());
    QCOMPARE(child<QLineEdit>(&dialog, "userNameLineEdit")->text(), QStringLiteral("admin"));
    auto* problem = child<QLabel>(&dialog, "problemLabel");
    type(&dialog, "passwordLineEdit", password);
    type(&dialog, "repeatPasswordLineEdit", password + QLatin1Char('!'));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(problem->text().contains(QStringLiteral("differ")), qPrintable(problem->text()));
    type(&dialog, "passwordLineEdit", QStringLiteral("short"));
    type(&dialog, "repeatPasswordLineEdit", QStringLiteral("short"));
    dialog.accept();
    QVERIFY2(problem->text().contains(QStringLiteral("too short")), qPrintable(problem->text()));
    QVERIFY(!*UserAccounts::hasUsers(*db));
    type(&dialog, "passwordLineEdit", password);
    type(&dialog, "repeatPasswordLineEdit", password);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(db->session().userName, QStringLiteral("admin"));
    QCOMPARE(db->session().role, Role::Admin);
}

void TestAccounts::wrongPasswordIsToldAndRightOneSignsIn()
{
    m_db->actAs(test::actingAdmin(QStringLiteral("tester")));
    QVERIFY(
        UserAccounts::create(*m_db, {QStringLiteral("desk.officer"), Role::Officer, {}, password, false}));
    m_db->signOut();
    SignInDialog dialog(*m_db);
    QVERIFY(!dialog.createsFirstAdmin());
    QVERIFY(!child<QLineEdit>(&dialog, "repeatPasswordLineEdit"));
    type(&dialog, "userNameLineEdit", QStringLiteral("desk.officer"));
    type(&dialog, "passwordLineEdit", QStringLiteral("not the password"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(child<QLabel>(&dialog, "problemLabel")
                ->text()
                .startsWith(QStringLiteral("Unknown user or wrong password.")));
    QVERIFY(child<QLineEdit>(&dialog, "passwordLineEdit")->text().isEmpty());
    QVERIFY(!m_db->session().signedIn);
    type(&dialog, "passwordLineEdit", password);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_db->session().userName, QStringLiteral("desk.officer"));
}

void TestAccounts::aPasswordSetByAnotherIsChangedBeforeGoingOn()
{
    m_db->actAs(test::actingAdmin(QStringLiteral("tester")));
    QVERIFY(UserAccounts::create(*m_db, {QStringLiteral("desk.new"), Role::Officer, {}, password, true}));
    m_db->signOut();
    SignInDialog dialog(*m_db);
    type(&dialog, "userNameLineEdit", QStringLiteral("desk.new"));
    type(&dialog, "passwordLineEdit", password);
    // The forced change comes up as a modal dialog: filled in wrongly once, then rightly.
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto* change = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget());
        if (!change)
            return;
        sawDialog = true;
        type(change, "currentPasswordLineEdit", password);
        type(change, "newPasswordLineEdit", QStringLiteral("my own words"));
        type(change, "repeatPasswordLineEdit", QStringLiteral("my own wordz"));
        change->accept();
        QVERIFY(child<QLabel>(change, "problemLabel")->text().contains(QStringLiteral("differ")));
        type(change, "repeatPasswordLineEdit", QStringLiteral("my own words"));
        change->accept();
    });
    dialog.accept();
    QVERIFY(sawDialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!m_db->session().mustChangePassword);
    QVERIFY(UserAccounts::signIn(*m_db, QStringLiteral("desk.new"), QStringLiteral("my own words")));
}

void TestAccounts::theWindowOffersWhatTheRoleMay()
{
    const auto offers = [&](Role role) {
        m_db->actAs(Session::forUser(0, QStringLiteral("desk.someone"), role, std::nullopt));
        MainWindow window(*m_db);
        QStringList offered;
        for (MainWindow::Page page : {MainWindow::Page::Users, MainWindow::Page::Audit})
            offered << (window.isPageAvailable(page) ? QStringLiteral("page") : QStringLiteral("-"));
        for (const char* action : {"logVisitAction", "importAction", "loadDemoAction"})
            offered << (child<QAction>(&window, action)->isVisible() ? QStringLiteral("action")
                                                                     : QStringLiteral("-"));
        // Assign (steering) and Start (work) on the problem board.
        auto* board = window.problemBoard();
        offered << (child<QPushButton>(board, "action0Button")->isHidden() ? QStringLiteral("-")
                                                                           : QStringLiteral("assign"));
        offered << (child<QPushButton>(board, "action1Button")->isHidden() ? QStringLiteral("-")
                                                                           : QStringLiteral("start"));
        offered << (window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))
                            ->item(int(MainWindow::Page::Audit))
                            ->isHidden()
                        ? QStringLiteral("-")
                        : QStringLiteral("listed"));
        return offered.join(QLatin1Char(' '));
    };
    QCOMPARE(offers(Role::Admin), QStringLiteral("page page action action action assign start listed"));
    QCOMPARE(offers(Role::Supervisor), QStringLiteral("- - - - - assign start -"));
    QCOMPARE(offers(Role::Liaison), QStringLiteral("- - action action - - start -"));
    QCOMPARE(offers(Role::Officer), QStringLiteral("- - - - - - - -"));
    m_db->actAs(test::actingAdmin(QStringLiteral("tester")));
}

void TestAccounts::auditPageFilters()
{
    m_db->actAs(test::actingAdmin(QStringLiteral("desk.first")));
    const Id area =
        *Repository<Area>(*m_db).create({0, QStringLiteral("审计街道"), AreaKind::Street, {}, true});
    m_db->actAs(test::actingAdmin(QStringLiteral("desk.second")));
    QVERIFY(Repository<Unit>(*m_db).create({0, QStringLiteral("区审计局"), {}}));
    AuditPage page(*m_db);
    page.reload();
    QTableWidget* table = page.table();
    QVERIFY(table->rowCount() >= 2);
    auto* user = child<QComboBox>(&page, "auditUserComboBox");
    user->setCurrentIndex(user->findData(QStringLiteral("desk.first")));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Area %1").arg(area));
    QVERIFY(table->item(0, 6)->text().contains(QStringLiteral("审计街道")));
    user->setCurrentIndex(0);
    auto* kind = child<QComboBox>(&page, "auditTableComboBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("unit")));
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(table->item(row, 4)->text().startsWith(QStringLiteral("Department")));
    child<QPushButton>(&page, "auditVerifyButton")->click();
    QVERIFY2(child<QLabel>(&page, "auditVerifyLabel")->text().contains(QStringLiteral("intact")),
             qPrintable(child<QLabel>(&page, "auditVerifyLabel")->text()));
    // Not for anyone but an administrator.
    m_db->actAs(Session::forUser(0, QStringLiteral("desk.someone"), Role::Supervisor, std::nullopt));
    page.reload();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(child<QLabel>(&page, "auditCountLabel")->text().contains(QStringLiteral("may not")));
    m_db->actAs(test::actingAdmin(QStringLiteral("tester")));
}

void TestAccounts::usersPageResetsAndDisables()
{
    m_db->actAs(test::actingAdmin(QStringLiteral("tester")));
    UsersPage page(*m_db);
    page.reload();
    QTableWidget* table = page.table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QLatin1StringView("desk.officer"))
            row = r;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    auto* toggle = child<QPushButton>(&page, "toggleActiveButton");
    QVERIFY(toggle->isEnabled());
    toggle->click();
    QVERIFY(!UserAccounts::find(*m_db, QStringLiteral("desk.officer"))->active);
    QVERIFY(table->item(row, 3)->text().contains(QStringLiteral("disabled")));
    table->selectRow(row);
    toggle->click();
    QVERIFY(UserAccounts::find(*m_db, QStringLiteral("desk.officer"))->active);
}

QTEST_MAIN(TestAccounts)
void TestAccounts::anAccountChangedElsewhereIsSignedOut()
{
    // Two desktops: the officer's window on one connection, the administrator on another.
    ScratchDatabase scratch;
    auto desk = scratch.open();
    auto adminDesk = scratch.open();
    QVERIFY(desk && adminDesk);
    const QString name = QStringLiteral("desk.leaving");
    QVERIFY(UserAccounts::create(*adminDesk, {name, Role::Officer, {}, password, false}));
    QVERIFY(UserAccounts::signIn(*desk, name, password));
    {
        MainWindow window(*desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.checkSession(); // nothing changed: the window stays
        QVERIFY(window.isVisible() && !window.signedOut());
        QVERIFY(UserAccounts::resetPassword(*adminDesk, name, QStringLiteral("set by the admin")));
        window.checkSession();
        QVERIFY(!window.isVisible() && window.signedOut());
        QVERIFY2(window.signOutNotice().contains(QStringLiteral("set anew")),
                 qPrintable(window.signOutNotice()));
        QVERIFY(!desk->session().signedIn);
        // The sign-in that follows says why.
        SignInDialog dialog(*desk);
        dialog.showNotice(window.signOutNotice());
        QCOMPARE(child<QLabel>(&dialog, "problemLabel")->text(), window.signOutNotice());
    }
    QVERIFY(UserAccounts::signIn(*desk, name, QStringLiteral("set by the admin")));
    QVERIFY(UserAccounts::changePassword(*desk, QStringLiteral("set by the admin"), password));
    MainWindow window(*desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.checkSession(); // the user's own change leaves them signed in
    QVERIFY(window.isVisible());
    QVERIFY(UserAccounts::setActive(*adminDesk, name, false));
    window.checkSession();
    QVERIFY(!window.isVisible() && window.signedOut());
    QVERIFY2(window.signOutNotice().contains(QStringLiteral("disabled")), qPrintable(window.signOutNotice()));
}

void TestAccounts::aServerSignInConnectsAsTheOwnLogin()
{
    ScratchDatabase scratch;
    auto admin = scratch.open();
    QVERIFY(admin);
    if (admin->backend() != Database::Backend::Postgres)
        QSKIP("SQLite has no server logins");
    const QString name = QStringLiteral("desk.server");
    QVERIFY(UserAccounts::create(*admin, {name, Role::Supervisor, {}, password, false}));
    QUrl server(admin->spec());
    server.setUserName(QString());
    SignInDialog dialog(server.toString());
    QVERIFY(!dialog.createsFirstAdmin());
    type(&dialog, "userNameLineEdit", name);
    type(&dialog, "passwordLineEdit", QStringLiteral("not the password"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(child<QLabel>(&dialog, "problemLabel")
                 ->text()
                 .startsWith(QStringLiteral("Unknown user or wrong password")),
             qPrintable(child<QLabel>(&dialog, "problemLabel")->text()));
    QVERIFY(!dialog.takeDatabase());
    type(&dialog, "passwordLineEdit", password);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::unique_ptr<Database> db = dialog.takeDatabase();
    QVERIFY(db);
    QVERIFY(db->session().serverLogin);
    QCOMPARE(db->session().role, Role::Supervisor);
    QCOMPARE(db->scalar(QStringLiteral("SELECT session_user"))->toString(),
             server.path().mid(1) + QLatin1Char('.') + name);
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(child<QLabel>(&window, "actorLabel")->text().contains(name));
}

#include "tst_accounts.moc"
