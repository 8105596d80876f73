#include "Dialogs.h"
#include "EntityTraits.h"
#include "MainWindow.h"
#include "ScratchDatabase.h"
#include "exchange/CsvReader.h"
#include "exchange/SpreadsheetReader.h"
#include "exchange/TableImport.h"
#include "models/EnterpriseTableModel.h"
#include "pages/BriefingPage.h"
#include "pages/EnterpriseDetailPane.h"
#include "pages/EnterpriseRegisterPage.h"
#include "scenario/JiulongpoScenario.h"
#include "security/Session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadDemoFromTheMenu();
    void declinedDemoChangesNothing();
    void cancelledDemoChangesNothing();
    void searchThePinyinInitials();
    void firstStartOffersTheDemo();
    void editAnEnterpriseInTheDetailPane();
    void everyPageAndTheLiveCounts();
    void logAProblemFromTheDetailPane();
    void aLiaisonOfficerSeesTheIdentityReadOnly();
};

void TestMainWindow::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("LiaisonDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::loadDemoFromTheMenu()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* table = window.findChild<QTableView*>(QStringLiteral("enterpriseTableView"));
    auto* loadDemo = window.findChild<QAction*>(QStringLiteral("loadDemoAction"));
    QVERIFY(table && loadDemo);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(loadDemo->isEnabled());

    QSignalSpy finished(&window, &MainWindow::demoLoadFinished);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    loadDemo->trigger();
    QVERIFY(!loadDemo->isEnabled()); // no second load while the first runs
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(table->model()->rowCount() > 0);
    QCOMPARE(window.enterpriseModel()->totalCount(), 328);
    QVERIFY(!loadDemo->isEnabled()); // the database is no longer empty
}

void TestMainWindow::declinedDemoChangesNothing()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    MainWindow window(*db);
    auto* loadDemo = window.findChild<QAction*>(QStringLiteral("loadDemoAction"));
    Dialogs::setNextAnswer(QMessageBox::No);
    loadDemo->trigger();
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("Jiulongpo")));
    QCOMPARE(window.enterpriseModel()->totalCount(), 0);
}

void TestMainWindow::cancelledDemoChangesNothing()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    MainWindow window(*db);
    QSignalSpy finished(&window, &MainWindow::demoLoadFinished);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction*>(QStringLiteral("loadDemoAction"))->trigger();
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("demoProgressDialog"));
    QVERIFY(progress);
    auto* cancelButton = progress->findChild<QPushButton*>();
    QVERIFY(cancelButton);
    cancelButton->click();
    QVERIFY(finished.wait(120000));
    QCOMPARE(window.enterpriseModel()->totalCount(), 0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM area"))->toInt(), 0); // rolled back whole
}

