#include "PasswordDialog.h"

#include "Database.h"
#include "account/AccountFields.h"
#include "security/PasswordHash.h"
#include "security/UserAccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace liaison {

PasswordDialog::PasswordDialog(Database& db, bool forced, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Change password"));
    auto* layout = new QVBoxLayout(this);
    if (forced) {
        auto* why = new QLabel(tr("The password of %1 was set by someone else. Choose your own before you go "
                                  "on.")
                                   .arg(db.session().userName),
                               this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto* form = new QFormLayout;
    const auto field = [&](const char* name, const QString& label) {
        QLineEdit* edit = passwordField(name, this);
        form->addRow(label, edit);
        return edit;
    };
    m_current = field("currentPasswordLineEdit", tr("&Current password:"));
    m_new = field("newPasswordLineEdit", tr("&New password:"));
    m_repeat = field("repeatPasswordLineEdit", tr("&Repeat the new one:"));
    layout->addLayout(form);
    auto* hint = new QLabel(tr("At least %n characters.", nullptr, PasswordHash::minimumLength), this);
    hint->setEnabled(false);
    layout->addWidget(hint);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    buttons->button(QDialogButtonBox::Cancel)->setText(forced ? tr("Sign out") : tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        showProblem(m_problem, tr("The two new passwords differ."));
        m_repeat->setFocus();
        m_repeat->selectAll();
        return;
    }
    if (Status changed = UserAccounts::changePassword(m_db, m_current->text(), m_new->text()); !changed) {
        showProblem(m_problem, changed.error().message);
        QLineEdit* wrong = changed.error().field == QLatin1StringView("current") ? m_current : m_new;
        wrong->setFocus();
        wrong->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace liaison
