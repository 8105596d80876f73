#include "ExchangeCommand.h"

#include "CommandArguments.h"
#include "CtlApplication.h"
#include "Database.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/EnterpriseExport.h"
#include "exchange/EnterpriseImport.h"
#include "exchange/SpreadsheetReader.h"
#include "exchange/TextFile.h"
#include "exchange/XlsxTableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace liaison {
namespace {

bool isXlsx(const QString& path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
}

} // namespace

int ExchangeCommand::checkKind(const QString& kind)
{
    static const QStringList later = {QStringLiteral("contacts"), QStringLiteral("visits"),
                                      QStringLiteral("issues")};
    if (kind == QLatin1StringView("enterprises"))
        return CtlApplication::Done;
    if (later.contains(kind))
        return m_app.fail(
            tr("This version imports and exports enterprises; %1 come with a later one.").arg(kind));
    return m_app.usage(
        tr("“%1” is not a kind of record; use enterprises, contacts, visits or issues.").arg(kind));
}

int ExchangeCommand::runImport(const QStringList& args)
{
    const CommandArguments arguments(
        QStringLiteral("import"), args, {QStringLiteral("encoding"), QStringLiteral("template")},
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
        return m_app.usage(tr("Write it as: import KIND FILE [--encoding auto|utf-8|gb18030] [--dry-run]"));
    const QString kind = positional[0];
    const QString path = positional[1];
    const bool preview = arguments.isSet(QStringLiteral("preview"));
    if (preview && !arguments.isSet(QStringLiteral("json")))
        return m_app.usage(tr("--preview prints JSON: add --json."));
    static const QStringList kinds = {QStringLiteral("enterprises"), QStringLiteral("contacts"),
                                      QStringLiteral("visits"), QStringLiteral("issues")};
    if (!kinds.contains(kind))
        return m_app.usage(
            tr("“%1” is not a kind of record; use enterprises, contacts, visits or issues.").arg(kind));
    const auto encoding = TextFile::encodingNamed(arguments.value(QStringLiteral("encoding")));
    if (!encoding)
        return m_app.usage(encoding.error().message);
    Result<CsvTable> table = std::unexpected(Error::validation(QString()));
    if (SpreadsheetReader::canRead(path)) {
        table = SpreadsheetReader::read(path);
    } else {
        const auto bytes = TextFile::readAll(path);
        if (!bytes)
            return m_app.fail(bytes.error());
        table = CsvReader::parse(*bytes, *encoding);
    }
    if (!table)
        return m_app.fail(tr("%1: %2").arg(path, table.error().message));

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
    if (const int checked = checkKind(kind); checked != CtlApplication::Done)
        return checked;

    auto db = m_app.openDatabase(false);
    if (!db)
        return m_app.fail(db.error());
    const bool dryRun = arguments.isSet(QStringLiteral("dry-run"));
    const auto outcome = EnterpriseImport::run(**db, *table, dryRun);
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
    const QString summary = dryRun ? tr("Checked %1 rows (%2): %3 new and %4 updated enterprises can be "
                                        "imported; nothing was written "
                                        "(dry run).")
                                   : tr("Imported %1 rows (%2): %3 new enterprises, %4 updated.");
    m_app.out() << summary.arg(outcome->rows).arg(table->encoding).arg(outcome->created).arg(outcome->updated)
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
    const QString kind = arguments.positional()[0];
    const QString path = arguments.positional()[1];
    if (!EnterpriseExport::canWrite(path))
        return m_app.usage(tr("The file's name ends in .csv or .xlsx, which says how to write it."));
    if (const int checked = checkKind(kind); checked != CtlApplication::Done)
        return checked;
    auto db = m_app.openDatabase(false);
    if (!db)
        return m_app.fail(db.error());
    const auto written = EnterpriseExport::write(**db, path);
    if (!written)
        return m_app.fail(written.error());
    m_app.out() << tr("Exported %n enterprise(s) to %1.", nullptr, int(*written)).arg(path) << '\n';
    return CtlApplication::Done;
}

int ExchangeCommand::writeTemplate(const QString& kind, const QString& path)
{
    if (const int checked = checkKind(kind); checked != CtlApplication::Done)
        return checked;
    if (!EnterpriseExport::canWrite(path))
        return m_app.usage(tr("The file's name ends in .csv or .xlsx, which says how to write it."));
    const Status written = isXlsx(path) ? XlsxTableWriter::write(path, tr("Enterprises", "sheet name"),
                                                                 EnterpriseImport::header(), {})
                                        : CsvWriter::write(path, EnterpriseImport::header(), {});
    if (!written)
        return m_app.fail(written.error());
    m_app.out() << tr("Wrote an empty %1 template to %2.").arg(kind, path) << '\n';
    return CtlApplication::Done;
}

} // namespace liaison
