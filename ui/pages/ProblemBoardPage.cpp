#include "ProblemBoardPage.h"

#include "Database.h"
#include "Dialogs.h"
#include "EntityTraits.h"
#include "ListTableView.h"
#include "Lookups.h"
#include "SupervisionColourDelegate.h"
#include "models/IssueBoardModel.h"
#include "security/Permissions.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace liaison {
namespace {

template <typename E>
void fillVocabulary(QComboBox* box, const QString& any)
{
    box->addItem(any);
    for (const QString& code : DomainText::allCodes<E>())
        box->addItem(DomainText::label(*DomainText::fromCode<E>(code)), code);
}

} // namespace

ProblemBoardPage::ProblemBoardPage(Database& db, IssueWorkflow workflow, QWidget* parent)
    : QWidget(parent), m_db(db), m_workflow(std::move(workflow))
{
    m_model = new IssueBoardModel(m_db, m_workflow.calendar(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("problemTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(IssueBoardModel::ColourColumn, new SupervisionColourDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IssueBoardModel::DueColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpListTable(m_table);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("problemSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(buildFilterBar());
    layout->addWidget(splitter, 1);

    fillChoices();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProblemBoardPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemBoardPage::onSelectionChanged);
    onFilterChanged();
    m_table->resizeColumnsToContents();
}

QWidget* ProblemBoardPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* quick = new QHBoxLayout;
    m_quickGroup = new QButtonGroup(this);
    const std::pair<IssueBoardFilter::Quick, QString> quickFilters[] = {
        {IssueBoardFilter::Quick::Open, tr("Open")},
        {IssueBoardFilter::Quick::Overdue, tr("Overdue (red)")},
        {IssueBoardFilter::Quick::Yellow, tr("Due within a day (yellow)")},
        {IssueBoardFilter::Quick::FlaggedForEscalation, tr("To escalate")},
        {IssueBoardFilter::Quick::AwaitingVerification, tr("Awaiting follow-up visit")},
        {IssueBoardFilter::Quick::All, tr("All")},
    };
    for (const auto& [which, text] : quickFilters) {
        auto* button = new QToolButton(bar);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("quickFilter%1").arg(int(which)));
        m_quickGroup->addButton(button, int(which));
        quick->addWidget(button);
    }
    m_quickGroup->button(int(IssueBoardFilter::Quick::Open))->setChecked(true);
    quick->addStretch(1);
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("problemCountLabel"));
    quick->addWidget(m_countLabel);

    auto* full = new QHBoxLayout;
    m_searchLineEdit = new QLineEdit(bar);
    m_searchLineEdit->setObjectName(QStringLiteral("problemSearchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Enterprise or problem"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setMaxLength(100);
    m_statusComboBox = new QComboBox(bar);
    m_statusComboBox->setObjectName(QStringLiteral("problemStatusComboBox"));
    fillVocabulary<IssueStatus>(m_statusComboBox, tr("Any status"));
    m_tierComboBox = new QComboBox(bar);
    m_tierComboBox->setObjectName(QStringLiteral("problemTierComboBox"));
    fillVocabulary<Tier>(m_tierComboBox, tr("Any tier"));
    m_categoryComboBox = new QComboBox(bar);
    m_categoryComboBox->setObjectName(QStringLiteral("problemCategoryComboBox"));
    m_areaComboBox = new QComboBox(bar);
    m_areaComboBox->setObjectName(QStringLiteral("problemAreaComboBox"));
    m_asOfDateEdit = new QDateEdit(QDate::currentDate(), bar);
    m_asOfDateEdit->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOfDateEdit->setCalendarPopup(true);
    m_asOfDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfDateEdit->setToolTip(tr("The day the supervision colours are worked out for"));
    full->addWidget(m_searchLineEdit, 2);
    for (QComboBox* box : {m_statusComboBox, m_tierComboBox, m_categoryComboBox, m_areaComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        full->addWidget(box);
    }
    full->addWidget(new QLabel(tr("As of"), bar));
    full->addWidget(m_asOfDateEdit);

    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(quick);
    layout->addLayout(full);

    connect(m_quickGroup, &QButtonGroup::idClicked, this, &ProblemBoardPage::onFilterChanged);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &ProblemBoardPage::onFilterChanged);
    for (QComboBox* box : {m_statusComboBox, m_tierComboBox, m_categoryComboBox, m_areaComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ProblemBoardPage::onFilterChanged);
    connect(m_asOfDateEdit, &QDateEdit::dateChanged, this, &ProblemBoardPage::onFilterChanged);
    return bar;
}

QWidget* ProblemBoardPage::buildDetailPane()
{
    auto* pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("problemDetailPane"));
    m_titleLabel = new QLabel(pane);
    m_titleLabel->setObjectName(QStringLiteral("problemTitleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_titleLabel->setFont(bold);
    m_factsLabel = new QLabel(pane);
    m_factsLabel->setObjectName(QStringLiteral("problemFactsLabel"));
    // One fact a line, short enough not to wrap: a wrapping label would be cut to its first line.
    m_factsLabel->setWordWrap(false);
    m_factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timelineListWidget = new QListWidget(pane);
    m_timelineListWidget->setObjectName(QStringLiteral("timelineListWidget"));
    m_timelineListWidget->setWordWrap(true);

    m_noteLineEdit = new QLineEdit(pane);
    m_noteLineEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_noteLineEdit->setPlaceholderText(tr("Note, reason or resolution"));
    m_noteLineEdit->setMaxLength(2000);
    m_leadUnitComboBox = new QComboBox(pane);
    m_leadUnitComboBox->setObjectName(QStringLiteral("leadUnitComboBox"));
    m_coUnitComboBox = new QComboBox(pane);
    m_coUnitComboBox->setObjectName(QStringLiteral("coUnitComboBox"));
    m_actionDateEdit = new QDateEdit(QDate::currentDate(), pane);
    m_actionDateEdit->setObjectName(QStringLiteral("actionDateEdit"));
    m_actionDateEdit->setCalendarPopup(true);
    m_actionDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_satisfactionComboBox = new QComboBox(pane);
    m_satisfactionComboBox->setObjectName(QStringLiteral("satisfactionComboBox"));
    for (const QString& code : DomainText::allCodes<Satisfaction>())
        m_satisfactionComboBox->addItem(DomainText::label(*DomainText::fromCode<Satisfaction>(code)), code);

    auto* form = new QFormLayout;
    form->addRow(tr("Note"), m_noteLineEdit);
    form->addRow(tr("Lead unit"), m_leadUnitComboBox);
    form->addRow(tr("Co-handling unit"), m_coUnitComboBox);
    form->addRow(tr("Date (resolved on / new due date)"), m_actionDateEdit);
    form->addRow(tr("Enterprise's satisfaction"), m_satisfactionComboBox);

    const std::pair<Action, QString> actions[] = {
        {Action::Assign, tr("Assign")},
        {Action::Start, tr("Start work")},
        {Action::Escalate, tr("Escalate")},
        {Action::Urge, tr("Urge")},
        {Action::Extend, tr("Request extension")},
        {Action::Approve, tr("Approve extension")},
        {Action::Refuse, tr("Refuse extension")},
        {Action::Resolve, tr("Resolve")},
        {Action::Verify, tr("Record follow-up visit")},
        {Action::Reopen, tr("Return")},
    };
    auto* buttons = new QGridLayout;
    int position = 0;
    for (const auto& [action, text] : actions) {
        auto* button = new QPushButton(text, pane);
        button->setObjectName(QStringLiteral("action%1Button").arg(int(action)));
        connect(button, &QPushButton::clicked, this, [this, which = action] { onAction(which); });
        m_actionButtons.insert(int(action), button);
        // Only what the user's role may do is offered; the core checks each action again.
        const bool working = action == Action::Start || action == Action::Extend || action == Action::Resolve;
        if (!Permissions::may(m_db.session(),
                              working ? Permission::WorkIssue : Permission::SuperviseIssues)) {
            button->hide();
            continue;
        }
        buttons->addWidget(button, position / 2, position % 2);
        ++position;
    }

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_factsLabel);
    layout->addWidget(new QLabel(tr("Timeline"), pane));
    layout->addWidget(m_timelineListWidget, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return pane;
}

void ProblemBoardPage::fillChoices()
{
    const QSignalBlocker blockCategory(m_categoryComboBox);
    const QSignalBlocker blockArea(m_areaComboBox);
    m_categoryComboBox->clear();
    m_categoryComboBox->addItem(tr("Any category"));
    if (auto categories = Lookups::categories(m_db)) {
        for (const IssueCategory& category : *categories)
            m_categoryComboBox->addItem(category.name, category.code);
    }
    m_areaComboBox->clear();
    m_areaComboBox->addItem(tr("All towns, streets and parks"));
    m_leadUnitComboBox->clear();
    m_coUnitComboBox->clear();
    m_coUnitComboBox->addItem(tr("None"));
    if (auto areas = Repository<Area>(m_db).list({{}, {}, QStringLiteral("kind, name")})) {
        for (const Area& area : *areas)
            m_areaComboBox->addItem(area.name, area.id);
    }
    if (auto units = Repository<Unit>(m_db).list({{}, {}, QStringLiteral("id")})) {
        for (const Unit& unit : *units) {
            m_leadUnitComboBox->addItem(unit.name, unit.id);
            m_coUnitComboBox->addItem(unit.name, unit.id);
        }
    }
}

void ProblemBoardPage::reload()
{
    fillChoices();
    onFilterChanged();
}

void ProblemBoardPage::showProblems(const ProblemSelection& selection)
{
    IssueBoardFilter::Quick quick =
        selection.openOnly ? IssueBoardFilter::Quick::Open : IssueBoardFilter::Quick::All;
    if (selection.colour == SupervisionColour::Red)
        quick = IssueBoardFilter::Quick::Overdue;
    else if (selection.colour == SupervisionColour::Yellow)
        quick = IssueBoardFilter::Quick::Yellow;
    {
        const QSignalBlocker blockers[] = {
            QSignalBlocker(m_searchLineEdit), QSignalBlocker(m_statusComboBox),
            QSignalBlocker(m_tierComboBox),   QSignalBlocker(m_categoryComboBox),
            QSignalBlocker(m_areaComboBox),   QSignalBlocker(m_asOfDateEdit)};
        m_searchLineEdit->clear();
        m_statusComboBox->setCurrentIndex(0);
        m_tierComboBox->setCurrentIndex(
            selection.tier ? std::max(0, m_tierComboBox->findData(DomainText::code(*selection.tier))) : 0);
        m_categoryComboBox->setCurrentIndex(
            selection.category.isEmpty() ? 0 : std::max(0, m_categoryComboBox->findData(selection.category)));
        m_areaComboBox->setCurrentIndex(
            selection.areaId ? std::max(0, m_areaComboBox->findData(*selection.areaId)) : 0);
        if (selection.asOf.isValid())
            m_asOfDateEdit->setDate(selection.asOf);
        if (QAbstractButton* button = m_quickGroup->button(int(quick)))
            button->setChecked(true);
    }
    onFilterChanged();
}

void ProblemBoardPage::reloadCalendar()
{
    if (Status loaded = m_workflow.reloadCalendar(); !loaded) {
        Dialogs::critical(this, tr("Work calendar"), loaded.error().message);
        return;
    }
    m_model->setCalendar(m_workflow.calendar());
}

void ProblemBoardPage::onFilterChanged()
{
    IssueBoardFilter filter;
    filter.quick = IssueBoardFilter::Quick(m_quickGroup->checkedId());
    filter.search = m_searchLineEdit->text();
    filter.status = DomainText::fromCode<IssueStatus>(m_statusComboBox->currentData().toString());
    filter.tier = DomainText::fromCode<Tier>(m_tierComboBox->currentData().toString());
    filter.category = m_categoryComboBox->currentData().toString();
    if (m_areaComboBox->currentData().isValid())
        filter.areaId = m_areaComboBox->currentData().toLongLong();
    m_model->setAsOf(m_asOfDateEdit->date());
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        Dialogs::critical(this, tr("Problems"), m_model->lastError());
    m_countLabel->setText(tr("%n problem(s)", nullptr, int(m_model->totalCount())));
}

QList<std::pair<Id, int>> ProblemBoardPage::selectedIssues() const
{
    QList<std::pair<Id, int>> issues;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        issues << std::pair{index.data(IssueBoardModel::IssueIdRole).toLongLong(),
                            index.data(IssueBoardModel::VersionRole).toInt()};
    }
    return issues;
}

void ProblemBoardPage::onSelectionChanged()
{
    const auto selected = selectedIssues();
    m_pendingExtension.reset();
    m_timelineListWidget->clear();
    for (QPushButton* button : std::as_const(m_actionButtons))
        button->setEnabled(false);
    if (selected.isEmpty()) {
        m_titleLabel->setText(tr("Select a problem to see its timeline and act on it."));
        m_factsLabel->clear();
        return;
    }

    // Buttons for what every selected problem allows; the single-problem actions need one selection.
    const bool single = selected.size() == 1;
    bool assign = true, start = true, open = true, resolve = true, verify = true, reopen = true;
    for (const auto& [id, version] : selected) {
        auto issue = Repository<Issue>(m_db).get(id);
        if (!issue)
            return;
        assign = assign && IssueWorkflow::isLegal(issue->status, IssueStatus::Assigned);
        start = start && IssueWorkflow::isLegal(issue->status, IssueStatus::InProgress);
        resolve = resolve && IssueWorkflow::isLegal(issue->status, IssueStatus::Resolved);
        verify = verify && IssueWorkflow::isLegal(issue->status, IssueStatus::Verified);
        reopen = reopen && IssueWorkflow::isLegal(issue->status, IssueStatus::Reopened);
        open = open && issue->status != IssueStatus::Resolved && issue->status != IssueStatus::Verified;
    }
    m_actionButtons.value(int(Action::Assign))->setEnabled(assign);
    m_actionButtons.value(int(Action::Urge))->setEnabled(open);
    m_actionButtons.value(int(Action::Start))->setEnabled(single && start);
    m_actionButtons.value(int(Action::Escalate))->setEnabled(single && open);
    m_actionButtons.value(int(Action::Extend))->setEnabled(single && open);
    m_actionButtons.value(int(Action::Resolve))->setEnabled(single && resolve);
    m_actionButtons.value(int(Action::Verify))->setEnabled(single && verify);
    m_actionButtons.value(int(Action::Reopen))->setEnabled(single && reopen);

    if (!single) {
        m_titleLabel->setText(tr("%n problems selected", nullptr, int(selected.size())));
        m_factsLabel->setText(tr("Assign and urge act on all of them."));
        return;
    }
    const Id id = selected.front().first;
    auto issue = Repository<Issue>(m_db).get(id);
    if (!issue)
        return;
    const SupervisionState state = Supervision::assess(*issue, m_model->asOf(), m_workflow.calendar());
    const auto name = [&](Lookups::Named table, const OptionalId& key) {
        return Lookups::nameOf(m_db, table, key);
    };
    QStringList coUnits;
    for (const Id unit : m_workflow.coUnits(id).value_or(QList<Id>{}))
        coUnits << name(Lookups::Named::Unit, unit);
    m_titleLabel->setText(tr("No. %1: %2").arg(id).arg(issue->title));
    QString facts =
        tr("Enterprise: %1").arg(name(Lookups::Named::Enterprise, issue->enterpriseId)) + QLatin1Char('\n') +
        tr("Status: %1 · tier: %2").arg(DomainText::label(issue->status), DomainText::label(issue->tier)) +
        QLatin1Char('\n') +
        tr("Lead unit: %1 · owner: %2")
            .arg(name(Lookups::Named::Unit, issue->ownerUnitId),
                 name(Lookups::Named::Person, issue->ownerPersonId)) +
        QLatin1Char('\n') +
        tr("Reported %1 · due %2 · %3")
            .arg(issue->reportedOn.toString(Qt::ISODate), issue->dueOn.toString(Qt::ISODate),
                 DomainText::label(state.colour));
    if (!coUnits.isEmpty())
        facts += QLatin1Char('\n') + tr("Co-handling: %1").arg(coUnits.join(tr(", ")));
    for (const int year : state.missingCalendarYears)
        facts += QLatin1Char('\n') +
                 tr("The holiday schedule for %1 is missing: this deadline counts weekends only.").arg(year);
    if (state.flaggedForEscalation)
        facts += QLatin1Char('\n') + tr("Flagged for escalation to the district leader.");
    m_factsLabel->setText(facts);

    if (auto events = Repository<IssueEvent>(m_db).list(
            {QStringLiteral("issue_id = ?"), {id}, QStringLiteral("at, id")})) {
        for (const IssueEvent& event : *events) {
            m_timelineListWidget->addItem(
                tr("%1  %2  %3: %4")
                    .arg(event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         DomainText::label(event.kind), event.actor, event.note));
        }
    }
    if (auto pending = Lookups::pendingExtension(m_db, id))
        m_pendingExtension = *pending;
    m_actionButtons.value(int(Action::Approve))->setEnabled(m_pendingExtension.has_value());
    m_actionButtons.value(int(Action::Refuse))->setEnabled(m_pendingExtension.has_value());
    m_actionButtons.value(int(Action::Extend))->setEnabled(open && !m_pendingExtension);
}

bool ProblemBoardPage::perform(Action action, Id issueId, std::optional<int> version)
{
    const QString note = m_noteLineEdit->text();
    const QDate date = m_actionDateEdit->date();
    Status done;
    switch (action) {
    case Action::Assign: {
        QList<Id> co;
        if (m_coUnitComboBox->currentData().isValid())
            co << m_coUnitComboBox->currentData().toLongLong();
        done = m_workflow.assign(issueId, version, m_leadUnitComboBox->currentData().toLongLong(), co, note);
        break;
    }
    case Action::Start: done = m_workflow.start(issueId, version, note); break;
    case Action::Escalate: done = m_workflow.escalate(issueId, version, note); break;
    case Action::Urge: done = m_workflow.urge(issueId, note); break;
    case Action::Extend: done = toStatus(m_workflow.requestExtension(issueId, date, note)); break;
    case Action::Approve:
    case Action::Refuse:
        if (!m_pendingExtension)
            return false;
        done = m_workflow.decideExtension(*m_pendingExtension, action == Action::Approve, note);
        break;
    case Action::Resolve: done = m_workflow.resolve(issueId, version, note, date); break;
    case Action::Verify: {
        const auto satisfaction =
            DomainText::fromCode<Satisfaction>(m_satisfactionComboBox->currentData().toString());
        done = m_workflow.verify(issueId, version, satisfaction.value_or(Satisfaction::Satisfied), note);
        break;
    }
    case Action::Reopen: done = m_workflow.reopen(issueId, version, note); break;
    }
    if (done)
        return true;
    if (done.error().kind == Error::Kind::Conflict) {
        // Never overwrite: show what happened, then show the problem as it is now.
        Dialogs::critical(this, tr("Changed by someone else"), done.error().message);
    } else {
        Dialogs::critical(this, tr("Problems"), done.error().message);
    }
    return false;
}

void ProblemBoardPage::onAction(Action action)
{
    const auto selected = selectedIssues();
    if (selected.isEmpty())
        return;
    const Id current = selected.front().first;
    bool changed = false;
    for (const auto& [id, version] : selected) {
        if (!perform(action, id, version))
            break;
        changed = true;
    }
    if (changed)
        m_noteLineEdit->clear();
    m_model->reload();
    // Keep the problem in view after the board refreshed.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->issueId(row) == current) {
            m_table->selectRow(row);
            break;
        }
    }
    m_countLabel->setText(tr("%n problem(s)", nullptr, int(m_model->totalCount())));
    if (changed)
        emit issuesChanged();
}

} // namespace liaison
