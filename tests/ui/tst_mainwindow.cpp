#include "Dialogs.h"
#include "MainWindow.h"
#include "ScratchDatabase.h"
#include "models/EnterpriseTableModel.h"

#include <QAction>
#include <QApplication>
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

    Dialogs::setNextAnswer(QMessageBox::Yes);
    loadDemo->trigger();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
