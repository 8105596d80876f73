#include "EnterpriseDetailPane.h"

#include "CreditCode.h"
#include "Database.h"
#include "Dialogs.h"
#include "EntityTraits.h"
#include "Lookups.h"
#include "Supervision.h"
#include "security/Permissions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace liaison {
namespace {

template <typename E>
QComboBox* vocabularyComboBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    for (const QString& code : DomainText::allCodes<E>())
        box->addItem(DomainText::label(*DomainText::fromCode<E>(code)), code);
    return box;
}

QListWidget* listWidget(const QString& objectName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

} // namespace

EnterpriseDetailPane::EnterpriseDetailPane(Database& db, WorkCalendar calendar, QWidget* parent)
    : QWidget(parent), m_db(db), m_calendar(std::move(calendar))
{
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("detailNameLineEdit"));
    m_nameLineEdit->setMaxLength(100);
    m_creditCodeLineEdit = new QLineEdit(this);
    m_creditCodeLineEdit->setObjectName(QStringLiteral("detailCreditCodeLineEdit"));
    m_creditCodeLineEdit->setMaxLength(18);
    m_industryLineEdit = new QLineEdit(this);
    m_industryLineEdit->setObjectName(QStringLiteral("detailIndustryLineEdit"));
    m_industryLineEdit->setMaxLength(50);
    m_addressLineEdit = new QLineEdit(this);
    m_addressLineEdit->setObjectName(QStringLiteral("detailAddressLineEdit"));
    m_addressLineEdit->setMaxLength(200);
    m_areaComboBox = new QComboBox(this);
    m_areaComboBox->setObjectName(QStringLiteral("detailAreaComboBox"));
    for (const Area& area :
         Repository<Area>(m_db).list({{}, {}, QStringLiteral("kind, name")}).value_or(QList<Area>{}))
        m_areaComboBox->addItem(area.name, area.id);
    m_scaleComboBox = vocabularyComboBox<EnterpriseScale>(QStringLiteral("detailScaleComboBox"), this);
    m_statusComboBox = vocabularyComboBox<ProductionStatus>(QStringLiteral("detailStatusComboBox"), this);
    m_checkLabel = new QLabel(this);
    m_checkLabel->setObjectName(QStringLiteral("detailCheckLabel"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_saveButton = new QPushButton(tr("Save changes"), this);
    m_saveButton->setObjectName(QStringLiteral("detailSaveButton"));
    m_logVisitButton = new QPushButton(tr("Log a visit…"), this);
    m_logVisitButton->setObjectName(QStringLiteral("detailLogVisitButton"));
    m_logProblemButton = new QPushButton(tr("Log a problem…"), this);
    m_logProblemButton->setObjectName(QStringLiteral("detailLogProblemButton"));
    // A liaison officer sees them too; the core refuses an enterprise outside their area or unit.
    m_saveButton->setVisible(Permissions::may(m_db.session(), Permission::WorkEnterprise));
    m_logVisitButton->setVisible(Permissions::may(m_db.session(), Permission::WorkEnterprise));
    m_logProblemButton->setVisible(Permissions::may(m_db.session(), Permission::WorkIssue));
    // What the role may change is editable, the rest read-only with the reason beside it: an
    // enterprise's identity in the register is the administrator's (EntityTraits<Enterprise>).
    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("detailIdentityLabel"));
    m_identityLabel->setWordWrap(true);
    m_identityLabel->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_identityLabel->hide();
    const bool mayWork = Permissions::may(m_db.session(), Permission::WorkEnterprise);
    if (!Permissions::may(m_db.session(), Permission::EditRegister)) {
        const QString reason = tr("Only an administrator may change an enterprise's name, credit code, "
                                  "town/street/park or scale.");
        m_nameLineEdit->setReadOnly(true);
        m_creditCodeLineEdit->setReadOnly(true);
        m_areaComboBox->setEnabled(false);
        m_scaleComboBox->setEnabled(false);
        for (QWidget* field : std::initializer_list<QWidget*>{m_nameLineEdit, m_creditCodeLineEdit,
                                                              m_areaComboBox, m_scaleComboBox})
            field->setToolTip(reason);
        m_identityLabel->setText(reason);
        m_identityLabel->setVisible(mayWork);
    }
    if (!mayWork) {
        m_industryLineEdit->setReadOnly(true);
        m_addressLineEdit->setReadOnly(true);
        m_statusComboBox->setEnabled(false);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_nameLineEdit);
    form->addRow(tr("Credit code"), m_creditCodeLineEdit);
    form->addRow(tr("Industry"), m_industryLineEdit);
    form->addRow(tr("Town/street/park"), m_areaComboBox);
    form->addRow(tr("Scale"), m_scaleComboBox);
    form->addRow(tr("Production"), m_statusComboBox);
    form->addRow(tr("Address"), m_addressLineEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_logVisitButton);
    buttons->addWidget(m_logProblemButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_problemsListWidget = listWidget(QStringLiteral("detailProblemsListWidget"), tabs);
    m_visitsListWidget = listWidget(QStringLiteral("detailVisitsListWidget"), tabs);
    m_dutyListWidget = listWidget(QStringLiteral("detailDutyListWidget"), tabs);
    m_contactsListWidget = listWidget(QStringLiteral("detailContactsListWidget"), tabs);
    m_chainListWidget = listWidget(QStringLiteral("detailChainListWidget"), tabs);
    tabs->addTab(m_problemsListWidget, tr("Problems"));
    tabs->addTab(m_visitsListWidget, tr("Visits", "navigation"));
    tabs->addTab(m_dutyListWidget, tr("Duty"));
    tabs->addTab(m_contactsListWidget, tr("Contacts"));
    tabs->addTab(m_chainListWidget, tr("Supply chain"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_identityLabel);
    layout->addWidget(m_checkLabel);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);

    for (QLineEdit* edit : {m_nameLineEdit, m_creditCodeLineEdit, m_industryLineEdit, m_addressLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &EnterpriseDetailPane::onEdited);
    for (QComboBox* box : {m_areaComboBox, m_scaleComboBox, m_statusComboBox})
        connect(box, &QComboBox::activated, this, &EnterpriseDetailPane::onEdited);
    connect(m_saveButton, &QPushButton::clicked, this, &EnterpriseDetailPane::onSave);
    connect(m_logVisitButton, &QPushButton::clicked, this, &EnterpriseDetailPane::logVisitRequested);
    connect(m_logProblemButton, &QPushButton::clicked, this, &EnterpriseDetailPane::logProblemRequested);
    showEnterprise(std::nullopt);
}

void EnterpriseDetailPane::showEnterprise(OptionalId id)
{
    m_enterprise.reset();
    if (id) {
        auto loaded = Repository<Enterprise>(m_db).get(*id);
        if (loaded)
            m_enterprise = *loaded;
    }
    setEnabled(m_enterprise.has_value());
    const Enterprise e = m_enterprise.value_or(Enterprise{});
    m_nameLineEdit->setText(e.name);
    m_creditCodeLineEdit->setText(e.creditCode);
    m_industryLineEdit->setText(e.industry);
    m_addressLineEdit->setText(e.address);
    for (QLineEdit* edit : {m_nameLineEdit, m_creditCodeLineEdit, m_industryLineEdit, m_addressLineEdit})
        edit->setCursorPosition(0); // long values show their beginning
    m_areaComboBox->setCurrentIndex(m_areaComboBox->findData(e.areaId));
    m_scaleComboBox->setCurrentIndex(m_scaleComboBox->findData(DomainText::code(e.scale)));
    m_statusComboBox->setCurrentIndex(m_statusComboBox->findData(DomainText::code(e.productionStatus)));
    m_checkLabel->clear();
    m_saveButton->setEnabled(false);
    fillLists();
}

void EnterpriseDetailPane::onEdited()
{
    // The rules checked as the person types; the same rules are checked again when saving.
    QString problem;
    if (m_nameLineEdit->text().trimmed().isEmpty())
        problem = tr("The enterprise name is required.");
    else if (const Status code = CreditCode::validate(m_creditCodeLineEdit->text().trimmed()); !code)
        problem = code.error().message;
    else if (m_industryLineEdit->text().trimmed().isEmpty())
        problem = tr("The industry is required.");
    m_checkLabel->setText(problem);
    m_saveButton->setEnabled(m_enterprise && problem.isEmpty());
}

void EnterpriseDetailPane::onSave()
{
    if (!m_enterprise)
        return;
    Enterprise changed = *m_enterprise;
    changed.name = m_nameLineEdit->text();
    changed.creditCode = m_creditCodeLineEdit->text().trimmed().toUpper();
    changed.industry = m_industryLineEdit->text();
    changed.address = m_addressLineEdit->text();
    changed.areaId = m_areaComboBox->currentData().toLongLong();
    changed.scale = DomainText::fromCode<EnterpriseScale>(m_scaleComboBox->currentData().toString())
                        .value_or(changed.scale);
    changed.productionStatus =
        DomainText::fromCode<ProductionStatus>(m_statusComboBox->currentData().toString())
            .value_or(changed.productionStatus);
    const Status saved = Repository<Enterprise>(m_db).update(changed);
    if (!saved) {
        if (saved.error().kind == Error::Kind::Conflict) {
            Dialogs::critical(this, tr("Changed by someone else"), saved.error().message);
            showEnterprise(m_enterprise->id); // show what is stored now; nothing was overwritten
        } else {
            m_checkLabel->setText(saved.error().message); // keep what was typed, to be corrected
        }
        return;
    }
    const Id id = m_enterprise->id;
    showEnterprise(id);
    emit this->saved(id);
}

void EnterpriseDetailPane::fillLists()
{
    for (QListWidget* list : {m_contactsListWidget, m_dutyListWidget, m_visitsListWidget,
                              m_problemsListWidget, m_chainListWidget})
        list->clear();
    if (!m_enterprise)
        return;
    const Id id = m_enterprise->id;
    const auto name = [&](Lookups::Named table, const OptionalId& key) {
        return Lookups::nameOf(m_db, table, key);
    };

    for (const Contact& c : Repository<Contact>(m_db)
                                .list({QStringLiteral("enterprise_id = ?"), {id}})
                                .value_or(QList<Contact>{}))
        m_contactsListWidget->addItem(tr("%1 · %2 · %3").arg(c.name, c.position, c.phone));

    const auto duties = Repository<DutyAssignment>(m_db).list(
        {QStringLiteral("enterprise_id = ?"), {id}, QStringLiteral("valid_from DESC, id DESC")});
    for (const DutyAssignment& d : duties.value_or(QList<DutyAssignment>{})) {
        const QString period =
            d.validTo.isValid()
                ? tr("%1 to %2").arg(d.validFrom.toString(Qt::ISODate), d.validTo.toString(Qt::ISODate))
                : tr("since %1").arg(d.validFrom.toString(Qt::ISODate));
        m_dutyListWidget->addItem(tr("%1: leader %2; %3 %4; %5 %6")
                                      .arg(period, name(Lookups::Named::Person, d.leaderId),
                                           name(Lookups::Named::Unit, d.departmentId),
                                           name(Lookups::Named::Person, d.departmentPersonId),
                                           name(Lookups::Named::Area, d.areaId),
                                           name(Lookups::Named::Person, d.areaPersonId)));
    }

    const auto visits = Repository<Visit>(m_db).list(
        {QStringLiteral("enterprise_id = ?"), {id}, QStringLiteral("visited_on DESC, id DESC"), 20});
    for (const Visit& v : visits.value_or(QList<Visit>{})) {
        m_visitsListWidget->addItem(tr("%1 %2 · %3 · %4")
                                        .arg(v.visitedOn.toString(Qt::ISODate), DomainText::label(v.mode),
                                             DomainText::label(v.productionStatusSeen), v.notes));
    }

    const auto issues = Repository<Issue>(m_db).list(
        {QStringLiteral("enterprise_id = ?"), {id}, QStringLiteral("reported_on DESC, id DESC"), 50});
    for (const Issue& issue : issues.value_or(QList<Issue>{})) {
        const SupervisionState state = Supervision::assess(issue, QDate::currentDate(), m_calendar);
        m_problemsListWidget->addItem(tr("No. %1 %2 · %3 · %4")
                                          .arg(issue.id)
                                          .arg(issue.title, DomainText::label(issue.status),
                                               state.colour == SupervisionColour::None
                                                   ? issue.resolvedOn.toString(Qt::ISODate)
                                                   : DomainText::label(state.colour)));
    }

    const auto partners = Lookups::supplyPartners(m_db, id);
    for (const Lookups::SupplyPartner& partner : partners.value_or(QList<Lookups::SupplyPartner>{})) {
        const QString text = partner.upstream ? tr("Supplier: %1 · %2 · %3") : tr("Customer: %1 · %2 · %3");
        auto* item = new QListWidgetItem(
            text.arg(partner.name, partner.product, DomainText::label(partner.status)), m_chainListWidget);
        // What holds the chain back stands out: a partner that is not in normal production.
        if (partner.status == ProductionStatus::Stopped || partner.status == ProductionStatus::Partial) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    if (partners && partners->isEmpty())
        m_chainListWidget->addItem(tr("No suppliers or customers recorded."));
}

} // namespace liaison
