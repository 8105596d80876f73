#pragma once

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QListWidget;
class QStackedWidget;
class QThread;

namespace liaison {

class Database;
class DutyMatrixPage;
class EnterpriseRegisterPage;
class IssueWorkflow;
class ProblemBoardPage;
class SettingsPage;
class VisitsPage;
class EnterpriseTableModel;

// The main window: a navigation list on the left (the enterprise register and the problem board),
// the page on the right, menus, and the database in use in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    EnterpriseTableModel* enterpriseModel() const;
    EnterpriseRegisterPage* registerPage() const { return m_register; }
    ProblemBoardPage* problemBoard() const { return m_board; }
    DutyMatrixPage* dutyMatrix() const { return m_duty; }
    VisitsPage* visitsPage() const { return m_visits; }
    SettingsPage* settingsPage() const { return m_settings; }
    // Shows a page: 0 the enterprise register, 1 the duty matrix, 2 the visits, 3 the problem board,
    // 4 the settings.
    void showPage(int page);
    // On a database without enterprises (a first start): offers to load the reference scenario.
    void offerDemoIfEmpty();

signals:
    // The demo load that "Load demo data" started in the background has ended (ok: data written).
    void demoLoadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onLoadDemo();
    void onLogVisit();
    void onCalendarChanged();
    void onDemoLoaded(const QString& error);
    void onAbout();
    void updateStatus();

    Database& m_db;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    EnterpriseRegisterPage* m_register = nullptr;
    ProblemBoardPage* m_board = nullptr;
    DutyMatrixPage* m_duty = nullptr;
    VisitsPage* m_visits = nullptr;
    SettingsPage* m_settings = nullptr;
    std::unique_ptr<IssueWorkflow> m_workflow;
    QAction* m_loadDemoAction = nullptr;
    QPointer<QThread> m_demoWorker;
    std::shared_ptr<std::atomic_bool> m_cancelDemo;
};

} // namespace liaison
