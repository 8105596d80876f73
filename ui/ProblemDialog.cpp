#include "ProblemDialog.h"

#include "Dialogs.h"
#include "IssueWorkflow.h"
#include "Lookups.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace liaison {

ProblemDialog::ProblemDialog(Database& db, IssueWorkflow& workflow, Id enterpriseId, QWidget* parent)
    : QDialog(parent), m_db(db), m_workflow(workflow), m_enterpriseId(enterpriseId)
{
    setObjectName(QStringLiteral("problemDialog"));
    setWindowTitle(tr("Log a problem"));

    auto* enterprise = new QLabel(Lookups::nameOf(m_db, Lookups::Named::Enterprise, enterpriseId), this);
    enterprise->setObjectName(QStringLiteral("problemEnterpriseLabel"));
    m_categoryComboBox = new QComboBox(this);
    m_categoryComboBox->setObjectName(QStringLiteral("problemCategoryComboBox"));
    for (const IssueCategory& category : Lookups::categories(m_db).value_or(QList<IssueCategory>{})) {
        m_categoryComboBox->addItem(
            tr("%1 (%n working day(s))", nullptr, category.deadlineWorkdays).arg(category.name),
            category.code);
    }
    m_titleLineEdit = new QLineEdit(this);
    m_titleLineEdit->setObjectName(QStringLiteral("problemTitleLineEdit"));
    m_titleLineEdit->setPlaceholderText(tr("What the enterprise asks for"));
    m_titleLineEdit->setMaxLength(200);
    m_descriptionTextEdit = new QPlainTextEdit(this);
    m_descriptionTextEdit->setObjectName(QStringLiteral("problemDescriptionTextEdit"));
    m_descriptionTextEdit->setTabChangesFocus(true);
    m_descriptionTextEdit->setFixedHeight(m_descriptionTextEdit->fontMetrics().height() * 5);
    m_reportedDateEdit = new QDateEdit(QDate::currentDate(), this);
    m_reportedDateEdit->setObjectName(QStringLiteral("problemReportedDateEdit"));
    m_reportedDateEdit->setCalendarPopup(true);
    m_reportedDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("problemDueLabel"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Enterprise"), enterprise);
    form->addRow(tr("&Category"), m_categoryComboBox);
    form->addRow(tr("&Problem"), m_titleLineEdit);
    form->addRow(tr("&Details"), m_descriptionTextEdit);
    form->addRow(tr("&Reported on"), m_reportedDateEdit);
    form->addRow(tr("Due"), m_dueLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the problem (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProblemDialog::onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProblemDialog::reject);
    for (const QKeySequence& sequence :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* save = new QShortcut(sequence, this);
        connect(save, &QShortcut::activated, this, &ProblemDialog::onSave);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_categoryComboBox, &QComboBox::currentIndexChanged, this, &ProblemDialog::updateDueDate);
    connect(m_reportedDateEdit, &QDateEdit::dateChanged, this, &ProblemDialog::updateDueDate);
    connect(m_titleLineEdit, &QLineEdit::textEdited, m_errorLabel, &QWidget::hide);
    updateDueDate();
    m_titleLineEdit->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString ProblemDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void ProblemDialog::updateDueDate()
{
    // The deadline the category gives, counted in working days of the calendar in force.
    auto due = m_workflow.dueDate(m_categoryComboBox->currentData().toString(), m_reportedDateEdit->date());
    m_dueLabel->setText(due ? due->toString(Qt::ISODate) : due.error().message);
}

void ProblemDialog::onSave()
{
    IssueWorkflow::NewIssue issue;
    issue.enterpriseId = m_enterpriseId;
    issue.category = m_categoryComboBox->currentData().toString();
    issue.title = m_titleLineEdit->text().trimmed();
    issue.description = m_descriptionTextEdit->toPlainText().trimmed();
    issue.reportedOn = m_reportedDateEdit->date();
    auto added = m_workflow.add(issue);
    if (!added) {
        // Nothing was written; what was typed stays to be corrected.
        m_errorLabel->setText(added.error().message);
        m_errorLabel->show();
        if (added.error().field == QLatin1StringView("title"))
            m_titleLineEdit->setFocus();
        return;
    }
    m_savedId = *added;
    QDialog::accept();
}

void ProblemDialog::reject()
{
    const bool typed = !m_titleLineEdit->text().isEmpty() || !m_descriptionTextEdit->toPlainText().isEmpty();
    if (typed && Dialogs::question(this, windowTitle(), tr("Discard what you typed for this problem?"),
                                   QMessageBox::Discard | QMessageBox::Cancel,
                                   QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    QDialog::reject();
}

} // namespace liaison
