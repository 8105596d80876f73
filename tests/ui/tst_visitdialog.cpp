#include "Database.h"
#include "Dialogs.h"
#include "EnterpriseCompleter.h"
#include "EntityTraits.h"
#include "IssueWorkflow.h"
#include "ScratchDatabase.h"
#include "VisitDialog.h"
#include "VisitLog.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestVisitDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void typeAVisitWithTwoProblems();
    void completerFindsPinyinInitials();
    void unknownEnterpriseSavesNothing();
    void escapeAsksBeforeDiscarding();
    void visitLogIsAllOrNothing();

private:
    qint64 count(const char* table) const
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table)))
            ->toLongLong();
    }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IssueWorkflow> m_workflow;
};

void TestVisitDialog::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    QVERIFY(JiulongpoScenario::load(*m_db));
    m_db->actAs(test::actingAdmin(QStringLiteral("李敏")));
    m_workflow = std::make_unique<IssueWorkflow>(*IssueWorkflow::forDatabase(*m_db));
}

void TestVisitDialog::cleanupTestCase()
{
    m_workflow.reset();
    m_db.reset();
    m_scratch.reset();
}

void TestVisitDialog::typeAVisitWithTwoProblems()
{
    const qint64 visits = count("visit");
    const qint64 issues = count("issue");
    VisitDialog dialog(*m_db, *m_workflow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto* enterprise = dialog.findChild<QLineEdit*>(QStringLiteral("enterpriseLineEdit"));
    QVERIFY(enterprise->hasFocus()); // typing starts with the enterprise
    // Typed as the credit code (QTest types ASCII only; Chinese arrives through an input method).
    const QString code = m_db->scalar(QStringLiteral("SELECT credit_code FROM enterprise WHERE name = ?"),
                                      {QStringLiteral("庆铃汽车(集团)有限公司")})
                             ->toString();
    QTest::keyClicks(enterprise, code);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("visitorsLineEdit"))->text(),
             QStringLiteral("李敏"));
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("statusSeenComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("closed_loop")));
    auto* onSite = dialog.findChild<QSpinBox*>(QStringLiteral("staffOnSiteSpinBox"));
    onSite->selectAll();
    QTest::keyClicks(onSite, QStringLiteral("1200"));
    auto* loop = dialog.findChild<QSpinBox*>(QStringLiteral("closedLoopSpinBox"));
    loop->selectAll();
    QTest::keyClicks(loop, QStringLiteral("1100"));

    auto* category = dialog.findChild<QComboBox*>(QStringLiteral("problemCategoryComboBox"));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("problemTitleLineEdit"));
    category->setCurrentIndex(category->findData(QStringLiteral("logistics")));
    title->insert(QStringLiteral("零部件运输车辆无法进厂"));
    QTest::keyClick(title, Qt::Key_Return);
    category->setCurrentIndex(category->findData(QStringLiteral("supplies")));
    title->insert(QStringLiteral("闭环员工生活物资短缺"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("problemsListWidget"))->count(), 2);

    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedVisitId());

    QCOMPARE(count("visit"), visits + 1);
    QCOMPARE(count("issue"), issues + 2);
    const Visit visit = *Repository<Visit>(*m_db).get(*dialog.savedVisitId());
    QCOMPARE(visit.visitedOn, QDate::currentDate());
    QCOMPARE(visit.staffOnSite, 1200);
    QCOMPARE(visit.closedLoopStaff, 1100);
    QVERIFY(!visit.capacityPercent);
    const auto raised = *Repository<Issue>(*m_db).list({QStringLiteral("visit_id = ?"), {visit.id}});
    QCOMPARE(raised.size(), 2);
    for (const Issue& issue : raised) {
        QCOMPARE(issue.enterpriseId, visit.enterpriseId);
        QCOMPARE(issue.reportedOn, visit.visitedOn);
        QVERIFY(issue.dueOn > issue.reportedOn);
        QCOMPARE(*Repository<IssueEvent>(*m_db).count(QStringLiteral("issue_id = ?"), {issue.id}), 1);
    }
    // The enterprise's production status follows what the visit saw.
    QCOMPARE(Repository<Enterprise>(*m_db).get(visit.enterpriseId)->productionStatus,
             ProductionStatus::ClosedLoop);
}

void TestVisitDialog::completerFindsPinyinInitials()
{
    VisitDialog dialog(*m_db, *m_workflow);
    auto* enterprise = dialog.findChild<QLineEdit*>(QStringLiteral("enterpriseLineEdit"));
    QCompleter* completer = enterprise->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(QStringLiteral("cqlx"));
    QStringList names;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
        names << completer->completionModel()->index(row, 0).data().toString();
    QVERIFY2(names.contains(QStringLiteral("重庆隆鑫通用动力股份有限公司")),
             qPrintable(names.join(QLatin1Char(','))));
    completer->setCompletionPrefix(QStringLiteral("longxin"));
    QVERIFY(completer->completionCount() >= 1);
}

void TestVisitDialog::unknownEnterpriseSavesNothing()
{
    const qint64 visits = count("visit");
    VisitDialog dialog(*m_db, *m_workflow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("enterpriseLineEdit")),
                     QStringLiteral("no such firm"));
    dialog.findChild<QLineEdit*>(QStringLiteral("problemTitleLineEdit"))->insert(QStringLiteral("标题"));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("no such firm")), qPrintable(dialog.errorText()));
    QCOMPARE(count("visit"), visits);

    // Visitors left empty: the core's rule, named, and still nothing written.
    auto* enterprise = dialog.findChild<QLineEdit*>(QStringLiteral("enterpriseLineEdit"));
    enterprise->setText(QStringLiteral("庆铃汽车(集团)有限公司"));
    dialog.findChild<QLineEdit*>(QStringLiteral("visitorsLineEdit"))->clear();
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Who went")), qPrintable(dialog.errorText()));
    QCOMPARE(count("visit"), visits);
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("problemsListWidget"))->count(),
             1); // kept for a retry
}

void TestVisitDialog::escapeAsksBeforeDiscarding()
{
    VisitDialog dialog(*m_db, *m_workflow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("enterpriseLineEdit")),
                     QStringLiteral("qingling"));
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("Discard")));
    Dialogs::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestVisitDialog::visitLogIsAllOrNothing()
{
    const qint64 visits = count("visit");
    const qint64 issues = count("issue");
    const Id enterprise = m_db->scalar(QStringLiteral("SELECT MIN(id) FROM enterprise"))->toLongLong();
    Visit visit{0,
                enterprise,
                QDate(2022, 12, 5),
                VisitMode::Phone,
                QStringLiteral("李敏"),
                ProductionStatus::Normal,
                0,
                0,
                0,
                {},
                {}};
    IssueWorkflow::NewIssue good;
    good.category = QStringLiteral("supplies");
    good.title = QStringLiteral("原材料短缺");
    IssueWorkflow::NewIssue bad = good;
    bad.category = QStringLiteral("weather");
    auto refused = VisitLog::record(*m_db, *m_workflow, visit, {good, bad});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.startsWith(QStringLiteral("Problem 2")));
    QCOMPARE(count("visit"), visits);
    QCOMPARE(count("issue"), issues);
}

QTEST_MAIN(TestVisitDialog)
#include "tst_visitdialog.moc"
