#include "CommandArguments.h"

namespace liaison {

CommandArguments::CommandArguments(const QString& command, const QStringList& arguments,
                                   const QStringList& valueOptions, const QStringList& flags)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(QLatin1StringView("--"))) {
            m_positional << arg;
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        if (flags.contains(name) && equals < 0) {
            m_flags << name;
            continue;
        }
        if (!valueOptions.contains(name)) {
            m_error = tr("Unknown option “%1” for “%2”.").arg(arg, command);
            return;
        }
        if (equals >= 0) {
            m_values[name] << arg.mid(equals + 1);
        } else if (i + 1 < arguments.size()) {
            m_values[name] << arguments.at(++i);
        } else {
            m_error = tr("The option --%1 needs a value.").arg(name);
            return;
        }
    }
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid())
        return std::nullopt;
    return date;
}

} // namespace liaison
