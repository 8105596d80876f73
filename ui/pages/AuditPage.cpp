#include "AuditPage.h"

#include "AuditLog.h"
#include "Database.h"
#include "FilterWidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace liaison {
namespace {

enum Column { Number, Time, User, Action, Record, Before, After, ColumnCount };

QString actionLabel(const QString& action)
{
    if (action == QLatin1StringView("create"))
        return AuditPage::tr("created");
    if (action == QLatin1StringView("update"))
        return AuditPage::tr("changed");
    if (action == QLatin1StringView("delete"))
        return AuditPage::tr("removed");
    return action;
}

} // namespace

QString AuditPage::recordKind(const QString& table)
{
    static const QHash<QString, const char*> kinds = {
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
        {QStringLiteral("unit"), QT_TR_NOOP("Department")},
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("whitelist_batch"), QT_TR_NOOP("White-list batch")},
        {QStringLiteral("enterprise"), QT_TR_NOOP("Enterprise")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
        {QStringLiteral("duty_assignment"), QT_TR_NOOP("Duty assignment")},
        {QStringLiteral("visit"), QT_TR_NOOP("Visit")},
        {QStringLiteral("issue"), QT_TR_NOOP("Problem")},
        {QStringLiteral("issue_event"), QT_TR_NOOP("Problem timeline")},
        {QStringLiteral("issue_extension"), QT_TR_NOOP("Extension request")},
        {QStringLiteral("issue_co_unit"), QT_TR_NOOP("Co-handling units")},
        {QStringLiteral("issue_category"), QT_TR_NOOP("Problem category")},
        {QStringLiteral("permit_request"), QT_TR_NOOP("Pass or driver application")},
        {QStringLiteral("supply_link"), QT_TR_NOOP("Supply link")},
        {QStringLiteral("staff_transfer"), QT_TR_NOOP("Staff transfer")},
        {QStringLiteral("production_status_change"), QT_TR_NOOP("Production status")},
        {QStringLiteral("calendar_year"), QT_TR_NOOP("Work calendar year")},
        {QStringLiteral("app_user"), QT_TR_NOOP("User")},
    };
    const char* kind = kinds.value(table);
    return kind ? tr(kind) : table;
}

AuditPage::AuditPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_userComboBox = new QComboBox(this);
    m_userComboBox->setObjectName(QStringLiteral("auditUserComboBox"));
    m_tableComboBox = new QComboBox(this);
    m_tableComboBox->setObjectName(QStringLiteral("auditTableComboBox"));
    m_recordLineEdit = new QLineEdit(this);
    m_recordLineEdit->setObjectName(QStringLiteral("auditRecordLineEdit"));
    m_recordLineEdit->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_recordLineEdit));
    m_recordLineEdit->setPlaceholderText(tr("any number"));
    m_recordLineEdit->setClearButtonEnabled(true);
    m_recordLineEdit->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_fromDateEdit = optionalDateEdit(QStringLiteral("auditFromDateEdit"), tr("any"), this);
    m_toDateEdit = optionalDateEdit(QStringLiteral("auditToDateEdit"), tr("any"), this);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_userComboBox);
    filters->addWidget(new QLabel(tr("Record:"), this));
    filters->addWidget(m_tableComboBox);
    filters->addWidget(new QLabel(tr("No.:"), this));
    filters->addWidget(m_recordLineEdit);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_fromDateEdit);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_toDateEdit);
    filters->addStretch(1);
    auto* verify = new QPushButton(tr("Check the chain"), this);
    verify->setObjectName(QStringLiteral("auditVerifyButton"));
    verify->setToolTip(tr("Check that no entry was changed or removed behind LiaisonDesk's back"));
    filters->addWidget(verify);
    layout->addLayout(filters);

    m_verifyLabel = new QLabel(this);
    m_verifyLabel->setObjectName(QStringLiteral("auditVerifyLabel"));
    m_verifyLabel->setWordWrap(true);
    m_verifyLabel->hide();
    layout->addWidget(m_verifyLabel);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Time"), tr("User"), tr("Change"), tr("Record"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    layout->addWidget(m_countLabel);

    connect(m_userComboBox, &QComboBox::currentIndexChanged, this, &AuditPage::showEntries);
    connect(m_tableComboBox, &QComboBox::currentIndexChanged, this, &AuditPage::showEntries);
    connect(m_recordLineEdit, &QLineEdit::editingFinished, this, &AuditPage::showEntries);
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, &AuditPage::showEntries);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, &AuditPage::showEntries);
    connect(verify, &QPushButton::clicked, this, &AuditPage::onVerify);
    fillChoices();
}

