#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace liaison {

class Database;

// The desktop's start: the user signs in with their name and password. On a database that has no
// users yet (a first start), it creates the first administrator instead. A user whose password was set
// by someone else changes it before the dialog closes. Accepted: the database has a signed-in session.
// On a PostgreSQL server whose address names no user, nothing is connected before: the dialog connects
// as the user's own server login, and the server checks the password (takeDatabase).
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Database& db, QWidget* parent = nullptr);
    // Signs in to the PostgreSQL server at serverSpec (an address without a user).
    explicit SignInDialog(const QString& serverSpec, QWidget* parent = nullptr);
    ~SignInDialog() override;
    // Accepted on a server: the connection, signed in as the user's own login.
    std::unique_ptr<Database> takeDatabase();

    bool createsFirstAdmin() const { return m_firstStart; }
    // Says why the last session ended (the account disabled, the password set anew) above the buttons.
    void showNotice(const QString& notice);
    void accept() override;

private:
    void build(const QString& intro);
    bool createAdmin();
    bool signIn();
    bool chooseOwnPassword(Database& db);

    Database* m_db = nullptr;
    QString m_serverSpec;
    std::unique_ptr<Database> m_serverDb;
    bool m_firstStart = false;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace liaison
