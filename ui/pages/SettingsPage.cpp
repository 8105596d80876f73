#include "SettingsPage.h"

#include "CalendarStore.h"
#include "CategoryService.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "Dialogs.h"
#include "HomePath.h"
#include "Lookups.h"
#include "Translations.h"
#include "print/BriefingMasthead.h"
#include "security/Permissions.h"
#include "security/ServerRoles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace liaison {

SettingsPage::SettingsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    QGroupBox* database = buildDatabaseBox();

    auto* language = new QGroupBox(tr("Language"), this);
    m_languageComboBox = new QComboBox(language);
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_languageComboBox->addItem(tr("Follow the system"), QString());
    m_languageComboBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->setCurrentIndex(
        std::max(0, m_languageComboBox->findData(Translations::chosenLanguage())));
    auto* languageLayout = new QFormLayout(language);
    languageLayout->addRow(tr("Language of the program"), m_languageComboBox);
    languageLayout->addRow(
        new QLabel(tr("A new choice applies the next time LiaisonDesk starts."), language));

    auto* categories = new QGroupBox(tr("Problem categories and deadlines"), this);
    m_categoryTable = new QTableWidget(0, 2, categories);
    m_categoryTable->setObjectName(QStringLiteral("categoryTableWidget"));
    m_categoryTable->setHorizontalHeaderLabels({tr("Category"), tr("Deadline (working days)")});
    m_categoryTable->verticalHeader()->setVisible(false);
    m_categoryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categoryTable->horizontalHeader()->setStretchLastSection(true);
    auto* saveDeadlines = new QPushButton(tr("Save deadlines"), categories);
    saveDeadlines->setObjectName(QStringLiteral("saveDeadlinesButton"));
    auto* categoriesLayout = new QVBoxLayout(categories);
    categoriesLayout->addWidget(m_categoryTable);
    categoriesLayout->addWidget(
        new QLabel(tr("A new deadline applies to problems registered from now on."), categories));
    categoriesLayout->addWidget(saveDeadlines, 0, Qt::AlignRight);

    auto* calendar = new QGroupBox(tr("Work calendar"), this);
    m_yearTable = new QTableWidget(0, 2, calendar);
    m_yearTable->setObjectName(QStringLiteral("yearTableWidget"));
    m_yearTable->setHorizontalHeaderLabels({tr("Year"), tr("Holiday schedule")});
    m_yearTable->verticalHeader()->setVisible(false);
    m_yearTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_yearTable->horizontalHeader()->setStretchLastSection(true);
    auto* importYears = new QPushButton(tr("Add or correct years from a file…"), calendar);
    importYears->setObjectName(QStringLiteral("importYearsButton"));
    auto* calendarLayout = new QVBoxLayout(calendar);
    calendarLayout->addWidget(m_yearTable);
    calendarLayout->addWidget(
        new QLabel(tr("The file is laid out like the shipped cn-holidays.json; a year in it "
                      "replaces that year's schedule."),
                   calendar));
    calendarLayout->addWidget(importYears, 0, Qt::AlignRight);
    // Deadlines and the calendar are the administrator's.
    const bool editsReference = Permissions::may(m_db.session(), Permission::EditReference);
    saveDeadlines->setVisible(editsReference);
    importYears->setVisible(editsReference);

    auto* left = new QVBoxLayout;
    left->addWidget(database);
    left->addWidget(language);
    left->addWidget(categories, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(calendar, 1);
    right->addWidget(buildMastheadBox());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(m_languageComboBox, &QComboBox::activated, this, &SettingsPage::onLanguageChosen);
    connect(saveDeadlines, &QPushButton::clicked, this, &SettingsPage::onSaveDeadlines);
    connect(importYears, &QPushButton::clicked, this, &SettingsPage::onImportYears);
    reload();
}

