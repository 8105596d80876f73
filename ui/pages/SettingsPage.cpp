#include "SettingsPage.h"

#include "CalendarStore.h"
#include "CategoryService.h"
#include "Database.h"
#include "Dialogs.h"
#include "Lookups.h"
#include "Translations.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace liaison {

SettingsPage::SettingsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    auto* database = new QGroupBox(tr("Database"), this);
    auto* databaseLabel = new QLabel(m_db.displayName(), database);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* databaseHint = new QLabel(tr("To use another database, start LiaisonDesk with --db PATH or --db "
                                       "postgresql://user@host:port/database (or set LIAISON_DB)."),
                                    database);
    databaseHint->setWordWrap(true);
    auto* databaseLayout = new QVBoxLayout(database);
    databaseLayout->addWidget(databaseLabel);
    databaseLayout->addWidget(databaseHint);

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

    auto* left = new QVBoxLayout;
    left->addWidget(database);
    left->addWidget(language);
    left->addWidget(categories, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(left, 1);
    layout->addWidget(calendar, 1);

    connect(m_languageComboBox, &QComboBox::activated, this, &SettingsPage::onLanguageChosen);
    connect(saveDeadlines, &QPushButton::clicked, this, &SettingsPage::onSaveDeadlines);
    connect(importYears, &QPushButton::clicked, this, &SettingsPage::onImportYears);
    reload();
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
