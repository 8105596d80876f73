#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace liaison {

class Database;

// Settings (设置): the database in use, the language, the problem categories' deadlines and the years
// of the work calendar.
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
    void fillCategories();
    void fillYears();
    void onSaveDeadlines();
    void onImportYears();
    void onLanguageChosen();

    Database& m_db;
    QComboBox* m_languageComboBox = nullptr;
    QTableWidget* m_categoryTable = nullptr;
    QTableWidget* m_yearTable = nullptr;
};

} // namespace liaison
