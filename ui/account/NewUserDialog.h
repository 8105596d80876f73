#pragma once

#include "security/UserAccounts.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace liaison {

class Database;

// An administrator adds a user: login name, role, the person of the duty scheme they are, and a first
// password, which the user must change at their first sign-in.
class NewUserDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewUserDialog(Database& db, QWidget* parent = nullptr);

    void accept() override;
    QString createdName() const { return m_created; }

private:
    void fillPeople();

    Database& m_db;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_person = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
    QString m_created;
};

} // namespace liaison
