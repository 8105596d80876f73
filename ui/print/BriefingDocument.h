#pragma once

#include "Briefing.h"
#include "BriefingMasthead.h"
#include "Error.h"
#include "StatsSeries.h"
#include "charts/DashboardCharts.h"

#include <QCoreApplication>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPrinter;
QT_END_NAMESPACE

namespace liaison {

class Database;
class DocumentLayout;
class WorkCalendar;

// The weekly briefing (工作简报) as an A4 document after GB/T 9704-2012: the red masthead with the
// issue number and date, the title, the headline paragraph, the sections 一 to 四 with their tables,
// the cumulative and the category charts, the closing block with the editor, page numbers. Body in
// Noto Serif CJK SC, headings in Noto Sans CJK SC, both embedded in the PDF.
class BriefingDocument final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::BriefingDocument)

public:
    BriefingDocument(const BriefingData& data, const StatsSeries& series, const BriefingMasthead& masthead);

    // The figures the charts draw: the five weeks up to the briefing's as-of day.
    [[nodiscard]] static Result<StatsSeries> chartSeries(Database& db, const WorkCalendar& calendar,
                                                         const BriefingData& data);
    // The fonts the document asks for that this system does not have (Qt substitutes others).
    static QStringList missingFonts();
    // A4 portrait, measured from the paper's edge: what print() expects of a printer.
    static void setUpPrinter(QPrinter& printer);

    QString title() const;
    // Lays the document out for the device and draws every page on it; the number of pages.
    [[nodiscard]] Result<int> print(QPagedPaintDevice& device) const;
    // The PDF, written whole or not at all.
    [[nodiscard]] Status writePdf(const QString& path) const;

private:
    // Tables and figures are numbered as they are added: 表1, 图1 …
    struct Numbering
    {
        int tables = 0;
        int figures = 0;
    };

    void compose(DocumentLayout& layout) const;
    void addMasthead(DocumentLayout& layout) const;
    void addTitle(DocumentLayout& layout) const;
    void addFigure(DocumentLayout& layout, Numbering& numbering, DashboardCharts::Kind kind,
                   const QString& name) const;
    void addOverview(DocumentLayout& layout, Numbering& numbering) const;
    void addProblems(DocumentLayout& layout, Numbering& numbering) const;
    void addKeyProblems(DocumentLayout& layout, Numbering& numbering) const;
    void addClosing(DocumentLayout& layout) const;

    BriefingData m_data;
    StatsSeries m_series;
    BriefingMasthead m_masthead;
};

} // namespace liaison
