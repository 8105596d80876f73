#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace liaison {

class CtlApplication;

// liaisonctl calendar: working-day arithmetic on the calendar in force, and the administrator's
// corrections of the official schedules.
class CalendarCommand final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CalendarCommand)

public:
    explicit CalendarCommand(CtlApplication& app) : m_app(app) {}
    int run(const QStringList& args);

private:
    int addYear(const QStringList& positional);
    CtlApplication& m_app;
};

} // namespace liaison
