#include "UsersPage.h"

#include "Database.h"
#include "Dialogs.h"
#include "DomainEnums.h"
#include "account/NewUserDialog.h"
#include "security/UserAccounts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace liaison {
namespace {

enum Column { Name, RoleColumn, PersonColumn, State, ColumnCount };

} // namespace

UsersPage::UsersPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_resetButton = new QPushButton(tr("Set a new password…"), this);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_activeButton = new QPushButton(tr("Disable"), this);
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_activeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Role"), tr("Person"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("usersMessageLabel"));
    m_messageLabel->setWordWrap(true);
    layout->addWidget(m_messageLabel);

    connect(add, &QPushButton::clicked, this, &UsersPage::onAdd);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::onReset);
    connect(m_activeButton, &QPushButton::clicked, this, &UsersPage::onToggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    updateButtons();
}

void UsersPage::reload()
{
    const QString selected = selectedName();
    auto accounts = UserAccounts::list(m_db);
    m_table->setRowCount(0);
    if (!accounts) {
        m_messageLabel->setText(accounts.error().message);
        return;
    }
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_table->setRowCount(int(accounts->size()));
    for (int row = 0; row < int(accounts->size()); ++row) {
        const UserAccounts::Account& account = accounts->at(row);
        QStringList state;
        state << (account.active ? tr("may sign in") : tr("disabled"));
        if (account.mustChangePassword)
            state << tr("must change the password");
        if (account.lockedUntil.isValid() && account.lockedUntil > now)
            state << tr("locked until %1")
                         .arg(
                             locale.toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        auto* name = new QTableWidgetItem(account.name);
        name->setData(Qt::UserRole, account.active);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(DomainText::label(account.role)));
        m_table->setItem(row, PersonColumn, new QTableWidgetItem(account.personName));
        m_table->setItem(row, State, new QTableWidgetItem(state.join(tr(", "))));
        if (account.name == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 2 * fontMetrics().averageCharWidth());
    updateButtons();
}

QString UsersPage::selectedName() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (QTableWidgetItem* item : items) {
        if (item->column() == Name)
            return item->text();
    }
    return {};
}

void UsersPage::updateButtons()
{
    const QString name = selectedName();
    m_resetButton->setEnabled(!name.isEmpty());
    m_activeButton->setEnabled(!name.isEmpty() && name != m_db.session().userName);
    bool active = true;
    for (QTableWidgetItem* item : m_table->selectedItems()) {
        if (item->column() == Name)
            active = item->data(Qt::UserRole).toBool();
    }
    m_activeButton->setText(active ? tr("Disable") : tr("Enable"));
}

void UsersPage::onAdd()
{
    NewUserDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_messageLabel->setText(
        tr("Created %1; they choose their own password at the first sign-in.").arg(dialog.createdName()));
}

void UsersPage::onReset()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const auto first =
        Dialogs::password(this, tr("Set a new password"), tr("New password for %1:").arg(name));
    if (!first)
        return;
    const auto again = Dialogs::password(this, tr("Set a new password"), tr("The same password again:"));
    if (!again)
        return;
    if (*again != *first) {
        Dialogs::critical(this, tr("Set a new password"),
                          tr("The two passwords differ; nothing was changed."));
        return;
    }
    if (Status reset = UserAccounts::resetPassword(m_db, name, *first); !reset) {
        Dialogs::critical(this, tr("Set a new password"), reset.error().message);
        return;
    }
    reload();
    m_messageLabel->setText(
        tr("%1 signs in with the new password and must then choose their own.").arg(name));
}

void UsersPage::onToggleActive()
{
    const QString name = selectedName();
    bool active = true;
    for (QTableWidgetItem* item : m_table->selectedItems()) {
        if (item->column() == Name)
            active = item->data(Qt::UserRole).toBool();
    }
    if (Status done = UserAccounts::setActive(m_db, name, !active); !done) {
        Dialogs::critical(this, tr("Users"), done.error().message);
        return;
    }
    reload();
}

} // namespace liaison
