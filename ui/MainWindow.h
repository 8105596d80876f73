#pragma once

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QThread;
class QTimer;

namespace liaison {

class Database;
class AuditPage;
class BriefingPage;
class DashboardPage;
class DutyMatrixPage;
class EnterpriseRegisterPage;
class IssueWorkflow;
class PermitsPage;
class ProblemBoardPage;
class SettingsPage;
class UsersPage;
class VisitsPage;
class EnterpriseTableModel;

// The main window: a navigation list of the pages on the left, the page on the right, menus and a
// toolbar, and in the status bar the database in use, the signed-in user and the live counts. It
// offers only what the user's role may do.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The pages in the order of the navigation list.
    enum class Page {
        Dashboard,
        Enterprises,
        Duty,
        Visits,
        Problems,
        Permits,
        Briefing,
        Settings,
        Users,
        Audit,
        Count
    };

    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    EnterpriseTableModel* enterpriseModel() const;
    EnterpriseRegisterPage* registerPage() const { return m_register; }
    ProblemBoardPage* problemBoard() const { return m_board; }
    DutyMatrixPage* dutyMatrix() const { return m_duty; }
    VisitsPage* visitsPage() const { return m_visits; }
    SettingsPage* settingsPage() const { return m_settings; }
    PermitsPage* permitsPage() const { return m_permits; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    BriefingPage* briefingPage() const { return m_briefing; }
    UsersPage* usersPage() const { return m_users; }
    AuditPage* auditPage() const { return m_audit; }
    // Whether the page is offered to the signed-in user.
    bool isPageAvailable(Page page) const;
    // The user chose "Sign out": the window closed, and the sign-in dialog comes next.
    bool signedOut() const { return m_signedOut; }
    // Why the window signed its user out by itself (empty when the user chose to): see checkSession.
    QString signOutNotice() const { return m_signOutNotice; }
    // Signs out at once when the account has been disabled or its password set anew since the
    // sign-in; run every half minute.
    void checkSession();
    void showPage(Page page);
    Page currentPage() const;
    QString liveCountsText() const;
    // On a database without enterprises (a first start): offers to load the reference scenario.
    void offerDemoIfEmpty();

signals:
    // The demo load that "Load demo data" started in the background has ended (ok: data written).
    void demoLoadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onImport();
    void onLoadDemo();
    void onLogVisit();
    void onLogProblem(qint64 enterpriseId);
    void onCalendarChanged();
    void onDemoLoaded(const QString& error);
    void onAbout();
    void onChangePassword();
    void onSignOut();
    void onReloadAll();
    void updateStatus();
    void saveViewState() const;
    void restoreViewState();

    Database& m_db;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    EnterpriseRegisterPage* m_register = nullptr;
    ProblemBoardPage* m_board = nullptr;
    DutyMatrixPage* m_duty = nullptr;
    VisitsPage* m_visits = nullptr;
    SettingsPage* m_settings = nullptr;
    PermitsPage* m_permits = nullptr;
    DashboardPage* m_dashboard = nullptr;
    BriefingPage* m_briefing = nullptr;
    UsersPage* m_users = nullptr;
    AuditPage* m_audit = nullptr;
    bool m_signedOut = false;
    QString m_signOutNotice;
    QTimer* m_sessionTimer = nullptr;
    QLabel* m_countsLabel = nullptr;
    QTimer* m_countsTimer = nullptr;
    std::unique_ptr<IssueWorkflow> m_workflow;
    QAction* m_loadDemoAction = nullptr;
    QPointer<QThread> m_demoWorker;
    std::shared_ptr<std::atomic_bool> m_cancelDemo;
};

} // namespace liaison
