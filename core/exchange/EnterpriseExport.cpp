#include "EnterpriseExport.h"

#include "CsvWriter.h"
#include "Database.h"
#include "DomainEnums.h"
#include "EnterpriseImport.h"
#include "XlsxTableWriter.h"

namespace liaison {

Result<QList<QStringList>> EnterpriseExport::rows(const Database& db, const EnterpriseFilter& filter)
{
    QVariantList binds;
    const QString where = filter.whereClause(binds);
    auto query = db.run(QStringLiteral("SELECT e.name, e.credit_code, a.name, e.industry, e.scale, "
                                       "e.production_status, e.address FROM enterprise e "
                                       "JOIN area a ON a.id = e.area_id %1 ORDER BY e.id")
                            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where),
                        binds);
    LIAISON_TRY(query);
    QList<QStringList> rows;
    while (query->next()) {
        const auto scale = DomainText::fromCode<EnterpriseScale>(query->value(4).toString());
        const auto status = DomainText::fromCode<ProductionStatus>(query->value(5).toString());
        rows << QStringList{query->value(0).toString(),
                            query->value(1).toString(),
                            query->value(2).toString(),
                            query->value(3).toString(),
                            scale ? DomainText::label(*scale) : query->value(4).toString(),
                            status ? DomainText::label(*status) : query->value(5).toString(),
                            query->value(6).toString()};
    }
    return rows;
}

bool EnterpriseExport::canWrite(const QString& path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ||
           path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
}

Result<qsizetype> EnterpriseExport::write(const Database& db, const QString& path,
                                          const EnterpriseFilter& filter)
{
    if (!canWrite(path))
        return std::unexpected(
            Error::validation(tr("The file's name ends in .csv or .xlsx, which says how to write it.")));
    auto table = rows(db, filter);
    LIAISON_TRY(table);
    const Status written = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                               ? XlsxTableWriter::write(path, tr("Enterprises", "sheet name"),
                                                        EnterpriseImport::header(), *table)
                               : CsvWriter::write(path, EnterpriseImport::header(), *table);
    if (!written)
        return std::unexpected(written.error());
    return table->size();
}

} // namespace liaison
