#include "Dialogs.h"
#include "IssueWorkflow.h"
#include "MainWindow.h"
#include "ScratchDatabase.h"
#include "charts/DashboardCharts.h"
#include "models/IssueBoardModel.h"
#include "pages/DashboardPage.h"
#include "pages/ProblemBoardPage.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

namespace {

// Pixels that are neither white nor nearly white: what was drawn.
int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 200)
                ++inked;
        }
    }
    return inked;
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheLastRecordedDay();
    void everyChartRendersOffscreen();
    void aBarLeadsToItsProblems();
    void chartsAreSaved();
    void badPeriodChangesNothing();

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::optional<IssueWorkflow> m_workflow;
};

void TestDashboard::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("LiaisonDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_dashboard"));
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    QVERIFY(JiulongpoScenario::load(*m_db));
    auto workflow = IssueWorkflow::forDatabase(*m_db);
    QVERIFY(workflow);
    m_workflow.emplace(std::move(*workflow));
}

void TestDashboard::cleanupTestCase()
{
    m_workflow.reset();
    m_db.reset();
    m_scratch.reset();
}

void TestDashboard::opensOnTheLastRecordedDay()
{
    DashboardPage page(*m_db, m_workflow->calendar());
    QVERIFY(page.series());
    QCOMPARE(page.series()->asOf, QDate(2022, 12, 5));
    QCOMPARE(page.series()->from, QDate(2022, 11, 1));
    QCOMPARE(page.series()->days.back().resolved, 450);
    const auto values = page.findChildren<QLabel*>(QStringLiteral("kpiValueLabel"));
    QCOMPARE(values.size(), 12);
    QCOMPARE(values.at(2)->text(), QStringLiteral("450 of 462"));
    for (const DashboardCharts::Kind kind : DashboardCharts::all) {
        QVERIFY(page.chartView(kind)->chart());
        QVERIFY(!page.chartView(kind)->chart()->series().isEmpty());
    }
}

void TestDashboard::everyChartRendersOffscreen()
{
    DashboardPage page(*m_db, m_workflow->calendar());
    for (const DashboardCharts::Kind kind : DashboardCharts::all) {
        const QImage image = DashboardCharts::render(kind, *page.series(), QSizeF(160, 95), 300);
        QCOMPARE(image.size(), QSize(1890, 1122)); // 160 x 95 mm at 300 dpi
        QVERIFY2(inkedPixels(image) > 5000, qPrintable(DashboardCharts::fileStem(kind)));
    }
}

void TestDashboard::aBarLeadsToItsProblems()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Dashboard);

    // The open part of the first category's bar.
    QChart* chart = window.dashboardPage()->chartView(DashboardCharts::Kind::ByCategory)->chart();
    auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().front());
    QVERIFY(bars);
    const CategoryFigures& first = window.dashboardPage()->series()->categories.front();
    QVERIFY(first.open > 0);
    emit bars->clicked(0, bars->barSets().at(1));
    QCOMPARE(window.currentPage(), MainWindow::Page::Problems);
    IssueBoardModel* model = window.problemBoard()->model();
    QCOMPARE(model->totalCount(), first.open);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, IssueBoardModel::CategoryColumn).data().toString(), first.name);
    QCOMPARE(window.problemBoard()->findChild<QDateEdit*>(QStringLiteral("asOfDateEdit"))->date(),
             QDate(2022, 12, 5));
}

void TestDashboard::chartsAreSaved()
{
    DashboardPage page(*m_db, m_workflow->calendar());
    QTemporaryDir dir;
    // As from the context menu: the file dialog's answer has no suffix; the page adds it.
    Dialogs::setNextFileName(dir.filePath(QStringLiteral("cumulative")));
    page.saveChart(DashboardCharts::Kind::Cumulative, QStringLiteral("png"));
    const QImage saved(dir.filePath(QStringLiteral("cumulative.png")));
    QCOMPARE(saved.size(), QSize(1890, 1122));
    QVERIFY(inkedPixels(saved) > 5000);

    Dialogs::setNextFileName(dir.filePath(QStringLiteral("by-area.pdf")));
    page.saveChart(DashboardCharts::Kind::OpenByArea, QStringLiteral("pdf"));
    QFile pdf(dir.filePath(QStringLiteral("by-area.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY(pdf.size() > 2000);
    Dialogs::clearAnswers();
}

void TestDashboard::badPeriodChangesNothing()
{
    DashboardPage page(*m_db, m_workflow->calendar());
    const QDate asOf = page.series()->asOf;
    page.findChild<QDateEdit*>(QStringLiteral("dashboardToDateEdit"))->setDate(QDate(2022, 10, 1));
    page.show(); // the page reads its figures when it is in sight
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* error = page.findChild<QLabel*>(QStringLiteral("dashboardErrorLabel"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("before it begins")), qPrintable(error->text()));
    QCOMPARE(page.series()->asOf, asOf); // the charts still show the last good period
    QCOMPARE(page.series()->to, QDate(2022, 12, 5));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
