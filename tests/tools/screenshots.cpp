// Renders every page of the main window, and the dialogs, to PNG files: the pictures in
// docs/screenshots. Run by scripts/screenshots on a database holding the reference scenario.
//
//   liaison_screenshots --db FILE --out DIR --language zh_CN|en

#include "Database.h"
#include "ImportWizard.h"
#include "IssueWorkflow.h"
#include "MainWindow.h"
#include "PermitDialog.h"
#include "Translations.h"
#include "VisitDialog.h"
#include "WorkCalendar.h"
#include "account/SignInDialog.h"
#include "pages/EnterpriseRegisterPage.h"
#include "pages/PermitsPage.h"
#include "pages/ProblemBoardPage.h"
#include "pages/VisitsPage.h"
#include "scenario/JiulongpoScenario.h"
#include "security/UserAccounts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScrollArea>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

using liaison::MainWindow;

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget* widget, const QString& path)
{
    settle();
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

template <typename T>
T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1StringView(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiaisonDesk-screenshots"));
    QApplication::setApplicationName(QStringLiteral("LiaisonDesk-screenshots"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database"),
                                      QStringLiteral("path"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("folder"),
                                       QStringLiteral("dir"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("zh_CN or en"),
                                            QStringLiteral("language"), QStringLiteral("zh_CN"));
    parser.addOptions({dbOption, outOption, languageOption});
    parser.process(app);
    const QString language = parser.value(languageOption);
    liaison::Translations::install(app, QLocale(language));
    const QDir out(parser.value(outOption));
    const auto file = [&](const char* name) {
        return out.filePath(QLatin1StringView(name) + QLatin1Char('-') + language + QStringLiteral(".png"));
    };

    bool ok = true;
    auto db = liaison::Database::open(parser.value(dbOption), {false, -1});
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    {
        liaison::SignInDialog signIn(**db);
        child<QLineEdit>(&signIn, "userNameLineEdit")->setText(QStringLiteral("admin"));
        signIn.show();
        ok &= save(&signIn, file("sign-in"));
    }
    // The pictures show everything there is: what the administrator that scripts/screenshots made sees.
    if (auto signedIn = liaison::UserAccounts::signIn(**db, qEnvironmentVariable("LIAISON_USER"),
                                                      qEnvironmentVariable("LIAISON_PASSWORD"));
        !signedIn) {
        QTextStream(stderr) << signedIn.error().message << '\n';
        return 1;
    }

    MainWindow window(**db);
    window.resize(1440, 900);
    window.show();
    // The reference scenario ends on 2022-12-05: the board and the coverage are shown as they stood then.
    const QDate reportDay = liaison::JiulongpoScenario::reportDay();

    window.showPage(MainWindow::Page::Enterprises);
    QTableView* enterprises = window.registerPage()->table();
    enterprises->selectRow(0);
    ok &= save(&window, file("enterprise-register"));
    // A chain leader found by its pinyin initials, with its suppliers.
    child<QLineEdit>(window.registerPage(), "searchLineEdit")->setText(QStringLiteral("cqlxty"));
    enterprises->selectRow(0);
    child<QTabWidget>(window.registerPage(), "detailTabWidget")->setCurrentIndex(4);
    ok &= save(&window, file("enterprise-search-supply-chain"));
    child<QLineEdit>(window.registerPage(), "searchLineEdit")->clear();

    window.showPage(MainWindow::Page::Duty);
    ok &= save(&window, file("duty-matrix"));
    window.showPage(MainWindow::Page::Visits);
    child<QDateEdit>(window.visitsPage(), "visitToDateEdit")->setDate(reportDay);
    ok &= save(&window, file("visits"));

    window.showPage(MainWindow::Page::Problems);
    child<QDateEdit>(window.problemBoard(), "asOfDateEdit")->setDate(reportDay);
    window.problemBoard()->table()->selectRow(0);
    ok &= save(&window, file("problem-board"));

    window.showPage(MainWindow::Page::Permits);
    window.permitsPage()->table()->selectRow(0);
    ok &= save(&window, file("passes"));
    window.showPage(MainWindow::Page::Dashboard);
    ok &= save(&window, file("dashboard"));
    // Every chart of the dashboard, below the fold too.
    if (auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("dashboardScrollArea")))
        ok &= save(scroll->widget(), file("dashboard-charts"));
    window.showPage(MainWindow::Page::Briefing);
    ok &= save(&window, file("briefing"));
    window.showPage(MainWindow::Page::Settings);
    ok &= save(&window, file("settings"));
    window.showPage(MainWindow::Page::Users);
    ok &= save(&window, file("users"));
    window.showPage(MainWindow::Page::Audit);
    ok &= save(&window, file("audit-log"));

    auto workflow = liaison::IssueWorkflow::forDatabase(**db);
    if (workflow) {
        liaison::VisitDialog visit(**db, *workflow, &window);
        visit.setEnterprise(QStringLiteral("重庆隆鑫通用动力股份有限公司"));
        visit.show();
        ok &= save(&visit, file("visit-dialog"));
        visit.hide();
    }
    liaison::PermitDialog permit(**db, &window);
    permit.setEnterprise(QStringLiteral("重庆隆鑫通用动力股份有限公司"));
    child<QLineEdit>(&permit, "plateLineEdit")->setText(QStringLiteral("渝A1234"));
    child<QLineEdit>(&permit, "plateLineEdit")->textEdited(QStringLiteral("渝A1234"));
    permit.show();
    ok &= save(&permit, file("permit-dialog"));
    permit.hide();

    // The import wizard on a problem ledger saved by Excel on a Chinese desktop (GB18030), with
    // one category no one registered.
    QTemporaryDir ledgerDir;
    const QString ledger = ledgerDir.filePath(QStringLiteral("问题台账.csv"));
    {
        QFile ledgerFile(ledger);
        ledgerFile.open(QIODevice::WriteOnly);
        QStringEncoder gbk("GB18030");
        ledgerFile.write(gbk.encode(QStringLiteral(
            "序号,企业名称,问题类别,反映问题,反映日期,牵头单位,办理结果,办结日期\r\n"
            "1,重庆隆鑫通用动力股份有限公司,物流梗阻,原材料运输车辆进不了园区,2022/12/6,区商务委,"
            "已协调开通绿色通道,2022/12/7\r\n"
            "2,格力电器(重庆)有限公司,员工返岗,200名员工无法返岗,2022年12月6日,区经济信息委,,\r\n"
            "3,重庆隆鑫通用动力股份有限公司,天然气,用气指标不足,2022.12.6,,,\r\n"
            "4,庆铃汽车(集团)有限公司,通行证,\"需办理通行证3张\r\n（货车）\",44901,,,\r\n")));
    }
    liaison::ImportWizard wizard(**db, &window);
    wizard.setFile(liaison::ImportKind::Issues, ledger);
    wizard.show();
    wizard.next();
    ok &= save(&wizard, file("import-preview"));
    wizard.next();
    ok &= save(&wizard, file("import-mapping"));
    wizard.next();
    ok &= save(&wizard, file("import-report"));
    wizard.hide();
    window.close();
    return ok ? 0 : 1;
}
