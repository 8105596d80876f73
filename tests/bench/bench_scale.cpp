// What staff feel at a city's or a province's size (issue 17), each operation against a reference in the
// same run: the database engine alone (the sqlite3 shell or psql, timed by the shell) answering the
// same question with the best SQL we can write, or, for start-up and sign-in, the same program on an
// empty database. One table: operation, LiaisonDesk median, reference median, ratio. Then the peak
// memory (RSS) of the desktop on each page.
//
//   liaison_bench_scale --db SPEC --empty SPEC --user NAME --password P [--rounds N] [--shell PATH]
//
// SPEC is an SQLite file or a postgresql:// URL (the owner's: the references run as the same login).
// scripts/bench builds the databases and runs this; docs/benchmarks.md has its table.

#include "AuditLog.h"
#include "Backup.h"
#include "Briefing.h"
#include "BriefingWorkbook.h"
#include "Database.h"
#include "IssueQuery.h"
#include "IssueWorkflow.h"
#include "MainWindow.h"
#include "Statistics.h"
#include "StatsSeries.h"
#include "VisitLog.h"
#include "account/SignInDialog.h"
#include "exchange/TableExport.h"
#include "models/EnterpriseTableModel.h"
#include "models/IssueBoardModel.h"
#include "models/PermitListModel.h"
#include "models/VisitListModel.h"
#include "print/BriefingDocument.h"
#include "security/UserAccounts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

using namespace liaison;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

[[noreturn]] void die(const QString& what)
{
    qFatal("%s", qPrintable(what));
}

template <typename T>
T orDie(Result<T> result, const char* what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1StringView(what), result.error().message));
    return std::move(*result);
}

void orDie(const Status& status, const char* what)
{
    if (!status)
        die(QStringLiteral("%1: %2").arg(QLatin1StringView(what), status.error().message));
}

struct Options
{
    QString spec;
    QString empty;
    QString user;
    QString password;
    QString shell;
    int rounds = 5;
};

bool isPostgres(const QString& spec)
{
    return Database::isPostgresUrl(spec);
}

// The engine alone: the script run by the sqlite3 shell or psql, timed by the shell itself (its own
// start and the opening of the database are not counted), milliseconds summed over the statements.
class Reference
{
public:
    Reference(QString spec, QString shell) : m_spec(std::move(spec)), m_shell(std::move(shell)) {}

    double run(const QString& sql) const
    {
        QProcess shell;
        QString script;
        if (isPostgres(m_spec)) {
            shell.start(m_shell.isEmpty() ? QStringLiteral("psql") : m_shell,
                        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), m_spec});
            script = QStringLiteral("\\timing on\n") + sql + QLatin1Char('\n');
        } else {
            shell.start(m_shell.isEmpty() ? QStringLiteral("sqlite3") : m_shell,
                        {QStringLiteral("-bail"), m_spec});
            // The desktop's own page cache (Database::configure), so that both read alike.
            script = QStringLiteral("PRAGMA cache_size=-65536;\n.output /dev/null\n.timer on\n") + sql +
                     QLatin1Char('\n');
        }
        if (!shell.waitForStarted())
            die(QStringLiteral("the reference shell %1 did not start").arg(shell.program()));
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        if (!shell.waitForFinished(600000) || shell.exitCode() != 0)
            die(QStringLiteral("the reference failed: %1\n%2")
                    .arg(QString::fromUtf8(shell.readAllStandardError()), sql));
        const QString output =
            QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
        static const QRegularExpression sqliteTime(QStringLiteral("Run Time: real ([0-9.]+)"));
        static const QRegularExpression psqlTime(QStringLiteral("Time: ([0-9.]+) ms"));
        double total = 0;
        auto matches = (isPostgres(m_spec) ? psqlTime : sqliteTime).globalMatch(output);
        int statements = 0;
        while (matches.hasNext()) {
            const double value = matches.next().captured(1).toDouble();
            total += isPostgres(m_spec) ? value : value * 1000.0;
            ++statements;
        }
        if (statements == 0)
            die(QStringLiteral("the reference shell printed no timing for:\n%1\n%2").arg(sql, output));
        return total;
    }

private:
    QString m_spec;
    QString m_shell;
};

