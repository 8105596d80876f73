#include "EnterpriseRegisterPage.h"

#include "Database.h"
#include "Dialogs.h"
#include "EnterpriseDetailPane.h"
#include "EntityTraits.h"
#include "ListTableView.h"
#include "Lookups.h"
#include "WorkCalendar.h"
#include "exchange/TableExport.h"
#include "models/EnterpriseTableModel.h"
#include "security/Permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {
namespace {

// A combo box whose first entry means "any"; the others carry a vocabulary code.
template <typename E>
QComboBox* vocabularyComboBox(const QString& objectName, const QString& any, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->addItem(any);
    for (const QString& code : DomainText::allCodes<E>())
        box->addItem(DomainText::label(*DomainText::fromCode<E>(code)), code);
    return box;
}

template <typename E>
std::optional<E> selected(const QComboBox* box)
{
    return DomainText::fromCode<E>(box->currentData().toString());
}

} // namespace

EnterpriseRegisterPage::EnterpriseRegisterPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Name, credit code or pinyin (e.g. cqlx)"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setMaxLength(100);
    m_searchLineEdit->setMinimumWidth(220);

    m_areaComboBox = new QComboBox(this);
    m_areaComboBox->setObjectName(QStringLiteral("areaComboBox"));
    m_industryComboBox = new QComboBox(this);
    m_industryComboBox->setObjectName(QStringLiteral("industryComboBox"));
    m_scaleComboBox =
        vocabularyComboBox<EnterpriseScale>(QStringLiteral("scaleComboBox"), tr("All scales"), this);
    m_statusComboBox = vocabularyComboBox<ProductionStatus>(QStringLiteral("statusComboBox"),
                                                            tr("Any production status"), this);
    m_tagComboBox = vocabularyComboBox<EnterpriseTag>(QStringLiteral("tagComboBox"), tr("Any tag"), this);
    m_whitelistComboBox = new QComboBox(this);
    m_whitelistComboBox->setObjectName(QStringLiteral("whitelistComboBox"));
    m_whitelistComboBox->addItem(tr("White-list: any"));
    m_whitelistComboBox->addItem(tr("On the white-list"), true);
    m_whitelistComboBox->addItem(tr("Not on the white-list"), false);
    m_notVisitedSpinBox = new QSpinBox(this);
    m_notVisitedSpinBox->setObjectName(QStringLiteral("notVisitedSpinBox"));
    m_notVisitedSpinBox->setRange(0, 365);
    m_notVisitedSpinBox->setSpecialValueText(tr("Visits: any"));
    m_notVisitedSpinBox->setPrefix(tr("Not visited in "));
    m_notVisitedSpinBox->setSuffix(tr(" days"));
    m_notVisitedSpinBox->setToolTip(
        tr("Show only enterprises nobody visited in this many days (0: no limit)."));

    m_idleSuppliersCheckBox = new QCheckBox(tr("Idle suppliers of chain leaders"), this);
    m_idleSuppliersCheckBox->setObjectName(QStringLiteral("idleSuppliersCheckBox"));
    m_idleSuppliersCheckBox->setToolTip(
        tr("Suppliers of a chain leader that are stopped or only partly producing: the enterprises to bring "
           "back first so that the whole chain produces again."));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    // Two rows, so that the filter bar fits a laptop screen whatever the language.
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLineEdit, 2);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_areaComboBox, m_industryComboBox,
                                                           m_scaleComboBox, m_statusComboBox})
        searchRow->addWidget(widget, 1);
    auto* moreRow = new QHBoxLayout;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_tagComboBox, m_whitelistComboBox,
                                                           m_notVisitedSpinBox, m_idleSuppliersCheckBox})
        moreRow->addWidget(widget);
    moreRow->addStretch(1);
    moreRow->addWidget(m_countLabel);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setVisible(Permissions::may(m_db.session(), Permission::Export));
    exportButton->setToolTip(
        tr("Save the enterprises shown (all that match the filters), or their contacts, duty assignments, "
           "visits or problems, as Excel or CSV"));
    auto* exportMenu = new QMenu(exportButton);
    for (const ImportKind kind : TableImport::kinds) {
        QAction* action = exportMenu->addAction(TableImport::kindLabel(kind) + QStringLiteral("…"));
        action->setObjectName(QStringLiteral("export_") + TableImport::kindName(kind));
        connect(action, &QAction::triggered, this, [this, kind] { exportShown(kind); });
    }
    exportButton->setMenu(exportMenu);
    moreRow->addWidget(exportButton);
    auto* filters = new QVBoxLayout;
    filters->addLayout(searchRow);
    filters->addLayout(moreRow);
    // Combo boxes do not grow to their longest entry.
    for (QComboBox* box : {m_areaComboBox, m_industryComboBox, m_scaleComboBox, m_statusComboBox,
                           m_tagComboBox, m_whitelistComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }

    m_model = new EnterpriseTableModel(m_db, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("enterpriseTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnterpriseTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    setUpListTable(m_table);

    m_detail = new EnterpriseDetailPane(m_db, WorkCalendar::official(), this);
    m_detail->setObjectName(QStringLiteral("enterpriseDetailPane"));
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("registerSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const Id id = m_model->enterpriseId(current.row());
                m_detail->showEnterprise(id > 0 ? OptionalId(id) : std::nullopt);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_detail->showEnterprise(std::nullopt); });
    connect(m_detail, &EnterpriseDetailPane::saved, this, [this](Id id) {
        onFilterChanged();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->enterpriseId(row) == id) {
                m_table->selectRow(row);
                break;
            }
        }
    });
    connect(m_detail, &EnterpriseDetailPane::logVisitRequested, this,
            &EnterpriseRegisterPage::logVisitRequested);
    connect(m_detail, &EnterpriseDetailPane::logProblemRequested, this, [this] {
        if (const OptionalId id = m_detail->enterpriseId())
            emit logProblemRequested(*id);
    });

    fillChoices();
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &EnterpriseRegisterPage::onFilterChanged);
    for (QComboBox* box : {m_areaComboBox, m_industryComboBox, m_scaleComboBox, m_statusComboBox,
                           m_tagComboBox, m_whitelistComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &EnterpriseRegisterPage::onFilterChanged);
    connect(m_notVisitedSpinBox, &QSpinBox::valueChanged, this, &EnterpriseRegisterPage::onFilterChanged);
    connect(m_idleSuppliersCheckBox, &QCheckBox::toggled, this, &EnterpriseRegisterPage::onFilterChanged);
    onFilterChanged();
}

