#include "VisitsPage.h"

#include "Dialogs.h"
#include "EntityTraits.h"
#include "FilterWidgets.h"
#include "ListTableView.h"
#include "Lookups.h"
#include "models/VisitListModel.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {
VisitsPage::VisitsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_enterpriseLineEdit = new QLineEdit(this);
    m_enterpriseLineEdit->setObjectName(QStringLiteral("visitEnterpriseLineEdit"));
    m_enterpriseLineEdit->setPlaceholderText(tr("Enterprise name or pinyin"));
    m_enterpriseLineEdit->setClearButtonEnabled(true);
    m_enterpriseLineEdit->setMaxLength(100);
    m_areaComboBox = new QComboBox(this);
    m_areaComboBox->setObjectName(QStringLiteral("visitAreaComboBox"));
    m_visitorLineEdit = new QLineEdit(this);
    m_visitorLineEdit->setObjectName(QStringLiteral("visitorLineEdit"));
    m_visitorLineEdit->setPlaceholderText(tr("Who went"));
    m_visitorLineEdit->setClearButtonEnabled(true);
    m_visitorLineEdit->setMaxLength(50);
    m_fromDateEdit = optionalDateEdit(QStringLiteral("visitFromDateEdit"), tr("From: any"), this);
    m_toDateEdit = optionalDateEdit(QStringLiteral("visitToDateEdit"), tr("To: any"), this);
    m_modeComboBox = new QComboBox(this);
    m_modeComboBox->setObjectName(QStringLiteral("visitModeComboBox"));
    m_modeComboBox->addItem(tr("Any mode"));
    for (const QString& code : DomainText::allCodes<VisitMode>())
        m_modeComboBox->addItem(DomainText::label(*DomainText::fromCode<VisitMode>(code)), code);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("visitCountLabel"));
    auto* log = new QPushButton(tr("Log a visit…"), this);
    log->setObjectName(QStringLiteral("logVisitButton"));
    log->setVisible(Permissions::may(m_db.session(), Permission::WorkEnterprise));
    connect(log, &QPushButton::clicked, this, &VisitsPage::logVisitRequested);

    m_coverageDaysSpinBox = new QSpinBox(this);
    m_coverageDaysSpinBox->setObjectName(QStringLiteral("coverageDaysSpinBox"));
    m_coverageDaysSpinBox->setRange(1, 365);
    m_coverageDaysSpinBox->setValue(7);
    m_coverageDaysSpinBox->setPrefix(tr("Coverage over the last "));
    m_coverageDaysSpinBox->setSuffix(tr(" days", "visit coverage window"));
    m_coverageLabel = new QLabel(this);
    m_coverageLabel->setObjectName(QStringLiteral("coverageLabel"));
    m_coverageLabel->setToolTip(tr("Counted up to the “to” date when one is set, otherwise up to today."));
    auto* notVisited = new QPushButton(tr("Show the enterprises not visited"), this);
    notVisited->setObjectName(QStringLiteral("showNotVisitedButton"));
    connect(notVisited, &QPushButton::clicked, this,
            [this] { emit notVisitedRequested(m_coverageDaysSpinBox->value(), coverageDay()); });
    auto* coverage = new QHBoxLayout;
    coverage->addWidget(m_coverageDaysSpinBox);
    coverage->addWidget(m_coverageLabel);
    coverage->addWidget(notVisited);
    coverage->addStretch(1);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_enterpriseLineEdit, 2);
    filters->addWidget(m_areaComboBox);
    filters->addWidget(m_visitorLineEdit, 1);
    filters->addWidget(m_fromDateEdit);
    filters->addWidget(m_toDateEdit);
    filters->addWidget(m_modeComboBox);
    filters->addStretch(1);
    filters->addWidget(m_countLabel);
    filters->addWidget(log);
    m_areaComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_areaComboBox->setMinimumContentsLength(8);

    m_model = new VisitListModel(m_db, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("visitTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VisitListModel::DateColumn, Qt::DescendingOrder);
    setUpListTable(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addLayout(coverage);
    layout->addWidget(m_table, 1);

    fillAreas();
    connect(m_enterpriseLineEdit, &QLineEdit::textChanged, this, &VisitsPage::onFilterChanged);
    connect(m_visitorLineEdit, &QLineEdit::textChanged, this, &VisitsPage::onFilterChanged);
    connect(m_areaComboBox, &QComboBox::currentIndexChanged, this, &VisitsPage::onFilterChanged);
    connect(m_modeComboBox, &QComboBox::currentIndexChanged, this, &VisitsPage::onFilterChanged);
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, &VisitsPage::onFilterChanged);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, &VisitsPage::onFilterChanged);
    connect(m_coverageDaysSpinBox, &QSpinBox::valueChanged, this, &VisitsPage::updateCoverage);
    onFilterChanged();
    m_table->resizeColumnsToContents();
}

void VisitsPage::fillAreas()
{
    const QSignalBlocker blocker(m_areaComboBox);
    m_areaComboBox->clear();
    m_areaComboBox->addItem(tr("All towns, streets and parks"));
    for (const Area& area :
         Repository<Area>(m_db).list({{}, {}, QStringLiteral("kind, name")}).value_or(QList<Area>{}))
        m_areaComboBox->addItem(area.name, area.id);
}

void VisitsPage::reload()
{
    fillAreas();
    onFilterChanged();
}

void VisitsPage::onFilterChanged()
{
    VisitFilter filter;
    filter.enterprise = m_enterpriseLineEdit->text();
    filter.visitor = m_visitorLineEdit->text();
    if (m_areaComboBox->currentData().isValid())
        filter.areaId = m_areaComboBox->currentData().toLongLong();
    filter.from = optionalDate(m_fromDateEdit);
    filter.to = optionalDate(m_toDateEdit);
    filter.mode = DomainText::fromCode<VisitMode>(m_modeComboBox->currentData().toString());
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        Dialogs::critical(this, tr("Visits"), m_model->lastError());
    m_countLabel->setText(tr("%n visit(s)", nullptr, int(m_model->totalCount())));
    updateCoverage();
}

QDate VisitsPage::coverageDay() const
{
    const QDate to = optionalDate(m_toDateEdit);
    return to.isValid() ? to : QDate::currentDate();
}

void VisitsPage::updateCoverage()
{
    const QDate day = coverageDay();
    const auto coverage = Lookups::visitCoverage(m_db, day, m_coverageDaysSpinBox->value());
    if (!coverage) {
        m_coverageLabel->setText(coverage.error().message);
        return;
    }
    const double percent =
        coverage->enterprises > 0 ? 100.0 * double(coverage->visited) / double(coverage->enterprises) : 0.0;
    m_coverageLabel->setText(tr("to %1: %2 of %3 enterprises visited (%4 %), %5 not visited")
                                 .arg(day.toString(Qt::ISODate))
                                 .arg(coverage->visited)
                                 .arg(coverage->enterprises)
                                 .arg(QLocale().toString(percent, 'f', 1))
                                 .arg(coverage->enterprises - coverage->visited));
}

} // namespace liaison
