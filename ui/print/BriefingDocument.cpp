#include "BriefingDocument.h"

#include "DocumentLayout.h"
#include "PdfTextRepair.h"
#include "Supervision.h"
#include "charts/DashboardCharts.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace liaison {
namespace {

// Latin letters and figures in the Times- and Arial-like Liberation faces, as Chinese offices set
// them; the ideographs in Noto CJK. (Noto CJK's own figures in Latin text come out of shaping as
// glyphs without a character, which a PDF reader could not copy or search.)
const QString latinSerif = QStringLiteral("Liberation Serif");
const QString latinSans = QStringLiteral("Liberation Sans");
const QString chineseSerif = QStringLiteral("Noto Serif CJK SC");
const QString chineseSans = QStringLiteral("Noto Sans CJK SC");

// Sizes of Chinese type (字号) in points.
constexpr qreal size2 = 22;   // 二号: the title
constexpr qreal size3 = 16;   // 三号: body and headings
constexpr qreal size4 = 14;   // 四号: page numbers and the closing block
constexpr qreal sizeS4 = 12;  // 小四: tables and captions
constexpr qreal size5 = 10.5; // 五号: the wide table of problems
constexpr qreal mastheadSize = 40;
// Charts are laid out this much larger than they print: their labels come out at about 7.5 pt, small
// enough for every category's name to fit under its bar.
constexpr qreal chartScale = 1.2;

const QColor officialRed(0xE6, 0x00, 0x12);

QFont font(const QString& family, qreal points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Outlines at their design widths: the layout measured for the device is what is printed.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    return f;
}

// 宋体 with Times, as the body is set; 黑体 with Arial, as headings and captions are.
DocumentLayout::Face serif(qreal points, bool bold = false)
{
    return {font(chineseSerif, points, bold), font(latinSerif, points, bold)};
}

DocumentLayout::Face sans(qreal points, bool bold = false)
{
    return {font(chineseSans, points, bold), font(latinSans, points, bold)};
}

QString number(qint64 n)
{
    return QString::number(n);
}

DocumentLayout::TextStyle bodyStyle()
{
    DocumentLayout::TextStyle style{serif(size3)};
    style.firstLineIndentEm = 2;
    return style;
}

// 一级标题: 黑体, indented like the body, never the last line of a page.
DocumentLayout::TextStyle headingStyle()
{
    DocumentLayout::TextStyle style{sans(size3)};
    style.alignment = Qt::AlignLeft;
    style.firstLineIndentEm = 2;
    style.keepWithNext = true;
    return style;
}

// A table's caption, above it and kept with it.
DocumentLayout::TextStyle captionStyle()
{
    DocumentLayout::TextStyle style{sans(sizeS4)};
    style.alignment = Qt::AlignHCenter;
    style.linePitchMm = 8;
    style.spaceBeforeMm = 2;
    style.keepWithNext = true;
    return style;
}

DocumentLayout::Table tableIn(qreal points)
{
    DocumentLayout::Table table;
    table.face = serif(points);
    table.headerFace = sans(points);
    return table;
}

// A row of the masthead or the closing block: left and, optionally, right aligned, one character in.
void drawSplitLine(QPainter& painter, const QRectF& band, const QString& left, const QString& right,
                   const DocumentLayout::Face& face)
{
    const QFontMetricsF metrics(face.chinese, painter.device());
    const qreal inset = metrics.horizontalAdvance(QChar(0x4E00));
    const QRectF inner = band.adjusted(inset, 0, -inset, 0);
    DocumentLayout::drawLine(painter, inner, Qt::AlignLeft, left, face);
    if (!right.isEmpty())
        DocumentLayout::drawLine(painter, inner, Qt::AlignRight, right, face);
}

} // namespace

BriefingDocument::BriefingDocument(const BriefingData& data, const StatsSeries& series,
                                   const BriefingMasthead& masthead)
    : m_data(data), m_series(series), m_masthead(masthead)
{
}

Result<StatsSeries> BriefingDocument::chartSeries(Database& db, const WorkCalendar& calendar,
                                                  const BriefingData& data)
{
    return StatsSeriesBuilder::build(db, calendar, data.asOf.addDays(-34), data.asOf, data.asOf);
}

QStringList BriefingDocument::missingFonts()
{
    QStringList missing;
    for (const QString& family : {latinSerif, chineseSerif, latinSans, chineseSans}) {
        if (!QFontDatabase::hasFamily(family))
            missing << family;
    }
    return missing;
}

