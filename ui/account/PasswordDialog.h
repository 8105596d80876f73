#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace liaison {

class Database;

// The signed-in user changes their own password: the current one, the new one twice. Forced after a
// sign-in with a password someone else set (the demo's, an administrator's reset): then the dialog
// says so, and cancelling it signs the user out again.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(Database& db, bool forced, QWidget* parent = nullptr);

    void accept() override;

private:
    Database& m_db;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace liaison
