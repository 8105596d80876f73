#include "ImportWizard.h"

#include "Dialogs.h"
#include "exchange/CsvWriter.h"
#include "exchange/ImportFile.h"
#include "exchange/XlsxTableWriter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace liaison {
namespace {

// A page that may go on only when its condition holds; recheck() after what it depends on changed.
class ConditionalPage final : public QWizardPage
{
public:
    explicit ConditionalPage(std::function<bool()> ready) : m_ready(std::move(ready)) {}
    bool isComplete() const override { return m_ready(); }
    void recheck() { emit completeChanged(); }

private:
    std::function<bool()> m_ready;
};

// The first rows the preview shows: enough to judge the encoding and the columns.
constexpr int previewRows = 100;

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportWizard::ImportWizard(Database& db, QWidget* parent) : QWizard(parent), m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, makeFilePage());
    setPage(PreviewPage, makePreviewPage());
    setPage(MappingPage, makeMappingPage());
    setPage(CheckPage, makeCheckPage());
    resize(860, 600);
}

QWizardPage* ImportWizard::makeFilePage()
{
    auto* page = new ConditionalPage([this] { return !m_path->text().trimmed().isEmpty(); });
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV file as Excel or WPS save it (UTF-8 or GBK), or the first sheet of an .xlsx "
                         "or .ods workbook. Nothing is written until the last step."));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    for (const ImportKind kind : TableImport::kinds)
        m_kind->addItem(TableImport::kindLabel(kind), int(kind));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("fileEdit"));
    connect(m_path, &QLineEdit::textChanged, page, &ConditionalPage::recheck);
    auto* browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(
            this, tr("Import"), tr("Tables (*.csv *.xlsx *.ods);;CSV (*.csv);;Workbooks (*.xlsx *.ods)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_fileError = wrappingLabel(page);
    m_fileError->setObjectName(QStringLiteral("fileError"));
    m_fileError->setStyleSheet(QStringLiteral("color: #b71c1c"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Records:"), m_kind);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(m_fileError);
    return page;
}

QWizardPage* ImportWizard::makePreviewPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Check how the file reads"));
    page->setSubTitle(
        tr("The first rows as read. If the Chinese text looks garbled, choose another encoding."));
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("encodingBox"));
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 (GBK, GB2312)"), int(TextEncoding::Gb18030));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        readFile();
        showPreview();
    });
    m_detected = wrappingLabel(page);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_preview = new QStandardItemModel(this);
    m_previewView = new QTableView(page);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto* encodingLabel = new QLabel(tr("&Encoding:"), page);
    encodingLabel->setBuddy(m_encoding);
    auto* encodingRow = new QHBoxLayout;
    encodingRow->addWidget(encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_detected, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(encodingRow);
    layout->addWidget(m_previewView, 1);
    return page;
}

