#include "BriefingWorkbook.h"

#include "Database.h"
#include "security/Permissions.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <xlsxwriter.h>

#include <memory>
#include <vector>

namespace liaison {
namespace {

// One worksheet being filled row by row. libxlsxwriter copies every string it is given.
class Sheet
{
public:
    Sheet(lxw_worksheet* sheet, lxw_format* header, lxw_format* date, lxw_format* text)
        : m_sheet(sheet), m_header(header), m_date(date), m_text(text)
    {
    }

    void header(const QStringList& titles, const std::vector<double>& widths)
    {
        for (int column = 0; column < titles.size(); ++column) {
            text(0, column, titles.at(column), m_header);
            worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column),
                                 column < int(widths.size()) ? widths[std::size_t(column)] : 12, nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
    }
    void text(int row, int column, const QString& value, lxw_format* format = nullptr)
    {
        if (value.isEmpty())
            return;
        const QByteArray bytes = value.toUtf8();
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), bytes.constData(),
                               format ? format : m_text);
    }
    void number(int row, int column, double value)
    {
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr);
    }
    void date(int row, int column, const QDate& value)
    {
        if (!value.isValid())
            return;
        lxw_datetime when = {value.year(), value.month(), value.day(), 0, 0, 0};
        worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &when, m_date);
    }

private:
    lxw_worksheet* m_sheet;
    lxw_format* m_header;
    lxw_format* m_date;
    lxw_format* m_text;
};

// All the rows of a query, read at once: on PostgreSQL a forward-only result is streamed, and the
// next statement on the connection would cut it short.
QList<QVariantList> allRows(QSqlQuery& query)
{
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < columns; ++column)
            row << query.value(column);
        rows << row;
    }
    return rows;
}

struct BookCloser
{
    void operator()(lxw_workbook* book) const
    {
        if (book)
            workbook_close(book);
    }
};

} // namespace

