#include "SignInDialog.h"

#include "Database.h"
#include "HomePath.h"
#include "account/AccountFields.h"
#include "account/PasswordDialog.h"
#include "security/PasswordHash.h"
#include "security/UserAccounts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace liaison {
namespace {

const QString lastUserKey = QStringLiteral("signIn/lastUser");

} // namespace

SignInDialog::SignInDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(&db)
{
    const auto users = UserAccounts::hasUsers(db);
    m_firstStart = users && !*users;
    build(m_firstStart ? tr("%1 has no users yet. Create the administrator, who then adds the other users.")
                             .arg(withHomeAbbreviated(db.displayName()))
                       : tr("Database: %1").arg(withHomeAbbreviated(db.displayName())));
}

SignInDialog::SignInDialog(const QString& serverSpec, QWidget* parent)
    : QDialog(parent), m_serverSpec(serverSpec)
{
    const QUrl server(serverSpec);
    build(tr("Database %1 on the server %2: sign in with your own user name and password, which the server "
             "checks.")
              .arg(server.path().mid(1), server.port() > 0
                                             ? QStringLiteral("%1:%2").arg(server.host()).arg(server.port())
                                             : server.host()));
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<Database> SignInDialog::takeDatabase()
{
    return std::move(m_serverDb);
}

void SignInDialog::build(const QString& introText)
{
    setWindowTitle(m_firstStart ? tr("Create the administrator") : tr("Sign in to LiaisonDesk"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(introText, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userNameLineEdit"));
    m_name->setMaxLength(UserAccounts::maxNameLength);
    m_name->setText(m_firstStart ? QStringLiteral("admin") : QSettings().value(lastUserKey).toString());
    form->addRow(tr("&User name:"), m_name);
    m_password = passwordField("passwordLineEdit", this);
    form->addRow(tr("&Password:"), m_password);
    if (m_firstStart) {
        m_repeat = passwordField("repeatPasswordLineEdit", this);
        form->addRow(tr("&Repeat it:"), m_repeat);
    }
    layout->addLayout(form);
    if (m_firstStart) {
        auto* hint = new QLabel(tr("At least %n characters.", nullptr, PasswordHash::minimumLength), this);
        hint->setEnabled(false);
        layout->addWidget(hint);
    }
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_firstStart ? tr("Create") : tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    (m_name->text().isEmpty() ? m_name : m_password)->setFocus();
}

void SignInDialog::showNotice(const QString& notice)
{
    if (!notice.isEmpty())
        showProblem(m_problem, notice);
}

bool SignInDialog::createAdmin()
{
    if (m_password->text() != m_repeat->text()) {
        showProblem(m_problem, tr("The two passwords differ."));
        m_repeat->setFocus();
        m_repeat->selectAll();
        return false;
    }
    if (auto created = UserAccounts::createFirstAdmin(*m_db, m_name->text().trimmed(), m_password->text());
        !created) {
        showProblem(m_problem, created.error().message);
        (created.error().field == QLatin1StringView("name") ? m_name : m_password)->setFocus();
        return false;
    }
    return true;
}

bool SignInDialog::signIn()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showProblem(m_problem, tr("Enter your user name."));
        m_name->setFocus();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status signedIn;
    if (m_db) {
        signedIn = toStatus(UserAccounts::signIn(*m_db, name, m_password->text()));
    } else {
        auto opened = UserAccounts::signInToServer(m_serverSpec, name, m_password->text());
        if (opened)
            m_serverDb = std::move(*opened);
        else
            signedIn = std::unexpected(opened.error());
    }
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        showProblem(m_problem, signedIn.error().message);
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    QSettings().setValue(lastUserKey, name);
    Database& db = m_db ? *m_db : *m_serverDb;
    if (db.session().mustChangePassword && !chooseOwnPassword(db))
        return false;
    return true;
}

bool SignInDialog::chooseOwnPassword(Database& db)
{
    PasswordDialog change(db, true, this);
    if (change.exec() == QDialog::Accepted)
        return true;
    db.signOut();
    m_serverDb.reset();
    m_password->clear();
    showProblem(m_problem, tr("Signed out: choose your own password to go on."));
    return false;
}

void SignInDialog::accept()
{
    if (m_firstStart ? createAdmin() : signIn())
        QDialog::accept();
}

} // namespace liaison