QWizardPage* ImportWizard::makeMappingPage()
{
    auto* page = new ConditionalPage([this] { return mappingProblems().isEmpty(); });
    page->setTitle(tr("Say which column holds what"));
    page->setSubTitle(tr("Columns with known headers are matched already. Fields marked * are required; "
                         "columns set to “Leave out” are not imported."));
    m_mapping = new QTableWidget(page);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column of the file"), tr("First value"), tr("Field")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingStatus = wrappingLabel(page);
    m_mappingStatus->setObjectName(QStringLiteral("mappingStatus"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_mappingStatus);
    return page;
}

QWizardPage* ImportWizard::makeCheckPage()
{
    auto* page = new ConditionalPage([this] { return m_checked && m_outcome.problems.isEmpty(); });
    page->setTitle(tr("Check every row"));
    page->setSubTitle(tr("Every row was checked with the same rules as the forms. The file is imported "
                         "whole or not at all."));
    page->setFinalPage(true);
    m_summary = wrappingLabel(page);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_report = new QStandardItemModel(0, 4, this);
    m_report->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_report);
    sorted->setSortRole(Qt::UserRole);
    m_reportView = new QTableView(page);
    m_reportView->setObjectName(QStringLiteral("reportView"));
    m_reportView->setModel(sorted);
    m_reportView->setSortingEnabled(true);
    m_reportView->sortByColumn(0, Qt::AscendingOrder);
    m_reportView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportView->setWordWrap(true);
    m_reportView->verticalHeader()->hide();
    m_reportView->horizontalHeader()->setStretchLastSection(true);
    auto* save = new QPushButton(tr("&Save the report…"), page);
    save->setObjectName(QStringLiteral("saveReportButton"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path =
            Dialogs::saveFileName(this, tr("Save the report"),
                                  tr("Excel workbooks (*.xlsx);;CSV in UTF-8, for Excel and WPS (*.csv)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_reportView, 1);
    layout->addLayout(buttons);
    return page;
}

void ImportWizard::setFile(ImportKind kind, const QString& path)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_path->setText(path);
}

ImportKind ImportWizard::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

bool ImportWizard::readFile()
{
    const auto table =
        readImportFile(m_path->text().trimmed(), TextEncoding(m_encoding->currentData().toInt()));
    m_checked = false;
    if (!table) {
        m_table = {};
        m_fileError->setText(table.error().message);
        m_detected->setText(table.error().message);
        return false;
    }
    m_table = *table;
    m_fileError->clear();
    return true;
}

void ImportWizard::showPreview()
{
    m_preview->clear();
    const bool workbook = isWorkbookFile(m_path->text().trimmed());
    m_encoding->setEnabled(!workbook);
    if (m_table.header.isEmpty())
        return; // the label says why
    m_detected->setText(
        workbook ? tr("%1 workbook, %n row(s).", nullptr, int(m_table.rows.size())).arg(m_table.encoding)
                 : tr("Read as %1, %n row(s).", nullptr, int(m_table.rows.size())).arg(m_table.encoding));
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    for (qsizetype r = 0; r < m_table.rows.size() && r < previewRows; ++r) {
        QList<QStandardItem*> items;
        for (qsizetype c = 0; c < m_table.header.size(); ++c)
            items << new QStandardItem(m_table.rows[r].value(c));
        m_preview->appendRow(items);
        m_preview->setHeaderData(int(r), Qt::Vertical, m_table.lines.value(r));
    }
    m_previewView->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_previewView->setColumnWidth(c, qMin(m_previewView->columnWidth(c), 240));
}

void ImportWizard::fillMapping()
{
    const QList<ImportField> fields = TableImport::fields(kind());
    const ColumnMapping guessed = TableImport::guessMapping(kind(), m_table.header);
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(int(m_table.header.size()));
    for (int c = 0; c < int(m_table.header.size()); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_table.header[c]));
        const QString sample = m_table.rows.isEmpty() ? QString() : m_table.rows.front().value(c);
        m_mapping->setItem(c, 1, new QTableWidgetItem(sample.simplified()));
        auto* box = new QComboBox(m_mapping);
        box->addItem(tr("Leave out"), -1);
        for (int f = 0; f < int(fields.size()); ++f)
            box->addItem(fields[f].required ? fields[f].header + QStringLiteral(" *") : fields[f].header, f);
        box->setCurrentIndex(box->findData(guessed.value(c, -1)));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportWizard::updateMappingStatus);
        m_mapping->setCellWidget(c, 2, box);
    }
    updateMappingStatus();
}

ColumnMapping ImportWizard::mapping() const
{
    ColumnMapping columns;
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const auto* box = qobject_cast<QComboBox*>(m_mapping->cellWidget(c, 2));
        columns << (box ? box->currentData().toInt() : -1);
    }
    return columns;
}

QStringList ImportWizard::mappingProblems() const
{
    const QList<ImportField> fields = TableImport::fields(kind());
    const ColumnMapping columns = mapping();
    QStringList missing;
    QStringList twice;
    QStringList enterpriseFields;
    bool namesEnterprise = false;
    for (int f = 0; f < int(fields.size()); ++f) {
        const qsizetype mapped = columns.count(f);
        if (fields[f].required && mapped == 0)
            missing << fields[f].header;
        if (mapped > 1)
            twice << fields[f].header;
        if (fields[f].namesEnterprise) {
            enterpriseFields << fields[f].header;
            namesEnterprise = namesEnterprise || mapped > 0;
        }
    }
    if (!enterpriseFields.isEmpty() && !namesEnterprise)
        missing << enterpriseFields.join(tr(" or "));
    QStringList problems;
    if (!missing.isEmpty())
        problems << tr("Still to map: %1.").arg(missing.join(tr(", ")));
    if (!twice.isEmpty())
        problems
            << tr("More than one column for: %1; only one may hold each field.").arg(twice.join(tr(", ")));
    return problems;
}

void ImportWizard::updateMappingStatus()
{
    m_checked = false;
    const QStringList problems = mappingProblems();
    m_mappingStatus->setText(problems.isEmpty() ? tr("Every required field has its column.")
                                                : problems.join(QLatin1Char('\n')));
    if (auto* page = dynamic_cast<ConditionalPage*>(this->page(MappingPage)))
        page->recheck();
}

