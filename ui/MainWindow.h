#pragma once

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <initializer_list>
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

    // The pages are made, and read from the database, when first shown (or asked for here).
    EnterpriseTableModel* enterpriseModel();
    EnterpriseRegisterPage* registerPage();
    ProblemBoardPage* problemBoard();
    DutyMatrixPage* dutyMatrix();
    VisitsPage* visitsPage();
    SettingsPage* settingsPage();
    PermitsPage* permitsPage();
    DashboardPage* dashboardPage();
    BriefingPage* briefingPage();
    UsersPage* usersPage();
    AuditPage* auditPage();
    // Whether the page has been made yet.
    bool isPageCreated(Page page) const;
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
    // Makes the page, with its connections and its saved splitters and columns, in place of its
    // placeholder in the stack.
    QWidget* ensurePage(Page page);
    QWidget* createPage(Page page);
    void restorePageState(QWidget* page) const;
    // Reads the pages that exist again; those not made yet will read when they are.
    void reloadPages(std::initializer_list<Page> pages);

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
