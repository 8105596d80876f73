#pragma once

#include "Entities.h"
#include "IssueWorkflow.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace liaison {

class Database;
class EnterpriseCompleter;

// Logs a visit (走访) in under a minute: the enterprise typed by name or pinyin, today's date, the
// current person as visitor, what was seen, and any number of problems raised, saved together.
// Ctrl+Return saves; Esc asks before throwing typed data away.
class VisitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitDialog)

public:
    VisitDialog(Database& db, IssueWorkflow& workflow, QWidget* parent = nullptr);

    void setEnterprise(const QString& name);
    // The visit saved, once the dialog was accepted.
    OptionalId savedVisitId() const { return m_savedVisitId; }
    QString errorText() const;

public slots:
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onAddProblem();
    void onRemoveProblem();
    void onSave();
    bool hasTypedData() const;
    void showError(const QString& message, QWidget* field);

    Database& m_db;
    IssueWorkflow& m_workflow;
    EnterpriseCompleter* m_completer = nullptr;
    QLineEdit* m_enterpriseLineEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QComboBox* m_modeComboBox = nullptr;
    QLineEdit* m_visitorsLineEdit = nullptr;
    QComboBox* m_statusComboBox = nullptr;
    QSpinBox* m_staffOnSiteSpinBox = nullptr;
    QSpinBox* m_staffReturnedSpinBox = nullptr;
    QSpinBox* m_closedLoopSpinBox = nullptr;
    QSpinBox* m_capacitySpinBox = nullptr;
    QPlainTextEdit* m_notesTextEdit = nullptr;
    QComboBox* m_problemCategoryComboBox = nullptr;
    QLineEdit* m_problemTitleLineEdit = nullptr;
    QLineEdit* m_problemDescriptionLineEdit = nullptr;
    QListWidget* m_problemsListWidget = nullptr;
    QLabel* m_errorLabel = nullptr;
    QList<IssueWorkflow::NewIssue> m_problems;
    OptionalId m_savedVisitId;
};

} // namespace liaison