void AuditPage::fillChoices()
{
    const QSignalBlocker userBlocker(m_userComboBox);
    const QSignalBlocker tableBlocker(m_tableComboBox);
    const QString user = m_userComboBox->currentData().toString();
    const QString table = m_tableComboBox->currentData().toString();
    m_userComboBox->clear();
    m_tableComboBox->clear();
    m_userComboBox->addItem(tr("Everyone"), QString());
    m_tableComboBox->addItem(tr("Every kind"), QString());
    if (auto actors = AuditLog::actors(m_db)) {
        for (const QString& actor : *actors)
            m_userComboBox->addItem(actor, actor);
    }
    if (auto tables = AuditLog::tables(m_db)) {
        for (const QString& name : *tables)
            m_tableComboBox->addItem(recordKind(name), name);
    }
    m_userComboBox->setCurrentIndex(std::max(0, m_userComboBox->findData(user)));
    m_tableComboBox->setCurrentIndex(std::max(0, m_tableComboBox->findData(table)));
}

void AuditPage::reload()
{
    fillChoices();
    showEntries();
}

void AuditPage::showEntries()
{
    AuditLog::Filter filter;
    filter.actor = m_userComboBox->currentData().toString();
    filter.table = m_tableComboBox->currentData().toString();
    if (!m_recordLineEdit->text().isEmpty())
        filter.recordId = m_recordLineEdit->text().toLongLong();
    filter.from = optionalDate(m_fromDateEdit);
    filter.to = optionalDate(m_toDateEdit);
    auto entries = AuditLog::entries(m_db, filter);
    m_table->setRowCount(0);
    if (!entries) {
        m_countLabel->setText(entries.error().message);
        return;
    }
    m_table->setRowCount(int(entries->size()));
    for (int row = 0; row < int(entries->size()); ++row) {
        const AuditLog::Entry& entry = entries->at(row);
        const auto put = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (column == Before || column == After)
                item->setToolTip(text);
            m_table->setItem(row, column, item);
        };
        put(Number, QString::number(entry.id));
        put(Time, entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        put(User, entry.actor);
        put(Action, actionLabel(entry.action));
        put(Record, tr("%1 %2").arg(recordKind(entry.table)).arg(entry.recordId));
        put(Before, entry.before);
        put(After, entry.after);
    }
    m_table->resizeColumnsToContents();
    for (int column : {Before, After})
        m_table->setColumnWidth(
            column, std::min(m_table->columnWidth(column), fontMetrics().averageCharWidth() * 60));
    m_countLabel->setText(
        filter.limit == entries->size()
            ? tr("The newest %n entries; narrow the filter to see older ones.", nullptr, int(entries->size()))
            : tr("%n entries, newest first.", nullptr, int(entries->size())));
}

void AuditPage::onVerify()
{
    auto check = AuditLog::verify(m_db);
    m_verifyLabel->show();
    if (!check) {
        m_verifyLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_verifyLabel->setText(check.error().message);
    } else if (check->firstBroken) {
        m_verifyLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_verifyLabel->setText(
            tr("The audit log is broken at entry %1 of %2: %3. Someone changed the database "
               "outside LiaisonDesk; keep a copy of it and compare it with a backup.")
                .arg(check->firstBroken)
                .arg(check->entries)
                .arg(check->reason));
    } else {
        m_verifyLabel->setStyleSheet(QStringLiteral("color: #1e6b34;"));
        m_verifyLabel->setText(tr("All %n entries are intact.", nullptr, int(check->entries)));
    }
}

} // namespace liaison