void BriefingDocument::setUpPrinter(QPrinter& printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

QString BriefingDocument::title() const
{
    return m_masthead.district.trimmed().isEmpty()
               ? tr("Liaison service to the district's above-size industrial enterprises")
               : tr("Liaison service to the above-size industrial enterprises of %1")
                     .arg(m_masthead.district.trimmed());
}

Result<int> BriefingDocument::print(QPagedPaintDevice& device) const
{
    DocumentLayout layout(device);
    compose(layout);
    const int pages = layout.paginate();
    QPainter painter;
    if (!painter.begin(&device))
        return std::unexpected(
            Error::storage(tr("The briefing cannot be printed: the printer is not ready.")));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return std::unexpected(Error::storage(tr("The briefing cannot be printed: no new page.")));
        layout.paintPage(painter, page);
    }
    if (!painter.end())
        return std::unexpected(Error::storage(tr("The briefing cannot be printed: the printer failed.")));
    return pages;
}

Status BriefingDocument::writePdf(const QString& path) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(1200);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("LiaisonDesk"));
        auto printed = print(writer);
        LIAISON_TRY(printed);
    }
    QByteArray pdf = buffer.data();
    // The map depends on the installed fonts only: worked out once per run.
    static const QHash<char16_t, char16_t> ideographs = [] {
        QHash<char16_t, char16_t> map;
        for (const QString& family : {chineseSerif, chineseSans}) {
            for (const bool bold : {false, true})
                map.insert(radicalIdeographs(font(family, size3, bold)));
        }
        return map;
    }();
    preferUnifiedIdeographs(pdf, ideographs);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return std::unexpected(Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString())));
    return {};
}

void BriefingDocument::compose(DocumentLayout& layout) const
{
    addMasthead(layout);
    addTitle(layout);
    if (m_data.hasData()) {
        Numbering numbering;
        addOverview(layout, numbering);
        layout.addText(tr("II. This week's work"), headingStyle());
        layout.addText(m_data.weekText(), bodyStyle());
        addProblems(layout, numbering);
        addKeyProblems(layout, numbering);
    }
    addClosing(layout);
    layout.setPageNumberFace(serif(size4));
}

void BriefingDocument::addMasthead(DocumentLayout& layout) const
{
    // 版头: the briefing's name in red, its number, the issuer and the date, a red rule.
    const QString name = tr("Work Briefing", "the red masthead");
    const QString number = tr("No. %1", "issue number under the masthead").arg(m_data.issueNumber);
    const QString issuedBy = tr("Issued by %1", "under the masthead").arg(m_masthead.issuer());
    const QString issuedOn = BriefingData::dateText(m_data.asOf, true);
    layout.addBlock(48, [&layout, name, number, issuedBy, issuedOn](QPainter& p, const QRectF& r) {
        DocumentLayout::Face big = serif(mastheadSize, true);
        big.chinese.setLetterSpacing(QFont::PercentageSpacing, 112);
        big.latin.setLetterSpacing(QFont::PercentageSpacing, 112);
        p.setPen(officialRed);
        DocumentLayout::drawLine(p, QRectF(r.left(), r.top(), r.width(), layout.fromMm(22)), Qt::AlignHCenter,
                                 name, big);
        p.setPen(Qt::black);
        DocumentLayout::drawLine(p,
                                 QRectF(r.left(), r.top() + layout.fromMm(23), r.width(), layout.fromMm(9)),
                                 Qt::AlignHCenter, number, serif(size3));
        const QRectF line(r.left(), r.top() + layout.fromMm(35), r.width(), layout.fromMm(8));
        drawSplitLine(p, line, issuedBy, issuedOn, serif(size4));
        p.setPen(QPen(officialRed, layout.fromMm(0.8)));
        const qreal y = r.top() + layout.fromMm(45);
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    });
}

void BriefingDocument::addTitle(DocumentLayout& layout) const
{
    DocumentLayout::TextStyle titleStyle{serif(size2, true)};
    titleStyle.alignment = Qt::AlignHCenter;
    titleStyle.linePitchMm = 12;
    titleStyle.spaceBeforeMm = 6;
    titleStyle.keepWithNext = true;
    layout.addText(title(), titleStyle);

    DocumentLayout::TextStyle periodStyle{serif(size3)};
    periodStyle.alignment = Qt::AlignHCenter;
    periodStyle.keepWithNext = true;
    const BriefingPeriod& period = m_data.period;
    const QString span =
        tr("%1 to %2", "the period under the title")
            .arg(BriefingData::dateText(period.from, true), BriefingData::dateText(period.to));
    layout.addText(m_data.asOf < period.to
                       ? tr("(%1; figures as of %2)").arg(span, BriefingData::dateText(m_data.asOf))
                       : tr("(%1)").arg(span),
                   periodStyle);

    // The opening paragraph, a half line below; on an empty database it says there is nothing.
    DocumentLayout::TextStyle lead = bodyStyle();
    lead.spaceBeforeMm = OfficialPage::linePitchMm / 2;
    layout.addText(m_data.headlineText(), lead);
}

