#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>

namespace liaison {

// The arguments of one liaisonctl command: options that take a value ("--to 2022-12-08" or
// "--to=2022-12-08", repeatable), flags ("--json") and positional arguments. Anything else is a usage
// error that names the argument.
class CommandArguments final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::CommandArguments)

public:
    CommandArguments(const QString& command, const QStringList& arguments, const QStringList& valueOptions,
                     const QStringList& flags = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool isSet(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString& name) const { return m_values.value(name).value(0); }
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& positional() const { return m_positional; }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_flags;
    QStringList m_positional;
    QString m_error;
};

// A date as liaisonctl takes it: YYYY-MM-DD, a real calendar day.
std::optional<QDate> parseIsoDate(const QString& text);

} // namespace liaison