std::optional<ImportOutcome> ImportWizard::runImport(bool dryRun)
{
    QProgressDialog progress(dryRun ? tr("Checking %n row(s)…", nullptr, int(m_table.rows.size()))
                                    : tr("Importing %n row(s)…", nullptr, int(m_table.rows.size())),
                             tr("Cancel"), 0, int(m_table.rows.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelay);
    ImportOptions options;
    options.dryRun = dryRun;
    options.mapping = mapping();
    options.progress = [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    const auto outcome = TableImport::run(m_db, kind(), m_table, options);
    progress.reset();
    if (!outcome) {
        Dialogs::critical(this, tr("Import"), outcome.error().message);
        return std::nullopt;
    }
    return *outcome;
}

void ImportWizard::showReport()
{
    m_report->removeRows(0, m_report->rowCount());
    for (const ImportProblem& p : m_outcome.problems) {
        QList<QStandardItem*> items;
        for (const QString& text : {QString::number(p.line), p.column, p.value, p.reason}) {
            auto* item = new QStandardItem(text);
            item->setData(text, Qt::UserRole);
            items << item;
        }
        items[0]->setData(p.line, Qt::UserRole); // lines sort as numbers
        m_report->appendRow(items);
    }
    m_reportView->resizeColumnsToContents();
    for (const int column : {1, 2})
        m_reportView->setColumnWidth(column, qMin(m_reportView->columnWidth(column), 220));
    m_reportView->horizontalHeader()->setStretchLastSection(true);
    m_reportView->resizeRowsToContents();

    QStringList lines;
    if (m_outcome.cancelled) {
        lines << tr("The check was cancelled; nothing was written.");
    } else if (!m_outcome.problems.isEmpty()) {
        lines << tr("%n problem(s) in %1 row(s): nothing can be imported until they are mended in the file.",
                    nullptr, int(m_outcome.problems.size()))
                     .arg(m_outcome.rows);
    } else {
        lines << tr("All %n row(s) can be imported: %1 new, %2 brought up to date.", nullptr, m_outcome.rows)
                     .arg(m_outcome.created)
                     .arg(m_outcome.updated);
    }
    if (!m_outcome.ignoredColumns.isEmpty())
        lines << tr("Left out: %1.").arg(m_outcome.ignoredColumns.join(tr(", ")));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

bool ImportWizard::saveReport(const QString& path)
{
    const QStringList header = {tr("Line"), tr("Column"), tr("Value"), tr("Problem")};
    QList<QStringList> rows;
    for (const ImportProblem& p : m_outcome.problems)
        rows << QStringList{QString::number(p.line), p.column, p.value, p.reason};
    const bool workbook = !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const QString target = workbook && !path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                               ? path + QStringLiteral(".xlsx")
                               : path;
    const Status written = workbook ? XlsxTableWriter::write(target, tr("Problems"), header, rows)
                                    : CsvWriter::write(target, header, rows);
    if (!written) {
        Dialogs::critical(this, tr("Save the report"), written.error().message);
        return false;
    }
    return true;
}

bool ImportWizard::importNow()
{
    const auto outcome = runImport(false);
    if (!outcome)
        return false;
    m_outcome = *outcome;
    if (m_outcome.cancelled) {
        Dialogs::information(this, tr("Import"), tr("The import was cancelled; nothing was written."));
        showReport();
        return false;
    }
    if (!m_outcome.written) {
        // The database changed since the check: show what is wrong now.
        showReport();
        if (auto* page = dynamic_cast<ConditionalPage*>(this->page(CheckPage)))
            page->recheck();
        return false;
    }
    emit imported(kind());
    Dialogs::information(this, tr("Import"),
                         tr("%1: %2 new, %3 brought up to date.")
                             .arg(TableImport::kindLabel(kind()))
                             .arg(m_outcome.created)
                             .arg(m_outcome.updated));
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (!readFile())
            return false;
        showPreview();
        return true;
    case PreviewPage:
        if (m_table.header.isEmpty())
            return false;
        fillMapping();
        return true;
    case CheckPage: return importNow();
    default: return true;
    }
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != CheckPage)
        return;
    const auto outcome = runImport(true);
    m_outcome = outcome.value_or(ImportOutcome{});
    m_checked = outcome.has_value() && !m_outcome.cancelled;
    showReport();
    if (auto* page = dynamic_cast<ConditionalPage*>(this->page(CheckPage)))
        page->recheck();
}

} // namespace liaison