void BriefingDocument::addFigure(DocumentLayout& layout, Numbering& numbering, DashboardCharts::Kind kind,
                                 const QString& name) const
{
    const QSizeF chartMm(OfficialPage::textWidthMm, 66);
    const QString caption = tr("Figure %1  %2").arg(++numbering.figures).arg(name);
    const DocumentLayout::Face captionFace = captionStyle().face;
    const StatsSeries& series = m_series;
    layout.addBlock(
        chartMm.height() + 9,
        [kind, &series, chartMm, caption, captionFace, &layout](QPainter& p, const QRectF& r) {
            DashboardCharts::paint(kind, series, p,
                                   QRectF(r.topLeft(), QSizeF(r.width(), layout.fromMm(chartMm.height()))),
                                   chartMm * chartScale, ChartPrintStyle{{chineseSans}, false});
            p.setPen(Qt::black);
            DocumentLayout::drawLine(
                p,
                QRectF(r.left(), r.top() + layout.fromMm(chartMm.height() + 1), r.width(), layout.fromMm(8)),
                Qt::AlignHCenter, caption, captionFace);
        },
        3);
}

void BriefingDocument::addOverview(DocumentLayout& layout, Numbering& numbering) const
{
    // 一、总体情况: the headline figures, and how problems were resolved over the weeks.
    const StatsSnapshot& s = m_data.headline;
    layout.addText(tr("I. Overall situation"), headingStyle());
    layout.addText(tr("Table %1  Main figures as of %2")
                       .arg(++numbering.tables)
                       .arg(BriefingData::dateText(m_data.asOf)),
                   captionStyle());
    DocumentLayout::Table figures = tableIn(sizeS4);
    figures.header = {tr("Figure"), tr("Value"), tr("Figure"), tr("Value")};
    figures.widths = {0.32, 0.18, 0.32, 0.18};
    figures.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight};
    const QString percent = QStringLiteral("%1%");
    figures.rows = {
        {tr("Directly managed above-size enterprises"), number(s.enterprisesDirect), tr("Back in production"),
         number(s.enterprisesDirectInProduction)},
        {tr("Resumption rate"), percent.arg(s.resumptionRate * 100, 0, 'f', 1), tr("Capacity utilisation"),
         percent.arg(s.capacityUtilization, 0, 'f', 1)},
        {tr("Problems collected"), number(s.issuesTotal), tr("Problems resolved"), number(s.issuesResolved)},
        {tr("Problems being coordinated"), number(s.issuesOpen), tr("Visits to enterprises"),
         number(s.visits)},
        {tr("Transport passes"), number(s.passes), tr("Driver white-list applications"),
         number(s.driverWhitelist)},
        {tr("Staff back at work"), number(s.staffReturned), tr("Staff in closed-loop production"),
         number(s.closedLoopStaff)},
    };
    layout.addTable(figures);
    addFigure(layout, numbering, DashboardCharts::Kind::Cumulative,
              tr("Problems coordinated and resolved, cumulative"));
}

