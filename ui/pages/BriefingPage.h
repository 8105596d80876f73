#pragma once

#include "Briefing.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QTextBrowser;

namespace liaison {

class Database;
class WorkCalendar;

// 简报: the weekly briefing of a chosen week as of a chosen day, shown as it will read, and saved as
// an Excel workbook. The printed A4 document comes with a later version; the page says so.
class BriefingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingPage)

public:
    BriefingPage(Database& db, const WorkCalendar& calendar, QWidget* parent = nullptr);

    // Out of date: read again now if shown, else when shown.
    void reload();
    void setWeek(const QDate& dayInWeek, const QDate& asOf);
    // The briefing shown, read first if it is out of date.
    const std::optional<BriefingData>& briefing();
    void saveWorkbook();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshIfStale();
    QString html(const BriefingData& report) const;

    Database& m_db;
    const WorkCalendar& m_calendar;
    QDateEdit* m_weekDateEdit = nullptr;
    QDateEdit* m_asOfDateEdit = nullptr;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QTextBrowser* m_preview = nullptr;
    std::optional<BriefingData> m_briefing;
    bool m_stale = true;
};

} // namespace liaison
