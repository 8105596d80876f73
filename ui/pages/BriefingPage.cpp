#include "BriefingPage.h"

#include "BriefingWorkbook.h"
#include "Database.h"
#include "Dialogs.h"
#include "Lookups.h"
#include "WorkCalendar.h"
#include "print/BriefingDocument.h"

#include <QApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTimer>
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

// Reading the figures and laying the pages out takes a moment; the pointer says so.
class BusyCursor final
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

} // namespace

BriefingPage::BriefingPage(Database& db, const WorkCalendar& calendar, QWidget* parent)
    : QWidget(parent), m_db(db), m_calendar(calendar), m_printer(QPrinter::HighResolution)
{
    BriefingDocument::setUpPrinter(m_printer);
    m_weekDateEdit = dateEdit(QStringLiteral("briefingWeekDateEdit"), this);
    m_weekDateEdit->setToolTip(tr("Any day of the week to report"));
    m_asOfDateEdit = dateEdit(QStringLiteral("briefingAsOfDateEdit"), this);
    m_asOfDateEdit->setToolTip(tr("The figures count what was recorded up to the end of this day"));
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("briefingWeekLabel"));

    const struct
    {
        const char* objectName;
        QString text;
        void (BriefingPage::*action)();
    } outputs[] = {
        {"printPreviewButton", tr("Print preview…"), &BriefingPage::printPreview},
        {"printButton", tr("Print…"), &BriefingPage::print},
        {"savePdfButton", tr("Save PDF…"), &BriefingPage::savePdf},
        {"saveWorkbookButton", tr("Save Excel workbook…"), &BriefingPage::saveWorkbook},
    };
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Week of"), this));
    bar->addWidget(m_weekDateEdit);
    bar->addWidget(m_weekLabel);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOfDateEdit);
    bar->addStretch(1);
    for (const auto& output : outputs) {
        auto* button = new QPushButton(output.text, this);
        button->setObjectName(QString::fromLatin1(output.objectName));
        button->setEnabled(false); // until there is a briefing to print
        connect(button, &QPushButton::clicked, this, output.action);
        bar->addWidget(button);
        m_outputButtons << button;
    }

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("briefingErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_preview = new QPrintPreviewWidget(&m_printer, this);
    m_preview->setObjectName(QStringLiteral("briefingPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->fitToWidth();
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BriefingPage::onPaintRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_preview, 1);

    // Typing a date changes it digit by digit: read the briefing once the typing pauses.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &BriefingPage::reload);
    for (QDateEdit* edit : {m_weekDateEdit, m_asOfDateEdit})
        connect(edit, &QDateEdit::dateChanged, m_reloadTimer, qOverload<>(&QTimer::start));

    // The week of the last day anything was recorded, this week at the latest.
    QDate last = Lookups::latestActivityDay(m_db).value_or(QDate());
    if (!last.isValid() || last > QDate::currentDate())
        last = QDate::currentDate();
    setWeek(last, last);
}

BriefingPage::~BriefingPage() = default;

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
    m_reloadTimer->stop();
    m_stale = true;
    if (isVisible())
        refreshIfStale();
}

const std::optional<BriefingData>& BriefingPage::briefing()
{
    if (m_reloadTimer->isActive())
        reload();
    refreshIfStale();
    return m_briefing;
}

int BriefingPage::previewPageCount() const
{
    return m_preview->pageCount();
}

void BriefingPage::showEvent(QShowEvent* event)
{
    // The masthead may have been changed in Settings since the pages were laid out.
    if (BriefingMasthead::load() != m_masthead)
        m_stale = true;
    refreshIfStale();
    QWidget::showEvent(event);
}

void BriefingPage::refreshIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    const BusyCursor busy;
    const BriefingPeriod week = BriefingPeriod::weekOf(m_weekDateEdit->date());
    m_weekLabel->setText(tr("%1, %2 to %3")
                             .arg(week.isoWeekName(), week.from.toString(QStringLiteral("MM-dd")),
                                  week.to.toString(QStringLiteral("MM-dd"))));
    auto built = Briefing::build(m_db, m_calendar, week, m_asOfDateEdit->date());
    Result<StatsSeries> series =
        built ? BriefingDocument::chartSeries(m_db, m_calendar, *built) : std::unexpected(built.error());
    if (!series) {
        // Say why, and keep showing the last briefing that could be made.
        m_errorLabel->setText(series.error().message);
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_masthead = BriefingMasthead::load();
    m_briefing = std::move(*built);
    m_document = std::make_unique<BriefingDocument>(*m_briefing, *series, m_masthead);
    for (QPushButton* button : std::as_const(m_outputButtons))
        button->setEnabled(true);
    m_preview->updatePreview();
}

void BriefingPage::onPaintRequested(QPrinter* printer)
{
    if (!m_document)
        return;
    if (auto printed = m_document->print(*printer); !printed) {
        m_errorLabel->setText(printed.error().message);
        m_errorLabel->show();
    }
}

void BriefingPage::printPreview()
{
    if (!briefing())
        return;
    QPrintPreviewDialog dialog(&m_printer, this);
    dialog.setWindowTitle(tr("Print preview: %1").arg(m_document->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &BriefingPage::onPaintRequested);
    dialog.resize(900, 1000);
    dialog.exec();
}

void BriefingPage::print()
{
    if (!briefing())
        return;
    QPrintDialog dialog(&m_printer, this);
    dialog.setWindowTitle(tr("Print the briefing"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BusyCursor busy;
    if (auto printed = m_document->print(m_printer); !printed)
        Dialogs::critical(this, tr("Print the briefing"), printed.error().message);
}

QString BriefingPage::chooseFile(const QString& title, const QString& filter, const QString& extension)
{
    if (!briefing())
        return {};
    QString path = Dialogs::saveFileName(this, title, filter);
    if (!path.isEmpty() && !path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    return path;
}

void BriefingPage::savePdf()
{
    const QString path = chooseFile(tr("Save PDF"), tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    const BusyCursor busy;
    if (const Status written = m_document->writePdf(path); !written)
        Dialogs::critical(this, tr("Save PDF"), written.error().message);
}

void BriefingPage::saveWorkbook()
{
    const QString path =
        chooseFile(tr("Save Excel workbook"), tr("Excel workbooks (*.xlsx)"), QStringLiteral(".xlsx"));
    if (path.isEmpty())
        return;
    const BusyCursor busy;
    if (const Status written = BriefingWorkbook::write(m_db, *m_briefing, path); !written)
        Dialogs::critical(this, tr("Save Excel workbook"), written.error().message);
}

} // namespace liaison