void BriefingDocument::addProblems(DocumentLayout& layout, Numbering& numbering) const
{
    // 三、问题协调: by category and by tier, this week and to date.
    layout.addText(tr("III. Coordinating problems"), headingStyle());
    layout.addText(m_data.problemsText(), bodyStyle());
    layout.addText(tr("Table %1  Problems by category").arg(++numbering.tables), captionStyle());
    DocumentLayout::Table categories = tableIn(sizeS4);
    categories.header = {tr("Category"),       tr("Raised this week"), tr("Resolved this week"),
                         tr("Raised to date"), tr("Resolved to date"), tr("Open")};
    categories.widths = {0.25, 0.15, 0.15, 0.15, 0.15, 0.15};
    categories.alignments = {Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,
                             Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    BriefingData::CategoryRow total;
    const auto row = [](const QString& name, const BriefingData::CategoryRow& c) {
        return QStringList{name,
                           number(c.raised),
                           number(c.resolved),
                           number(c.raisedToDate),
                           number(c.resolvedToDate),
                           number(c.raisedToDate - c.resolvedToDate)};
    };
    for (const BriefingData::CategoryRow& category : m_data.categories) {
        if (category.raisedToDate == 0)
            continue;
        categories.rows << row(category.name, category);
        total.raised += category.raised;
        total.resolved += category.resolved;
        total.raisedToDate += category.raisedToDate;
        total.resolvedToDate += category.resolvedToDate;
    }
    categories.rows << row(tr("Total"), total);
    layout.addTable(categories);

    layout.addText(tr("Table %1  Problems by tier").arg(++numbering.tables), captionStyle());
    DocumentLayout::Table tiers = tableIn(sizeS4);
    tiers.header = {tr("Tier"), tr("Raised this week"), tr("Resolved this week"), tr("Open")};
    tiers.widths = {0.4, 0.2, 0.2, 0.2};
    tiers.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (const BriefingData::TierRow& tier : m_data.tiers)
        tiers.rows << QStringList{DomainText::label(tier.tier), number(tier.raised), number(tier.resolved),
                                  number(tier.open)};
    layout.addTable(tiers);
    addFigure(layout, numbering, DashboardCharts::Kind::ByCategory,
              tr("Problems by category, resolved and open"));
}

void BriefingDocument::addKeyProblems(DocumentLayout& layout, Numbering& numbering) const
{
    // 四、需协调的重点问题: red, yellow and escalation-bound, most urgent first.
    layout.addText(tr("IV. Key problems to coordinate"), headingStyle());
    layout.addText(m_data.keyProblemsText(), bodyStyle());
    if (m_data.keyProblems.isEmpty())
        return;
    layout.addText(tr("Table %1  Key problems to coordinate").arg(++numbering.tables), captionStyle());
    DocumentLayout::Table key = tableIn(size5);
    key.header = {tr("No."),   tr("Enterprise"),  tr("Problem"),
                  tr("Owner"), tr("Supervision"), tr("Working days overdue")};
    key.widths = {0.07, 0.21, 0.28, 0.2, 0.1, 0.14};
    key.alignments = {Qt::AlignHCenter, Qt::AlignLeft,    Qt::AlignLeft,
                      Qt::AlignLeft,    Qt::AlignHCenter, Qt::AlignHCenter};
    int row = 0;
    for (const BriefingData::KeyProblem& p : m_data.keyProblems) {
        QString supervision = p.colour == SupervisionColour::Red      ? tr("Red")
                              : p.colour == SupervisionColour::Yellow ? tr("Yellow")
                                                                      : QString();
        if (p.flaggedForEscalation)
            supervision +=
                (supervision.isEmpty() ? QString() : QString(QChar::LineSeparator)) + tr("to escalate");
        key.rows << QStringList{
            number(++row), p.enterprise,
            p.title,       p.owner,
            supervision,   p.workdaysOverdue > 0 ? number(p.workdaysOverdue) : QStringLiteral("—")};
    }
    layout.addTable(key);
}

void BriefingDocument::addClosing(DocumentLayout& layout) const
{
    // 版记: the editor, then the issuer and the date of issue, between a thick rule, thin rules between
    // the rows and a thick rule below.
    QList<std::pair<QString, QString>> rows;
    if (!m_masthead.editor.trimmed().isEmpty())
        rows.append({tr("Editor: %1").arg(m_masthead.editor.trimmed()), QString()});
    rows.append({m_masthead.issuer(), tr("Issued %1", "date of issue in the closing block")
                                          .arg(BriefingData::dateText(m_data.asOf, true))});
    constexpr qreal rowMm = 9;
    layout.setClosing(rowMm * qreal(rows.size()), [&layout, rows](QPainter& p, const QRectF& r) {
        const qreal step = layout.fromMm(rowMm);
        p.setPen(Qt::black);
        for (qsizetype i = 0; i < rows.size(); ++i)
            drawSplitLine(p, QRectF(r.left(), r.top() + qreal(i) * step, r.width(), step), rows[i].first,
                          rows[i].second, serif(size4));
        for (qsizetype i = 0; i <= rows.size(); ++i) {
            const bool outer = i == 0 || i == rows.size();
            p.setPen(QPen(Qt::black, layout.fromMm(outer ? 0.35 : 0.25)));
            const qreal y = r.top() + qreal(i) * step;
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        }
    });
}

} // namespace liaison