QGroupBox* SettingsPage::buildMastheadBox()
{
    auto* box = new QGroupBox(tr("The briefing's masthead"), this);
    const BriefingMasthead masthead = BriefingMasthead::load();
    const auto lineEdit = [box](const QString& objectName, const QString& text, const QString& example) {
        auto* edit = new QLineEdit(text, box);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(example);
        edit->setMaxLength(40);
        return edit;
    };
    m_districtLineEdit =
        lineEdit(QStringLiteral("districtLineEdit"), masthead.district, tr("e.g. Jiulongpo District"));
    m_officeLineEdit = lineEdit(QStringLiteral("officeLineEdit"), masthead.office,
                                tr("e.g. Economy and Information Commission"));
    m_editorLineEdit = lineEdit(QStringLiteral("editorLineEdit"), masthead.editor, tr("the editor's name"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("District"), m_districtLineEdit);
    form->addRow(tr("Issuing office"), m_officeLineEdit);
    form->addRow(tr("Editor"), m_editorLineEdit);
    form->addRow(
        new QLabel(tr("Printed in the briefing's red masthead, its title and its closing block."), box));
    for (QLineEdit* edit : {m_districtLineEdit, m_officeLineEdit, m_editorLineEdit})
        connect(edit, &QLineEdit::editingFinished, this, &SettingsPage::onMastheadEdited);
    return box;
}

void SettingsPage::onMastheadEdited()
{
    BriefingMasthead{m_districtLineEdit->text(), m_officeLineEdit->text(), m_editorLineEdit->text()}.save();
}

QGroupBox* SettingsPage::buildDatabaseBox()
{
    auto* box = new QGroupBox(tr("Database"), this);
    auto* inUse = new QLabel(tr("In use: %1").arg(withHomeAbbreviated(m_db.displayName())), box);
    inUse->setObjectName(QStringLiteral("databaseLabel"));
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    inUse->setWordWrap(true);

    m_sqliteRadioButton = new QRadioButton(tr("A database file on this computer (SQLite)"), box);
    m_sqliteRadioButton->setObjectName(QStringLiteral("sqliteRadioButton"));
    m_postgresRadioButton = new QRadioButton(tr("The district's shared server (PostgreSQL)"), box);
    m_postgresRadioButton->setObjectName(QStringLiteral("postgresRadioButton"));
    m_pathLineEdit = new QLineEdit(box);
    m_pathLineEdit->setObjectName(QStringLiteral("databasePathLineEdit"));
    auto* browse = new QPushButton(tr("Choose…"), box);
    browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    m_hostLineEdit = new QLineEdit(box);
    m_hostLineEdit->setObjectName(QStringLiteral("hostLineEdit"));
    m_hostLineEdit->setMaxLength(255);
    m_portSpinBox = new QSpinBox(box);
    m_portSpinBox->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(5432);
    m_portSpinBox->setGroupSeparatorShown(false);
    m_databaseNameLineEdit = new QLineEdit(box);
    m_databaseNameLineEdit->setObjectName(QStringLiteral("databaseNameLineEdit"));
    m_databaseNameLineEdit->setMaxLength(63);
    m_userLineEdit = new QLineEdit(box);
    m_userLineEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_userLineEdit->setMaxLength(63);
    m_passwordLineEdit = new QLineEdit(box);
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheckBox = new QCheckBox(tr("Remember the password in PostgreSQL's password file (%1)")
                                           .arg(withHomeAbbreviated(PasswordFile::path())),
                                       box);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
    m_rememberCheckBox->setToolTip(
        tr("The file is readable by you only. Without it, LiaisonDesk asks for the "
           "password at every start. It is never kept in LiaisonDesk's settings."));
    m_connectionLabel = new QLabel(box);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setWordWrap(true);
    auto* test = new QPushButton(tr("Test the connection"), box);
    test->setObjectName(QStringLiteral("testConnectionButton"));
    auto* save = new QPushButton(tr("Use from the next start"), box);
    save->setObjectName(QStringLiteral("saveConnectionButton"));

    auto* file = new QHBoxLayout;
    file->addWidget(m_pathLineEdit, 1);
    file->addWidget(browse);
    auto* server = new QFormLayout;
    server->addRow(tr("Database file"), file);
    server->addRow(tr("Server"), m_hostLineEdit);
    server->addRow(tr("Port"), m_portSpinBox);
    server->addRow(tr("Database name"), m_databaseNameLineEdit);
    m_userLineEdit->setPlaceholderText(tr("empty: each person signs in with their own login"));
    m_userLineEdit->setToolTip(tr("On a shared server leave it empty: each person signs in to the server "
                                  "as their own login, with their own password. A user named here "
                                  "connects everyone on this computer as that login."));
    server->addRow(tr("User"), m_userLineEdit);
    server->addRow(tr("Password"), m_passwordLineEdit);
    server->addRow(QString(), m_rememberCheckBox);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_connectionLabel, 1);
    buttons->addWidget(test);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(inUse);
    layout->addWidget(m_sqliteRadioButton);
    layout->addWidget(m_postgresRadioButton);
    layout->addLayout(server);
    layout->addLayout(buttons);

    const ConnectionSettings current =
        ConnectionSettings::load().value_or(ConnectionSettings::fromSpec(m_db.spec()));
    (current.kind == ConnectionSettings::Kind::Postgres ? m_postgresRadioButton : m_sqliteRadioButton)
        ->setChecked(true);
    m_pathLineEdit->setText(withHomeAbbreviated(
        current.kind == ConnectionSettings::Kind::Sqlite ? current.path : Database::defaultLocation()));
    m_hostLineEdit->setText(current.host);
    m_portSpinBox->setValue(current.port);
    m_databaseNameLineEdit->setText(current.database);
    m_userLineEdit->setText(current.user);
    onConnectionKindChanged();

    connect(m_sqliteRadioButton, &QRadioButton::toggled, this, &SettingsPage::onConnectionKindChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            Dialogs::saveFileName(this, tr("Database file"), tr("LiaisonDesk databases (*.sqlite)"));
        if (!chosen.isEmpty())
            m_pathLineEdit->setText(withHomeAbbreviated(chosen));
    });
    connect(test, &QPushButton::clicked, this, &SettingsPage::onTestConnection);
    connect(save, &QPushButton::clicked, this, &SettingsPage::onSaveConnection);
    return box;
}

