#pragma once

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace liaison {

class Database;
class EnterpriseRegisterPage;
class EnterpriseTableModel;

// The first window: the enterprise register of the open database. The navigation, the detail pane
// and the other pages come with the desktop-application issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    EnterpriseTableModel* enterpriseModel() const;
    EnterpriseRegisterPage* registerPage() const { return m_register; }

signals:
    // The demo load that "Load demo data" started in the background has ended (ok: data written).
    void demoLoadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onLoadDemo();
    void onDemoLoaded(const QString& error);
    void onAbout();
    void updateStatus();

    Database& m_db;
    EnterpriseRegisterPage* m_register = nullptr;
    QAction* m_loadDemoAction = nullptr;
    QPointer<QThread> m_demoWorker;
    std::shared_ptr<std::atomic_bool> m_cancelDemo;
};

} // namespace liaison
