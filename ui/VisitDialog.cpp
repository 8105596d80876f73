#include "VisitDialog.h"

#include "Database.h"
#include "Dialogs.h"
#include "EnterpriseCompleter.h"
#include "Lookups.h"
#include "VisitLog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace liaison {
namespace {

QSpinBox* headCount(const QString& objectName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 1000000);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

VisitDialog::VisitDialog(Database& db, IssueWorkflow& workflow, QWidget* parent)
    : QDialog(parent), m_db(db), m_workflow(workflow)
{
    setObjectName(QStringLiteral("visitDialog"));
    setWindowTitle(tr("Log a visit"));

    m_enterpriseLineEdit = new QLineEdit(this);
    m_enterpriseLineEdit->setObjectName(QStringLiteral("enterpriseLineEdit"));
    m_enterpriseLineEdit->setPlaceholderText(tr("Type the name, credit code or pinyin initials"));
    m_enterpriseLineEdit->setMaxLength(100);
    auto keys = Lookups::enterpriseKeys(m_db);
    m_completer = new EnterpriseCompleter(keys.value_or(QList<Lookups::EnterpriseKey>{}), this);
    m_enterpriseLineEdit->setCompleter(m_completer);

    m_dateEdit = new QDateEdit(QDate::currentDate(), this);
    m_dateEdit->setObjectName(QStringLiteral("visitDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_modeComboBox = new QComboBox(this);
    m_modeComboBox->setObjectName(QStringLiteral("modeComboBox"));
    for (const QString& code : DomainText::allCodes<VisitMode>())
        m_modeComboBox->addItem(DomainText::label(*DomainText::fromCode<VisitMode>(code)), code);
    m_visitorsLineEdit = new QLineEdit(m_db.actor(), this);
    m_visitorsLineEdit->setObjectName(QStringLiteral("visitorsLineEdit"));
    m_visitorsLineEdit->setMaxLength(200);
    m_statusComboBox = new QComboBox(this);
    m_statusComboBox->setObjectName(QStringLiteral("statusSeenComboBox"));
    for (const QString& code : DomainText::allCodes<ProductionStatus>())
        m_statusComboBox->addItem(DomainText::label(*DomainText::fromCode<ProductionStatus>(code)), code);
    m_staffOnSiteSpinBox = headCount(QStringLiteral("staffOnSiteSpinBox"), this);
    m_staffReturnedSpinBox = headCount(QStringLiteral("staffReturnedSpinBox"), this);
    m_closedLoopSpinBox = headCount(QStringLiteral("closedLoopSpinBox"), this);
    m_capacitySpinBox = new QSpinBox(this);
    m_capacitySpinBox->setObjectName(QStringLiteral("capacitySpinBox"));
    m_capacitySpinBox->setRange(-1, 100);
    m_capacitySpinBox->setValue(-1);
    m_capacitySpinBox->setSpecialValueText(tr("Not recorded"));
    m_capacitySpinBox->setSuffix(QStringLiteral(" %"));
    m_notesTextEdit = new QPlainTextEdit(this);
    m_notesTextEdit->setObjectName(QStringLiteral("notesTextEdit"));
    m_notesTextEdit->setTabChangesFocus(true);
    m_notesTextEdit->setFixedHeight(m_notesTextEdit->fontMetrics().height() * 4);

    auto* form = new QFormLayout;
    form->addRow(tr("&Enterprise"), m_enterpriseLineEdit);
    form->addRow(tr("&Date"), m_dateEdit);
    form->addRow(tr("&Mode"), m_modeComboBox);
    form->addRow(tr("&Who went"), m_visitorsLineEdit);
    form->addRow(tr("Production &seen"), m_statusComboBox);
    form->addRow(tr("Staff on site"), m_staffOnSiteSpinBox);
    form->addRow(tr("Staff helped back since the last visit"), m_staffReturnedSpinBox);
    form->addRow(tr("Staff in closed-loop production"), m_closedLoopSpinBox);
    form->addRow(tr("Capacity utilisation"), m_capacitySpinBox);
    form->addRow(tr("&Notes"), m_notesTextEdit);

    // Problems raised at the visit: type the title and press Enter to add it.
    auto* problems = new QGroupBox(tr("Problems raised"), this);
    m_problemCategoryComboBox = new QComboBox(problems);
    m_problemCategoryComboBox->setObjectName(QStringLiteral("problemCategoryComboBox"));
    for (const IssueCategory& category : Lookups::categories(m_db).value_or(QList<IssueCategory>{})) {
        m_problemCategoryComboBox->addItem(
            tr("%1 (%n working day(s))", nullptr, category.deadlineWorkdays).arg(category.name),
            category.code);
        m_problemCategoryComboBox->setItemData(m_problemCategoryComboBox->count() - 1, category.name,
                                               Qt::UserRole + 1);
    }
    m_problemTitleLineEdit = new QLineEdit(problems);
    m_problemTitleLineEdit->setObjectName(QStringLiteral("problemTitleLineEdit"));
    m_problemTitleLineEdit->setPlaceholderText(tr("What the enterprise asks for; Enter adds it"));
    m_problemTitleLineEdit->setMaxLength(200);
    m_problemDescriptionLineEdit = new QLineEdit(problems);
    m_problemDescriptionLineEdit->setObjectName(QStringLiteral("problemDescriptionLineEdit"));
    m_problemDescriptionLineEdit->setPlaceholderText(tr("Details (optional)"));
    m_problemDescriptionLineEdit->setMaxLength(8000);
    auto* add = new QPushButton(tr("&Add problem"), problems);
    add->setObjectName(QStringLiteral("addProblemButton"));
    add->setAutoDefault(false);
    auto* remove = new QPushButton(tr("&Remove"), problems);
    remove->setObjectName(QStringLiteral("removeProblemButton"));
    remove->setAutoDefault(false);
    m_problemsListWidget = new QListWidget(problems);
    m_problemsListWidget->setObjectName(QStringLiteral("problemsListWidget"));
    m_problemsListWidget->setFixedHeight(m_problemsListWidget->fontMetrics().height() * 5);
    auto* entry = new QHBoxLayout;
    entry->addWidget(m_problemCategoryComboBox);
    entry->addWidget(m_problemTitleLineEdit, 2);
    entry->addWidget(m_problemDescriptionLineEdit, 2);
    entry->addWidget(add);
    auto* list = new QHBoxLayout;
    list->addWidget(m_problemsListWidget, 1);
    list->addWidget(remove, 0, Qt::AlignTop);
    auto* problemsLayout = new QVBoxLayout(problems);
    problemsLayout->addLayout(entry);
    problemsLayout->addLayout(list);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the visit and its problems (Ctrl+Return)"));
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &VisitDialog::onAddProblem);
    connect(m_problemTitleLineEdit, &QLineEdit::returnPressed, this, &VisitDialog::onAddProblem);
    connect(m_problemDescriptionLineEdit, &QLineEdit::returnPressed, this, &VisitDialog::onAddProblem);
    connect(remove, &QPushButton::clicked, this, &VisitDialog::onRemoveProblem);
    for (const QKeySequence& sequence :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* save = new QShortcut(sequence, this);
        connect(save, &QShortcut::activated, this, &VisitDialog::onSave);
    }
    // Errors go as soon as the field they name is edited again.
    connect(m_enterpriseLineEdit, &QLineEdit::textEdited, m_errorLabel, &QWidget::hide);
    connect(m_visitorsLineEdit, &QLineEdit::textEdited, m_errorLabel, &QWidget::hide);
    m_enterpriseLineEdit->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void VisitDialog::setEnterprise(const QString& name)
{
    m_enterpriseLineEdit->setText(name);
}

QString VisitDialog::errorText() const
{
    return m_errorLabel->isVisible() || !m_errorLabel->text().isEmpty() ? m_errorLabel->text() : QString();
}

void VisitDialog::showError(const QString& message, QWidget* field)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    if (field)
        field->setFocus();
}

void VisitDialog::onAddProblem()
{
    const QString title = m_problemTitleLineEdit->text().trimmed();
    if (title.isEmpty()) {
        showError(tr("Type what the enterprise asks for before adding the problem."), m_problemTitleLineEdit);
        return;
    }
    IssueWorkflow::NewIssue problem;
    problem.category = m_problemCategoryComboBox->currentData().toString();
    problem.title = title;
    problem.description = m_problemDescriptionLineEdit->text().trimmed();
    m_problems << problem;
    m_problemsListWidget->addItem(m_problemCategoryComboBox->currentData(Qt::UserRole + 1).toString() +
                                  QStringLiteral(" · ") + title);
    m_problemTitleLineEdit->clear();
    m_problemDescriptionLineEdit->clear();
    m_errorLabel->hide();
    m_problemTitleLineEdit->setFocus();
}

void VisitDialog::onRemoveProblem()
{
    const int row = m_problemsListWidget->currentRow();
    if (row < 0 || row >= m_problems.size())
        return;
    m_problems.removeAt(row);
    delete m_problemsListWidget->takeItem(row);
}

void VisitDialog::onSave()
{
    const OptionalId enterprise = m_completer->enterpriseFor(m_enterpriseLineEdit->text());
    if (!enterprise) {
        showError(m_enterpriseLineEdit->text().trimmed().isEmpty()
                      ? tr("Choose the enterprise visited.")
                      : tr("“%1” is not an enterprise of the register; choose one from the list.")
                            .arg(m_enterpriseLineEdit->text().left(60)),
                  m_enterpriseLineEdit);
        return;
    }
    // A problem typed but not yet added is not silently lost.
    if (!m_problemTitleLineEdit->text().trimmed().isEmpty())
        onAddProblem();

    Visit visit;
    visit.enterpriseId = *enterprise;
    visit.visitedOn = m_dateEdit->date();
    visit.mode =
        DomainText::fromCode<VisitMode>(m_modeComboBox->currentData().toString()).value_or(VisitMode::OnSite);
    visit.visitors = m_visitorsLineEdit->text();
    visit.productionStatusSeen =
        DomainText::fromCode<ProductionStatus>(m_statusComboBox->currentData().toString())
            .value_or(ProductionStatus::Normal);
    visit.staffOnSite = m_staffOnSiteSpinBox->value();
    visit.staffReturned = m_staffReturnedSpinBox->value();
    visit.closedLoopStaff = m_closedLoopSpinBox->value();
    if (m_capacitySpinBox->value() >= 0)
        visit.capacityPercent = m_capacitySpinBox->value();
    visit.notes = m_notesTextEdit->toPlainText();

    auto recorded = VisitLog::record(m_db, m_workflow, visit, m_problems);
    if (!recorded) {
        // Nothing was written; everything typed stays in the dialog to be corrected.
        const QString field = recorded.error().field;
        QWidget* where = field == QLatin1StringView("visitors") ? static_cast<QWidget*>(m_visitorsLineEdit)
                         : field == QLatin1StringView("visited_on") ? static_cast<QWidget*>(m_dateEdit)
                                                                    : nullptr;
        showError(recorded.error().message, where);
        return;
    }
    m_savedVisitId = recorded->visitId;
    QDialog::accept();
}

void VisitDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter moves on to the next field (and adds a problem in the problem fields); only Ctrl+Return
    // saves, so a visit is never saved half typed.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        if (focusWidget() != m_problemTitleLineEdit && focusWidget() != m_problemDescriptionLineEdit &&
            focusWidget() != m_notesTextEdit)
            focusNextChild();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool VisitDialog::hasTypedData() const
{
    return !m_enterpriseLineEdit->text().isEmpty() || !m_problems.isEmpty() ||
           !m_problemTitleLineEdit->text().isEmpty() || !m_notesTextEdit->toPlainText().isEmpty() ||
           m_staffOnSiteSpinBox->value() > 0 || m_staffReturnedSpinBox->value() > 0 ||
           m_closedLoopSpinBox->value() > 0;
}

void VisitDialog::reject()
{
    if (hasTypedData() &&
        Dialogs::question(this, tr("Log a visit"), tr("Discard what you typed for this visit?"),
                          QMessageBox::Discard | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    QDialog::reject();
}

} // namespace liaison
