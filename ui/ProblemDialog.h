#pragma once

#include "Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace liaison {

class Database;
class IssueWorkflow;

// Logs one problem (问题/诉求) an enterprise raised outside a visit, e.g. by telephone: its category
// (which sets the working-day deadline), a title, the details and the day it was reported.
// Ctrl+Return saves; Esc asks before throwing typed data away.
class ProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemDialog)

public:
    ProblemDialog(Database& db, IssueWorkflow& workflow, Id enterpriseId, QWidget* parent = nullptr);

    // The problem saved, once the dialog was accepted.
    OptionalId savedId() const { return m_savedId; }
    QString errorText() const;

public slots:
    void reject() override;

private:
    void onSave();
    void updateDueDate();

    Database& m_db;
    IssueWorkflow& m_workflow;
    Id m_enterpriseId;
    QComboBox* m_categoryComboBox = nullptr;
    QLineEdit* m_titleLineEdit = nullptr;
    QPlainTextEdit* m_descriptionTextEdit = nullptr;
    QDateEdit* m_reportedDateEdit = nullptr;
    QLabel* m_dueLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    OptionalId m_savedId;
};

} // namespace liaison
