#pragma once

#include "Entities.h"
#include "exchange/TableImport.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace liaison {

class Database;
class EnterpriseDetailPane;
class EnterpriseTableModel;

// The enterprise register (企业): one search box for name, credit code and pinyin, filters for area,
// industry, scale, production status, tag, white-list, visits and idle suppliers of chain leaders, and
// the table. Filtering runs in the database
// as the user types.
class EnterpriseRegisterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnterpriseRegisterPage)

public:
    explicit EnterpriseRegisterPage(Database& db, QWidget* parent = nullptr);
    EnterpriseDetailPane* detailPane() const { return m_detail; }

    EnterpriseTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Reloads the area list and the rows, e.g. after the database was filled.
    void reload();
    // Narrows the register to the enterprises nobody visited in this many days up to the day.
    void showNotVisited(int days, const QDate& asOf);
    // Saves the records of this kind of the enterprises the filters let through, as .xlsx or .csv at a
    // name the user chooses.
    void exportShown(ImportKind kind);

signals:
    void countChanged(qint64 count);
    void loadFailed(const QString& message);
    void logVisitRequested();
    // Log a problem for the enterprise shown in the detail pane.
    void logProblemRequested(liaison::Id enterpriseId);

private:
    void onFilterChanged();
    void fillChoices();

    Database& m_db;
    EnterpriseTableModel* m_model = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QComboBox* m_areaComboBox = nullptr;
    QComboBox* m_industryComboBox = nullptr;
    QComboBox* m_scaleComboBox = nullptr;
    QComboBox* m_statusComboBox = nullptr;
    QComboBox* m_tagComboBox = nullptr;
    QComboBox* m_whitelistComboBox = nullptr;
    QSpinBox* m_notVisitedSpinBox = nullptr;
    QCheckBox* m_idleSuppliersCheckBox = nullptr;
    QDate m_notVisitedAsOf; // null: today
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    EnterpriseDetailPane* m_detail = nullptr;
};

} // namespace liaison