std::unique_ptr<Database> openAsAdmin(const QString& spec, const QString& user, const QString& password)
{
    auto db = orDie(Database::open(spec, {false, -1}), "open");
    if (!user.isEmpty())
        db->actAs(orDie(UserAccounts::signIn(*db, user, password), "sign-in"));
    else
        db->actAs(Session::forUser(0, QStringLiteral("bench"), Role::Admin, std::nullopt));
    return db;
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The window shown and every event it posted handled: what the user sees as "ready".
void settle(QWidget& widget)
{
    if (!QTest::qWaitForWindowExposed(&widget))
        die(QStringLiteral("the window was not shown"));
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

struct Row
{
    QString operation;
    double ours;
    double reference;
    QString referenceKind;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiaisonDesk-bench"));
    Options options;
    const QStringList arguments = QApplication::arguments();
    const auto value = [&](const char* name) {
        const qsizetype at = arguments.indexOf(QLatin1StringView(name));
        return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    };
    options.spec = value("--db");
    options.empty = value("--empty");
    options.user = value("--user");
    options.password = value("--password");
    options.shell = value("--shell");
    if (const QString rounds = value("--rounds"); !rounds.isEmpty())
        options.rounds = std::max(1, rounds.toInt());
    if (options.spec.isEmpty() || options.empty.isEmpty())
        die(QStringLiteral("usage: liaison_bench_scale --db SPEC --empty SPEC [--user U --password P] "
                           "[--rounds N] [--shell PATH]"));
    if (const QString page = value("--page-rss"); !page.isEmpty()) {
        auto session = openAsAdmin(options.spec, options.user, options.password);
        MainWindow window(*session);
        window.showPage(MainWindow::Page(page.toInt()));
        window.show();
        settle(window);
        QTextStream(stdout) << "| "
                            << window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))
                                   ->item(page.toInt())
                                   ->text()
                            << " | " << QString::number(double(peakRssKiB()) / 1024.0, 'f', 0) << " |\n";
        return 0;
    }
    const bool postgres = isPostgres(options.spec);
    const Reference reference(options.spec, options.shell);
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::vector<Row> rows;
    const auto measure = [&](const QString& name, const std::function<void()>& ours, const QString& sql) {
        err << name << "…" << Qt::endl;
        ours(); // warm: the first run reads the pages into the caches, for both
        reference.run(sql);
        std::vector<double> mine, theirs;
        for (int round = 0; round < options.rounds; ++round) {
            mine.push_back(timed(ours));
            theirs.push_back(reference.run(sql));
        }
        rows.push_back({name, median(mine), median(theirs), QStringLiteral("SQL")});
    };
    const auto against = [&](const QString& name, const std::function<void()>& ours,
                             const std::function<void()>& baseline, const QString& kind) {
        err << name << "…" << Qt::endl;
        ours();
        baseline();
        std::vector<double> mine, theirs;
        for (int round = 0; round < options.rounds; ++round) {
            mine.push_back(timed(ours));
            theirs.push_back(timed(baseline));
        }
        rows.push_back({name, median(mine), median(theirs), kind});
    };

    QTemporaryDir scratch;
    const QDate asOf(2022, 12, 5);
    const QString day = QStringLiteral("'2022-12-05'");

    // Start-up: the database opened (and checked) and the sign-in dialog on screen.
    const auto startTo = [&](const QString& spec) {
        return [spec] {
            if (isPostgres(spec)) {
                SignInDialog dialog(spec);
                dialog.show();
                settle(dialog);
                return;
            }
            auto db = orDie(Database::open(spec, {false, -1}), "open");
            SignInDialog dialog(*db);
            dialog.show();
            settle(dialog);
        };
    };
    against(QStringLiteral("start to the sign-in dialog"), startTo(options.spec), startTo(options.empty),
            QStringLiteral("empty database"));

    // Signed in to the main window on screen with its first page, the register, filled. The password
    // check is not counted: it is the same work on any database.
    const auto windowOnly = [&](const QString& spec) {
        auto db = openAsAdmin(spec, options.user, options.password);
        return [db = std::shared_ptr<Database>(std::move(db))] {
            MainWindow window(*db);
            window.showPage(MainWindow::Page::Enterprises);
            window.show();
            settle(window);
        };
    };
    against(QStringLiteral("sign-in to the main window"), windowOnly(options.spec), windowOnly(options.empty),
            QStringLiteral("empty database"));

    auto db = openAsAdmin(options.spec, options.user, options.password);
    auto workflow = orDie(IssueWorkflow::forDatabase(*db), "workflow");

    // The lists' first screens: the count and the first page of rows, as the models read them.
    const QString registerColumns = QStringLiteral(
        "SELECT e.id, e.name, e.credit_code, e.industry, a.name, e.scale, e.production_status, b.number, "
        "lp.name, du.name, dp.name, ap.name, "
        "(SELECT MAX(v.visited_on) FROM visit v WHERE v.enterprise_id = e.id), "
        "(SELECT COUNT(*) FROM issue i WHERE i.enterprise_id = e.id AND i.status IN ('new', 'assigned', "
        "'in_progress', 'reopened')) "
        "FROM enterprise e JOIN area a ON a.id = e.area_id LEFT JOIN whitelist_batch b ON b.id = "
        "e.whitelist_batch_id LEFT JOIN duty_assignment d ON d.id = (SELECT MAX(d2.id) FROM duty_assignment "
        "d2 "
        "WHERE d2.enterprise_id = e.id AND d2.valid_to IS NULL) LEFT JOIN person lp ON lp.id = d.leader_id "
        "LEFT JOIN unit du ON du.id = d.department_id LEFT JOIN person dp ON dp.id = d.department_person_id "
        "LEFT JOIN person ap ON ap.id = d.area_person_id ");
    const Id firstArea = orDie(db->scalar(QStringLiteral("SELECT MIN(id) FROM area")), "area").toLongLong();
    const auto registerScreen = [&](const EnterpriseFilter& filter) {
        return [&db, filter] {
            EnterpriseTableModel model(*db);
            if (!filter.isEmpty())
                model.setFilter(filter);
            if (!model.lastError().isEmpty())
                die(model.lastError());
        };
    };
    measure(QStringLiteral("register, first screen"), registerScreen({}),
            QStringLiteral("SELECT COUNT(*) FROM enterprise;\n") + registerColumns +
                QStringLiteral("ORDER BY e.name_pinyin, e.id LIMIT 256;"));
    EnterpriseFilter byArea;
    byArea.areaId = firstArea;
    measure(
        QStringLiteral("register, one area"), registerScreen(byArea),
        QStringLiteral("SELECT COUNT(*) FROM enterprise e WHERE e.area_id = %1;\n").arg(firstArea) +
            registerColumns +
            QStringLiteral("WHERE e.area_id = %1 ORDER BY e.name_pinyin, e.id LIMIT 256;").arg(firstArea));
    // The duty matrix: the register narrowed to one person's enterprises (any tier).
    const Id dutyPerson =
        orDie(db->scalar(QStringLiteral("SELECT area_person_id FROM duty_assignment WHERE valid_to IS NULL "
                                        "ORDER BY id LIMIT 1")),
              "duty person")
            .toLongLong();
    EnterpriseFilter byPerson;
    byPerson.dutyPersonId = dutyPerson;
    const QString personCondition =
        QStringLiteral(
            "EXISTS (SELECT 1 FROM duty_assignment d3 WHERE d3.enterprise_id = e.id AND d3.valid_to IS "
            "NULL AND (d3.leader_id = %1 OR d3.department_person_id = %1 OR d3.area_person_id = %1))")
            .arg(dutyPerson);
    measure(QStringLiteral("duty matrix, one person's enterprises"), registerScreen(byPerson),
            QStringLiteral("SELECT COUNT(*) FROM enterprise e WHERE %1;\n").arg(personCondition) +
                registerColumns +
                QStringLiteral("WHERE %1 ORDER BY e.name_pinyin, e.id LIMIT 256;").arg(personCondition));

    const auto visitScreen = [&](const VisitFilter& filter) {
        return [&db, filter] {
            VisitListModel model(*db);
            model.setFilter(filter);
            if (!model.lastError().isEmpty())
                die(model.lastError());
        };
    };
    // The page of visits first (visit_date_idx, backwards), then its enterprises and areas.
    const auto visitPage = [](const QString& where) {
        return QStringLiteral(
                   "SELECT v.*, e.name, a.name, (SELECT COUNT(*) FROM issue i WHERE i.visit_id = v.id) FROM "
                   "(SELECT * FROM visit v %1 ORDER BY v.visited_on DESC, v.id DESC LIMIT 256) v JOIN "
                   "enterprise e ON e.id = v.enterprise_id JOIN area a ON a.id = e.area_id ORDER BY "
                   "v.visited_on DESC, v.id DESC;")
            .arg(where);
    };
    measure(QStringLiteral("visits, first screen"), visitScreen({}),
            QStringLiteral("SELECT COUNT(*) FROM visit;\n") + visitPage(QString()));
    VisitFilter lastWeek;
    lastWeek.from = asOf.addDays(-6);
    lastWeek.to = asOf;
    const QString lastWeekWhere = QStringLiteral("WHERE v.visited_on BETWEEN '2022-11-29' AND %1").arg(day);
    measure(QStringLiteral("visits, the last week"), visitScreen(lastWeek),
            QStringLiteral("SELECT COUNT(*) FROM visit v %1;\n").arg(lastWeekWhere) +
                visitPage(lastWeekWhere));

    const QString issueColumns = QStringLiteral(
        "SELECT i.*, c.name, e.name, u.name, p.name, a.name FROM issue i JOIN enterprise e ON e.id = "
        "i.enterprise_id "
        "JOIN issue_category c ON c.code = i.category LEFT JOIN unit u ON u.id = i.owner_unit_id "
        "LEFT JOIN person p ON p.id = i.owner_person_id LEFT JOIN area a ON a.id = i.owner_area_id ");
    const QString openNow = QStringLiteral("i.status IN ('new', 'assigned', 'in_progress', 'reopened')");
    const auto boardScreen = [&](IssueFilter::Quick quick) {
        return [&db, &workflow, quick, asOf] {
            IssueBoardModel model(*db, workflow.calendar());
            model.setAsOf(asOf);
            IssueFilter filter;
            filter.quick = quick;
            model.setFilter(filter);
            if (!model.lastError().isEmpty())
                die(model.lastError());
        };
    };
    measure(
        QStringLiteral("problem board, open problems"), boardScreen(IssueFilter::Quick::Open),
        QStringLiteral("SELECT COUNT(*) FROM issue i WHERE i.reported_on <= %1 AND %2;\n").arg(day, openNow) +
            issueColumns +
            QStringLiteral("WHERE i.reported_on <= %1 AND %2 ORDER BY i.due_on, i.id LIMIT 256;")
                .arg(day, openNow));
    measure(
        QStringLiteral("problem board, overdue (red)"), boardScreen(IssueFilter::Quick::Overdue),
        QStringLiteral("SELECT COUNT(*) FROM issue i WHERE i.reported_on <= %1 AND %2 AND i.due_on < %1;\n")
                .arg(day, openNow) +
            issueColumns +
            QStringLiteral(
                "WHERE i.reported_on <= %1 AND %2 AND i.due_on < %1 ORDER BY i.due_on, i.id LIMIT 256;")
                .arg(day, openNow));

    const QString permitColumns =
        QStringLiteral(
            "SELECT p.*, e.name, CASE WHEN p.granted_on IS NULL THEN 0 WHEN p.valid_until IS NOT NULL "
            "AND p.valid_until < %1 THEN 2 ELSE 1 END FROM permit_request p JOIN enterprise e ON e.id = "
            "p.enterprise_id ")
            .arg(day);
    const auto permitScreen = [&](std::optional<PermitKind> kind) {
        return [&db, kind, asOf] {
            PermitListModel model(*db);
            PermitFilter filter;
            filter.kind = kind;
            filter.asOf = asOf;
            model.setFilter(filter);
            if (!model.lastError().isEmpty())
                die(model.lastError());
        };
    };
    measure(QStringLiteral("passes, first screen"), permitScreen({}),
            QStringLiteral("SELECT COUNT(*) FROM permit_request;\n") + permitColumns +
                QStringLiteral("ORDER BY p.applied_on DESC, p.id DESC LIMIT 256;"));
    measure(QStringLiteral("passes, transport passes only"), permitScreen(PermitKind::Pass),
            QStringLiteral("SELECT COUNT(*) FROM permit_request p WHERE p.kind = 'pass';\n") + permitColumns +
                QStringLiteral("WHERE p.kind = 'pass' ORDER BY p.applied_on DESC, p.id DESC LIMIT 256;"));

    const auto auditScreen = [&](const QString& table) {
        return [&db, table] {
            AuditLog::Filter filter;
            filter.table = table;
            orDie(AuditLog::entries(*db, filter), "audit");
        };
    };
    measure(QStringLiteral("audit log, newest 2,000"), auditScreen({}),
            QStringLiteral("SELECT * FROM audit_log ORDER BY id DESC LIMIT 2000;"));
    measure(
        QStringLiteral("audit log, one table"), auditScreen(QStringLiteral("issue")),
        QStringLiteral("SELECT * FROM audit_log WHERE table_name = 'issue' ORDER BY id DESC LIMIT 2000;"));

    // One keystroke in the register's search box: by name, by pinyin initials, by credit-code prefix.
    auto firstRow = orDie(db->run(QStringLiteral("SELECT name, name_initials, credit_code FROM enterprise "
                                                 "ORDER BY id LIMIT 1")),
                          "first enterprise");
    firstRow.next();
    const QString namePart = firstRow.value(0).toString().mid(2, 2);
    const QString initials = firstRow.value(1).toString().left(4);
    const QString codePart = firstRow.value(2).toString().left(10);
    firstRow.finish(); // no read left open: the writes below would find their snapshot stale
    const auto searchFor = [&](const QString& term) {
        EnterpriseFilter filter;
        filter.search = term;
        return registerScreen(filter);
    };
    const auto searchSql = [&](const QString& term, bool latin) -> QString {
        QString condition =
            QStringLiteral("(e.name LIKE '%%1%' OR e.credit_code LIKE '%%2%'").arg(term, term.toUpper());
        if (latin)
            condition +=
                QStringLiteral(" OR e.name_pinyin LIKE '%%1%' OR e.name_initials LIKE '%%1%'").arg(term);
        condition += QLatin1Char(')');
        return QStringLiteral("SELECT COUNT(*) FROM enterprise e WHERE %1;\n").arg(condition) +
               registerColumns +
               QStringLiteral("WHERE %1 ORDER BY e.name_pinyin, e.id LIMIT 256;").arg(condition);
    };
    measure(QStringLiteral("search keystroke, name “%1”").arg(namePart), searchFor(namePart),
            searchSql(namePart, false));
    measure(QStringLiteral("search keystroke, initials “%1”").arg(initials), searchFor(initials),
            searchSql(initials, true));
    measure(QStringLiteral("search keystroke, credit code “%1”").arg(codePart), searchFor(codePart),
            searchSql(codePart, true));

    // The headline figures.
    const QString statsSql =
        QStringLiteral(
            "SELECT s.scale, s.status, COUNT(*) FROM (SELECT e.scale AS scale, COALESCE((SELECT p.status "
            "FROM "
            "production_status_change p WHERE p.enterprise_id = e.id AND p.changed_on <= %1 ORDER BY "
            "p.changed_on DESC, "
            "p.id DESC LIMIT 1), e.production_status) AS status FROM enterprise e WHERE e.scale IN "
            "('direct', "
            "'pre_upgrade')) s GROUP BY s.scale, s.status;\n"
            "SELECT COUNT(*) FROM enterprise e JOIN whitelist_batch b ON b.id = e.whitelist_batch_id WHERE "
            "b.issued_on <= %1;\n"
            "SELECT COUNT(*) FROM whitelist_batch WHERE issued_on <= %1;\n"
            "SELECT COUNT(*) FROM issue WHERE reported_on <= %1;\n"
            "SELECT COUNT(*) FROM issue WHERE status IN ('resolved', 'verified') AND resolved_on <= %1;\n"
            "SELECT COUNT(*) FROM permit_request WHERE kind = 'pass' AND granted_on <= %1;\n"
            "SELECT COUNT(*) FROM permit_request WHERE kind = 'driver_whitelist' AND applied_on <= %1;\n"
            "SELECT COALESCE(SUM(people), 0) FROM staff_transfer WHERE transferred_on <= %1;\n"
            "SELECT COALESCE(SUM(staff_returned), 0) FROM visit WHERE visited_on <= %1;\n"
            "SELECT COUNT(*) FROM visit WHERE visited_on <= %1;\n"
            "SELECT COALESCE(SUM(v.closed_loop_staff), 0), AVG(CASE WHEN e.scale = 'direct' THEN "
            "v.capacity_percent END) "
            "FROM enterprise e JOIN visit v ON v.enterprise_id = e.id AND v.visited_on = (SELECT "
            "MAX(v2.visited_on) FROM "
            "visit v2 WHERE v2.enterprise_id = e.id AND v2.visited_on <= %1) AND v.id = (SELECT MAX(v3.id) "
            "FROM visit v3 "
            "WHERE v3.enterprise_id = e.id AND v3.visited_on = v.visited_on);")
            .arg(day);
    measure(
        QStringLiteral("stats as of 2022-12-05"), [&] { orDie(Statistics::snapshot(*db, asOf), "stats"); },
        statsSql);

    // A year of the dashboard's series, and the SQL that gives its daily counts.
    const QString seriesSql = QStringLiteral("SELECT reported_on, COUNT(*) FROM issue WHERE reported_on "
                                             "BETWEEN '2021-12-06' AND %1 GROUP BY reported_on;\n"
                                             "SELECT resolved_on, COUNT(*) FROM issue WHERE status IN "
                                             "('resolved', 'verified') AND resolved_on BETWEEN "
                                             "'2021-12-06' AND %1 GROUP BY resolved_on;\n"
                                             "SELECT visited_on, COUNT(*) FROM visit WHERE visited_on "
                                             "BETWEEN '2021-12-06' AND %1 GROUP BY visited_on;\n"
                                             "SELECT granted_on, COUNT(*) FROM permit_request WHERE kind = "
                                             "'pass' AND granted_on BETWEEN '2021-12-06' AND "
                                             "%1 GROUP BY granted_on;\n"
                                             "SELECT category, status IN ('resolved', 'verified') AND "
                                             "resolved_on <= %1, COUNT(*) FROM issue WHERE "
                                             "reported_on <= %1 GROUP BY 1, 2;")
                                  .arg(day);
    measure(
        QStringLiteral("dashboard series, a year"),
        [&] {
            orDie(StatsSeriesBuilder::build(*db, workflow.calendar(), QDate(2021, 12, 6), asOf, asOf),
                  "series");
        },
        seriesSql);

    // The weekly briefing, as liaisonctl briefing --pdf and --xlsx make it.
    const auto week = orDie(BriefingPeriod::isoWeek(QStringLiteral("2022-W49")), "week");
    const QString briefingSql =
        statsSql +
        QStringLiteral(
            "\nSELECT COUNT(*) FROM visit WHERE visited_on BETWEEN '2022-12-05' AND '2022-12-11';\n"
            "SELECT category, tier, COUNT(*) FROM issue WHERE reported_on <= %1 GROUP BY 1, 2;\n")
            .arg(day) +
        issueColumns +
        QStringLiteral("WHERE i.reported_on <= %1 AND %2 AND i.due_on < '2022-12-07';").arg(day, openNow);
    const QString pdf = scratch.filePath(QStringLiteral("briefing.pdf"));
    measure(
        QStringLiteral("weekly briefing, A4 PDF"),
        [&] {
            auto data = orDie(Briefing::build(*db, workflow.calendar(), week, asOf), "briefing");
            auto series = orDie(BriefingDocument::chartSeries(*db, workflow.calendar(), data), "charts");
            orDie(BriefingDocument(data, series, {}).writePdf(pdf), "pdf");
        },
        briefingSql);
    const QString xlsx = scratch.filePath(QStringLiteral("briefing.xlsx"));
    measure(
        QStringLiteral("weekly briefing, xlsx"),
        [&] {
            auto data = orDie(Briefing::build(*db, workflow.calendar(), week, asOf), "briefing");
            QFile::remove(xlsx);
            orDie(BriefingWorkbook::write(*db, data, xlsx), "xlsx");
        },
        briefingSql);

    // Logging one visit that raises two problems (the desktop's save: checks, workflow, audit).
    const Id enterprise =
        orDie(db->scalar(QStringLiteral("SELECT MAX(id) FROM enterprise")), "enterprise").toLongLong();
    measure(
        QStringLiteral("log a visit with two problems"),
        [&] {
            Visit visit;
            visit.enterpriseId = enterprise;
            visit.visitedOn = asOf;
            visit.visitors = QStringLiteral("测试员");
            IssueWorkflow::NewIssue problem{
                enterprise, {}, QStringLiteral("logistics"), QStringLiteral("物流测试"), QString(), asOf};
            orDie(VisitLog::record(*db, workflow, visit, {problem, problem}), "visit");
        },
        QStringLiteral(
            "BEGIN;\n"
            "INSERT INTO visit (enterprise_id, visited_on, mode, visitors, production_status_seen) "
            "VALUES (%1, %2, 'onsite', '测试员', 'normal');\n"
            "INSERT INTO issue (enterprise_id, category, title, reported_on, tier, due_on, status) "
            "VALUES (%1, 'logistics', '物流测试', %2, 'area', '2022-12-07', 'new');\n"
            "INSERT INTO issue_event (issue_id, kind, actor, at) VALUES ((SELECT MAX(id) FROM issue), "
            "'created', 'bench', '2022-12-05T02:00:00.000Z');\n"
            "INSERT INTO issue (enterprise_id, category, title, reported_on, tier, due_on, status) "
            "VALUES (%1, 'logistics', '物流测试', %2, 'area', '2022-12-07', 'new');\n"
            "INSERT INTO issue_event (issue_id, kind, actor, at) VALUES ((SELECT MAX(id) FROM issue), "
            "'created', 'bench', '2022-12-05T02:00:00.000Z');\n"
            "COMMIT;")
            .arg(enterprise)
            .arg(day));

    // liaisonctl issue list --open --colour red --json, as the command builds it.
    measure(
        QStringLiteral("issue list, open red problems"),
        [&] {
            IssueFilter filter;
            filter.colour = SupervisionColour::Red;
            orDie(IssueQuery(*db, workflow.calendar(), filter, asOf).fetch(QStringLiteral("i.id")),
                  "issue list");
        },
        issueColumns + QStringLiteral("WHERE i.reported_on <= %1 AND %2 AND i.due_on < %1 ORDER BY i.id;")
                           .arg(day, openNow));

    // Exporting every enterprise to CSV.
    const QString csv = scratch.filePath(QStringLiteral("enterprises.csv"));
    measure(
        QStringLiteral("export all enterprises (CSV)"),
        [&] {
            QFile::remove(csv);
            orDie(TableExport::write(*db, ImportKind::Enterprises, csv), "export");
        },
        QStringLiteral(
            "SELECT e.*, a.name, b.number FROM enterprise e JOIN area a ON a.id = e.area_id LEFT JOIN "
            "whitelist_batch b ON b.id = e.whitelist_batch_id ORDER BY e.id;"));

    if (!postgres) {
        const QString copy = scratch.filePath(QStringLiteral("backup.sqlite"));
        measure(
            QStringLiteral("daily backup"),
            [&] {
                QFile::remove(copy);
                orDie(Backup::take(*db, copy), "backup");
            },
            // The reference's own copy goes before each round (.shell is not timed).
            QStringLiteral(".shell rm -f '%1'\nVACUUM INTO '%1';")
                .arg(scratch.filePath(QStringLiteral("reference.sqlite"))));
    }

    out << "| operation | LiaisonDesk (ms) | reference (ms) | ratio | reference |\n";
    out << "|---|---:|---:|---:|---|\n";
    for (const Row& row : rows) {
        out << "| " << row.operation << " | " << QString::number(row.ours, 'f', 1) << " | "
            << QString::number(row.reference, 'f', 1) << " | "
            << QString::number(row.reference > 0 ? row.ours / row.reference : 0, 'f', 2) << " | "
            << row.referenceKind << " |\n";
    }

    // Peak memory on each page: a process of its own signs in, shows the page, and reads its high-water
    // mark, so that no page pays for what another one (or the measurements above) used.
    out << "\n| page | peak RSS (MiB) |\n|---|---:|\n";
    db.reset();
    for (int page = 0; page < int(MainWindow::Page::Count); ++page) {
        QProcess child;
        child.start(QApplication::applicationFilePath(),
                    {QStringLiteral("--page-rss"), QString::number(page), QStringLiteral("--db"),
                     options.spec, QStringLiteral("--empty"), options.empty, QStringLiteral("--user"),
                     options.user, QStringLiteral("--password"), options.password});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            die(QStringLiteral("the page %1 could not be measured").arg(page));
        out << QString::fromUtf8(child.readAllStandardOutput());
    }
    out.flush();
    return 0;
}
