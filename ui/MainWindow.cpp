#include "MainWindow.h"

#include "Database.h"
#include "Dialogs.h"
#include "IssueWorkflow.h"
#include "Lookups.h"
#include "VisitDialog.h"
#include "models/EnterpriseTableModel.h"
#include "pages/DutyMatrixPage.h"
#include "pages/EnterpriseRegisterPage.h"
#include "pages/ProblemBoardPage.h"
#include "pages/SettingsPage.h"
#include "pages/VisitsPage.h"
#include "scenario/JiulongpoScenario.h"

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
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

namespace liaison {

MainWindow::MainWindow(Database& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LiaisonDesk"));

    m_register = new EnterpriseRegisterPage(m_db, this);
    m_register->setObjectName(QStringLiteral("enterpriseRegisterPage"));
    connect(m_register, &EnterpriseRegisterPage::logVisitRequested, this, &MainWindow::onLogVisit);
    connect(m_register, &EnterpriseRegisterPage::loadFailed, this,
            [this](const QString& message) { Dialogs::critical(this, tr("Enterprise register"), message); });

    auto workflow = IssueWorkflow::forDatabase(m_db);
    if (!workflow) {
        // The stored calendar corrections could not be read: work on the official schedules meanwhile.
        Dialogs::critical(this, tr("Work calendar"), workflow.error().message);
    }
    m_workflow = std::make_unique<IssueWorkflow>(workflow ? std::move(*workflow)
                                                          : IssueWorkflow(m_db, WorkCalendar::official()));
    m_board = new ProblemBoardPage(m_db, *m_workflow, this);
    m_board->setObjectName(QStringLiteral("problemBoardPage"));
    connect(m_board, &ProblemBoardPage::issuesChanged, m_register, &EnterpriseRegisterPage::reload);

    m_duty = new DutyMatrixPage(m_db, this);
    m_duty->setObjectName(QStringLiteral("dutyMatrixPage"));
    connect(m_duty, &DutyMatrixPage::dutiesChanged, m_register, &EnterpriseRegisterPage::reload);

    m_visits = new VisitsPage(m_db, this);
    m_visits->setObjectName(QStringLiteral("visitsPage"));
    connect(m_visits, &VisitsPage::logVisitRequested, this, &MainWindow::onLogVisit);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_register);
    m_pages->addWidget(m_duty);
    m_pages->addWidget(m_visits);
    m_pages->addWidget(m_board);
    m_settings = new SettingsPage(m_db, this);
    m_settings->setObjectName(QStringLiteral("settingsPage"));
    m_pages->addWidget(m_settings);
    connect(m_settings, &SettingsPage::calendarChanged, this, &MainWindow::onCalendarChanged);
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->addItems({tr("Enterprises", "navigation"), tr("Duty matrix", "navigation"),
                            tr("Visits", "navigation"), tr("Problems", "navigation"),
                            tr("Settings", "navigation")});
    m_navigation->setFixedWidth(
        m_navigation->fontMetrics().horizontalAdvance(tr("Duty matrix", "navigation")) + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

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
    fileMenu->addSeparator();
    m_loadDemoAction = fileMenu->addAction(tr("Load &demo data"), this, &MainWindow::onLoadDemo);
    m_loadDemoAction->setObjectName(QStringLiteral("loadDemoAction"));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* find = editMenu->addAction(tr("&Find enterprise"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(0);
        if (auto* search = m_register->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About LiaisonDesk"), this, &MainWindow::onAbout);

    statusBar()->addWidget(new QLabel(tr("Database: %1").arg(m_db.displayName()), this), 1);
    updateStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    showPage(
        std::clamp(settings.value(QStringLiteral("mainWindow/page"), 0).toInt(), 0, m_pages->count() - 1));
    QTableView* table = m_register->table();
    if (!table->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("mainWindow/enterpriseColumns")).toByteArray())) {
        table->resizeColumnsToContents();
        for (int column = 0; column < EnterpriseTableModel::ColumnCount; ++column)
            table->setColumnWidth(column,
                                  table->columnWidth(column) + 2 * table->fontMetrics().averageCharWidth());
    }
}

void MainWindow::showPage(int page)
{
    m_navigation->setCurrentRow(page);
}

EnterpriseTableModel* MainWindow::enterpriseModel() const
{
    return m_register->model();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A demo load still running is cancelled (its transaction rolls back) before the window goes.
    if (m_demoWorker) {
        m_cancelDemo->store(true);
        m_demoWorker->wait();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/page"), m_navigation->currentRow());
    settings.setValue(QStringLiteral("mainWindow/enterpriseColumns"),
                      m_register->table()->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::updateStatus()
{
    // Demo data goes only into an empty database.
    auto enterprises = Lookups::enterpriseCount(m_db);
    m_loadDemoAction->setEnabled(enterprises && *enterprises == 0);
}

void MainWindow::offerDemoIfEmpty()
{
    if (m_loadDemoAction->isEnabled())
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
    const QString actor = m_db.actor();
    QPointer<QProgressDialog> guard(progress);
    QPointer<MainWindow> self(this);
    QThread* worker = QThread::create([self, spec, actor, cancelled, guard] {
        QString error;
        if (auto db = Database::open(spec, {false, -1}); !db) {
            error = db.error().message;
        } else {
            (*db)->setActor(actor);
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
    m_register->reload();
    m_duty->reload();
    m_visits->reload();
    m_board->reload();
    m_settings->reload();
    updateStatus();
    emit demoLoadFinished(error.isEmpty());
}

void MainWindow::onLogVisit()
{
    VisitDialog dialog(m_db, *m_workflow, this);
    // The enterprise selected in the register is the one most likely visited.
    const QModelIndex current = m_register->table()->currentIndex();
    if (m_pages->currentWidget() == m_register && current.isValid())
        dialog.setEnterprise(current.siblingAtColumn(EnterpriseTableModel::NameColumn).data().toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_register->reload();
    m_visits->reload();
    m_board->reload();
    statusBar()->showMessage(tr("Visit saved."), 5000);
}

void MainWindow::onCalendarChanged()
{
    // New deadlines and calendar years: the workflow and the board count with them from now on.
    if (Status loaded = m_workflow->reloadCalendar(); !loaded) {
        Dialogs::critical(this, tr("Work calendar"), loaded.error().message);
        return;
    }
    m_board->reloadCalendar();
}

void MainWindow::onAbout()
{
    Dialogs::information(this, tr("About LiaisonDesk"),
                         tr("LiaisonDesk %1\nCase management for the enterprise liaison work of a district "
                            "economy and information commission.")
                             .arg(QStringLiteral(LIAISON_VERSION)));
}

} // namespace liaison
