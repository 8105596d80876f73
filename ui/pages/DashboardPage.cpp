#include "DashboardPage.h"

#include "Database.h"
#include "Dialogs.h"
#include "Lookups.h"
#include "WorkCalendar.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

namespace liaison {
namespace {

// A chart of a briefing column's width, at the proportions of the dashboard.
const QSizeF exportSizeMm(160, 95);

QDateEdit* dateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QString signedNumber(qint64 change)
{
    return change > 0 ? QLatin1Char('+') + QLocale().toString(change) : QLocale().toString(change);
}

} // namespace

DashboardPage::DashboardPage(Database& db, const WorkCalendar& calendar, QWidget* parent)
    : QWidget(parent), m_db(db), m_calendar(calendar)
{
    m_fromDateEdit = dateEdit(QStringLiteral("dashboardFromDateEdit"), this);
    m_toDateEdit = dateEdit(QStringLiteral("dashboardToDateEdit"), this);
    m_asOfDateEdit = dateEdit(QStringLiteral("dashboardAsOfDateEdit"), this);
    m_asOfDateEdit->setToolTip(
        tr("The figures, the colours and the open problems are as of the end of this day."));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("dashboardErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Period"), this));
    period->addWidget(m_fromDateEdit);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_toDateEdit);
    period->addSpacing(12);
    period->addWidget(new QLabel(tr("As of"), this));
    period->addWidget(m_asOfDateEdit);
    period->addStretch(1);
    period->addWidget(
        new QLabel(tr("Right-click a chart to copy or save it; click a bar to see its problems."), this));

    auto* content = new QWidget(this);
    m_tiles = new QGridLayout;
    m_tiles->setSpacing(8);
    auto* charts = new QGridLayout;
    charts->setSpacing(8);
    int index = 0;
    for (const DashboardCharts::Kind kind : DashboardCharts::all) {
        auto* view = new QChartView(content);
        view->setObjectName(QStringLiteral("chart-") + DashboardCharts::fileStem(kind));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, kind](const QPoint& where) { showChartMenu(kind, where); });
        m_views.insert(int(kind), view);
        charts->addWidget(view, index / 2, index % 2);
        ++index;
    }
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_tiles);
    contentLayout->addLayout(charts, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(period);
    layout->addWidget(m_errorLabel);
    layout->addWidget(scroll, 1);

    // The period ends on the last day anything was recorded, today at the latest, and spans five weeks.
    QDate last = Lookups::latestActivityDay(m_db).value_or(QDate());
    if (!last.isValid() || last > QDate::currentDate())
        last = QDate::currentDate();
    setPeriod(last.addDays(-34), last, last);
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit, m_asOfDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::onPeriodChanged);
}

void DashboardPage::setPeriod(const QDate& from, const QDate& to, const QDate& asOf)
{
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit, m_asOfDateEdit})
        edit->blockSignals(true);
    m_fromDateEdit->setDate(from);
    m_toDateEdit->setDate(to);
    m_asOfDateEdit->setDate(asOf);
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit, m_asOfDateEdit})
        edit->blockSignals(false);
    onPeriodChanged();
}

void DashboardPage::reload()
{
    // Reading five weeks of figures takes a tenth of a second: not while the page is out of sight.
    m_stale = true;
    if (isVisible())
        refreshIfStale();
}

void DashboardPage::onPeriodChanged()
{
    reload();
}

const std::optional<StatsSeries>& DashboardPage::series()
{
    refreshIfStale();
    return m_series;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    refreshIfStale();
    QWidget::showEvent(event);
}

void DashboardPage::refreshIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    auto built = StatsSeriesBuilder::build(m_db, m_calendar, m_fromDateEdit->date(), m_toDateEdit->date(),
                                           m_asOfDateEdit->date());
    auto weekBefore = Statistics::snapshot(m_db, m_asOfDateEdit->date().addDays(-7));
    if (!built || !weekBefore) {
        // Bad input or no database: say why, and leave the charts as they were.
        m_errorLabel->setText(!built ? built.error().message : weekBefore.error().message);
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_series = std::move(*built);
    fillTiles(m_series->snapshot, *weekBefore);
    const auto selected = [this](const ProblemSelection& selection) { emit problemsRequested(selection); };
    for (const DashboardCharts::Kind kind : DashboardCharts::all) {
        QChartView* view = m_views.value(int(kind));
        QChart* old = view->chart();
        view->setChart(DashboardCharts::create(kind, *m_series, selected));
        delete old;
    }
    // Every area keeps a readable row, however many have open problems.
    const auto areas = int(m_series->openByArea.size());
    m_views.value(int(DashboardCharts::Kind::OpenByArea))
        ->setMinimumHeight(std::max(300, areas * 2 * fontMetrics().height() + 8 * fontMetrics().height()));
}

