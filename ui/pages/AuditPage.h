#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace liaison {

class Database;

// The audit log for administrators (审计日志): every change, newest first, filtered by user, by
// record (table and number) and by date; and a check of the whole chain that names the first entry
// changed or removed behind the program's back.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);
    // Reads the choices and the entries again.
    void reload();
    QTableWidget* table() const { return m_table; }
    // The words the page shows for a table of the database.
    static QString recordKind(const QString& table);

private:
    void fillChoices();
    void showEntries();
    void onVerify();

    Database& m_db;
    QComboBox* m_userComboBox = nullptr;
    QComboBox* m_tableComboBox = nullptr;
    QLineEdit* m_recordLineEdit = nullptr;
    QDateEdit* m_fromDateEdit = nullptr;
    QDateEdit* m_toDateEdit = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_verifyLabel = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace liaison
