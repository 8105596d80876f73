#pragma once

#include "exchange/CsvReader.h"
#include "exchange/TableImport.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace liaison {

class Database;

// Brings a file of enterprises, contacts, duty assignments, visits or problems into the database:
// choose the file → see its first rows as read, and change the encoding when the text looks wrong →
// say which column holds which field → read the report of every problem (sortable, and saved to a
// file to pass on) → import, with a progress bar that can be cancelled. Nothing is written before the
// last step, and a cancelled import writes nothing.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, CheckPage };

    ImportWizard(Database& db, QWidget* parent = nullptr);

    void setFile(ImportKind kind, const QString& path);
    // How long a check or an import runs before its progress bar shows (400 ms by default).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }
    const ImportOutcome& outcome() const { return m_outcome; }
    // Saves the problem report as .csv or .xlsx; false after telling the person why it failed.
    bool saveReport(const QString& path);

signals:
    // Records were written: the pages that show them reload.
    void imported(liaison::ImportKind kind);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage* makeFilePage();
    QWizardPage* makePreviewPage();
    QWizardPage* makeMappingPage();
    QWizardPage* makeCheckPage();

    ImportKind kind() const;
    bool readFile();
    void showPreview();
    void fillMapping();
    ColumnMapping mapping() const;
    // What keeps the mapping from being used: required fields without a column, fields with more than
    // one; empty when it can be used.
    QStringList mappingProblems() const;
    void updateMappingStatus();
    // Runs the import with a progress dialog; nothing when it stopped on a database failure.
    std::optional<ImportOutcome> runImport(bool dryRun);
    void showReport();
    bool importNow();

    Database& m_db;
    CsvTable m_table;
    ImportOutcome m_outcome;
    bool m_checked = false;
    int m_progressDelay = 400;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_fileError = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_detected = nullptr;
    QStandardItemModel* m_preview = nullptr;
    QTableView* m_previewView = nullptr;
    QTableWidget* m_mapping = nullptr;
    QLabel* m_mappingStatus = nullptr;
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_report = nullptr;
    QTableView* m_reportView = nullptr;
};

} // namespace liaison
