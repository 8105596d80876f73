#include "PermitDialog.h"
#include "ui_PermitDialog.h"

#include "Database.h"
#include "Dialogs.h"
#include "EnterpriseCompleter.h"
#include "EntityTraits.h"
#include "VehiclePlate.h"

#include <QPushButton>
#include <QShortcut>

namespace liaison {
namespace {

constexpr auto invalidStyle = "border: 1px solid #b00020;";

} // namespace

PermitDialog::PermitDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::PermitDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("permitDialog"));
    for (const QString& code : DomainText::allCodes<PermitKind>())
        m_ui->kindComboBox->addItem(DomainText::label(*DomainText::fromCode<PermitKind>(code)), code);
    m_completer = new EnterpriseCompleter(
        Lookups::enterpriseKeys(m_db).value_or(QList<Lookups::EnterpriseKey>{}), this);
    m_ui->enterpriseLineEdit->setCompleter(m_completer);
    const QDate today = QDate::currentDate();
    m_ui->appliedDateEdit->setDate(today);
    m_ui->grantedDateEdit->setDate(today);
    m_ui->validUntilDateEdit->setDate(today.addDays(14));
    m_ui->grantedDateEdit->setEnabled(false);
    m_ui->validUntilDateEdit->setEnabled(false);
    m_ui->errorLabel->hide();
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setToolTip(tr("Save the request (Ctrl+Return)"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PermitDialog::onSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PermitDialog::reject);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &PermitDialog::onKindChanged);
    connect(m_ui->grantedCheckBox, &QCheckBox::toggled, m_ui->grantedDateEdit, &QWidget::setEnabled);
    connect(m_ui->validUntilCheckBox, &QCheckBox::toggled, m_ui->validUntilDateEdit, &QWidget::setEnabled);
    for (QLineEdit* edit : {m_ui->enterpriseLineEdit, m_ui->plateLineEdit, m_ui->driverLineEdit,
                            m_ui->phoneLineEdit, m_ui->routeLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &PermitDialog::onEdited);
    for (QDateEdit* edit : {m_ui->appliedDateEdit, m_ui->grantedDateEdit, m_ui->validUntilDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &PermitDialog::onEdited);
    for (QCheckBox* box : {m_ui->grantedCheckBox, m_ui->validUntilCheckBox})
        connect(box, &QCheckBox::toggled, this, &PermitDialog::onEdited);
    connect(m_ui->quantitySpinBox, &QSpinBox::valueChanged, this, &PermitDialog::onEdited);
    for (const QKeySequence& sequence :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(sequence, this);
        connect(shortcut, &QShortcut::activated, this, &PermitDialog::onSave);
    }
    onKindChanged();
    m_edited = false;
    m_ui->enterpriseLineEdit->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

PermitDialog::~PermitDialog() = default;

void PermitDialog::setPermit(const PermitRequest& permit)
{
    m_permit = permit;
    setWindowTitle(tr("Edit request No. %1").arg(permit.id));
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(DomainText::code(permit.kind)));
    m_ui->enterpriseLineEdit->setText(Lookups::nameOf(m_db, Lookups::Named::Enterprise, permit.enterpriseId));
    m_ui->plateLineEdit->setText(permit.vehiclePlate);
    m_ui->driverLineEdit->setText(permit.driverName);
    m_ui->phoneLineEdit->setText(permit.driverPhone);
    m_ui->routeLineEdit->setText(permit.route);
    m_ui->quantitySpinBox->setValue(permit.quantity);
    m_ui->appliedDateEdit->setDate(permit.appliedOn);
    m_ui->grantedCheckBox->setChecked(permit.grantedOn.isValid());
    if (permit.grantedOn.isValid())
        m_ui->grantedDateEdit->setDate(permit.grantedOn);
    m_ui->validUntilCheckBox->setChecked(permit.validUntil.isValid());
    if (permit.validUntil.isValid())
        m_ui->validUntilDateEdit->setDate(permit.validUntil);
    m_edited = false;
}

void PermitDialog::setEnterprise(const QString& name)
{
    m_ui->enterpriseLineEdit->setText(name);
}

QString PermitDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void PermitDialog::onKindChanged()
{
    // One vehicle, one pass: a pass is always for exactly one vehicle.
    const bool pass = m_ui->kindComboBox->currentData().toString() == DomainText::code(PermitKind::Pass);
    if (pass)
        m_ui->quantitySpinBox->setValue(1);
    m_ui->quantitySpinBox->setEnabled(!pass);
    m_ui->plateLineEdit->setPlaceholderText(pass ? tr("Required, e.g. 渝A12345")
                                                 : tr("Optional, e.g. 渝A12345"));
    onEdited();
}

void PermitDialog::onEdited()
{
    m_edited = true;
    QString problem;
    QWidget* field = nullptr;
    typedPermit(problem, field);
    // While typing, an empty required field is not yet a mistake; the other problems show at once.
    const bool unfinished = field == m_ui->enterpriseLineEdit && m_ui->enterpriseLineEdit->text().isEmpty();
    showProblem(unfinished ? QString() : problem, unfinished ? nullptr : field);
}

std::optional<PermitRequest> PermitDialog::typedPermit(QString& problem, QWidget*& field) const
{
    PermitRequest permit = m_permit;
    permit.kind = DomainText::fromCode<PermitKind>(m_ui->kindComboBox->currentData().toString())
                      .value_or(PermitKind::Pass);
    const OptionalId enterprise = m_completer->enterpriseFor(m_ui->enterpriseLineEdit->text());
    if (!enterprise) {
        problem = m_ui->enterpriseLineEdit->text().trimmed().isEmpty()
                      ? tr("Choose the enterprise that applies.")
                      : tr("“%1” is not an enterprise of the register; choose one from the list.")
                            .arg(m_ui->enterpriseLineEdit->text().left(60));
        field = m_ui->enterpriseLineEdit;
        return std::nullopt;
    }
    permit.enterpriseId = *enterprise;
    permit.vehiclePlate = VehiclePlate::normalized(m_ui->plateLineEdit->text());
    permit.driverName = m_ui->driverLineEdit->text().trimmed();
    permit.driverPhone = m_ui->phoneLineEdit->text().trimmed();
    permit.route = m_ui->routeLineEdit->text().trimmed();
    permit.quantity = m_ui->quantitySpinBox->value();
    permit.appliedOn = m_ui->appliedDateEdit->date();
    permit.grantedOn = m_ui->grantedCheckBox->isChecked() ? m_ui->grantedDateEdit->date() : QDate();
    permit.validUntil = m_ui->validUntilCheckBox->isChecked() ? m_ui->validUntilDateEdit->date() : QDate();
    // The same rules the repository applies when saving, so what is accepted here is what is stored.
    if (const Status valid = EntityTraits<PermitRequest>::validate(permit, m_db); !valid) {
        problem = valid.error().message;
        field = widgetForField(valid.error().field);
        return std::nullopt;
    }
    return permit;
}

QWidget* PermitDialog::widgetForField(const QString& field) const
{
    const QHash<QString, QWidget*> widgets = {{QStringLiteral("enterprise_id"), m_ui->enterpriseLineEdit},
                                              {QStringLiteral("vehicle_plate"), m_ui->plateLineEdit},
                                              {QStringLiteral("driver_name"), m_ui->driverLineEdit},
                                              {QStringLiteral("driver_phone"), m_ui->phoneLineEdit},
                                              {QStringLiteral("route"), m_ui->routeLineEdit},
                                              {QStringLiteral("quantity"), m_ui->quantitySpinBox},
                                              {QStringLiteral("applied_on"), m_ui->appliedDateEdit},
                                              {QStringLiteral("granted_on"), m_ui->grantedDateEdit},
                                              {QStringLiteral("valid_until"), m_ui->validUntilDateEdit}};
    return widgets.value(field);
}

void PermitDialog::showProblem(const QString& problem, QWidget* field)
{
    if (m_markedField) {
        m_markedField->setStyleSheet({});
        m_markedField->setToolTip({});
    }
    m_markedField = field;
    if (field) {
        field->setStyleSheet(QLatin1StringView(invalidStyle));
        field->setToolTip(problem);
    }
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
}

void PermitDialog::onSave()
{
    QString problem;
    QWidget* field = nullptr;
    const std::optional<PermitRequest> permit = typedPermit(problem, field);
    if (!permit) {
        showProblem(problem, field);
        if (field)
            field->setFocus();
        return;
    }
    Repository<PermitRequest> permits(m_db);
    if (permit->id > 0) {
        if (const Status updated = permits.update(*permit); !updated) {
            showProblem(updated.error().message, widgetForField(updated.error().field));
            return; // nothing written; what was typed stays to be corrected
        }
        m_savedId = permit->id;
    } else {
        auto created = permits.create(*permit);
        if (!created) {
            showProblem(created.error().message, widgetForField(created.error().field));
            return;
        }
        m_savedId = *created;
    }
    QDialog::accept();
}

void PermitDialog::reject()
{
    if (m_edited && Dialogs::question(this, windowTitle(), tr("Discard what you typed for this request?"),
                                      QMessageBox::Discard | QMessageBox::Cancel,
                                      QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    QDialog::reject();
}

} // namespace liaison
