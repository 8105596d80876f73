#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace liaison {

class Database;
class PermitListModel;

// The ledger of transport passes and drivers' white-list applications (通行证/白名单台账): filters by
// enterprise, plate or driver, kind, state and date applied; add and edit through PermitDialog.
class PermitsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermitsPage)

public:
    explicit PermitsPage(Database& db, QWidget* parent = nullptr);

    PermitListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void reload();

signals:
    void permitsChanged();

private:
    void onFilterChanged();
    void onAdd();
    void onEdit();

    Database& m_db;
    PermitListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QComboBox* m_kindComboBox = nullptr;
    QComboBox* m_stateComboBox = nullptr;
    QDateEdit* m_fromDateEdit = nullptr;
    QDateEdit* m_toDateEdit = nullptr;
    QLabel* m_countLabel = nullptr;
    QPushButton* m_editButton = nullptr;
};

} // namespace liaison