void TestMainWindow::searchThePinyinInitials()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(search && count);
    QCOMPARE(window.enterpriseModel()->totalCount(), 328);

    // Ctrl+F puts the cursor in the search box; typing narrows the register as it goes.
    QTest::keySequence(&window, QKeySequence::Find);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("cqlx"));
    QVERIFY(window.enterpriseModel()->totalCount() >= 1);
    QVERIFY(window.enterpriseModel()->totalCount() < 10);
    bool found = false;
    for (int row = 0; row < window.enterpriseModel()->rowCount(); ++row) {
        found = found ||
                window.enterpriseModel()->index(row, EnterpriseTableModel::NameColumn).data().toString() ==
                    QStringLiteral("重庆隆鑫通用动力股份有限公司");
    }
    QVERIFY(found);
    QVERIFY(count->text().contains(QString::number(window.enterpriseModel()->totalCount())));

    // A credit code typed in lower case finds its enterprise; clearing the box brings back everything.
    const QString code = db->scalar(QStringLiteral("SELECT credit_code FROM enterprise WHERE name = ?"),
                                    {QStringLiteral("庆铃汽车(集团)有限公司")})
                             ->toString();
    search->clear();
    QTest::keyClicks(search, code.toLower());
    QCOMPARE(window.enterpriseModel()->totalCount(), 1);
    search->clear();
    QCOMPARE(window.enterpriseModel()->totalCount(), 328);

    // Filters combine: closed-loop enterprises of one town.
    auto* area = window.findChild<QComboBox*>(QStringLiteral("areaComboBox"));
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    area->setCurrentIndex(area->findText(QStringLiteral("西彭镇")));
    status->setCurrentIndex(status->findData(QStringLiteral("closed_loop")));
    const qint64 expected =
        db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise e JOIN area a ON a.id = e.area_id "
                                  "WHERE a.name = ? AND e.production_status = 'closed_loop'"),
                   {QStringLiteral("西彭镇")})
            ->toLongLong();
    QCOMPARE(window.enterpriseModel()->totalCount(), expected);

    // "Export…" saves exactly what the filters let through, with the headers import reads back.
    QTemporaryDir dir;
    Dialogs::setNextFileName(dir.filePath(QStringLiteral("closed-loop.csv")));
    Dialogs::setNextAnswer(QMessageBox::Ok); // the message that says how many were saved
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("exportButton"))->menu());
    window.findChild<QAction*>(QStringLiteral("export_enterprises"))->trigger();
    QFile exported(dir.filePath(QStringLiteral("closed-loop.csv")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const auto table = CsvReader::parse(exported.readAll());
    QVERIFY(table);
    QCOMPARE(table->rows.size(), expected);
    QCOMPARE(table->header, TableImport::header(ImportKind::Enterprises));
    for (const QStringList& row : table->rows)
        QCOMPARE(row.at(2), QStringLiteral("西彭镇"));
    QVERIFY(Dialogs::lastText().contains(QString::number(expected)));

    // The problems of the same enterprises, from the same menu.
    const qint64 problems =
        db->scalar(QStringLiteral("SELECT COUNT(*) FROM issue i JOIN enterprise e ON e.id = i.enterprise_id "
                                  "JOIN area a ON a.id = e.area_id "
                                  "WHERE a.name = ? AND e.production_status = 'closed_loop'"),
                   {QStringLiteral("西彭镇")})
            ->toLongLong();
    Dialogs::setNextFileName(dir.filePath(QStringLiteral("problems.xlsx")));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("export_issues"))->trigger();
    const auto problemTable = SpreadsheetReader::read(dir.filePath(QStringLiteral("problems.xlsx")));
    QVERIFY(problemTable);
    QCOMPARE(problemTable->header, TableImport::header(ImportKind::Issues));
    QCOMPARE(problemTable->rows.size(), problems);
    Dialogs::clearAnswers();

    const QString path = qEnvironmentVariable("LIAISON_SCREENSHOT");
    if (!path.isEmpty()) {
        area->setCurrentIndex(0);
        status->setCurrentIndex(0);
        window.grab().save(path);
    }
}

void TestMainWindow::firstStartOffersTheDemo()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    MainWindow window(*db);
    Dialogs::setNextAnswer(QMessageBox::No);
    window.offerDemoIfEmpty();
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("empty database")));
    QCOMPARE(window.enterpriseModel()->totalCount(), 0);

    // With enterprises in it, nothing is asked.
    QVERIFY(JiulongpoScenario::load(*db));
    MainWindow again(*db);
    Dialogs::setNextAnswer(QMessageBox::No); // so that a wrong question could not block the test
    const QString before = Dialogs::lastText();
    again.offerDemoIfEmpty();
    QCOMPARE(Dialogs::lastText(), before);
    Dialogs::clearAnswers();
    QCOMPARE(again.enterpriseModel()->totalCount(), 328);
}

