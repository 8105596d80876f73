#include "DutyMatrixPage.h"

#include "Database.h"
#include "Dialogs.h"
#include "DutyService.h"
#include "EntityTraits.h"
#include "ListTableView.h"
#include "models/EnterpriseTableModel.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace liaison {

DutyMatrixPage::DutyMatrixPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("dutySearchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Name, credit code or pinyin"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setMaxLength(100);
    m_areaComboBox = new QComboBox(this);
    m_areaComboBox->setObjectName(QStringLiteral("dutyAreaComboBox"));
    m_leaderComboBox = new QComboBox(this);
    m_leaderComboBox->setObjectName(QStringLiteral("dutyLeaderComboBox"));
    m_departmentComboBox = new QComboBox(this);
    m_departmentComboBox->setObjectName(QStringLiteral("dutyDepartmentComboBox"));
    m_personComboBox = new QComboBox(this);
    m_personComboBox->setObjectName(QStringLiteral("dutyPersonComboBox"));
    m_countLabel = new QLabel(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchLineEdit, 2);
    for (QComboBox* box : {m_areaComboBox, m_leaderComboBox, m_departmentComboBox, m_personComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    filters->addWidget(m_countLabel);

    m_model = new EnterpriseTableModel(m_db, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dutyTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnterpriseTableModel::AreaColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpListTable(m_table);
    const QList<int> shown = {EnterpriseTableModel::NameColumn,
                              EnterpriseTableModel::AreaColumn,
                              EnterpriseTableModel::LeaderColumn,
                              EnterpriseTableModel::DepartmentColumn,
                              EnterpriseTableModel::DepartmentPersonColumn,
                              EnterpriseTableModel::AreaPersonColumn};
    for (int column = 0; column < EnterpriseTableModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, !shown.contains(column));

    // Handing over one tier of the selected enterprises.
    auto* handOver = new QGroupBox(tr("Hand over the selected enterprises"), this);
    m_roleComboBox = new QComboBox(handOver);
    m_roleComboBox->setObjectName(QStringLiteral("roleComboBox"));
    for (const DutyService::Role role :
         {DutyService::Role::Leader, DutyService::Role::DepartmentPerson, DutyService::Role::AreaPerson})
        m_roleComboBox->addItem(DutyService::roleLabel(role), int(role));
    m_roleComboBox->setCurrentIndex(2);
    m_newDepartmentComboBox = new QComboBox(handOver);
    m_newDepartmentComboBox->setObjectName(QStringLiteral("newDepartmentComboBox"));
    m_newPersonComboBox = new QComboBox(handOver);
    m_newPersonComboBox->setObjectName(QStringLiteral("newPersonComboBox"));
    m_fromDateEdit = new QDateEdit(QDate::currentDate(), handOver);
    m_fromDateEdit->setObjectName(QStringLiteral("handOverDateEdit"));
    m_fromDateEdit->setCalendarPopup(true);
    m_fromDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_handOverButton = new QPushButton(handOver);
    m_handOverButton->setObjectName(QStringLiteral("handOverButton"));
    auto* form = new QFormLayout(handOver);
    form->addRow(tr("Tier"), m_roleComboBox);
    form->addRow(tr("Department"), m_newDepartmentComboBox);
    form->addRow(tr("Taken over by"), m_newPersonComboBox);
    form->addRow(tr("From"), m_fromDateEdit);
    form->addRow(m_handOverButton);
    handOver->setVisible(Permissions::may(m_db.session(), Permission::EditRegister));

    auto* coverage = new QGroupBox(tr("Enterprises each person covers"), this);
    m_coverageTable = new QTableWidget(0, 3, coverage);
    m_coverageTable->setObjectName(QStringLiteral("coverageTableWidget"));
    m_coverageTable->setHorizontalHeaderLabels({tr("Person"), tr("Tier"), tr("Enterprises")});
    m_coverageTable->verticalHeader()->setVisible(false);
    m_coverageTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverageTable->horizontalHeader()->setStretchLastSection(true);
    auto* coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->addWidget(m_coverageTable);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    sideLayout->addWidget(handOver);
    sideLayout->addWidget(coverage, 1);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("dutySplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    fillChoices();
    fillCoverage();
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &DutyMatrixPage::onFilterChanged);
    for (QComboBox* box : {m_areaComboBox, m_leaderComboBox, m_departmentComboBox, m_personComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &DutyMatrixPage::onFilterChanged);
    connect(m_roleComboBox, &QComboBox::currentIndexChanged, this, &DutyMatrixPage::fillPeople);
    connect(m_newDepartmentComboBox, &QComboBox::currentIndexChanged, this, &DutyMatrixPage::fillPeople);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DutyMatrixPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DutyMatrixPage::onSelectionChanged);
    connect(m_handOverButton, &QPushButton::clicked, this, &DutyMatrixPage::onHandOver);
    onFilterChanged();
    m_table->resizeColumnsToContents();
}

void DutyMatrixPage::fillChoices()
{
    const QSignalBlocker a(m_areaComboBox), l(m_leaderComboBox), d(m_departmentComboBox), p(m_personComboBox),
        n(m_newDepartmentComboBox);
    m_areaComboBox->clear();
    m_areaComboBox->addItem(tr("All towns, streets and parks"));
    m_leaderComboBox->clear();
    m_leaderComboBox->addItem(tr("Any district leader"));
    m_departmentComboBox->clear();
    m_departmentComboBox->addItem(tr("Any department"));
    m_personComboBox->clear();
    m_personComboBox->addItem(tr("Anyone on duty"));
    m_newDepartmentComboBox->clear();
    for (const Area& area :
         Repository<Area>(m_db).list({{}, {}, QStringLiteral("kind, name")}).value_or(QList<Area>{}))
        m_areaComboBox->addItem(area.name, area.id);
    for (const Unit& unit : Repository<Unit>(m_db).list().value_or(QList<Unit>{})) {
        m_departmentComboBox->addItem(unit.name, unit.id);
        m_newDepartmentComboBox->addItem(unit.name, unit.id);
    }
    for (const Person& person :
         Repository<Person>(m_db).list({QStringLiteral("active")}).value_or(QList<Person>{})) {
        if (!person.unitId && !person.areaId)
            m_leaderComboBox->addItem(person.name, person.id);
        m_personComboBox->addItem(
            person.title.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, person.title), person.id);
    }
    fillPeople();
}

void DutyMatrixPage::fillPeople()
{
    // Only people who can hold the chosen tier are offered.
    const auto role = DutyService::Role(m_roleComboBox->currentData().toInt());
    m_newDepartmentComboBox->setEnabled(role == DutyService::Role::DepartmentPerson);
    m_newPersonComboBox->clear();
    const QVariant department = m_newDepartmentComboBox->currentData();
    for (const Person& person :
         Repository<Person>(m_db).list({QStringLiteral("active")}).value_or(QList<Person>{})) {
        const bool fits = (role == DutyService::Role::Leader && !person.unitId && !person.areaId) ||
                          (role == DutyService::Role::DepartmentPerson && person.unitId &&
                           *person.unitId == department.toLongLong()) ||
                          (role == DutyService::Role::AreaPerson && person.areaId);
        if (!fits)
            continue;
        QString text = person.name;
        if (role == DutyService::Role::AreaPerson)
            text = tr("%1 (%2)").arg(person.name,
                                     Repository<Area>(m_db).get(*person.areaId).value_or(Area{}).name);
        m_newPersonComboBox->addItem(text, person.id);
    }
    onSelectionChanged();
}

void DutyMatrixPage::fillCoverage()
{
    const auto coverage = DutyService::coverage(m_db);
    m_coverageTable->setRowCount(0);
    if (!coverage)
        return;
    m_coverageTable->setRowCount(int(coverage->size()));
    for (qsizetype row = 0; row < coverage->size(); ++row) {
        const DutyService::Coverage& c = coverage->at(row);
        m_coverageTable->setItem(int(row), 0, new QTableWidgetItem(c.person));
        m_coverageTable->setItem(int(row), 1, new QTableWidgetItem(DutyService::roleLabel(c.role)));
        auto* count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, c.enterprises);
        m_coverageTable->setItem(int(row), 2, count);
    }
    m_coverageTable->resizeColumnsToContents();
}

void DutyMatrixPage::reload()
{
    fillChoices();
    fillCoverage();
    onFilterChanged();
}

void DutyMatrixPage::onFilterChanged()
{
    EnterpriseFilter filter;
    filter.search = m_searchLineEdit->text();
    const auto id = [](const QComboBox* box) {
        return box->currentData().isValid() ? OptionalId(box->currentData().toLongLong()) : std::nullopt;
    };
    filter.areaId = id(m_areaComboBox);
    filter.leaderId = id(m_leaderComboBox);
    filter.departmentId = id(m_departmentComboBox);
    filter.dutyPersonId = id(m_personComboBox);
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        Dialogs::critical(this, tr("Duty matrix"), m_model->lastError());
    m_countLabel->setText(tr("%n enterprise(s)", nullptr, int(m_model->totalCount())));
}

void DutyMatrixPage::onSelectionChanged()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_handOverButton->setText(tr("Hand over %n enterprise(s)", nullptr, selected));
    m_handOverButton->setEnabled(selected > 0 && m_newPersonComboBox->count() > 0);
}

void DutyMatrixPage::onHandOver()
{
    QList<Id> enterprises;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        enterprises << m_model->enterpriseId(index.row());
    const auto role = DutyService::Role(m_roleComboBox->currentData().toInt());
    const OptionalId department = role == DutyService::Role::DepartmentPerson
                                      ? OptionalId(m_newDepartmentComboBox->currentData().toLongLong())
                                      : std::nullopt;
    const Status done =
        DutyService::reassign(m_db, enterprises, role, m_newPersonComboBox->currentData().toLongLong(),
                              m_fromDateEdit->date(), department);
    if (!done) {
        Dialogs::critical(this, tr("Duty matrix"), done.error().message);
        return;
    }
    fillCoverage();
    onFilterChanged();
    emit dutiesChanged();
}

} // namespace liaison
