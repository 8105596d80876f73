#pragma once

#include "Entities.h"
#include "StatsSeries.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace liaison {

// The problems behind a bar: what the problem board is filtered to when a bar is clicked.
struct ProblemSelection
{
    QString category;
    std::optional<Tier> tier;
    OptionalId areaId;
    std::optional<SupervisionColour> colour;
    bool openOnly = true;
    QDate asOf;
};

// How a chart is drawn on paper: in the document's fonts, and without its title where the document
// gives it a caption instead.
struct ChartPrintStyle
{
    QStringList fontFamilies; // replace the families of every text of the chart, when given
    bool title = true;
};

// The dashboard's charts, built from one StatsSeries. The same charts render without a window, at
// print resolution, for the weekly briefing. Chinese labels come from the translations; the palette
// also reads in grey (each series has its own brush pattern or pen style as well as its colour).
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::DashboardCharts)

public:
    enum class Kind { Cumulative, ByCategory, OpenByTier, OpenByArea, Production, ResolutionTime };
    static constexpr Kind all[] = {Kind::Cumulative, Kind::ByCategory, Kind::OpenByTier,
                                   Kind::OpenByArea, Kind::Production, Kind::ResolutionTime};

    using Selected = std::function<void(const ProblemSelection&)>;

    // A new chart (the caller owns it). Clicking a bar calls onSelected, when given.
    static QChart* create(Kind kind, const StatsSeries& series, const Selected& onSelected = {});
    static QString title(Kind kind);
    // File-name stem for saving, e.g. "cumulative".
    static QString fileStem(Kind kind);
    // The chart drawn by painter into target, laid out as a chart of sizeMm millimetres: vector on a
    // PDF or printer, so the briefing's charts stay sharp.
    static void paint(Kind kind, const StatsSeries& series, QPainter& painter, const QRectF& target,
                      const QSizeF& sizeMm, const ChartPrintStyle& style = {});
    // Sets every text of the chart (title, legend, axes, bar labels) in the given font families.
    static void useFonts(QChart* chart, const QStringList& families);
    // The chart drawn into an image of sizeMm millimetres at dpi, white background, no window needed.
    static QImage render(Kind kind, const StatsSeries& series, const QSizeF& sizeMm, int dpi);
    // The chart as a one-page vector PDF of sizeMm millimetres; false when the file cannot be written.
    static bool writePdf(Kind kind, const StatsSeries& series, const QSizeF& sizeMm, const QString& path);
};

} // namespace liaison