void EnterpriseRegisterPage::fillChoices()
{
    {
        const QString current = m_industryComboBox->currentData().toString();
        const QSignalBlocker blocker(m_industryComboBox);
        m_industryComboBox->clear();
        m_industryComboBox->addItem(tr("All industries"));
        for (const QString& industry : Lookups::industries(m_db).value_or(QStringList{}))
            m_industryComboBox->addItem(industry, industry);
        const int index = current.isEmpty() ? 0 : m_industryComboBox->findData(current);
        m_industryComboBox->setCurrentIndex(std::max(index, 0));
    }
    const QVariant current = m_areaComboBox->currentData();
    const QSignalBlocker blocker(m_areaComboBox);
    m_areaComboBox->clear();
    m_areaComboBox->addItem(tr("All towns, streets and parks"));
    auto areas = Repository<Area>(m_db).list({{}, {}, QStringLiteral("kind, name")});
    if (!areas) {
        emit loadFailed(areas.error().message);
        return;
    }
    for (const Area& area : *areas)
        m_areaComboBox->addItem(area.name, area.id);
    const int index = m_areaComboBox->findData(current);
    m_areaComboBox->setCurrentIndex(index < 0 ? 0 : index);
}

void EnterpriseRegisterPage::reload()
{
    fillChoices();
    onFilterChanged();
}

void EnterpriseRegisterPage::showNotVisited(int days, const QDate& asOf)
{
    m_notVisitedAsOf = asOf == QDate::currentDate() ? QDate() : asOf;
    m_notVisitedSpinBox->setToolTip(
        m_notVisitedAsOf.isValid()
            ? tr("Counted up to %1, the day chosen on the visits page.").arg(asOf.toString(Qt::ISODate))
            : tr("Show only enterprises nobody visited in this many days (0: no limit)."));
    if (m_notVisitedSpinBox->value() == days)
        onFilterChanged();
    else
        m_notVisitedSpinBox->setValue(days); // refilters
}

void EnterpriseRegisterPage::onFilterChanged()
{
    EnterpriseFilter filter;
    filter.search = m_searchLineEdit->text();
    if (m_areaComboBox->currentData().isValid())
        filter.areaId = m_areaComboBox->currentData().toLongLong();
    filter.industry = m_industryComboBox->currentData().toString();
    filter.scale = selected<EnterpriseScale>(m_scaleComboBox);
    filter.status = selected<ProductionStatus>(m_statusComboBox);
    filter.tag = selected<EnterpriseTag>(m_tagComboBox);
    if (m_whitelistComboBox->currentData().isValid())
        filter.whitelisted = m_whitelistComboBox->currentData().toBool();
    if (m_notVisitedSpinBox->value() > 0)
        filter.notVisitedDays = m_notVisitedSpinBox->value();
    if (m_notVisitedSpinBox->value() == 0 && m_notVisitedAsOf.isValid())
        showNotVisited(0, QDate::currentDate()); // back to counting up to today from now on
    if (m_notVisitedAsOf.isValid())
        filter.asOf = m_notVisitedAsOf;
    filter.idleChainSuppliers = m_idleSuppliersCheckBox->isChecked();
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        emit loadFailed(m_model->lastError());
    m_countLabel->setText(tr("%n enterprise(s)", nullptr, int(m_model->totalCount())));
    emit countChanged(m_model->totalCount());
}

void EnterpriseRegisterPage::exportShown(ImportKind kind)
{
    const QString title = tr("Export %1").arg(TableImport::kindLabel(kind));
    QString path = Dialogs::saveFileName(
        this, title, tr("Excel workbooks (*.xlsx);;CSV in UTF-8, for Excel and WPS (*.csv)"));
    if (path.isEmpty())
        return;
    if (!TableExport::canWrite(path))
        path += QStringLiteral(".xlsx");
    const auto written = TableExport::write(m_db, kind, path, m_model->filter());
    if (!written) {
        Dialogs::critical(this, title, written.error().message);
        return;
    }
    Dialogs::information(this, title, tr("%n record(s) saved to %1.", nullptr, int(*written)).arg(path));
}

} // namespace liaison
