#include "EnterpriseExport.h"

#include "CsvWriter.h"
#include "Database.h"
#include "DomainEnums.h"
#include "EnterpriseImport.h"

namespace liaison {

Result<QList<QStringList>> EnterpriseExport::rows(const Database& db)
{
    auto query = db.run(QStringLiteral("SELECT e.name, e.credit_code, a.name, e.industry, e.scale, "
                                       "e.production_status, e.address FROM enterprise e "
                                       "JOIN area a ON a.id = e.area_id ORDER BY e.id"));
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

Result<qsizetype> EnterpriseExport::writeCsv(const Database& db, const QString& path)
{
    auto table = rows(db);
    LIAISON_TRY(table);
    if (const Status written = CsvWriter::write(path, EnterpriseImport::header(), *table); !written)
        return std::unexpected(written.error());
    return table->size();
}

} // namespace liaison