ConnectionSettings SettingsPage::typedConnection() const
{
    ConnectionSettings settings;
    settings.kind = m_postgresRadioButton->isChecked() ? ConnectionSettings::Kind::Postgres
                                                       : ConnectionSettings::Kind::Sqlite;
    settings.path = withHomeExpanded(m_pathLineEdit->text().trimmed());
    settings.host = m_hostLineEdit->text().trimmed();
    settings.port = m_portSpinBox->value();
    settings.database = m_databaseNameLineEdit->text().trimmed();
    settings.user = m_userLineEdit->text().trimmed();
    return settings;
}

void SettingsPage::onConnectionKindChanged()
{
    const bool server = m_postgresRadioButton->isChecked();
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_hostLineEdit, m_portSpinBox, m_databaseNameLineEdit,
                                         m_userLineEdit, m_passwordLineEdit, m_rememberCheckBox})
        field->setEnabled(server);
    m_pathLineEdit->setEnabled(!server);
    m_connectionLabel->clear();
}

void SettingsPage::showConnectionResult(const QString& text, bool ok)
{
    m_connectionLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_connectionLabel->setText(text);
}

void SettingsPage::onTestConnection()
{
    const ConnectionSettings settings = typedConnection();
    if (const Status valid = settings.validate(); !valid) {
        showConnectionResult(valid.error().message, false);
        return;
    }
    if (settings.kind == ConnectionSettings::Kind::Postgres && settings.user.isEmpty()) {
        // Each person signs in with their own login: the test asks whether the server answers and
        // wants a password, connecting as nobody in particular.
        ConnectionSettings probe = settings;
        probe.user = ServerRoles::loginRole(settings.database, QStringLiteral("connection.test"));
        auto opened = Database::open(probe.spec(), {false, -1});
        static const QRegularExpression answered(
            QStringLiteral("no password supplied|password authentication failed|does not exist"));
        if (!opened && answered.match(opened.error().message).hasMatch()) {
            showConnectionResult(tr("The server %1 answers and asks for a password: each person signs in "
                                    "there with their own login.")
                                     .arg(settings.host),
                                 true);
        } else {
            showConnectionResult(opened ? tr("Connected to %1 without a password: the server does not check "
                                             "who signs in (see pg_hba.conf).")
                                              .arg((*opened)->displayName())
                                        : opened.error().message,
                                 false);
        }
        return;
    }
    // Only an existing database is opened: a test must not create or upgrade one.
    auto opened = Database::open(settings.spec(m_passwordLineEdit->text()), {false, -1});
    if (!opened) {
        showConnectionResult(opened.error().message, false);
        return;
    }
    showConnectionResult(tr("Connected to %1.").arg((*opened)->displayName()), true);
}

