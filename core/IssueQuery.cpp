#include "IssueQuery.h"

#include "Database.h"
#include "EntityTraits.h"
#include "WorkCalendar.h"
#include "security/Permissions.h"

namespace liaison {
namespace {

// The issue's own columns in the order EntityTraits<Issue> reads them, then the names lists show.
QString selectRows()
{
    QStringList columns;
    columns << QStringLiteral("i.id");
    for (const QString& column : EntityTraits<Issue>::columns())
        columns << QStringLiteral("i.") + column;
    columns << QStringLiteral("i.version") << QStringLiteral("c.name") << QStringLiteral("e.name")
            << QStringLiteral("COALESCE(u.name, '')") << QStringLiteral("COALESCE(p.name, '')")
            << QStringLiteral("COALESCE(a.name, '')");
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM issue i JOIN enterprise e ON e.id = i.enterprise_id "
                          "JOIN issue_category c ON c.code = i.category "
                          "LEFT JOIN unit u ON u.id = i.owner_unit_id "
                          "LEFT JOIN person p ON p.id = i.owner_person_id "
                          "LEFT JOIN area a ON a.id = i.owner_area_id");
}

const QString openNow = QStringLiteral("i.status IN ('new', 'assigned', 'in_progress', 'reopened')");

} // namespace

IssueQuery::IssueQuery(const Database& db, const WorkCalendar& calendar, IssueFilter filter, QDate asOf)
    : m_db(db), m_calendar(calendar), m_filter(std::move(filter)), m_asOf(asOf)
{
}

bool IssueQuery::needsRowCheck() const
{
    return m_filter.colour == SupervisionColour::Blue || m_filter.colour == SupervisionColour::Green;
}

QString IssueQuery::where(QVariantList& binds) const
{
    QStringList conditions;
    if (m_filter.onlyReportedByThen || m_filter.colour) {
        conditions << QStringLiteral("i.reported_on <= ?");
        binds << m_asOf;
    }
    switch (m_filter.quick) {
    case IssueFilter::Quick::All: break;
    case IssueFilter::Quick::Open: conditions << openNow; break;
    case IssueFilter::Quick::Overdue:
        conditions << openNow << QStringLiteral("i.due_on < ?");
        binds << m_asOf;
        break;
    case IssueFilter::Quick::Yellow:
        conditions << openNow << QStringLiteral("i.due_on >= ? AND i.due_on <= ?");
        binds << m_asOf << m_calendar.addWorkdays(m_asOf, 1);
        break;
    case IssueFilter::Quick::AwaitingVerification:
        conditions << QStringLiteral("i.status = 'resolved'");
        break;
    case IssueFilter::Quick::FlaggedForEscalation: {
        // Red for two working days or more: due on or before the latest day that is that far behind.
        QDate latest = m_asOf.addDays(-1);
        while (m_calendar.workdaysBetween(latest, m_asOf) < Supervision::redDaysBeforeEscalation)
            latest = latest.addDays(-1);
        conditions << openNow << QStringLiteral("i.tier <> 'leader'")
                   << QStringLiteral("(i.due_on <= ? OR i.handoffs_since_progress >= ?)");
        binds << latest << Supervision::handoffsBeforeEscalation;
        break;
    }
    }
    if (m_filter.colour) {
        // Open as of the day: not resolved by then (a problem resolved later was open on the day).
        const QString openThen = QStringLiteral("(%1 OR (i.status IN ('resolved', 'verified') AND "
                                                "(i.resolved_on IS NULL OR i.resolved_on > ?)))")
                                     .arg(openNow);
        switch (*m_filter.colour) {
        case SupervisionColour::None:
            conditions << QStringLiteral("i.status IN ('resolved', 'verified') AND i.resolved_on <= ?");
            binds << m_asOf;
            break;
        case SupervisionColour::Red:
            conditions << openThen << QStringLiteral("i.due_on < ?");
            binds << m_asOf << m_asOf;
            break;
        case SupervisionColour::Yellow:
            // One working day or less left: due before the second working day after the day.
            conditions << openThen << QStringLiteral("i.due_on >= ? AND i.due_on < ?");
            binds << m_asOf << m_asOf << m_calendar.addWorkdays(m_asOf, 2);
            break;
        case SupervisionColour::Blue:
        case SupervisionColour::Green:
            conditions << openThen << QStringLiteral("(i.due_on IS NULL OR i.due_on >= ?)");
            binds << m_asOf << m_calendar.addWorkdays(m_asOf, 2);
            break;
        }
    }
    if (m_filter.status) {
        conditions << QStringLiteral("i.status = ?");
        binds << DomainText::code(*m_filter.status);
    }
    if (m_filter.tier) {
        conditions << QStringLiteral("i.tier = ?");
        binds << DomainText::code(*m_filter.tier);
    }
    if (!m_filter.category.isEmpty()) {
        conditions << QStringLiteral("i.category = ?");
        binds << m_filter.category;
    }
    if (m_filter.areaId) {
        conditions << QStringLiteral("e.area_id = ?");
        binds << *m_filter.areaId;
    }
    if (!m_filter.areaName.isEmpty()) {
        conditions << QStringLiteral("e.area_id IN (SELECT id FROM area WHERE name = ?)");
        binds << m_filter.areaName;
    }
    if (m_filter.ownerUnitId) {
        conditions << QStringLiteral("i.owner_unit_id = ?");
        binds << *m_filter.ownerUnitId;
    }
    if (m_filter.ownerPersonId) {
        conditions << QStringLiteral("i.owner_person_id = ?");
        binds << *m_filter.ownerPersonId;
    }
    if (!m_filter.ownerName.isEmpty()) {
        conditions << QStringLiteral("i.owner_person_id IN (SELECT id FROM person WHERE name = ?)");
        binds << m_filter.ownerName;
    }
    const QString term = m_filter.search.trimmed().left(100);
    if (!term.isEmpty()) {
        conditions << QStringLiteral("(e.name LIKE ? ESCAPE '\\' OR i.title LIKE ? ESCAPE '\\')");
        const QString pattern = containsPattern(term);
        binds << pattern << pattern;
    }
    return conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND "));
}

