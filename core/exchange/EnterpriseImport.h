#pragma once

#include "CsvReader.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace liaison {

class Database;

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
    int updated = 0; // enterprises found by their credit code and brought up to date
    QStringList ignoredColumns;
    QList<ImportProblem> problems;
    bool written = false; // everything was written; otherwise nothing was

    // "line 12, 统一社会信用代码 “9150…”: reason", one per problem.
    QStringList problemLines() const;
};

// Imports the enterprise register from a table whose headers are recognised in Chinese or English
// (企业名称, 统一社会信用代码, 所属镇街, 行业, 企业类型, 生产状态, 地址 …). Every row is checked with the
// same rules as a form in the program; an enterprise whose credit code is already registered is
// updated rather than duplicated. All rows are written in one transaction, or none: any problem, or
// a dry run, leaves the database as it was.
class EnterpriseImport final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::EnterpriseImport)

public:
    enum class Field { Name, CreditCode, Area, Industry, Scale, ProductionStatus, Address, Count };

    static std::optional<Field> fieldOf(const QString& header);
    // The column headers the export writes and a template offers, in the program's language.
    static QString headerOf(Field field);
    static QStringList header();

    [[nodiscard]] static Result<ImportOutcome> run(Database& db, const CsvTable& table, bool dryRun);
};

} // namespace liaison
