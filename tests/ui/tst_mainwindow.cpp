#include "Dialogs.h"
#include "MainWindow.h"
#include "ScratchDatabase.h"
#include "models/EnterpriseTableModel.h"

#include <QAction>
#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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

    const QString path = qEnvironmentVariable("LIAISON_SCREENSHOT");
    if (!path.isEmpty())
        window.grab().save(path);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
