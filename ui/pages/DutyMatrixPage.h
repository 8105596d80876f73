#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace liaison {

class Database;
class EnterpriseTableModel;

// The duty matrix (包联责任): every enterprise with its district leader, department and liaison
// people; filters by any of them; one tier handed over for many enterprises at once; and how many
// enterprises each person covers.
class DutyMatrixPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyMatrixPage)

public:
    explicit DutyMatrixPage(Database& db, QWidget* parent = nullptr);

    EnterpriseTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void reload();

signals:
    void dutiesChanged();

private:
    void fillChoices();
    void fillPeople();
    void fillCoverage();
    void onFilterChanged();
    void onSelectionChanged();
    void onHandOver();

    Database& m_db;
    EnterpriseTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QComboBox* m_areaComboBox = nullptr;
    QComboBox* m_leaderComboBox = nullptr;
    QComboBox* m_departmentComboBox = nullptr;
    QComboBox* m_personComboBox = nullptr;
    QLabel* m_countLabel = nullptr;
    QComboBox* m_roleComboBox = nullptr;
    QComboBox* m_newDepartmentComboBox = nullptr;
    QComboBox* m_newPersonComboBox = nullptr;
    QDateEdit* m_fromDateEdit = nullptr;
    QPushButton* m_handOverButton = nullptr;
    QTableWidget* m_coverageTable = nullptr;
};

} // namespace liaison
