#pragma once

#include "CsvReader.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace liaison {

class Database;

// The kinds of record a file can bring in.
enum class ImportKind { Enterprises, Contacts, Duties, Visits, Issues };

// One thing wrong with an imported file: where (the file's line and the column's header), what was
// written there, and why it cannot be taken.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString value;
    QString reason;
};

struct ImportOutcome
{
    int rows = 0;
    int created = 0;
    int updated = 0; // records found by their key (an enterprise's credit code …) and brought up to date
    QStringList ignoredColumns;
    QList<ImportProblem> problems;
    bool written = false;   // everything was written; otherwise nothing was
    bool cancelled = false; // the person stopped it; nothing was written

    // "line 12, 统一社会信用代码 “9150…”: reason", one per problem.
    QStringList problemLines() const;
};

// One column an import understands.
struct ImportField
{
    QString key;          // its name on the command line (--map): name, credit_code …
    QString header;       // the header an export and a template write, in the program's language
    QStringList synonyms; // other headers offices write for it, in Chinese and in English
    bool required = false;
    bool namesEnterprise = false; // one column of this group must be present to find the enterprise
};

// For every column of the file, the index of the field it holds, or -1 to leave the column out.
using ColumnMapping = QList<int>;

struct ImportOptions
{
    bool dryRun = false;
    std::optional<ColumnMapping> mapping; // the mapping guessed from the headers when not given
    // Told after every few rows (rows done, rows in all); returning false stops the import, and
    // nothing is written.
    std::function<bool(int, int)> progress;
};

// Imports one kind of record from a table read from a CSV file or a workbook. Headers are recognised
// in Chinese and English, or mapped by hand; every row is checked with the same rules as a form in
// the program, and the records it names (enterprises, areas, units, people, categories) must exist.
// All rows are written in one transaction, or none: any problem, a dry run or a cancellation leaves
// the database as it was.
class TableImport final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::TableImport)

public:
    static constexpr ImportKind kinds[] = {ImportKind::Enterprises, ImportKind::Contacts, ImportKind::Duties,
                                           ImportKind::Visits, ImportKind::Issues};

    // The kind's name on the command line: enterprises, contacts, duties, visits, issues.
    static QString kindName(ImportKind kind);
    static std::optional<ImportKind> kindNamed(const QString& name);
    // The kind as people call it, in the program's language (also the sheet name of an export).
    static QString kindLabel(ImportKind kind);

    static QList<ImportField> fields(ImportKind kind);
    // The headers of an export and of an empty template.
    static QStringList header(ImportKind kind);
    // The field each column holds, recognised from its header; -1 for a column left out.
    static ColumnMapping guessMapping(ImportKind kind, const QStringList& header);
    // The field whose key, header or synonym this is, or -1.
    static int fieldNamed(ImportKind kind, const QString& name);

    [[nodiscard]] static Result<ImportOutcome> run(Database& db, ImportKind kind, const CsvTable& table,
                                                   const ImportOptions& options = {});
};

} // namespace liaison