void SettingsPage::onSaveConnection()
{
    const ConnectionSettings settings = typedConnection();
    if (const Status valid = settings.validate(); !valid) {
        showConnectionResult(valid.error().message, false);
        return;
    }
    if (settings.kind == ConnectionSettings::Kind::Postgres && m_rememberCheckBox->isChecked() &&
        settings.user.isEmpty()) {
        showConnectionResult(tr("Without a user, each person signs in with their own password: there is no "
                                "password to remember. Untick “remember”, or name the user."),
                             false);
        return;
    }
    if (settings.kind == ConnectionSettings::Kind::Postgres && m_rememberCheckBox->isChecked()) {
        if (const Status remembered = PasswordFile::remember(settings, m_passwordLineEdit->text());
            !remembered) {
            showConnectionResult(remembered.error().message, false);
            return; // nothing saved: the choice and the password go together
        }
    }
    settings.save();
    m_passwordLineEdit->clear();
    showConnectionResult(tr("Saved. LiaisonDesk opens this database from the next start, unless --db or "
                            "LIAISON_DB names another."),
                         true);
}

void SettingsPage::reload()
{
    fillCategories();
    fillYears();
}

void SettingsPage::fillCategories()
{
    const auto categories = Lookups::categories(m_db).value_or(QList<IssueCategory>{});
    m_categoryTable->setRowCount(int(categories.size()));
    for (qsizetype row = 0; row < categories.size(); ++row) {
        const IssueCategory& category = categories.at(row);
        auto* name = new QTableWidgetItem(category.name);
        name->setData(Qt::UserRole, category.code);
        m_categoryTable->setItem(int(row), 0, name);
        auto* days = new QSpinBox(m_categoryTable);
        days->setObjectName(QStringLiteral("deadline_%1").arg(category.code));
        days->setRange(CategoryService::shortestDeadline, CategoryService::longestDeadline);
        days->setValue(category.deadlineWorkdays);
        m_categoryTable->setCellWidget(int(row), 1, days);
    }
    m_categoryTable->resizeColumnsToContents();
}

void SettingsPage::fillYears()
{
    const auto calendar = CalendarStore::load(m_db);
    const auto corrected = CalendarStore::correctedYears(m_db).value_or(QList<int>{});
    const int thisYear = QDate::currentDate().year();
    const int first = 2020;
    const int last = std::max(thisYear + 1, corrected.isEmpty() ? 0 : corrected.back());
    m_yearTable->setRowCount(last - first + 1);
    for (int year = first; year <= last; ++year) {
        QString state;
        if (corrected.contains(year))
            state = tr("Corrected by an administrator");
        else if (calendar && calendar->hasScheduleFor(year))
            state = tr("Official schedule");
        else
            state = tr("Missing: only weekends are days off");
        m_yearTable->setItem(year - first, 0, new QTableWidgetItem(QString::number(year)));
        m_yearTable->setItem(year - first, 1, new QTableWidgetItem(state));
    }
    m_yearTable->resizeColumnsToContents();
}

void SettingsPage::onSaveDeadlines()
{
    for (int row = 0; row < m_categoryTable->rowCount(); ++row) {
        const QString code = m_categoryTable->item(row, 0)->data(Qt::UserRole).toString();
        const auto* days = qobject_cast<QSpinBox*>(m_categoryTable->cellWidget(row, 1));
        if (!days)
            continue;
        if (Status saved = CategoryService::setDeadline(m_db, code, days->value()); !saved) {
            Dialogs::critical(this, tr("Problem categories"), saved.error().message);
            return;
        }
    }
    fillCategories();
    emit calendarChanged();
}

void SettingsPage::onImportYears()
{
    const QString path = Dialogs::openFileName(this, tr("Holiday schedule"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::critical(this, tr("Work calendar"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        Dialogs::critical(this, tr("Work calendar"),
                          tr("%1 is not a JSON calendar file: %2 at byte %3.")
                              .arg(path, parseError.errorString())
                              .arg(parseError.offset));
        return;
    }
    auto stored = CalendarStore::importYears(m_db, document.object());
    if (!stored) {
        Dialogs::critical(this, tr("Work calendar"), stored.error().message);
        return;
    }
    fillYears();
    emit calendarChanged();
}

void SettingsPage::onLanguageChosen()
{
    Translations::setChosenLanguage(m_languageComboBox->currentData().toString());
}

} // namespace liaison
