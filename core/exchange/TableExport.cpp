#include "TableExport.h"

#include "CsvWriter.h"
#include "Database.h"
#include "DomainEnums.h"
#include "XlsxTableWriter.h"
#include "security/Permissions.h"

namespace liaison {
namespace {

using namespace Qt::StringLiterals;

// The label of a stored vocabulary code, or the code itself when it is not one.
template <typename E>
QString labelOf(const QVariant& code)
{
    const auto value = DomainText::fromCode<E>(code.toString());
    return value ? DomainText::label(*value) : code.toString();
}

QString dateText(const QVariant& value)
{
    return value.isNull() ? QString() : value.toDate().toString(Qt::ISODate);
}

// Each kind's query: the columns in the order of TableImport::header(kind), over the enterprise "e".
QString selectFor(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Enterprises:
        return u"SELECT e.name, e.credit_code, a.name, e.industry, e.scale, e.production_status, e.address "
               "FROM enterprise e JOIN area a ON a.id = e.area_id %1 ORDER BY e.id"_s;
    case ImportKind::Contacts:
        return u"SELECT e.name, e.credit_code, c.name, c.position, c.phone "
               "FROM contact c JOIN enterprise e ON e.id = c.enterprise_id %1 ORDER BY e.id, c.id"_s;
    case ImportKind::Duties:
        return u"SELECT e.name, e.credit_code, l.name, u.name, dp.name, a.name, ap.name, d.valid_from "
               "FROM duty_assignment d JOIN enterprise e ON e.id = d.enterprise_id "
               "JOIN person l ON l.id = d.leader_id JOIN unit u ON u.id = d.department_id "
               "LEFT JOIN person dp ON dp.id = d.department_person_id JOIN area a ON a.id = d.area_id "
               "LEFT JOIN person ap ON ap.id = d.area_person_id "
               "WHERE d.valid_to IS NULL %2 ORDER BY e.id"_s;
    case ImportKind::Visits:
        return u"SELECT e.name, e.credit_code, v.visited_on, v.mode, v.visitors, v.production_status_seen, "
               "v.staff_on_site, v.staff_returned, v.closed_loop_staff, v.capacity_percent, v.notes "
               "FROM visit v JOIN enterprise e ON e.id = v.enterprise_id %1 ORDER BY v.visited_on, v.id"_s;
    case ImportKind::Issues:
        return u"SELECT e.name, e.credit_code, c.name, i.title, i.description, i.reported_on, u.name, "
               "i.resolution, i.resolved_on FROM issue i JOIN enterprise e ON e.id = i.enterprise_id "
               "JOIN issue_category c ON c.code = i.category LEFT JOIN unit u ON u.id = i.owner_unit_id "
               "%1 ORDER BY i.reported_on, i.id"_s;
    }
    return {};
}

// One exported row: columns is the number of the kind's fields, worked out once by the caller.
QStringList rowOf(ImportKind kind, int columns, const QSqlQuery& q)
{
    QStringList row;
    for (int c = 0; c < columns; ++c)
        row << q.value(c).toString();
    switch (kind) {
    case ImportKind::Enterprises:
        row[4] = labelOf<EnterpriseScale>(q.value(4));
        row[5] = labelOf<ProductionStatus>(q.value(5));
        break;
    case ImportKind::Contacts: break;
    case ImportKind::Duties: row[7] = dateText(q.value(7)); break;
    case ImportKind::Visits:
        row[2] = dateText(q.value(2));
        row[3] = labelOf<VisitMode>(q.value(3));
        row[5] = labelOf<ProductionStatus>(q.value(5));
        row[9] = q.value(9).isNull() ? QString() : QString::number(q.value(9).toDouble());
        break;
    case ImportKind::Issues:
        row[5] = dateText(q.value(5));
        row[8] = dateText(q.value(8));
        break;
    }
    return row;
}

} // namespace

Result<QList<QStringList>> TableExport::rows(const Database& db, ImportKind kind,
                                             const EnterpriseFilter& filter)
{
    LIAISON_TRY(Permissions::require(db, Permission::Export));
    QVariantList binds;
    const QString where = filter.whereClause(binds);
    QString sql = selectFor(kind);
    sql = kind == ImportKind::Duties ? sql.arg(where.isEmpty() ? QString() : u"AND "_s + where)
                                     : sql.arg(where.isEmpty() ? QString() : u"WHERE "_s + where);
    auto query = db.run(sql, binds);
    LIAISON_TRY(query);
    const int columns = int(TableImport::fields(kind).size());
    QList<QStringList> rows;
    while (query->next())
        rows << rowOf(kind, columns, *query);
    return rows;
}

bool TableExport::canWrite(const QString& path)
{
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive) || path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
}

namespace {

Status writeTable(ImportKind kind, const QString& path, const QList<QStringList>& rows)
{
    if (!TableExport::canWrite(path))
        return std::unexpected(Error::validation(
            TableExport::tr("The file's name ends in .csv or .xlsx, which says how to write it.")));
    const QStringList header = TableImport::header(kind);
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)
               ? XlsxTableWriter::write(path, TableImport::kindLabel(kind), header, rows)
               : CsvWriter::write(path, header, rows);
}

} // namespace

Result<qsizetype> TableExport::write(const Database& db, ImportKind kind, const QString& path,
                                     const EnterpriseFilter& filter)
{
    if (!canWrite(path))
        return std::unexpected(
            Error::validation(tr("The file's name ends in .csv or .xlsx, which says how to write it.")));
    auto table = rows(db, kind, filter);
    LIAISON_TRY(table);
    LIAISON_TRY(writeTable(kind, path, *table));
    return table->size();
}

Status TableExport::writeTemplate(ImportKind kind, const QString& path)
{
    return writeTable(kind, path, {});
}

} // namespace liaison