Result<qint64> IssueQuery::count() const
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    if (needsRowCheck()) {
        auto rows = fetch(QStringLiteral("i.id"));
        LIAISON_TRY(rows);
        return qint64(rows->size());
    }
    QVariantList binds;
    const QString condition = where(binds);
    auto total = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM issue i JOIN enterprise e ON e.id = i.enterprise_id WHERE ") +
            condition,
        binds);
    LIAISON_TRY(total);
    return total->toLongLong();
}

Result<std::vector<IssueRow>> IssueQuery::fetch(const QString& orderBy, int limit, int offset) const
{
    LIAISON_TRY(Permissions::require(m_db, Permission::Read));
    QVariantList binds;
    const QString condition = where(binds);
    QString sql =
        selectRows() + QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY ") + orderBy;
    // Blue and green are decided row by row, so their paging is done here too.
    const bool rowCheck = needsRowCheck();
    if (limit >= 0 && !rowCheck)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    auto rows = m_db.run(sql, binds);
    LIAISON_TRY(rows);
    std::vector<IssueRow> found;
    int skipped = 0;
    while (rows->next()) {
        RowReader reader(*rows);
        IssueRow row;
        row.issue = EntityTraits<Issue>::read(reader);
        row.category = reader.text();
        row.enterprise = reader.text();
        row.leadUnit = reader.text();
        row.owner = reader.text();
        row.ownerArea = reader.text();
        row.state = Supervision::assess(row.issue, m_asOf, m_calendar);
        if (rowCheck) {
            if (row.state.colour != *m_filter.colour)
                continue;
            if (skipped < offset) {
                ++skipped;
                continue;
            }
            if (limit >= 0 && int(found.size()) >= limit)
                break;
        }
        found.push_back(std::move(row));
    }
    return found;
}

} // namespace liaison
