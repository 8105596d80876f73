#include "DashboardCharts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace liaison {
namespace {

// Dark and light alternate, and each fill has its own pattern, so a grey print keeps them apart.
struct Ink
{
    QColor colour;
    Qt::BrushStyle pattern;
};

Ink colourInk(SupervisionColour colour)
{
    switch (colour) {
    case SupervisionColour::Red: return {QColor(0xc6, 0x28, 0x28), Qt::SolidPattern};
    case SupervisionColour::Yellow: return {QColor(0xf9, 0xa8, 0x25), Qt::Dense3Pattern};
    case SupervisionColour::Blue: return {QColor(0x15, 0x65, 0xc0), Qt::BDiagPattern};
    case SupervisionColour::Green: return {QColor(0x2e, 0x7d, 0x32), Qt::CrossPattern};
    case SupervisionColour::None: break;
    }
    return {Qt::gray, Qt::SolidPattern};
}

const QColor resolvedColour(0x1f, 0x4e, 0x79); // dark blue
const QColor openColour(0xe0, 0x8a, 0x1e);     // light orange

QBarSet* barSet(const QString& label, const QColor& colour, Qt::BrushStyle pattern)
{
    auto* set = new QBarSet(label);
    QBrush brush(colour, pattern);
    set->setBrush(brush);
    set->setPen(QPen(colour.darker(130), 1));
    set->setLabelColor(Qt::black);
    return set;
}

QValueAxis* countAxis(const QString& title, qreal maximum)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%d"));
    const qreal top = std::max<qreal>(5, std::ceil(maximum * 1.1 / 5) * 5);
    axis->setRange(0, top);
    axis->applyNiceNumbers();
    return axis;
}

// The days of the series along the bottom, month-day labels, at most eight ticks.
QDateTimeAxis* dateAxis(const StatsSeries& s)
{
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTitleText(DashboardCharts::tr("Date"));
    x->setTickCount(std::clamp(int(s.days.size()), 2, 8));
    if (!s.days.isEmpty())
        x->setRange(s.days.front().day.startOfDay(), s.days.back().day.startOfDay());
    return x;
}

void style(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

QChart* cumulative(const StatsSeries& s)
{
    auto* chart = new QChart;
    auto* coordinated = new QLineSeries;
    coordinated->setPen(QPen(openColour.darker(110), 2.5, Qt::DashLine));
    auto* resolved = new QLineSeries;
    resolved->setPen(QPen(resolvedColour, 3));
    qint64 top = 0;
    for (const DailyFigures& d : s.days) {
        const qreal x = qreal(d.day.startOfDay().toMSecsSinceEpoch());
        coordinated->append(x, qreal(d.coordinated));
        resolved->append(x, qreal(d.resolved));
        top = std::max(top, d.coordinated);
    }
    chart->addSeries(coordinated);
    chart->addSeries(resolved);
    QDateTimeAxis* x = dateAxis(s);
    auto* y = countAxis(DashboardCharts::tr("Problems (count)"), qreal(top));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : {coordinated, resolved}) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // The totals at the end of the period, the figures the briefing quotes, stand in the legend.
    if (!s.days.isEmpty()) {
        coordinated->setName(
            DashboardCharts::tr("Coordinated (cumulative): %1").arg(s.days.back().coordinated));
        resolved->setName(DashboardCharts::tr("Resolved (cumulative): %1").arg(s.days.back().resolved));
    }
    return chart;
}

QChart* byCategory(const StatsSeries& s, const DashboardCharts::Selected& onSelected)
{
    auto* chart = new QChart;
    auto* resolved = barSet(DashboardCharts::tr("Resolved"), resolvedColour, Qt::SolidPattern);
    auto* open = barSet(DashboardCharts::tr("Open"), openColour, Qt::Dense3Pattern);
    QStringList names;
    qint64 top = 0;
    for (const CategoryFigures& c : s.categories) {
        names << c.name;
        *resolved << qreal(c.resolved);
        *open << qreal(c.open);
        top = std::max(top, c.resolved + c.open);
    }
    auto* bars = new QStackedBarSeries;
    bars->append(resolved);
    bars->append(open);
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* y = countAxis(DashboardCharts::tr("Problems (count)"), qreal(top));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (onSelected) {
        const QList<CategoryFigures> categories = s.categories;
        const QDate asOf = s.asOf;
        QObject::connect(bars, &QStackedBarSeries::clicked, bars,
                         [categories, asOf, onSelected, open](int index, QBarSet* set) {
                             if (index < 0 || index >= categories.size())
                                 return;
                             ProblemSelection selection;
                             selection.category = categories.at(index).code;
                             selection.openOnly = set == open;
                             selection.asOf = asOf;
                             onSelected(selection);
                         });
    }
    return chart;
}