Status BriefingWorkbook::write(Database& db, const BriefingData& data, const QString& path)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    const QDate last = std::min(data.period.to, data.asOf);
    // Everything is read before the file is touched: a failed query leaves no half-written workbook.
    auto problems = db.run(
        QStringLiteral(
            "SELECT i.id, e.name, COALESCE(c.name, i.category), i.title, i.description, i.tier, "
            "COALESCE(u.name, a.name), p.name, i.status, i.reported_on, i.due_on, i.resolved_on, "
            "i.resolution FROM issue i JOIN enterprise e ON e.id = i.enterprise_id "
            "LEFT JOIN issue_category c ON c.code = i.category LEFT JOIN unit u ON u.id = i.owner_unit_id "
            "LEFT JOIN area a ON a.id = i.owner_area_id LEFT JOIN person p ON p.id = i.owner_person_id "
            "WHERE i.reported_on <= ? AND (i.resolved_on IS NULL OR i.resolved_on >= ?) "
            "ORDER BY i.reported_on, i.id"),
        {last, data.period.from});
    LIAISON_TRY(problems);
    const QList<QVariantList> problemRows = allRows(*problems);
    auto visits =
        db.run(QStringLiteral("SELECT v.visited_on, e.name, a.name, v.mode, v.visitors, "
                              "v.production_status_seen, v.staff_on_site, v.staff_returned, "
                              "v.closed_loop_staff, v.capacity_percent, v.notes FROM visit v "
                              "JOIN enterprise e ON e.id = v.enterprise_id JOIN area a ON a.id = e.area_id "
                              "WHERE v.visited_on BETWEEN ? AND ? ORDER BY v.visited_on, v.id"),
               {data.period.from, last});
    LIAISON_TRY(visits);
    const QList<QVariantList> visitRows = allRows(*visits);

    const QByteArray file = path.toLocal8Bit();
    std::unique_ptr<lxw_workbook, BookCloser> book(workbook_new(file.constData()));
    if (!book)
        return std::unexpected(Error::storage(tr("Cannot create the workbook %1.").arg(path)));
    lxw_format* header = workbook_add_format(book.get());
    format_set_bold(header);
    format_set_bg_color(header, 0xD9E1F2);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(book.get());
    format_set_num_format(date, "yyyy-mm-dd");
    // Text cells in Excel's Text format: a title such as "=HYPERLINK(…)" stays text even when someone
    // edits the cell, where the General format would make a formula of it.
    lxw_format* text = workbook_add_format(book.get());
    format_set_num_format_index(text, 49); // Excel's built-in Text format, "@"
    const auto sheet = [&](const QString& name) {
        const QByteArray bytes = name.toUtf8();
        return Sheet(workbook_add_worksheet(book.get(), bytes.constData()), header, date, text);
    };

    // 概况: the figures, one per row.
    Sheet overview = sheet(tr("Overview", "sheet name"));
    overview.header({tr("Figure"), tr("Value")}, {44, 16});
    const StatsSnapshot& s = data.headline;
    const std::pair<QString, double> figures[] = {
        {tr("Issue number"), data.issueNumber},
        {tr("Directly managed above-size enterprises"), double(s.enterprisesDirect)},
        {tr("of which in production"), double(s.enterprisesDirectInProduction)},
        {tr("Resumption rate (%)"), s.resumptionRate * 100.0},
        {tr("Enterprises about to be upgraded"), double(s.preUpgrade)},
        {tr("of which in production"), double(s.preUpgradeInProduction)},
        {tr("White-listed enterprises"), double(s.whitelistEnterprises)},
        {tr("Problems registered to date"), double(s.issuesTotal)},
        {tr("Problems resolved to date"), double(s.issuesResolved)},
        {tr("Problems open"), double(s.issuesOpen)},
        {tr("Transport passes to date"), double(s.passes)},
        {tr("Driver white-list applications to date"), double(s.driverWhitelist)},
        {tr("People transferred to date"), double(s.transferred)},
        {tr("Staff helped back to work to date"), double(s.staffReturned)},
        {tr("Staff in closed-loop production"), double(s.closedLoopStaff)},
        {tr("Capacity utilisation (%)"), s.capacityUtilization},
        {tr("Visits in the period"), double(data.visits)},
        {tr("Enterprises visited in the period"), double(data.enterprisesVisited)},
        {tr("Problems raised in the period"), double(data.problemsRaised)},
        {tr("Problems resolved in the period"), double(data.problemsResolved)},
        {tr("Passes in the period"), double(data.passes)},
        {tr("Driver applications in the period"), double(data.driverApplications)},
    };
    int row = 1;
    overview.text(row, 0, tr("Period"));
    overview.text(
        row++, 1,
        tr("%1 to %2").arg(data.period.from.toString(Qt::ISODate), data.period.to.toString(Qt::ISODate)));
    overview.text(row, 0, tr("As of"));
    overview.date(row++, 1, data.asOf);
    for (const auto& [label, value] : figures) {
        overview.text(row, 0, label);
        overview.number(row++, 1, value);
    }

    // 问题清单
    Sheet list = sheet(tr("Problems", "sheet name"));
    list.header({tr("No."), tr("Enterprise"), tr("Category"), tr("Problem"), tr("Details"), tr("Tier"),
                 tr("Lead unit"), tr("Owner"), tr("Status"), tr("Reported"), tr("Due"), tr("Resolved on"),
                 tr("Resolution")},
                {7, 30, 12, 30, 40, 10, 14, 10, 10, 12, 12, 12, 40});
    row = 1;
    for (const QVariantList& problem : problemRows) {
        list.number(row, 0, problem.at(0).toDouble());
        for (int column : {1, 2, 3, 4, 6, 7})
            list.text(row, column, problem.at(column).toString());
        list.text(
            row, 5,
            DomainText::label(DomainText::fromCode<Tier>(problem.at(5).toString()).value_or(Tier::Area)));
        list.text(
            row, 8,
            DomainText::label(
                DomainText::fromCode<IssueStatus>(problem.at(8).toString()).value_or(IssueStatus::New)));
        list.date(row, 9, problem.at(9).toDate());
        list.date(row, 10, problem.at(10).toDate());
        list.date(row, 11, problem.at(11).toDate());
        list.text(row, 12, problem.at(12).toString());
        ++row;
    }

    // 走访记录
    Sheet visitSheet = sheet(tr("Visits", "sheet name"));
    visitSheet.header({tr("Date"), tr("Enterprise"), tr("Town/street/park"), tr("Mode"), tr("Who went"),
                       tr("Production seen"), tr("Staff on site"), tr("Staff returned"), tr("Closed loop"),
                       tr("Capacity (%)"), tr("Notes")},
                      {12, 30, 14, 10, 18, 12, 10, 10, 10, 10, 40});
    row = 1;
    for (const QVariantList& visit : visitRows) {
        visitSheet.date(row, 0, visit.at(0).toDate());
        visitSheet.text(row, 1, visit.at(1).toString());
        visitSheet.text(row, 2, visit.at(2).toString());
        visitSheet.text(
            row, 3,
            DomainText::label(
                DomainText::fromCode<VisitMode>(visit.at(3).toString()).value_or(VisitMode::OnSite)));
        visitSheet.text(row, 4, visit.at(4).toString());
        visitSheet.text(row, 5,
                        DomainText::label(DomainText::fromCode<ProductionStatus>(visit.at(5).toString())
                                              .value_or(ProductionStatus::Normal)));
        for (int column : {6, 7, 8})
            visitSheet.number(row, column, visit.at(column).toDouble());
        if (!visit.at(9).isNull())
            visitSheet.number(row, 9, visit.at(9).toDouble());
        visitSheet.text(row, 10, visit.at(10).toString());
        ++row;
    }

    // 分类统计
    Sheet byCategory = sheet(tr("By category", "sheet name"));
    byCategory.header({tr("Category"), tr("Raised in the period"), tr("Resolved in the period"),
                       tr("Raised to date"), tr("Resolved to date")},
                      {16, 14, 14, 14, 14});
    row = 1;
    for (const BriefingData::CategoryRow& c : data.categories) {
        byCategory.text(row, 0, c.name);
        byCategory.number(row, 1, double(c.raised));
        byCategory.number(row, 2, double(c.resolved));
        byCategory.number(row, 3, double(c.raisedToDate));
        byCategory.number(row, 4, double(c.resolvedToDate));
        ++row;
    }
    ++row;
    byCategory.text(row, 0, tr("Tier"));
    byCategory.text(row, 1, tr("Raised in the period"));
    byCategory.text(row, 2, tr("Resolved in the period"));
    byCategory.text(row++, 3, tr("Open"));
    for (const BriefingData::TierRow& t : data.tiers) {
        byCategory.text(row, 0, DomainText::label(t.tier));
        byCategory.number(row, 1, double(t.raised));
        byCategory.number(row, 2, double(t.resolved));
        byCategory.number(row++, 3, double(t.open));
    }

    const lxw_error closed = workbook_close(book.release());
    if (closed != LXW_NO_ERROR)
        return std::unexpected(Error::storage(
            tr("Cannot write the workbook %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)))));
    return {};
}

} // namespace liaison
