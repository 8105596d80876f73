#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace liaison {

class Database;

// Users (用户管理), for administrators: who may sign in, with which role and as which person; adding a
// user, setting a new password (which also unlocks a locked account) and disabling or enabling one.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Database& db, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }

private:
    QString selectedName() const;
    void updateButtons();
    void onAdd();
    void onReset();
    void onToggleActive();

    Database& m_db;
    QTableWidget* m_table = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace liaison