QChart* openBy(const QList<OpenBreakdown>& rows, const QDate& asOf,
               const DashboardCharts::Selected& onSelected)
{
    auto* chart = new QChart;
    auto* bars = new QHorizontalStackedBarSeries;
    QList<QBarSet*> sets;
    for (const SupervisionColour colour : StatsSeries::colours) {
        const Ink ink = colourInk(colour);
        sets << barSet(DomainText::label(colour), ink.colour, ink.pattern);
    }
    QStringList names;
    qint64 top = 0;
    // Horizontal bars read from the bottom: the largest goes last so that it stands on top.
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        names << row->label;
        for (qsizetype i = 0; i < sets.size(); ++i)
            *sets[i] << qreal(row->byColour[std::size_t(i)]);
        top = std::max(top, row->total());
    }
    for (QBarSet* set : sets)
        bars->append(set);
    chart->addSeries(bars);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false); // an area's name is what the bar is about
    auto* x = countAxis(DashboardCharts::tr("Open problems (count)"), qreal(top));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (onSelected) {
        QObject::connect(bars, &QHorizontalStackedBarSeries::clicked, bars,
                         [rows, asOf, onSelected, sets](int index, QBarSet* set) {
                             const qsizetype row = rows.size() - 1 - index;
                             if (row < 0 || row >= rows.size())
                                 return;
                             ProblemSelection selection;
                             selection.tier = rows.at(row).tier;
                             selection.areaId = rows.at(row).areaId;
                             selection.colour = StatsSeries::colours[std::size_t(sets.indexOf(set))];
                             selection.asOf = asOf;
                             onSelected(selection);
                         });
    }
    return chart;
}

QChart* production(const StatsSeries& s)
{
    auto* chart = new QChart;
    auto* resumption = new QLineSeries;
    resumption->setName(DashboardCharts::tr("Resumption rate"));
    resumption->setPen(QPen(resolvedColour, 3));
    auto* capacity = new QLineSeries;
    capacity->setName(DashboardCharts::tr("Capacity utilisation"));
    capacity->setPen(QPen(openColour.darker(115), 2.5, Qt::DashLine));
    auto* coverage = new QLineSeries;
    coverage->setName(DashboardCharts::tr("Visited in the last 7 days"));
    coverage->setPen(QPen(QColor(0x55, 0x55, 0x55), 2, Qt::DotLine));
    for (const DailyFigures& d : s.days) {
        const qreal x = qreal(d.day.startOfDay().toMSecsSinceEpoch());
        resumption->append(x, d.resumptionRate * 100.0);
        capacity->append(x, d.capacityUtilization);
        coverage->append(x, d.visitCoverage * 100.0);
    }
    chart->addSeries(resumption);
    chart->addSeries(capacity);
    chart->addSeries(coverage);
    QDateTimeAxis* x = dateAxis(s);
    auto* y = new QValueAxis;
    y->setTitleText(DashboardCharts::tr("Percent (%)"));
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : {resumption, capacity, coverage}) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

QChart* resolutionTime(const StatsSeries& s)
{
    auto* chart = new QChart;
    auto* median = barSet(DashboardCharts::tr("Median"), resolvedColour, Qt::SolidPattern);
    auto* p90 = barSet(DashboardCharts::tr("90th percentile"), openColour, Qt::Dense3Pattern);
    QStringList names;
    double top = 0;
    for (const CategoryFigures& c : s.categories) {
        names << c.name;
        *median << c.medianWorkdays.value_or(0);
        *p90 << c.p90Workdays.value_or(0);
        top = std::max(top, c.p90Workdays.value_or(0));
    }
    auto* bars = new QBarSeries;
    bars->append(median);
    bars->append(p90);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* y = new QValueAxis;
    y->setTitleText(DashboardCharts::tr("Working days"));
    y->setTruncateLabels(false);
    y->setRange(0, std::max(5.0, std::ceil(top * 1.25)));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

} // namespace

