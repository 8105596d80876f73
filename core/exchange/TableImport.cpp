#include "TableImport.h"

#include "Database.h"
#include "RecordImporter.h"
#include "security/Permissions.h"

namespace liaison {
namespace {

std::unique_ptr<RecordImporter> importerFor(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Enterprises: return makeEnterpriseImporter();
    case ImportKind::Contacts: return makeContactImporter();
    case ImportKind::Duties: return makeDutyImporter();
    case ImportKind::Visits: return makeVisitImporter();
    case ImportKind::Issues: return makeIssueImporter();
    }
    Q_UNREACHABLE();
    return {};
}

// Told every this many rows: often enough for a progress bar, seldom enough to cost nothing.
constexpr int progressStep = 50;

} // namespace

QStringList ImportOutcome::problemLines() const
{
    QStringList lines;
    for (const ImportProblem& p : problems) {
        if (p.column.isEmpty())
            lines << TableImport::tr("line %1: %2").arg(p.line).arg(p.reason);
        else
            lines << TableImport::tr("line %1, %2 “%3”: %4").arg(p.line).arg(p.column, p.value, p.reason);
    }
    return lines;
}

QString TableImport::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Enterprises: return QStringLiteral("enterprises");
    case ImportKind::Contacts: return QStringLiteral("contacts");
    case ImportKind::Duties: return QStringLiteral("duties");
    case ImportKind::Visits: return QStringLiteral("visits");
    case ImportKind::Issues: return QStringLiteral("issues");
    }
    return {};
}

std::optional<ImportKind> TableImport::kindNamed(const QString& name)
{
    for (const ImportKind kind : kinds) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString TableImport::kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Enterprises: return tr("Enterprises");
    case ImportKind::Contacts: return tr("Contacts");
    case ImportKind::Duties: return tr("Duty assignments");
    case ImportKind::Visits: return tr("Visits");
    case ImportKind::Issues: return tr("Problems");
    }
    return {};
}

QList<ImportField> TableImport::fields(ImportKind kind)
{
    return importerFor(kind)->fields();
}

QStringList TableImport::header(ImportKind kind)
{
    QStringList names;
    for (const ImportField& field : fields(kind))
        names << field.header;
    return names;
}

int TableImport::fieldNamed(ImportKind kind, const QString& name)
{
    const QString key = normalisedHeader(name);
    if (key.isEmpty())
        return -1;
    const QList<ImportField> known = fields(kind);
    for (qsizetype f = 0; f < known.size(); ++f) {
        const ImportField& field = known[f];
        if (key == normalisedHeader(field.key) || key == normalisedHeader(field.header))
            return int(f);
        for (const QString& synonym : field.synonyms) {
            if (key == normalisedHeader(synonym))
                return int(f);
        }
    }
    return -1;
}

ColumnMapping TableImport::guessMapping(ImportKind kind, const QStringList& header)
{
    ColumnMapping mapping;
    QList<bool> taken(fields(kind).size(), false);
    for (const QString& name : header) {
        const int field = fieldNamed(kind, name);
        // A second column for a field already found is left out; the first one counts.
        if (field >= 0 && !taken[field]) {
            taken[field] = true;
            mapping << field;
        } else {
            mapping << -1;
        }
    }
    return mapping;
}

Result<ImportOutcome> TableImport::run(Database& db, ImportKind kind, const CsvTable& table,
                                       const ImportOptions& options)
{
    // Each row is checked again where it is written, against the user's scope.
    const Permission needed = kind == ImportKind::Enterprises || kind == ImportKind::Duties
                                  ? Permission::EditRegister
                              : kind == ImportKind::Issues ? Permission::WorkIssue
                                                           : Permission::WorkEnterprise;
    LIAISON_TRY(Permissions::require(db, needed));
    const auto importer = importerFor(kind);
    const QList<ImportField> known = importer->fields();
    ImportOutcome outcome;
    outcome.rows = int(table.rows.size());

    const ColumnMapping mapping = options.mapping.value_or(guessMapping(kind, table.header));
    if (mapping.size() != table.header.size())
        return std::unexpected(Error::validation(tr("The mapping names %1 columns, but the file has %2.")
                                                     .arg(mapping.size())
                                                     .arg(table.header.size())));
    QList<int> columnOf(known.size(), -1);
    for (qsizetype c = 0; c < mapping.size(); ++c) {
        const int field = mapping[c];
        if (field < 0 || field >= known.size()) {
            if (!table.header[c].trimmed().isEmpty())
                outcome.ignoredColumns << table.header[c];
            continue;
        }
        if (columnOf[field] >= 0) {
            outcome.problems << ImportProblem{
                1, table.header[c], QString(),
                tr("a second column for “%1”; map only one column to it").arg(known[field].header)};
            continue;
        }
        columnOf[field] = int(c);
    }
    QStringList enterpriseColumns;
    bool namesEnterprise = false;
    for (qsizetype f = 0; f < known.size(); ++f) {
        if (known[f].required && columnOf[f] < 0)
            outcome.problems << ImportProblem{1, QString(), QString(),
                                              tr("the column “%1” is missing").arg(known[f].header)};
        if (known[f].namesEnterprise) {
            enterpriseColumns << known[f].header;
            namesEnterprise = namesEnterprise || columnOf[f] >= 0;
        }
    }
    if (!enterpriseColumns.isEmpty() && !namesEnterprise)
        outcome.problems << ImportProblem{
            1, QString(), QString(),
            tr("no column names the enterprise; give “%1”").arg(enterpriseColumns.join(tr("” or “")))};
    if (!outcome.problems.isEmpty())
        return outcome;

    bool rolledBackOnPurpose = false;
    const Status work = db.transaction([&]() -> Status {
        LIAISON_TRY(importer->prepare(db));
        ImportRow row(table, columnOf, outcome);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            row.moveTo(r);
            if (table.rows[r].size() > table.header.size()) {
                row.problem(tr("%1 fields, but the header names %2 columns")
                                .arg(table.rows[r].size())
                                .arg(table.header.size()));
            } else {
                LIAISON_TRY(importer->importRow(row));
            }
            if (options.progress && ((r + 1) % progressStep == 0 || r + 1 == table.rows.size()) &&
                !options.progress(int(r + 1), int(table.rows.size()))) {
                outcome.cancelled = true;
                break;
            }
        }
        if (!outcome.problems.isEmpty() || options.dryRun || outcome.cancelled) {
            rolledBackOnPurpose = true;
            return std::unexpected(Error::validation(tr("Nothing was written.")));
        }
        return {};
    });
    if (work) {
        outcome.written = true;
        return outcome;
    }
    if (rolledBackOnPurpose)
        return outcome; // nothing written; the report says why
    return std::unexpected(work.error());
}

} // namespace liaison