void TestMainWindow::editAnEnterpriseInTheDetailPane()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.registerPage()->table();
    table->selectRow(0);
    const Id id = window.enterpriseModel()->enterpriseId(0);
    auto* pane = window.findChild<EnterpriseDetailPane*>(QStringLiteral("enterpriseDetailPane"));
    QCOMPARE(pane->enterpriseId(), std::optional<Id>(id));
    QVERIFY(window.findChild<QListWidget*>(QStringLiteral("detailVisitsListWidget"))->count() > 0);
    QVERIFY(window.findChild<QListWidget*>(QStringLiteral("detailDutyListWidget"))->count() > 0);
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("detailContactsListWidget"))->count(), 2);

    // A wrong check character is named as it is typed, and nothing can be saved.
    auto* code = window.findChild<QLineEdit*>(QStringLiteral("detailCreditCodeLineEdit"));
    auto* save = window.findChild<QPushButton*>(QStringLiteral("detailSaveButton"));
    auto* check = window.findChild<QLabel*>(QStringLiteral("detailCheckLabel"));
    const QString original = code->text();
    QChar last = original.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    code->setFocus();
    code->end(false);
    QTest::keyClick(code, Qt::Key_Backspace);
    QTest::keyClick(code, last.toLatin1());
    QVERIFY2(check->text().contains(QStringLiteral("check character")), qPrintable(check->text()));
    QVERIFY(!save->isEnabled());
    QTest::keyClick(code, Qt::Key_Backspace);
    QTest::keyClick(code, original.back().toLatin1());
    QVERIFY(check->text().isEmpty());

    // A new address is saved.
    auto* address = window.findChild<QLineEdit*>(QStringLiteral("detailAddressLineEdit"));
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("Building 7"));
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(Repository<Enterprise>(*db).get(id)->address, QStringLiteral("Building 7"));

    // Someone else changes the enterprise meanwhile: the stale save is refused, theirs stays.
    auto other = scratch.open();
    Enterprise theirs = *Repository<Enterprise>(*other).get(id);
    theirs.address = QStringLiteral("Their address");
    QVERIFY(Repository<Enterprise>(*other).update(theirs));
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("Mine"));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    save->click();
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("Someone else changed")));
    QCOMPARE(Repository<Enterprise>(*db).get(id)->address, QStringLiteral("Their address"));
    QCOMPARE(address->text(), QStringLiteral("Their address")); // the pane shows what is stored now
}

void TestMainWindow::everyPageAndTheLiveCounts()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->count(), int(MainWindow::Page::Count));
    QCOMPARE(navigation->item(int(MainWindow::Page::Dashboard))->text(), QStringLiteral("Dashboard"));
    QCOMPARE(navigation->item(int(MainWindow::Page::Briefing))->text(), QStringLiteral("Briefing"));
    // Only the page on screen has been made (and has read the database); the others wait for a visit.
    int made = 0;
    for (int page = 0; page < int(MainWindow::Page::Count); ++page)
        made += window.isPageCreated(MainWindow::Page(page)) ? 1 : 0;
    QCOMPARE(made, 1);
    QVERIFY(window.isPageCreated(window.currentPage()));

    // Ctrl+6 opens the ledger of passes.
    QVERIFY(window.currentPage() == MainWindow::Page::Permits ||
            !window.isPageCreated(MainWindow::Page::Permits));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Permits);
    QVERIFY(window.isPageCreated(MainWindow::Page::Permits));
    // The briefing of the scenario's last week, previewed as the pages it prints.
    window.showPage(MainWindow::Page::Briefing);
    auto* briefing = window.findChild<BriefingPage*>();
    QVERIFY(briefing->briefing());
    QCOMPARE(briefing->briefing()->issueNumber, 6);
    QVERIFY(briefing->previewPageCount() >= 2);

    // (No translator is installed here, so plurals read "(s)".)
    QVERIFY2(window.liveCountsText().startsWith(QStringLiteral("328 enterprise")),
             qPrintable(window.liveCountsText()));
    QVERIFY(window.liveCountsText().contains(QStringLiteral("12 open problem")));
    QVERIFY(window.liveCountsText().contains(QStringLiteral("0 request")));
    // A change made on another desktop shows after a reload (F5).
    auto other = scratch.open();
    PermitRequest pending{0,
                          PermitKind::DriverWhitelist,
                          window.enterpriseModel()->enterpriseId(0),
                          {},
                          {},
                          {},
                          {},
                          1,
                          QDate(2022, 12, 5),
                          {},
                          {}};
    const auto created = Repository<PermitRequest>(*other).create(pending);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY2(window.liveCountsText().contains(QStringLiteral("1 request")),
             qPrintable(window.liveCountsText()));
}

