#pragma once

#include "ConnectionSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QLabel;
class QTableWidget;

namespace liaison {

class Database;

// Settings (设置): the database in use and the one to open from the next start (a file, or a
// PostgreSQL server with its password kept out of the settings), the language, the problem categories'
// deadlines, the years of the work calendar and the briefing's masthead.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Database& db, QWidget* parent = nullptr);
    void reload();

signals:
    // Deadlines or the calendar changed: new problems get new due dates.
    void calendarChanged();

private:
    QGroupBox* buildDatabaseBox();
    QGroupBox* buildMastheadBox();
    void onMastheadEdited();
    ConnectionSettings typedConnection() const;
    void onConnectionKindChanged();
    void onTestConnection();
    void onSaveConnection();
    void showConnectionResult(const QString& text, bool ok);
    void fillCategories();
    void fillYears();
    void onSaveDeadlines();
    void onImportYears();
    void onLanguageChosen();

    Database& m_db;
    QRadioButton* m_sqliteRadioButton = nullptr;
    QRadioButton* m_postgresRadioButton = nullptr;
    QLineEdit* m_pathLineEdit = nullptr;
    QLineEdit* m_hostLineEdit = nullptr;
    QSpinBox* m_portSpinBox = nullptr;
    QLineEdit* m_databaseNameLineEdit = nullptr;
    QLineEdit* m_userLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QCheckBox* m_rememberCheckBox = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QComboBox* m_languageComboBox = nullptr;
    QLineEdit* m_districtLineEdit = nullptr;
    QLineEdit* m_officeLineEdit = nullptr;
    QLineEdit* m_editorLineEdit = nullptr;
    QTableWidget* m_categoryTable = nullptr;
    QTableWidget* m_yearTable = nullptr;
};

} // namespace liaison
