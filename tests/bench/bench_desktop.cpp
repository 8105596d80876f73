// Measures what liaison staff feel in the desktop: how long the main window takes to be shown and
// usable, and how long the register takes to answer a keystroke in the search box, on the reference
// scenario. Each figure is reported with a reference run measured in the same process, so that the
// ratio, not the milliseconds of one machine, is what is compared:
//   startup  against the same window on an empty database;
//   search   against one plain COUNT(*) over the enterprise table on the same connection;
//   dashboard (the 35 days of the scenario, six charts, painted) against one headline snapshot;
//   briefing  (the A4 PDF of week 2022-W49 with its two charts) against the same briefing as JSON.
//
//   liaison_bench_desktop [--rounds N]      (offscreen: QT_QPA_PLATFORM=offscreen)

#include "Briefing.h"
#include "Database.h"
#include "IssueWorkflow.h"
#include "MainWindow.h"
#include "Statistics.h"
#include "models/EnterpriseTableModel.h"
#include "pages/DashboardPage.h"
#include "pages/EnterpriseRegisterPage.h"
#include "print/BriefingDocument.h"
#include "scenario/JiulongpoScenario.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

using liaison::Database;
using liaison::MainWindow;
using liaison::Role;
using liaison::Session;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double millisecondsSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

std::unique_ptr<Database> openOrDie(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message));
    // The benchmark works as an administrator who signed in.
    (*db)->actAs(Session::forUser(0, QStringLiteral("bench"), Role::Admin, std::nullopt));
    return std::move(*db);
}

// From opening the database to the window shown with its first page filled and the event queue empty.
double startup(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    auto db = openOrDie(path);
    MainWindow window(*db);
    window.showPage(MainWindow::Page::Enterprises);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    QApplication::processEvents();
    return millisecondsSince(timer);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiaisonDesk-bench"));
    int rounds = 7;
    const QStringList arguments = QApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--rounds"));
        at > 0 && at + 1 < arguments.size())
        rounds = std::max(1, arguments.at(at + 1).toInt());

    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("scenario.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        auto db = openOrDie(full);
        if (const auto loaded = liaison::JiulongpoScenario::load(*db); !loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        openOrDie(empty);
    }

    QTextStream out(stdout);
    out << "rounds: " << rounds << " (median of each)\n";

    std::vector<double> withData, withoutData;
    startup(full); // first run warms the caches of both
    startup(empty);
    for (int round = 0; round < rounds; ++round) {
        withData.push_back(startup(full));
        withoutData.push_back(startup(empty));
    }
    const double shown = median(withData);
    const double shownEmpty = median(withoutData);
    out << QStringLiteral("startup   reference scenario %1 ms | empty database %2 ms | ratio %3\n")
               .arg(shown, 0, 'f', 1)
               .arg(shownEmpty, 0, 'f', 1)
               .arg(shown / shownEmpty, 0, 'f', 2);

    // Typing "cqlx" letter by letter, then clearing it: every keystroke refilters in the database.
    auto db = openOrDie(full);
    MainWindow window(*db);
    window.showPage(MainWindow::Page::Enterprises);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    auto* search = window.registerPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    search->setFocus();
    std::vector<double> keystrokes, references;
    for (int round = 0; round < rounds; ++round) {
        for (const char letter : {'c', 'q', 'l', 'x'}) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, letter);
            QApplication::processEvents();
            keystrokes.push_back(millisecondsSince(timer));
        }
        if (window.enterpriseModel()->totalCount() < 1)
            qFatal("the search found nothing");
        for (int i = 0; i < 4; ++i) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, Qt::Key_Backspace);
            QApplication::processEvents();
            keystrokes.push_back(millisecondsSince(timer));

            QElapsedTimer reference;
            reference.start();
            if (!db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise")))
                qFatal("the reference query failed");
            references.push_back(millisecondsSince(reference));
        }
    }
    const double keystroke = median(keystrokes);
    const double worst = *std::max_element(keystrokes.begin(), keystrokes.end());
    const double reference = median(references);
    out << QStringLiteral("search    keystroke %1 ms (slowest %2 ms) | COUNT(*) %3 ms | ratio %4\n")
               .arg(keystroke, 0, 'f', 2)
               .arg(worst, 0, 'f', 2)
               .arg(reference, 0, 'f', 3)
               .arg(keystroke / reference, 0, 'f', 1);
    out << QStringLiteral("rows loaded after a keystroke: %1 of %2 (lists fetch lazily)\n")
               .arg(window.enterpriseModel()->rowCount())
               .arg(window.enterpriseModel()->totalCount());

    // The dashboard: the series read again, the six charts rebuilt, and the page painted.
    window.showPage(MainWindow::Page::Dashboard);
    QApplication::processEvents();
    std::vector<double> dashboards, snapshots;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        window.dashboardPage()->reload();
        window.dashboardPage()->repaint();
        QApplication::processEvents();
        dashboards.push_back(millisecondsSince(timer));

        QElapsedTimer single;
        single.start();
        if (!liaison::Statistics::snapshot(*db, window.dashboardPage()->series()->asOf))
            qFatal("the reference snapshot failed");
        snapshots.push_back(millisecondsSince(single));
    }
    const double dashboard = median(dashboards);
    const double snapshot = median(snapshots);
    out << QStringLiteral("dashboard %1 days, six charts %2 ms | one snapshot %3 ms | ratio %4\n")
               .arg(window.dashboardPage()->series()->days.size())
               .arg(dashboard, 0, 'f', 1)
               .arg(snapshot, 0, 'f', 2)
               .arg(dashboard / snapshot, 0, 'f', 1);

    // The weekly briefing as liaisonctl briefing --pdf makes it: figures, chart series, pages, file.
    auto workflow = liaison::IssueWorkflow::forDatabase(*db);
    if (!workflow)
        qFatal("%s", qPrintable(workflow.error().message));
    const auto week = liaison::BriefingPeriod::isoWeek(QStringLiteral("2022-W49"));
    const QDate asOf(2022, 12, 5);
    const QString pdf = dir.filePath(QStringLiteral("briefing.pdf"));
    std::vector<double> documents, jsons;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto data = liaison::Briefing::build(*db, workflow->calendar(), *week, asOf);
        auto series = data ? liaison::BriefingDocument::chartSeries(*db, workflow->calendar(), *data)
                           : std::unexpected(data.error());
        if (!series || !liaison::BriefingDocument(*data, *series, {}).writePdf(pdf))
            qFatal("the briefing was not written");
        documents.push_back(millisecondsSince(timer));

        QElapsedTimer jsonTimer;
        jsonTimer.start();
        auto figures = liaison::Briefing::build(*db, workflow->calendar(), *week, asOf);
        if (!figures || QJsonDocument(figures->toJson()).toJson().isEmpty())
            qFatal("the reference briefing failed");
        jsons.push_back(millisecondsSince(jsonTimer));
    }
    const double document = median(documents);
    const double json = median(jsons);
    out << QStringLiteral(
               "briefing  A4 PDF with two charts %1 ms (%2 KiB) | the same as JSON %3 ms | ratio %4\n")
               .arg(document, 0, 'f', 1)
               .arg(QFileInfo(pdf).size() / 1024)
               .arg(json, 0, 'f', 1)
               .arg(document / json, 0, 'f', 1);
    return 0;
}
