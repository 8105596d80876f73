#pragma once

#include "charts/DashboardCharts.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QDateEdit;
class QGridLayout;
class QLabel;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace liaison {

class Database;
class WorkCalendar;

// 工作台: the headline figures as of a day with their change against the week before, and the charts
// of how the coordinated problems were resolved over a period. A bar leads to its problems.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(Database& db, const WorkCalendar& calendar, QWidget* parent = nullptr);

    // The figures are out of date (data or calendar changed): read again now if shown, else when shown.
    void reload();
    void setPeriod(const QDate& from, const QDate& to, const QDate& asOf);
    // The figures shown, read first if they are out of date.
    const std::optional<StatsSeries>& series();
    QChartView* chartView(DashboardCharts::Kind kind) const { return m_views.value(int(kind)); }
    // Asks for a file and writes the chart there as "png" (300 dpi) or "pdf" (vector).
    void saveChart(DashboardCharts::Kind kind, const QString& format);

signals:
    void problemsRequested(const liaison::ProblemSelection& selection);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onPeriodChanged();
    void refreshIfStale();
    void fillTiles(const StatsSnapshot& now, const StatsSnapshot& weekBefore);
    void showChartMenu(DashboardCharts::Kind kind, const QPoint& where);

    Database& m_db;
    const WorkCalendar& m_calendar;
    QDateEdit* m_fromDateEdit = nullptr;
    QDateEdit* m_toDateEdit = nullptr;
    QDateEdit* m_asOfDateEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QGridLayout* m_tiles = nullptr;
    QHash<int, QChartView*> m_views;
    std::optional<StatsSeries> m_series;
    bool m_stale = true;
};

} // namespace liaison