QString DashboardCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::Cumulative: return tr("Problems coordinated and resolved");
    case Kind::ByCategory: return tr("Problems by category");
    case Kind::OpenByTier: return tr("Open problems by tier");
    case Kind::OpenByArea: return tr("Open problems by town, street or park");
    case Kind::Production: return tr("Resumption, capacity and visit coverage");
    case Kind::ResolutionTime: return tr("Time to resolve by category");
    }
    return {};
}

QString DashboardCharts::fileStem(Kind kind)
{
    switch (kind) {
    case Kind::Cumulative: return QStringLiteral("cumulative");
    case Kind::ByCategory: return QStringLiteral("by-category");
    case Kind::OpenByTier: return QStringLiteral("open-by-tier");
    case Kind::OpenByArea: return QStringLiteral("open-by-area");
    case Kind::Production: return QStringLiteral("production");
    case Kind::ResolutionTime: return QStringLiteral("resolution-time");
    }
    return {};
}

QChart* DashboardCharts::create(Kind kind, const StatsSeries& series, const Selected& onSelected)
{
    QChart* chart = nullptr;
    switch (kind) {
    case Kind::Cumulative: chart = cumulative(series); break;
    case Kind::ByCategory: chart = byCategory(series, onSelected); break;
    case Kind::OpenByTier: chart = openBy(series.openByTier, series.asOf, onSelected); break;
    case Kind::OpenByArea: chart = openBy(series.openByArea, series.asOf, onSelected); break;
    case Kind::Production: chart = production(series); break;
    case Kind::ResolutionTime: chart = resolutionTime(series); break;
    }
    style(chart, title(kind));
    return chart;
}

void DashboardCharts::useFonts(QChart* chart, const QStringList& families)
{
    const auto refont = [&families](QFont font) {
        font.setFamilies(families);
        return font;
    };
    chart->setTitleFont(refont(chart->titleFont()));
    chart->legend()->setFont(refont(chart->legend()->font()));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(refont(axis->labelsFont()));
        axis->setTitleFont(refont(axis->titleFont()));
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(refont(set->labelFont()));
        }
    }
}

void DashboardCharts::paint(Kind kind, const StatsSeries& series, QPainter& painter, const QRectF& target,
                            const QSizeF& sizeMm, const ChartPrintStyle& style)
{
    // Laid out at a screen-like 96 dpi so that fonts and lines keep their proportions whatever the
    // target's resolution; the scene scales the drawing to the target, as vectors where the device
    // keeps them (PDF, printer).
    constexpr qreal layoutDpi = 96.0;
    const QSizeF layout = sizeMm / 25.4 * layoutDpi;
    QGraphicsScene scene;
    QChart* chart = create(kind, series);
    scene.addItem(chart); // the scene owns it now
    if (!style.fontFamilies.isEmpty())
        useFonts(chart, style.fontFamilies);
    if (!style.title)
        chart->setTitle(QString());
    chart->setGeometry(QRectF(QPointF(0, 0), layout));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, QRectF(QPointF(0, 0), layout));
    painter.restore();
}

QImage DashboardCharts::render(Kind kind, const StatsSeries& series, const QSizeF& sizeMm, int dpi)
{
    const QSizeF pixels = sizeMm / 25.4 * dpi;
    QImage image(pixels.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(kind, series, painter, QRectF(QPointF(0, 0), pixels), sizeMm);
    return image;
}

bool DashboardCharts::writePdf(Kind kind, const StatsSeries& series, const QSizeF& sizeMm,
                               const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(sizeMm, QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(title(kind));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    paint(kind, series, painter, QRectF(0, 0, writer.width(), writer.height()), sizeMm);
    return painter.end();
}

} // namespace liaison
