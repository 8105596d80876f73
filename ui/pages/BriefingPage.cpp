#include "BriefingPage.h"

#include "BriefingWorkbook.h"
#include "Database.h"
#include "Dialogs.h"
#include "Lookups.h"
#include "WorkCalendar.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace liaison {
namespace {

QDateEdit* dateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QString cell(const QString& text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString number(qint64 n)
{
    return QStringLiteral("<td align=\"right\">") + QString::number(n) + QStringLiteral("</td>");
}

} // namespace

BriefingPage::BriefingPage(Database& db, const WorkCalendar& calendar, QWidget* parent)
    : QWidget(parent), m_db(db), m_calendar(calendar)
{
    m_weekDateEdit = dateEdit(QStringLiteral("briefingWeekDateEdit"), this);
    m_weekDateEdit->setToolTip(tr("Any day of the week to report"));
    m_asOfDateEdit = dateEdit(QStringLiteral("briefingAsOfDateEdit"), this);
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("briefingWeekLabel"));
    auto* save = new QPushButton(tr("Save Excel workbook…"), this);
    save->setObjectName(QStringLiteral("saveWorkbookButton"));
    auto* later = new QLabel(tr("Printing and the A4 PDF come with a later version."), this);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("briefingErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("briefingPreview"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Week of"), this));
    bar->addWidget(m_weekDateEdit);
    bar->addWidget(m_weekLabel);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOfDateEdit);
    bar->addStretch(1);
    bar->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(later);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_preview, 1);

    // The week of the last day anything was recorded, this week at the latest.
    QDate last = Lookups::latestActivityDay(m_db).value_or(QDate());
    if (!last.isValid() || last > QDate::currentDate())
        last = QDate::currentDate();
    setWeek(last, last);
    for (QDateEdit* edit : {m_weekDateEdit, m_asOfDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &BriefingPage::reload);
    connect(save, &QPushButton::clicked, this, &BriefingPage::saveWorkbook);
}

void BriefingPage::setWeek(const QDate& dayInWeek, const QDate& asOf)
{
    const QSignalBlocker weekBlocker(m_weekDateEdit);
    const QSignalBlocker asOfBlocker(m_asOfDateEdit);
    m_weekDateEdit->setDate(dayInWeek);
    m_asOfDateEdit->setDate(asOf);
    reload();
}

void BriefingPage::reload()
{
    m_stale = true;
    if (isVisible())
        refreshIfStale();
}

const std::optional<BriefingData>& BriefingPage::briefing()
{
    refreshIfStale();
    return m_briefing;
}

void BriefingPage::showEvent(QShowEvent* event)
{
    refreshIfStale();
    QWidget::showEvent(event);
}

void BriefingPage::refreshIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    const BriefingPeriod week = BriefingPeriod::weekOf(m_weekDateEdit->date());
    m_weekLabel->setText(tr("%1, %2 to %3")
                             .arg(week.isoWeekName(), week.from.toString(QStringLiteral("MM-dd")),
                                  week.to.toString(QStringLiteral("MM-dd"))));
    auto built = Briefing::build(m_db, m_calendar, week, m_asOfDateEdit->date());
    if (!built) {
        // Say why, and keep showing the last briefing that could be made.
        m_errorLabel->setText(built.error().message);
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_briefing = std::move(*built);
    m_preview->setHtml(html(*m_briefing));
}

QString BriefingPage::html(const BriefingData& report) const
{
    QString page = QStringLiteral("<h2 align=\"center\">") +
                   tr("Work briefing No. %1").arg(report.issueNumber).toHtmlEscaped() +
                   QStringLiteral("</h2>");
    page += QStringLiteral("<p align=\"center\">") +
            tr("%1 to %2, as of %3")
                .arg(report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate),
                     report.asOf.toString(Qt::ISODate))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    page += QStringLiteral("<p style=\"font-size: large\">") + report.headlineText().toHtmlEscaped() +
            QStringLiteral("</p>");
    if (!report.hasData())
        return page;

    page += QStringLiteral("<h3>") + tr("This week").toHtmlEscaped() +
            QStringLiteral("</h3><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">");
    const std::pair<QString, qint64> week[] = {
        {tr("Visits"), report.visits},
        {tr("Enterprises visited"), report.enterprisesVisited},
        {tr("Problems raised"), report.problemsRaised},
        {tr("Problems resolved"), report.problemsResolved},
        {tr("Passes issued"), report.passes},
        {tr("Driver white-list applications"), report.driverApplications}};
    for (const auto& [label, value] : week)
        page += QStringLiteral("<tr>") + cell(label) + number(value) + QStringLiteral("</tr>");
    page += QStringLiteral("</table>");

    page += QStringLiteral("<h3>") + tr("Problems by category").toHtmlEscaped() +
            QStringLiteral("</h3><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr>") +
            cell(tr("Category")) + cell(tr("Raised this week")) + cell(tr("Resolved this week")) +
            cell(tr("Raised to date")) + cell(tr("Resolved to date")) + QStringLiteral("</tr>");
    for (const BriefingData::CategoryRow& row : report.categories) {
        page += QStringLiteral("<tr>") + cell(row.name) + number(row.raised) + number(row.resolved) +
                number(row.raisedToDate) + number(row.resolvedToDate) + QStringLiteral("</tr>");
    }
    page += QStringLiteral("</table>");

    page += QStringLiteral("<h3>") + tr("Problems to coordinate").toHtmlEscaped() + QStringLiteral("</h3>");
    if (report.keyProblems.isEmpty()) {
        page += QStringLiteral("<p>") +
                tr("None: no open problem is red, yellow or flagged for escalation.").toHtmlEscaped() +
                QStringLiteral("</p>");
        return page;
    }
    page += QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr>") + cell(tr("No.")) +
            cell(tr("Enterprise")) + cell(tr("Problem")) + cell(tr("Owner")) + cell(tr("Supervision")) +
            cell(tr("Working days overdue")) + QStringLiteral("</tr>");
    for (const BriefingData::KeyProblem& p : report.keyProblems) {
        page +=
            QStringLiteral("<tr>") + number(p.id) + cell(p.enterprise) + cell(p.title) + cell(p.owner) +
            cell(DomainText::label(p.colour) + (p.flaggedForEscalation ? tr(" · to escalate") : QString())) +
            number(p.workdaysOverdue) + QStringLiteral("</tr>");
    }
    page += QStringLiteral("</table>");
    return page;
}

void BriefingPage::saveWorkbook()
{
    if (!briefing())
        return;
    QString path = Dialogs::saveFileName(this, tr("Save Excel workbook"), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (const Status written = BriefingWorkbook::write(m_db, *m_briefing, path); !written)
        Dialogs::critical(this, tr("Save Excel workbook"), written.error().message);
}

} // namespace liaison