void DashboardPage::fillTiles(const StatsSnapshot& now, const StatsSnapshot& weekBefore)
{
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    const auto percent = [&](double value) -> QString {
        return locale.toString(value, 'f', 1) + QLatin1Char('%');
    };
    const auto points = [&](double change) -> QString {
        return tr("%1 points", "percentage points")
            .arg((change > 0 ? QStringLiteral("+") : QString()) + locale.toString(change, 'f', 1));
    };
    struct Tile
    {
        QString label;
        QString value;
        QString change;
    };
    const QList<Tile> tiles = {
        {tr("Back in production"),
         tr("%1 of %2 · %3")
             .arg(locale.toString(now.enterprisesDirectInProduction), locale.toString(now.enterprisesDirect),
                  percent(now.resumptionRate * 100.0)),
         points((now.resumptionRate - weekBefore.resumptionRate) * 100.0)},
        {tr("About to be upgraded, producing"),
         tr("%1 of %2").arg(locale.toString(now.preUpgradeInProduction), locale.toString(now.preUpgrade)),
         signedNumber(now.preUpgradeInProduction - weekBefore.preUpgradeInProduction)},
        {tr("Problems resolved"),
         tr("%1 of %2").arg(locale.toString(now.issuesResolved), locale.toString(now.issuesTotal)),
         signedNumber(now.issuesResolved - weekBefore.issuesResolved)},
        {tr("Problems open"), locale.toString(now.issuesOpen),
         signedNumber(now.issuesOpen - weekBefore.issuesOpen)},
        {tr("Passes issued"), locale.toString(now.passes), signedNumber(now.passes - weekBefore.passes)},
        {tr("Driver white-list applications"), locale.toString(now.driverWhitelist),
         signedNumber(now.driverWhitelist - weekBefore.driverWhitelist)},
        {tr("Staff back at work"), locale.toString(now.staffReturned),
         signedNumber(now.staffReturned - weekBefore.staffReturned)},
        {tr("Capacity utilisation"), percent(now.capacityUtilization),
         points(now.capacityUtilization - weekBefore.capacityUtilization)},
        {tr("White-listed enterprises"),
         tr("%1 in %n batch(es)", nullptr, int(now.whitelistBatches))
             .arg(locale.toString(now.whitelistEnterprises)),
         signedNumber(now.whitelistEnterprises - weekBefore.whitelistEnterprises)},
        {tr("Staff in closed-loop production"), locale.toString(now.closedLoopStaff),
         signedNumber(now.closedLoopStaff - weekBefore.closedLoopStaff)},
        {tr("People transferred"), locale.toString(now.transferred),
         signedNumber(now.transferred - weekBefore.transferred)},
        {tr("Visits"), locale.toString(now.visits), signedNumber(now.visits - weekBefore.visits)},
    };
    int column = 0;
    for (const Tile& tile : tiles) {
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("kpiTile"));
        frame->setFrameShape(QFrame::StyledPanel);
        auto* label = new QLabel(tile.label, frame);
        auto* value = new QLabel(tile.value, frame);
        value->setObjectName(QStringLiteral("kpiValueLabel"));
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        value->setFont(font);
        auto* change = new QLabel(tr("%1 on the week before").arg(tile.change), frame);
        change->setObjectName(QStringLiteral("kpiChangeLabel"));
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->addWidget(label);
        layout->addWidget(value);
        layout->addWidget(change);
        m_tiles->addWidget(frame, column / 4, column % 4);
        ++column;
    }
}

void DashboardPage::showChartMenu(DashboardCharts::Kind kind, const QPoint& where)
{
    QChartView* view = m_views.value(int(kind));
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [view] { QApplication::clipboard()->setPixmap(view->grab()); });
    menu.addAction(tr("Save as PNG…"), this, [this, kind] { saveChart(kind, QStringLiteral("png")); });
    menu.addAction(tr("Save as PDF…"), this, [this, kind] { saveChart(kind, QStringLiteral("pdf")); });
    menu.exec(view->mapToGlobal(where));
}

void DashboardPage::saveChart(DashboardCharts::Kind kind, const QString& format)
{
    if (!series())
        return;
    QString path = Dialogs::saveFileName(this, DashboardCharts::title(kind),
                                         format == QLatin1StringView("png") ? tr("PNG images (*.png)")
                                                                            : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    const bool saved = format == QLatin1StringView("png")
                           ? DashboardCharts::render(kind, *m_series, exportSizeMm, 300).save(path)
                           : DashboardCharts::writePdf(kind, *m_series, exportSizeMm, path);
    if (!saved)
        Dialogs::critical(this, DashboardCharts::title(kind), tr("Cannot write %1.").arg(path));
}

} // namespace liaison
