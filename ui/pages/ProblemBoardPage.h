#pragma once

#include "Entities.h"
#include "Error.h"
#include "IssueWorkflow.h"
#include "charts/DashboardCharts.h"

#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace liaison {

class Database;
class IssueBoardModel;

// The problem board (问题) for supervisors: problems with their supervision colour, quick and full
// filters, and a detail pane with the timeline and the workflow actions the problem's state allows.
class ProblemBoardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemBoardPage)

public:
    ProblemBoardPage(Database& db, IssueWorkflow workflow, QWidget* parent = nullptr);

    IssueBoardModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void reload();
    // Filters the board to the problems behind a chart's bar.
    void showProblems(const ProblemSelection& selection);
    // After a calendar correction: deadlines and colours count with the new calendar.
    void reloadCalendar();

signals:
    void issuesChanged();

private:
    enum class Action { Assign, Start, Escalate, Urge, Extend, Resolve, Verify, Reopen, Approve, Refuse };

    QWidget* buildFilterBar();
    QWidget* buildDetailPane();
    void fillChoices();
    void onFilterChanged();
    void onSelectionChanged();
    void onAction(Action action);
    // Runs one action on one problem; a conflict or a refusal is shown and nothing else happens.
    bool perform(Action action, Id issueId, std::optional<int> version);
    QList<std::pair<Id, int>> selectedIssues() const;

    Database& m_db;
    IssueWorkflow m_workflow;
    IssueBoardModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QButtonGroup* m_quickGroup = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QComboBox* m_statusComboBox = nullptr;
    QComboBox* m_tierComboBox = nullptr;
    QComboBox* m_categoryComboBox = nullptr;
    QComboBox* m_areaComboBox = nullptr;
    QDateEdit* m_asOfDateEdit = nullptr;
    QLabel* m_countLabel = nullptr;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_factsLabel = nullptr;
    QListWidget* m_timelineListWidget = nullptr;
    QLineEdit* m_noteLineEdit = nullptr;
    QComboBox* m_leadUnitComboBox = nullptr;
    QComboBox* m_coUnitComboBox = nullptr;
    QDateEdit* m_actionDateEdit = nullptr;
    QComboBox* m_satisfactionComboBox = nullptr;
    QHash<int, QPushButton*> m_actionButtons;
    OptionalId m_pendingExtension;
};

} // namespace liaison