void TestMainWindow::logAProblemFromTheDetailPane()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Enterprises);
    window.registerPage()->table()->selectRow(0);
    const Id id = window.enterpriseModel()->enterpriseId(0);
    const qint64 before =
        db->scalar(QStringLiteral("SELECT COUNT(*) FROM issue WHERE enterprise_id = ?"), {id})->toLongLong();

    // The dialog is modal: it is filled in from inside its event loop.
    QTimer::singleShot(0, this, [] {
        auto* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        save->click(); // nothing typed: refused, the dialog stays
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
        dialog->findChild<QLineEdit*>(QStringLiteral("problemTitleLineEdit"))
            ->setText(QStringLiteral("Gas supply cut"));
        save->click();
    });
    window.findChild<QPushButton*>(QStringLiteral("detailLogProblemButton"))->click();
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT COUNT(*) FROM issue WHERE enterprise_id = ?"), {id})->toLongLong(),
        before + 1);
    const auto issue = Repository<Issue>(*db).list(
        {QStringLiteral("enterprise_id = ? AND title = ?"), {id, QStringLiteral("Gas supply cut")}});
    QVERIFY(issue && issue->size() == 1);
    QCOMPARE(issue->front().status, IssueStatus::New);
    QVERIFY(issue->front().dueOn > issue->front().reportedOn);
    QVERIFY(window.liveCountsText().contains(QStringLiteral("13 open problem")));
}

void TestMainWindow::aLiaisonOfficerSeesTheIdentityReadOnly()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    // Signed in as a liaison officer: the area liaison person of the register's first enterprise.
    db->actAs(Session::forUser(0, QStringLiteral("desk.liaison"), Role::Liaison, std::nullopt));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* pane = window.findChild<EnterpriseDetailPane*>(QStringLiteral("enterpriseDetailPane"));
    QVERIFY(pane);
    window.registerPage()->table()->selectRow(0);
    QVERIFY(pane->enterpriseId());
    const auto person = db->scalar(QStringLiteral("SELECT area_person_id FROM duty_assignment "
                                                  "WHERE enterprise_id = ? AND valid_to IS NULL"),
                                   {*pane->enterpriseId()});
    QVERIFY(person && !person->isNull());
    db->actAs(Session::forUser(0, QStringLiteral("desk.liaison"), Role::Liaison, person->toLongLong()));

    auto* name = window.findChild<QLineEdit*>(QStringLiteral("detailNameLineEdit"));
    auto* code = window.findChild<QLineEdit*>(QStringLiteral("detailCreditCodeLineEdit"));
    auto* area = window.findChild<QComboBox*>(QStringLiteral("detailAreaComboBox"));
    auto* scale = window.findChild<QComboBox*>(QStringLiteral("detailScaleComboBox"));
    auto* note = window.findChild<QLabel*>(QStringLiteral("detailIdentityLabel"));
    QVERIFY(name->isReadOnly() && code->isReadOnly());
    QVERIFY(!area->isEnabled() && !scale->isEnabled());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("administrator")), qPrintable(note->text()));
    QCOMPARE(name->toolTip(), note->text());
    // What they may change stays editable, and is saved.
    auto* address = window.findChild<QLineEdit*>(QStringLiteral("detailAddressLineEdit"));
    QVERIFY(!address->isReadOnly());
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("Building 7, Jiulong Park"));
    auto* save = window.findChild<QPushButton*>(QStringLiteral("detailSaveButton"));
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(Repository<Enterprise>(*db).get(*pane->enterpriseId())->address,
             QStringLiteral("Building 7, Jiulong Park"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
