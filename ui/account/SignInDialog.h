#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace liaison {

class Database;

// The desktop's start: the user signs in with their name and password. On a database that has no
// users yet (a first start), it creates the first administrator instead. A user whose password was set
// by someone else changes it before the dialog closes. Accepted: the database has a signed-in session.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Database& db, QWidget* parent = nullptr);

    bool createsFirstAdmin() const { return m_firstStart; }
    // Says why the last session ended (the account disabled, the password set anew) above the buttons.
    void showNotice(const QString& notice);
    void accept() override;

private:
    bool createAdmin();
    bool signIn();

    Database& m_db;
    bool m_firstStart = false;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace liaison
