#pragma once

#include "Entities.h"
#include "WorkCalendar.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace liaison {

class Database;

// The selected enterprise of the register: its fields, editable with checks as they are typed; its
// contacts; its duty assignments with their history; its latest visits; its problems with their
// supervision colour; its suppliers and customers (上下游配套) with their production status.
class EnterpriseDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnterpriseDetailPane)

public:
    EnterpriseDetailPane(Database& db, WorkCalendar calendar, QWidget* parent = nullptr);

    void showEnterprise(OptionalId id);
    OptionalId enterpriseId() const { return m_enterprise ? OptionalId(m_enterprise->id) : std::nullopt; }

signals:
    void saved(liaison::Id enterpriseId);
    void logVisitRequested();
    void logProblemRequested();

private:
    void onEdited();
    void onSave();
    void fillLists();

    Database& m_db;
    WorkCalendar m_calendar;
    std::optional<Enterprise> m_enterprise;
    QLineEdit* m_nameLineEdit = nullptr;
    QLineEdit* m_creditCodeLineEdit = nullptr;
    QLineEdit* m_industryLineEdit = nullptr;
    QLineEdit* m_addressLineEdit = nullptr;
    QComboBox* m_areaComboBox = nullptr;
    QComboBox* m_scaleComboBox = nullptr;
    QComboBox* m_statusComboBox = nullptr;
    QLabel* m_checkLabel = nullptr;
    QLabel* m_identityLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_logVisitButton = nullptr;
    QPushButton* m_logProblemButton = nullptr;
    QListWidget* m_contactsListWidget = nullptr;
    QListWidget* m_dutyListWidget = nullptr;
    QListWidget* m_visitsListWidget = nullptr;
    QListWidget* m_problemsListWidget = nullptr;
    QListWidget* m_chainListWidget = nullptr;
};

} // namespace liaison
