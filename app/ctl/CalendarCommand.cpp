#include "CalendarCommand.h"

#include "CalendarStore.h"
#include "CommandArguments.h"
#include "CtlApplication.h"
#include "Database.h"

#include <QFile>
#include <QJsonDocument>

namespace liaison {

int CalendarCommand::run(const QStringList& args)
{
    const CommandArguments arguments(QStringLiteral("calendar"), args, {});
    if (!arguments.ok())
        return m_app.usage(arguments.error());
    const QStringList& words = arguments.positional();
    const QString action = words.value(0);
    const auto expect = [&](qsizetype count, const QString& form) -> bool {
        if (words.size() == count + 1)
            return true;
        m_app.usage(tr("Write: liaisonctl calendar %1").arg(form));
        return false;
    };

    if (action == QLatin1StringView("add-year")) {
        if (!expect(1, QStringLiteral("add-year FILE")))
            return CtlApplication::Usage;
        return addYear(words);
    }

    int arity = 0;
    QString form;
    if (action == QLatin1StringView("is-workday")) {
        arity = 1;
        form = QStringLiteral("is-workday DATE");
    } else if (action == QLatin1StringView("add-workdays")) {
        arity = 2;
        form = QStringLiteral("add-workdays DATE N");
    } else if (action == QLatin1StringView("workdays-between")) {
        arity = 2;
        form = QStringLiteral("workdays-between DATE DATE");
    } else {
        return m_app.usage(action.isEmpty() ? tr("“calendar” needs an action: is-workday, add-workdays, "
                                                 "workdays-between or add-year.")
                                            : tr("Unknown calendar action “%1”.").arg(action));
    }
    if (!expect(arity, form))
        return CtlApplication::Usage;

    const auto first = parseIsoDate(words.at(1));
    if (!first)
        return m_app.fail(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(words.at(1)));

    // The corrections stored in the database count when there is one; without one, the official
    // schedules shipped with the program answer.
    std::optional<WorkCalendar> calendar;
    auto db = m_app.openDatabase();
    if (db) {
        auto stored = CalendarStore::load(**db);
        if (!stored)
            return m_app.fail(stored.error());
        calendar = std::move(*stored);
    } else if (db.error().kind == Error::Kind::NotFound) {
        calendar = WorkCalendar::official();
    } else {
        return m_app.fail(db.error());
    }

    QDate last = *first;
    if (action == QLatin1StringView("is-workday")) {
        m_app.out() << (calendar->isWorkday(*first) ? "true" : "false") << '\n';
    } else if (action == QLatin1StringView("add-workdays")) {
        bool ok = false;
        const int n = words.at(2).toInt(&ok);
        if (!ok || n < 0 || n > 3650)
            return m_app.fail(tr("“%1” is not a number of working days (0 to 3650).").arg(words.at(2)));
        last = calendar->addWorkdays(*first, n);
        m_app.out() << last.toString(Qt::ISODate) << '\n';
    } else {
        const auto second = parseIsoDate(words.at(2));
        if (!second)
            return m_app.fail(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(words.at(2)));
        last = *second;
        m_app.out() << calendar->workdaysBetween(*first, *second) << '\n';
    }
    m_app.out().flush();
    for (const int year : calendar->missingYears(*first, last)) {
        m_app.warn(tr("There is no official holiday schedule for %1: only weekends were counted as days off "
                      "(an administrator can add it with “liaisonctl calendar add-year”).")
                       .arg(year));
    }
    return CtlApplication::Done;
}

int CalendarCommand::addYear(const QStringList& words)
{
    QFile file(words.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return m_app.fail(tr("Cannot read %1: %2").arg(words.at(1), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return m_app.fail(tr("%1 is not a JSON calendar file: %2 at byte %3.")
                              .arg(words.at(1), parseError.errorString())
                              .arg(parseError.offset));
    }
    auto db = m_app.openDatabase();
    if (!db)
        return m_app.fail(db.error());
    auto stored = CalendarStore::importYears(**db, document.object());
    if (!stored)
        return m_app.fail(stored.error());
    QStringList years;
    for (const int year : *stored)
        years << QString::number(year);
    m_app.out() << tr("Stored the holiday schedule of %1.").arg(years.join(QStringLiteral(", "))) << '\n';
    return CtlApplication::Done;
}

} // namespace liaison
