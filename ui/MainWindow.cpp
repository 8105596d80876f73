#include "MainWindow.h"

#include "Database.h"
#include "Dialogs.h"
#include "HomePath.h"
#include "ImportWizard.h"
#include "IssueWorkflow.h"
#include "Lookups.h"
#include "ProblemDialog.h"
#include "VisitDialog.h"
#include "account/PasswordDialog.h"
#include "models/EnterpriseTableModel.h"
#include "pages/AuditPage.h"
#include "pages/BriefingPage.h"
#include "pages/DashboardPage.h"
#include "pages/DutyMatrixPage.h"
#include "pages/EnterpriseRegisterPage.h"
#include "pages/PermitsPage.h"
#include "pages/ProblemBoardPage.h"
#include "pages/SettingsPage.h"
#include "pages/UsersPage.h"
#include "pages/VisitsPage.h"
#include "scenario/JiulongpoScenario.h"
#include "security/Permissions.h"
#include "security/UserAccounts.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iterator>
#include <memory>

namespace liaison {

MainWindow::MainWindow(Database& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LiaisonDesk"));

    auto workflow = IssueWorkflow::forDatabase(m_db);
    if (!workflow) {
        // The stored calendar corrections could not be read: work on the official schedules meanwhile.
        Dialogs::critical(this, tr("Work calendar"), workflow.error().message);
    }
    m_workflow = std::make_unique<IssueWorkflow>(workflow ? std::move(*workflow)
                                                          : IssueWorkflow(m_db, WorkCalendar::official()));

    // Each page starts as an empty placeholder and is made when first shown: at a province's size a
    // page's first query is work, and nobody opens every page every day.
    m_pages = new QStackedWidget(this);
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    const QString labels[] = {tr("Dashboard", "navigation"),   tr("Enterprises", "navigation"),
                              tr("Duty matrix", "navigation"), tr("Visits", "navigation"),
                              tr("Problems", "navigation"),    tr("Passes", "navigation"),
                              tr("Briefing", "navigation"),    tr("Settings", "navigation"),
                              tr("Users", "navigation"),       tr("Audit log", "navigation")};
    static_assert(std::size(labels) == std::size_t(Page::Count));
    int widest = 0;
    for (const QString& label : labels) {
        m_pages->addWidget(new QWidget(m_pages));
        m_navigation->addItem(label);
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(label));
    }
    // Targets big enough to hit without aiming, at any scale factor.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 0.4em 0.8em; }"));
    m_navigation->setFixedWidth(widest + 4 * m_navigation->fontMetrics().averageCharWidth() + 32);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(Page::Count))
            return;
        const bool existed = isPageCreated(Page(row));
        m_pages->setCurrentWidget(ensurePage(Page(row)));
        // The administrator's pages show the log and the accounts as they are when opened.
        if (existed && row == int(Page::Users))
            m_users->reload();
        else if (existed && row == int(Page::Audit))
            m_audit->reload();
    });
    for (int page = 0; page < int(Page::Count); ++page)
        m_navigation->item(page)->setHidden(!isPageAvailable(Page(page)));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* logVisit = fileMenu->addAction(tr("&Log a visit…"), this, &MainWindow::onLogVisit);
    logVisit->setObjectName(QStringLiteral("logVisitAction"));
    logVisit->setShortcut(QKeySequence::New);
    logVisit->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    logVisit->setVisible(Permissions::may(m_db.session(), Permission::WorkEnterprise));
    fileMenu->addSeparator();
    QAction* import = fileMenu->addAction(tr("&Import…"), this, &MainWindow::onImport);
    import->setObjectName(QStringLiteral("importAction"));
    import->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    import->setToolTip(
        tr("Import enterprises, contacts, duty assignments, visits or problems from Excel or CSV"));
    import->setVisible(Permissions::may(m_db.session(), Permission::WorkEnterprise) ||
                       Permissions::may(m_db.session(), Permission::EditRegister));
    fileMenu->addSeparator();
    m_loadDemoAction = fileMenu->addAction(tr("Load &demo data"), this, &MainWindow::onLoadDemo);
    m_loadDemoAction->setObjectName(QStringLiteral("loadDemoAction"));
    m_loadDemoAction->setVisible(Permissions::may(m_db.session(), Permission::EditRegister));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* find = editMenu->addAction(tr("&Find enterprise"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    connect(find, &QAction::triggered, this, [this] {
        showPage(Page::Enterprises);
        if (auto* search = registerPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* refresh = viewMenu->addAction(tr("&Reload"), this, &MainWindow::onReloadAll);
    refresh->setObjectName(QStringLiteral("reloadAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read every page again from the database (changes made on other desktops)"));
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    viewMenu->addSeparator();
    for (int page = 0; page < int(Page::Count); ++page) {
        if (!isPageAvailable(Page(page)))
            continue;
        QAction* go = viewMenu->addAction(m_navigation->item(page)->text(), this,
                                          [this, page] { showPage(Page(page)); });
        if (page < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    QMenu* accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction* changePassword =
        accountMenu->addAction(tr("Change &password…"), this, &MainWindow::onChangePassword);
    changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    changePassword->setEnabled(m_db.session().userId != 0);
    QAction* signOut = accountMenu->addAction(tr("Sign &out"), this, &MainWindow::onSignOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About LiaisonDesk"), this, &MainWindow::onAbout);

    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(logVisit);
    toolBar->addAction(find);
    toolBar->addAction(refresh);

    auto* database = new QLabel(tr("Database: %1").arg(withHomeAbbreviated(m_db.displayName())), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(database, 1);
    auto* actor = new QLabel(
        tr("Signed in: %1 (%2)").arg(m_db.session().userName, DomainText::label(m_db.session().role)), this);
    actor->setObjectName(QStringLiteral("actorLabel"));
    actor->setToolTip(tr("Every change is recorded in the audit log under this name."));
    statusBar()->addPermanentWidget(actor);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setContentsMargins(12, 0, 6, 0);
    statusBar()->addPermanentWidget(m_countsLabel);
    // Other desktops write to a shared database too: the counts are read again every minute.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setInterval(std::chrono::minutes(1));
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_countsTimer->start();
    // An administrator who disables an account or resets its password takes it off every desktop.
    m_sessionTimer = new QTimer(this);
    m_sessionTimer->setInterval(std::chrono::seconds(30));
    connect(m_sessionTimer, &QTimer::timeout, this, &MainWindow::checkSession);
    m_sessionTimer->start();
    // The counts come once the window is on screen.
    QTimer::singleShot(0, this, &MainWindow::updateStatus);

    restoreViewState();
}

bool MainWindow::isPageCreated(Page page) const
{
    const QWidget* pages[] = {m_dashboard, m_register, m_duty,     m_visits, m_board,
                              m_permits,   m_briefing, m_settings, m_users,  m_audit};
    static_assert(std::size(pages) == std::size_t(Page::Count));
    return pages[std::size_t(page)] != nullptr;
}

QWidget* MainWindow::ensurePage(Page page)
{
    if (!isPageCreated(page)) {
        QWidget* made = createPage(page);
        QWidget* placeholder = m_pages->widget(int(page));
        m_pages->insertWidget(int(page), made);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        restorePageState(made);
    }
    return m_pages->widget(int(page));
}

QWidget* MainWindow::createPage(Page page)
{
    switch (page) {
    case Page::Dashboard:
        m_dashboard = new DashboardPage(m_db, m_workflow->calendar(), this);
        m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
        connect(m_dashboard, &DashboardPage::problemsRequested, this,
                [this](const ProblemSelection& selection) {
                    problemBoard()->showProblems(selection);
                    showPage(Page::Problems);
                });
        return m_dashboard;
    case Page::Enterprises:
        m_register = new EnterpriseRegisterPage(m_db, this);
        m_register->setObjectName(QStringLiteral("enterpriseRegisterPage"));
        connect(m_register, &EnterpriseRegisterPage::logVisitRequested, this, &MainWindow::onLogVisit);
        connect(m_register, &EnterpriseRegisterPage::logProblemRequested, this, &MainWindow::onLogProblem);
        connect(m_register, &EnterpriseRegisterPage::loadFailed, this, [this](const QString& message) {
            Dialogs::critical(this, tr("Enterprise register"), message);
        });
        return m_register;
    case Page::Duty:
        m_duty = new DutyMatrixPage(m_db, this);
        m_duty->setObjectName(QStringLiteral("dutyMatrixPage"));
        connect(m_duty, &DutyMatrixPage::dutiesChanged, this, [this] {
            reloadPages({Page::Enterprises});
            updateStatus();
        });
        return m_duty;
    case Page::Visits:
        m_visits = new VisitsPage(m_db, this);
        m_visits->setObjectName(QStringLiteral("visitsPage"));
        connect(m_visits, &VisitsPage::logVisitRequested, this, &MainWindow::onLogVisit);
        connect(m_visits, &VisitsPage::notVisitedRequested, this, [this](int days, const QDate& asOf) {
            registerPage()->showNotVisited(days, asOf);
            showPage(Page::Enterprises);
        });
        return m_visits;
    case Page::Problems:
        m_board = new ProblemBoardPage(m_db, *m_workflow, this);
        m_board->setObjectName(QStringLiteral("problemBoardPage"));
        connect(m_board, &ProblemBoardPage::issuesChanged, this, [this] {
            reloadPages({Page::Enterprises, Page::Dashboard});
            updateStatus();
        });
        return m_board;
    case Page::Permits:
        m_permits = new PermitsPage(m_db, this);
        m_permits->setObjectName(QStringLiteral("permitsPage"));
        connect(m_permits, &PermitsPage::permitsChanged, this, &MainWindow::updateStatus);
        return m_permits;
    case Page::Briefing:
        m_briefing = new BriefingPage(m_db, m_workflow->calendar(), this);
        m_briefing->setObjectName(QStringLiteral("briefingPage"));
        return m_briefing;
    case Page::Settings:
        m_settings = new SettingsPage(m_db, this);
        m_settings->setObjectName(QStringLiteral("settingsPage"));
        connect(m_settings, &SettingsPage::calendarChanged, this, &MainWindow::onCalendarChanged);
        return m_settings;
    case Page::Users:
        m_users = new UsersPage(m_db, this);
        m_users->setObjectName(QStringLiteral("usersPage"));
        m_users->reload();
        return m_users;
    case Page::Audit:
        m_audit = new AuditPage(m_db, this);
        m_audit->setObjectName(QStringLiteral("auditPage"));
        m_audit->reload();
        return m_audit;
    case Page::Count: break;
    }
    Q_UNREACHABLE();
    return nullptr;
}

void MainWindow::reloadPages(std::initializer_list<Page> pages)
{
    for (const Page page : pages) {
        switch (page) {
        case Page::Dashboard:
            if (m_dashboard)
                m_dashboard->reload();
            break;
        case Page::Enterprises:
            if (m_register)
                m_register->reload();
            break;
        case Page::Duty:
            if (m_duty)
                m_duty->reload();
            break;
        case Page::Visits:
            if (m_visits)
                m_visits->reload();
            break;
        case Page::Problems:
            if (m_board)
                m_board->reload();
            break;
        case Page::Permits:
            if (m_permits)
                m_permits->reload();
            break;
        case Page::Briefing:
            if (m_briefing)
                m_briefing->reload();
            break;
        case Page::Settings:
            if (m_settings)
                m_settings->reload();
            break;
        case Page::Users:
            if (m_users)
                m_users->reload();
            break;
        case Page::Audit:
            if (m_audit)
                m_audit->reload();
            break;
        case Page::Count: break;
        }
    }
}

EnterpriseRegisterPage* MainWindow::registerPage()
{
    ensurePage(Page::Enterprises);
    return m_register;
}

ProblemBoardPage* MainWindow::problemBoard()
{
    ensurePage(Page::Problems);
    return m_board;
}

DutyMatrixPage* MainWindow::dutyMatrix()
{
    ensurePage(Page::Duty);
    return m_duty;
}

VisitsPage* MainWindow::visitsPage()
{
    ensurePage(Page::Visits);
    return m_visits;
}

SettingsPage* MainWindow::settingsPage()
{
    ensurePage(Page::Settings);
    return m_settings;
}

PermitsPage* MainWindow::permitsPage()
{
    ensurePage(Page::Permits);
    return m_permits;
}

DashboardPage* MainWindow::dashboardPage()
{
    ensurePage(Page::Dashboard);
    return m_dashboard;
}

BriefingPage* MainWindow::briefingPage()
{
    ensurePage(Page::Briefing);
    return m_briefing;
}

UsersPage* MainWindow::usersPage()
{
    ensurePage(Page::Users);
    return m_users;
}

AuditPage* MainWindow::auditPage()
{
    ensurePage(Page::Audit);
    return m_audit;
}

void MainWindow::restoreViewState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    const Page saved =
        Page(std::clamp(settings.value(QStringLiteral("mainWindow/page"), int(Page::Enterprises)).toInt(), 0,
                        int(Page::Count) - 1));
    showPage(isPageAvailable(saved) ? saved : Page::Enterprises);
}

void MainWindow::restorePageState(QWidget* page) const
{
    const QSettings settings;
    for (QSplitter* splitter : page->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(QStringLiteral("mainWindow/splitters/") + splitter->objectName())
                    .toByteArray());
    }
    for (QTableView* table : page->findChildren<QTableView*>()) {
        if (table->objectName().isEmpty())
            continue;
        const QByteArray state =
            settings.value(QStringLiteral("mainWindow/columns/") + table->objectName()).toByteArray();
        if (table->horizontalHeader()->restoreState(state))
            continue;
        // First start: wide enough for the contents, with some air.
        table->resizeColumnsToContents();
        for (int column = 0; column < table->model()->columnCount(); ++column)
            table->setColumnWidth(column,
                                  table->columnWidth(column) + 2 * table->fontMetrics().averageCharWidth());
    }
}

void MainWindow::saveViewState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/page"), m_navigation->currentRow());
    // Pages not made this time keep what was saved for them before.
    for (const QSplitter* splitter : m_pages->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("mainWindow/splitters/") + splitter->objectName(),
                              splitter->saveState());
    }
    for (const QTableView* table : m_pages->findChildren<QTableView*>()) {
        if (!table->objectName().isEmpty())
            settings.setValue(QStringLiteral("mainWindow/columns/") + table->objectName(),
                              table->horizontalHeader()->saveState());
    }
}

void MainWindow::showPage(Page page)
{
    if (isPageAvailable(page))
        m_navigation->setCurrentRow(int(page));
}

bool MainWindow::isPageAvailable(Page page) const
{
    switch (page) {
    case Page::Users: return Permissions::may(m_db.session(), Permission::ManageUsers);
    case Page::Audit: return Permissions::may(m_db.session(), Permission::ViewAudit);
    default: return true;
    }
}

void MainWindow::onChangePassword()
{
    PasswordDialog dialog(m_db, false, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password is changed."), 5000);
}

void MainWindow::onSignOut()
{
    m_signedOut = true;
    close();
}

void MainWindow::checkSession()
{
    const Status standing = UserAccounts::checkSession(m_db);
    // A database out of reach is the status bar's business (updateStatus); only a refusal signs out.
    if (standing || standing.error().kind != Error::Kind::Permission)
        return;
    m_sessionTimer->stop();
    m_signOutNotice = standing.error().message;
    m_signedOut = true;
    close();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_navigation->currentRow());
}

QString MainWindow::liveCountsText() const
{
    return m_countsLabel->text();
}

EnterpriseTableModel* MainWindow::enterpriseModel()
{
    return registerPage()->model();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A demo load still running is cancelled (its transaction rolls back) before the window goes.
    if (m_demoWorker) {
        m_cancelDemo->store(true);
        m_demoWorker->wait();
    }
    saveViewState();
    if (m_signedOut)
        m_db.signOut();
    event->accept();
}

void MainWindow::updateStatus()
{
    auto counts = Lookups::liveCounts(m_db);
    if (!counts) {
        // The database is out of reach: say so, and leave the pages and whatever is typed alone.
        m_countsLabel->setText(tr("Database not reachable"));
        m_countsLabel->setToolTip(counts.error().message);
        m_loadDemoAction->setEnabled(false);
        return;
    }
    m_countsLabel->setToolTip({});
    m_countsLabel->setText(tr("%n enterprise(s)", nullptr, int(counts->enterprises)) + QStringLiteral(" · ") +
                           tr("%n open problem(s)", nullptr, int(counts->openProblems)) +
                           QStringLiteral(" · ") +
                           tr("%n request(s) pending", nullptr, int(counts->pendingPermits)));
    // Demo data goes only into an empty database.
    m_loadDemoAction->setEnabled(counts->enterprises == 0);
}

void MainWindow::onReloadAll()
{
    reloadPages({Page::Enterprises, Page::Duty, Page::Visits, Page::Problems, Page::Permits, Page::Settings,
                 Page::Dashboard, Page::Briefing});
    updateStatus();
    statusBar()->showMessage(tr("Reloaded from the database."), 3000);
}

void MainWindow::onImport()
{
    ImportWizard wizard(m_db, this);
    connect(&wizard, &ImportWizard::imported, this, &MainWindow::onReloadAll);
    wizard.exec();
}

void MainWindow::offerDemoIfEmpty()
{
    if (m_loadDemoAction->isVisible() && m_loadDemoAction->isEnabled())
        onLoadDemo();
}

void MainWindow::onLoadDemo()
{
    const auto answer = Dialogs::question(
        this, tr("Load demo data"),
        tr("Fill this empty database with the Jiulongpo district reference scenario (November 2022)?\n\n"
           "Choose No to start with an empty register; the demo stays in the File menu while the database is "
           "empty."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;

    // Thousands of records: written on a worker thread with a connection of its own, in one
    // transaction, so the window stays responsive and a cancelled load leaves nothing behind.
    m_loadDemoAction->setEnabled(false);
    auto* progress = new QProgressDialog(tr("Loading the demo data…"), tr("Cancel"), 0, 1, this);
    progress->setObjectName(QStringLiteral("demoProgressDialog"));
    progress->setWindowTitle(tr("Load demo data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelDemo = cancelled;
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });

    const QString spec = m_db.spec();
    const Session session = m_db.session();
    QPointer<QProgressDialog> guard(progress);
    QPointer<MainWindow> self(this);
    QThread* worker = QThread::create([self, spec, session, cancelled, guard] {
        QString error;
        if (auto db = Database::open(spec, {false, -1}); !db) {
            error = db.error().message;
        } else {
            (*db)->actAs(session);
            const Status loaded = JiulongpoScenario::load(**db, [cancelled, guard](int done, int total) {
                QMetaObject::invokeMethod(qApp, [guard, done, total] {
                    if (guard) {
                        guard->setMaximum(total);
                        guard->setValue(done);
                    }
                });
                return !cancelled->load();
            });
            if (!loaded)
                error = loaded.error().message;
        }
        QMetaObject::invokeMethod(qApp, [self, error, cancelled] {
            if (self)
                self->onDemoLoaded(cancelled->load() ? QString() : error);
        });
    });
    m_demoWorker = worker;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &MainWindow::demoLoadFinished, progress, &QWidget::close);
    worker->start();
}

void MainWindow::onDemoLoaded(const QString& error)
{
    if (!error.isEmpty())
        Dialogs::critical(this, tr("Load demo data"), error);
    onReloadAll();
    emit demoLoadFinished(error.isEmpty());
}

void MainWindow::onLogVisit()
{
    VisitDialog dialog(m_db, *m_workflow, this);
    // The enterprise selected in the register is the one most likely visited.
    if (m_register && m_pages->currentWidget() == m_register) {
        const QModelIndex current = m_register->table()->currentIndex();
        if (current.isValid())
            dialog.setEnterprise(current.siblingAtColumn(EnterpriseTableModel::NameColumn).data().toString());
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadPages({Page::Enterprises, Page::Visits, Page::Problems, Page::Dashboard, Page::Briefing});
    updateStatus();
    statusBar()->showMessage(tr("Visit saved."), 5000);
}

void MainWindow::onLogProblem(qint64 enterpriseId)
{
    ProblemDialog dialog(m_db, *m_workflow, enterpriseId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadPages({Page::Enterprises, Page::Problems, Page::Dashboard, Page::Briefing});
    updateStatus();
    statusBar()->showMessage(tr("Problem No. %1 logged.").arg(dialog.savedId().value_or(0)), 5000);
}

void MainWindow::onCalendarChanged()
{
    // New deadlines and calendar years: the workflow and the board count with them from now on.
    if (Status loaded = m_workflow->reloadCalendar(); !loaded) {
        Dialogs::critical(this, tr("Work calendar"), loaded.error().message);
        return;
    }
    if (m_board)
        m_board->reloadCalendar();
    reloadPages({Page::Dashboard, Page::Briefing});
}

void MainWindow::onAbout()
{
    Dialogs::information(this, tr("About LiaisonDesk"),
                         tr("LiaisonDesk %1\nCase management for the enterprise liaison work of a district "
                            "economy and information commission.")
                             .arg(QStringLiteral(LIAISON_VERSION)));
}

} // namespace liaison
