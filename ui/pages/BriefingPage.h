#pragma once

#include "Briefing.h"
#include "print/BriefingMasthead.h"

#include <QPrinter>
#include <QWidget>

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QPrintPreviewWidget;
class QPushButton;
class QTimer;

namespace liaison {

class BriefingDocument;
class Database;
class WorkCalendar;

// 简报: the weekly briefing of a chosen week as of a chosen day, previewed as the A4 pages it
// prints, printed, and saved as PDF or as an Excel workbook.
class BriefingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingPage)

public:
    BriefingPage(Database& db, const WorkCalendar& calendar, QWidget* parent = nullptr);
    ~BriefingPage() override;

    // Out of date: read again now if shown, else when shown.
    void reload();
    void setWeek(const QDate& dayInWeek, const QDate& asOf);
    // The briefing shown, read first if it is out of date.
    const std::optional<BriefingData>& briefing();
    // Pages of the preview, once the briefing has been read.
    int previewPageCount() const;

    void printPreview();
    void print();
    void savePdf();
    void saveWorkbook();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshIfStale();
    void onPaintRequested(QPrinter* printer);
    // A file name for the briefing, with the extension added when left out; empty when cancelled.
    QString chooseFile(const QString& title, const QString& filter, const QString& extension);

    Database& m_db;
    const WorkCalendar& m_calendar;
    QPrinter m_printer;
    QDateEdit* m_weekDateEdit = nullptr;
    QDateEdit* m_asOfDateEdit = nullptr;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QList<QPushButton*> m_outputButtons;
    QPrintPreviewWidget* m_preview = nullptr;
    QTimer* m_reloadTimer = nullptr;
    std::optional<BriefingData> m_briefing;
    std::unique_ptr<BriefingDocument> m_document;
    BriefingMasthead m_masthead;
    bool m_stale = true;
};

} // namespace liaison
