#include "PermitsPage.h"

#include "Database.h"
#include "Dialogs.h"
#include "FilterWidgets.h"
#include "ListTableView.h"
#include "PermitDialog.h"
#include "models/PermitListModel.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {

PermitsPage::PermitsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("permitSearchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Enterprise, plate or driver"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setMaxLength(100);
    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName(QStringLiteral("permitKindComboBox"));
    m_kindComboBox->addItem(tr("Passes and white-list"));
    for (const QString& code : DomainText::allCodes<PermitKind>())
        m_kindComboBox->addItem(DomainText::label(*DomainText::fromCode<PermitKind>(code)), code);
    m_stateComboBox = new QComboBox(this);
    m_stateComboBox->setObjectName(QStringLiteral("permitStateComboBox"));
    m_stateComboBox->addItem(tr("Any state"));
    for (const PermitState state : {PermitState::Pending, PermitState::Valid, PermitState::Expired})
        m_stateComboBox->addItem(PermitListModel::stateLabel(state), int(state));
    m_fromDateEdit = optionalDateEdit(QStringLiteral("permitFromDateEdit"), tr("Applied from: any"), this);
    m_toDateEdit = optionalDateEdit(QStringLiteral("permitToDateEdit"), tr("Applied to: any"), this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("permitCountLabel"));
    auto* add = new QPushButton(tr("New request…"), this);
    add->setObjectName(QStringLiteral("addPermitButton"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editPermitButton"));
    m_editButton->setEnabled(false);
    add->setVisible(Permissions::may(m_db.session(), Permission::WorkEnterprise));
    m_editButton->setVisible(Permissions::may(m_db.session(), Permission::WorkEnterprise));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchLineEdit, 2);
    filters->addWidget(m_kindComboBox);
    filters->addWidget(m_stateComboBox);
    filters->addWidget(m_fromDateEdit);
    filters->addWidget(m_toDateEdit);
    filters->addStretch(1);
    filters->addWidget(m_countLabel);
    filters->addWidget(add);
    filters->addWidget(m_editButton);

    m_model = new PermitListModel(m_db, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("permitTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PermitListModel::AppliedColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    setUpListTable(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &PermitsPage::onFilterChanged);
    for (QComboBox* box : {m_kindComboBox, m_stateComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &PermitsPage::onFilterChanged);
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &PermitsPage::onFilterChanged);
    connect(add, &QPushButton::clicked, this, &PermitsPage::onAdd);
    connect(m_editButton, &QPushButton::clicked, this, &PermitsPage::onEdit);
    connect(m_table, &QTableView::activated, this, &PermitsPage::onEdit);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_editButton->setEnabled(current.isValid()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_editButton->setEnabled(false); });
    onFilterChanged();
    m_table->resizeColumnsToContents();
}

void PermitsPage::reload()
{
    onFilterChanged();
}

void PermitsPage::onFilterChanged()
{
    PermitFilter filter;
    filter.search = m_searchLineEdit->text();
    filter.kind = DomainText::fromCode<PermitKind>(m_kindComboBox->currentData().toString());
    if (m_stateComboBox->currentData().isValid())
        filter.state = PermitState(m_stateComboBox->currentData().toInt());
    filter.appliedFrom = optionalDate(m_fromDateEdit);
    filter.appliedTo = optionalDate(m_toDateEdit);
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        Dialogs::critical(this, tr("Passes and white-list"), m_model->lastError());
    m_countLabel->setText(tr("%n request(s)", nullptr, int(m_model->totalCount())));
}

void PermitsPage::onAdd()
{
    PermitDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    onFilterChanged();
    emit permitsChanged();
}

void PermitsPage::onEdit()
{
    const std::optional<PermitRequest> permit = m_model->permit(m_table->currentIndex().row());
    if (!permit)
        return;
    PermitDialog dialog(m_db, this);
    dialog.setPermit(*permit);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_table->currentIndex().row();
    onFilterChanged();
    m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    emit permitsChanged();
}

} // namespace liaison
