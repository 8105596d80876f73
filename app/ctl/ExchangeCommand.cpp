#include "ExchangeCommand.h"

#include "CommandArguments.h"
#include "CtlApplication.h"
#include "Database.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportFile.h"
#include "exchange/TableExport.h"
#include "exchange/TextFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace liaison {
namespace {

// --map "单位=enterprise;电话=phone;备注=-": the field of each named column, over the mapping guessed
// from the headers. "-" leaves a column out.
Result<ColumnMapping> mappingFrom(ImportKind kind, const CsvTable& table, const QString& text)
{
    ColumnMapping mapping = TableImport::guessMapping(kind, table.header);
    const QStringList pairs = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        const QString column = pair.left(eq).trimmed();
        const QString field = pair.mid(eq + 1).trimmed();
        const qsizetype c = table.header.indexOf(column);
        if (eq < 0 || c < 0)
            return std::unexpected(Error::validation(
                ExchangeCommand::tr("--map: “%1” is not a column of the file; write HEADER=FIELD.")
                    .arg(pair)));
        if (field == QLatin1StringView("-")) {
            mapping[c] = -1;
            continue;
        }
        const int f = TableImport::fieldNamed(kind, field);
        if (f < 0)
            return std::unexpected(
                Error::validation(ExchangeCommand::tr("--map: “%1” is not a field of %2; see import --help.")
                                      .arg(field, TableImport::kindName(kind))));
        for (int& other : mapping) {
            if (other == f)
                other = -1; // the column named here takes the field over from a guessed one
        }
        mapping[c] = f;
    }
    return mapping;
}

} // namespace

std::optional<ImportKind> ExchangeCommand::kindOf(const QString& name)
{
    if (const auto kind = TableImport::kindNamed(name))
        return kind;
    m_app.usage(
        tr("“%1” is not a kind of record; use enterprises, contacts, duties, visits or issues.").arg(name));
    return std::nullopt;
}

int ExchangeCommand::runImport(const QStringList& args)
{
    const CommandArguments arguments(
        QStringLiteral("import"), args,
        {QStringLiteral("encoding"), QStringLiteral("template"), QStringLiteral("map")},
        {QStringLiteral("dry-run"), QStringLiteral("preview"), QStringLiteral("json")});
    if (!arguments.ok())
        return m_app.usage(arguments.error());
    const QStringList positional = arguments.positional();
    if (arguments.isSet(QStringLiteral("template"))) {
        if (positional.size() != 1)
            return m_app.usage(tr("Write it as: import --template KIND FILE.csv|FILE.xlsx"));
        return writeTemplate(arguments.value(QStringLiteral("template")), positional.front());
    }
    if (positional.size() != 2)
        return m_app.usage(
            tr("Write it as: import KIND FILE [--encoding auto|utf-8|gb18030] [--map MAPPING] [--dry-run]"));
    const QString path = positional[1];
    const bool preview = arguments.isSet(QStringLiteral("preview"));
    if (preview && !arguments.isSet(QStringLiteral("json")))
        return m_app.usage(tr("--preview prints JSON: add --json."));
    const auto kind = kindOf(positional[0]);
    if (!kind)
        return CtlApplication::Usage;
    const auto encoding = TextFile::encodingNamed(arguments.value(QStringLiteral("encoding")));
    if (!encoding)
        return m_app.usage(encoding.error().message);
    const auto table = readImportFile(path, *encoding);
    if (!table)
        return m_app.fail(table.error());

    if (preview) {
        // What the import wizard shows: every row exactly as read, without checking anything.
        QJsonArray rows;
        for (const QStringList& row : table->rows)
            rows.append(QJsonArray::fromStringList(row));
        const QJsonObject object{{QStringLiteral("encoding"), table->encoding},
                                 {QStringLiteral("header"), QJsonArray::fromStringList(table->header)},
                                 {QStringLiteral("rows"), rows}};
        m_app.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return CtlApplication::Done;
    }
    ImportOptions options;
    options.dryRun = arguments.isSet(QStringLiteral("dry-run"));
    if (arguments.isSet(QStringLiteral("map"))) {
        auto mapping = mappingFrom(*kind, *table, arguments.value(QStringLiteral("map")));
        if (!mapping)
            return m_app.usage(mapping.error().message);
        options.mapping = *mapping;
    }

    auto db = m_app.openDatabase(false);
    if (!db)
        return m_app.fail(db.error());
    const auto outcome = TableImport::run(**db, *kind, *table, options);
    if (!outcome)
        return m_app.fail(outcome.error());
    for (const QString& column : outcome->ignoredColumns)
        m_app.warn(tr("the column “%1” is not one this program knows; it was left out.").arg(column));
    if (!outcome->problems.isEmpty()) {
        // The first hundred say what is wrong; a file wrong throughout need not fill the screen.
        constexpr qsizetype shown = 100;
        const QStringList lines = outcome->problemLines();
        for (const QString& line : lines.mid(0, shown))
            m_app.warn(line);
        if (lines.size() > shown)
            m_app.warn(tr("… and %1 more.").arg(lines.size() - shown));
        return m_app.fail(
            tr("%1 has %n problem(s); nothing was imported.", nullptr, int(outcome->problems.size()))
                .arg(path));
    }
    const QString summary = options.dryRun
                                ? tr("Checked %1 rows of %2 (%3): %4 new and %5 updated records can be "
                                     "imported; nothing was written (dry run).")
                                : tr("Imported %1 rows of %2 (%3): %4 new records, %5 updated.");
    m_app.out() << summary.arg(outcome->rows)
                       .arg(TableImport::kindName(*kind), table->encoding)
                       .arg(outcome->created)
                       .arg(outcome->updated)
                << '\n';
    return CtlApplication::Done;
}

int ExchangeCommand::runExport(const QStringList& args)
{
    const CommandArguments arguments(QStringLiteral("export"), args, {}, {});
    if (!arguments.ok())
        return m_app.usage(arguments.error());
    if (arguments.positional().size() != 2)
        return m_app.usage(tr("Write it as: export KIND FILE.csv|FILE.xlsx"));
    const auto kind = kindOf(arguments.positional()[0]);
    if (!kind)
        return CtlApplication::Usage;
    const QString path = arguments.positional()[1];
    if (!TableExport::canWrite(path))
        return m_app.usage(tr("The file's name ends in .csv or .xlsx, which says how to write it."));
    auto db = m_app.openDatabase(false);
    if (!db)
        return m_app.fail(db.error());
    const auto written = TableExport::write(**db, *kind, path);
    if (!written)
        return m_app.fail(written.error());
    m_app.out() << tr("Exported %n record(s) of %1 to %2.", nullptr, int(*written))
                       .arg(TableImport::kindName(*kind), path)
                << '\n';
    return CtlApplication::Done;
}

int ExchangeCommand::writeTemplate(const QString& name, const QString& path)
{
    const auto kind = kindOf(name);
    if (!kind)
        return CtlApplication::Usage;
    if (!TableExport::canWrite(path))
        return m_app.usage(tr("The file's name ends in .csv or .xlsx, which says how to write it."));
    if (const Status written = TableExport::writeTemplate(*kind, path); !written)
        return m_app.fail(written.error());
    m_app.out() << tr("Wrote an empty %1 template to %2.").arg(name, path) << '\n';
    return CtlApplication::Done;
}

} // namespace liaison
