#include "Database.h"
#include "Dialogs.h"
#include "EntityTraits.h"
#include "IssueWorkflow.h"
#include "ScratchDatabase.h"
#include "models/IssueBoardModel.h"
#include "pages/ProblemBoardPage.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestProblemBoard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void redFilterShowsOnlyRed();
    void escalateFromTheDetailPane();
    void onlyLegalActionsAreOffered();
    void staleEditShowsAConflictAndOverwritesNothing();
    void assignSeveralAtOnce();

private:
    QPushButton* button(const char* name) const;
    void selectIssue(Id id);

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProblemBoardPage> m_page;
};

void TestProblemBoard::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    QVERIFY(JiulongpoScenario::load(*m_db));
}

void TestProblemBoard::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

void TestProblemBoard::init()
{
    m_page = std::make_unique<ProblemBoardPage>(*m_db, *IssueWorkflow::forDatabase(*m_db));
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->findChild<QDateEdit*>(QStringLiteral("asOfDateEdit"))->setDate(QDate(2022, 12, 5));
}

void TestProblemBoard::cleanup()
{
    m_page.reset();
}

QPushButton* TestProblemBoard::button(const char* name) const
{
    return m_page->findChild<QPushButton*>(QString::fromLatin1(name));
}

void TestProblemBoard::selectIssue(Id id)
{
    IssueBoardModel* model = m_page->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->issueId(row) == id) {
            m_page->table()->selectRow(row);
            return;
        }
    }
    QFAIL("problem not on the board");
}

void TestProblemBoard::redFilterShowsOnlyRed()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->model()->totalCount(), 12); // the open problems on 5 December
    m_page
        ->findChild<QAbstractButton*>(
            QStringLiteral("quickFilter%1").arg(int(IssueBoardFilter::Quick::Overdue)))
        ->click();
    const int rows = m_page->model()->rowCount();
    QVERIFY(rows > 0);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex colour = m_page->model()->index(row, IssueBoardModel::ColourColumn);
        QCOMPARE(SupervisionColour(colour.data(IssueBoardModel::ColourRole).toInt()), SupervisionColour::Red);
        QVERIFY(colour.data().toString().startsWith(QStringLiteral("Red"))); // text, not colour alone
    }
    m_page
        ->findChild<QAbstractButton*>(
            QStringLiteral("quickFilter%1").arg(int(IssueBoardFilter::Quick::Yellow)))
        ->click();
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        QCOMPARE(SupervisionColour(m_page->model()
                                       ->index(row, IssueBoardModel::ColourColumn)
                                       .data(IssueBoardModel::ColourRole)
                                       .toInt()),
                 SupervisionColour::Yellow);
    }
    m_page
        ->findChild<QAbstractButton*>(QStringLiteral("quickFilter%1").arg(int(IssueBoardFilter::Quick::All)))
        ->click();
    QCOMPARE(m_page->model()->totalCount(), 462);

    const QString path = qEnvironmentVariable("LIAISON_SCREENSHOT_BOARD");
    if (!path.isEmpty()) {
        m_page
            ->findChild<QAbstractButton*>(
                QStringLiteral("quickFilter%1").arg(int(IssueBoardFilter::Quick::Open)))
            ->click();
        m_page->table()->selectRow(0);
        m_page->grab().save(path);
    }
}

void TestProblemBoard::escalateFromTheDetailPane()
{
    auto open = Repository<Issue>(*m_db).list({QStringLiteral("status = 'in_progress' AND tier = 'area'")});
    QVERIFY(open && !open->isEmpty());
    const Issue before = open->front();
    selectIssue(before.id);
    QVERIFY(button("action2Button")->isEnabled()); // escalate
    m_page->findChild<QLineEdit*>(QStringLiteral("noteLineEdit"))->setText(QStringLiteral("镇街协调未果"));
    button("action2Button")->click();
    const Issue after = *Repository<Issue>(*m_db).get(before.id);
    QCOMPARE(after.tier, Tier::Department);
    QCOMPARE(after.version, before.version + 1);
    auto* timeline = m_page->findChild<QListWidget*>(QStringLiteral("timelineListWidget"));
    QVERIFY(timeline->item(timeline->count() - 1)->text().contains(QStringLiteral("镇街协调未果")));
    QVERIFY(m_page->findChild<QLineEdit*>(QStringLiteral("noteLineEdit"))->text().isEmpty());
}

void TestProblemBoard::onlyLegalActionsAreOffered()
{
    auto resolved =
        Repository<Issue>(*m_db).list({QStringLiteral("status = 'resolved'"), {}, QStringLiteral("id"), 1});
    QVERIFY(resolved && !resolved->isEmpty());
    m_page
        ->findChild<QAbstractButton*>(
            QStringLiteral("quickFilter%1").arg(int(IssueBoardFilter::Quick::AwaitingVerification)))
        ->click();
    selectIssue(resolved->front().id);
    QVERIFY(button("action6Button")->isEnabled());  // verify
    QVERIFY(button("action7Button")->isEnabled());  // return
    QVERIFY(!button("action0Button")->isEnabled()); // assign
    QVERIFY(!button("action5Button")->isEnabled()); // resolve
    QVERIFY(!button("action3Button")->isEnabled()); // urge
}

void TestProblemBoard::staleEditShowsAConflictAndOverwritesNothing()
{
    auto open =
        Repository<Issue>(*m_db).list({QStringLiteral("status = 'assigned'"), {}, QStringLiteral("id"), 1});
    QVERIFY(open && !open->isEmpty());
    const Id id = open->front().id;
    selectIssue(id); // the board holds this version

    // Meanwhile a colleague starts work on it from another desk.
    auto other = m_scratch->open();
    QVERIFY(other);
    auto flow = *IssueWorkflow::forDatabase(*other);
    QVERIFY(flow.start(id, {}, QStringLiteral("同事已开始办理")));
    const Issue theirs = *Repository<Issue>(*other).get(id);

    Dialogs::setNextAnswer(QMessageBox::Ok);
    button("action2Button")->click(); // escalate from the stale copy
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("changed by someone else")));
    const Issue now = *Repository<Issue>(*m_db).get(id);
    QCOMPARE(now.version, theirs.version);
    QCOMPARE(now.tier, theirs.tier);
    QCOMPARE(now.status, IssueStatus::InProgress);
}

void TestProblemBoard::assignSeveralAtOnce()
{
    auto fresh = Repository<Issue>(*m_db).list({QStringLiteral("status = 'new'")});
    QVERIFY(fresh && fresh->size() >= 2);
    IssueBoardModel* model = m_page->model();
    m_page->table()->clearSelection();
    int picked = 0;
    for (int row = 0; row < model->rowCount() && picked < 2; ++row) {
        if (model->index(row, IssueBoardModel::StatusColumn).data().toString() ==
            DomainText::label(IssueStatus::New)) {
            m_page->table()->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select |
                                                                                QItemSelectionModel::Rows);
            ++picked;
        }
    }
    QCOMPARE(picked, 2);
    QVERIFY(button("action0Button")->isEnabled());
    auto* lead = m_page->findChild<QComboBox*>(QStringLiteral("leadUnitComboBox"));
    lead->setCurrentIndex(lead->findText(QStringLiteral("区商务委")));
    button("action0Button")->click();
    auto assigned = Repository<Issue>(*m_db).count(QStringLiteral("status = 'new'"));
    QCOMPARE(*assigned, fresh->size() - 2);
}

QTEST_MAIN(TestProblemBoard)
#include "tst_problemboard.moc"
