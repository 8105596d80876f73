#include "NewUserDialog.h"

#include "Database.h"
#include "DomainEnums.h"
#include "EntityTraits.h"
#include "account/AccountFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace liaison {

NewUserDialog::NewUserDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("New user"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newUserNameLineEdit"));
    m_name->setMaxLength(UserAccounts::maxNameLength);
    m_name->setPlaceholderText(tr("for example zhangmin"));
    form->addRow(tr("&User name:"), m_name);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("newUserRoleComboBox"));
    for (Role role : {Role::Liaison, Role::Supervisor, Role::Officer, Role::Admin})
        m_role->addItem(DomainText::label(role), QVariant::fromValue(int(role)));
    form->addRow(tr("&Role:"), m_role);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("newUserPersonComboBox"));
    form->addRow(tr("&Person:"), m_person);
    m_password = passwordField("newUserPasswordLineEdit", this);
    form->addRow(tr("First &password:"), m_password);
    m_repeat = passwordField("newUserRepeatLineEdit", this);
    form->addRow(tr("R&epeat it:"), m_repeat);
    layout->addLayout(form);
    auto* hint =
        new QLabel(tr("A liaison officer works on the enterprises of their person's area or department. "
                      "The user chooses their own password at the first sign-in."),
                   this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fillPeople();
}

void NewUserDialog::fillPeople()
{
    m_person->addItem(tr("(nobody)"), QVariant());
    auto people =
        Repository<Person>(m_db).list({QStringLiteral("active = ?"), {true}, QStringLiteral("name, id")});
    auto units = Repository<Unit>(m_db).list();
    auto areas = Repository<Area>(m_db).list();
    if (!people || !units || !areas)
        return;
    QHash<Id, QString> unitNames;
    QHash<Id, QString> areaNames;
    for (const Unit& unit : *units)
        unitNames.insert(unit.id, unit.name);
    for (const Area& area : *areas)
        areaNames.insert(area.id, area.name);
    for (const Person& person : *people) {
        const QString where = person.unitId   ? unitNames.value(*person.unitId)
                              : person.areaId ? areaNames.value(*person.areaId)
                                              : person.title;
        m_person->addItem(where.isEmpty() ? person.name : tr("%1 — %2").arg(person.name, where),
                          QVariant::fromValue(person.id));
    }
}

void NewUserDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showProblem(m_problem, tr("The two passwords differ."));
        m_repeat->setFocus();
        return;
    }
    UserAccounts::NewUser user;
    user.name = m_name->text().trimmed();
    user.role = Role(m_role->currentData().toInt());
    if (m_person->currentData().isValid())
        user.personId = m_person->currentData().toLongLong();
    user.password = m_password->text();
    user.mustChangePassword = true;
    if (auto created = UserAccounts::create(m_db, user); !created) {
        showProblem(m_problem, created.error().message);
        return;
    }
    m_created = user.name;
    QDialog::accept();
}

} // namespace liaison
