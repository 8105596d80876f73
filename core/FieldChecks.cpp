#include "FieldChecks.h"

#include "Database.h"

namespace liaison {
namespace {

// Dates outside this span are typing errors (a year 2202, a year 22) in this domain.
const QDate earliestDate(1950, 1, 1);
const QDate latestDate(2100, 12, 31);

bool hasControlCharacters(const QString& value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return true;
    }
    return false;
}

} // namespace

void FieldChecks::fail(const char* field, QString message)
{
    if (!m_error)
        m_error = Error::validation(std::move(message), QString::fromLatin1(field));
}

FieldChecks& FieldChecks::requiredText(const char* field, const QString& label, const QString& value,
                                       int maxLength)
{
    if (failed())
        return *this;
    if (value.trimmed().isEmpty())
        fail(field, tr("%1 is required.").arg(label));
    else
        optionalText(field, label, value, maxLength);
    return *this;
}

FieldChecks& FieldChecks::optionalText(const char* field, const QString& label, const QString& value,
                                       int maxLength)
{
    if (failed())
        return *this;
    if (value.size() > maxLength)
        fail(field, tr("%1 is %2 characters long; at most %3 are allowed.")
                        .arg(label)
                        .arg(value.size())
                        .arg(maxLength));
    else if (hasControlCharacters(value))
        fail(field, tr("%1 contains control characters.").arg(label));
    return *this;
}

FieldChecks& FieldChecks::phone(const char* field, const QString& label, const QString& value)
{
    if (failed() || value.isEmpty())
        return *this;
    bool ok = value.size() <= 30;
    for (const QChar c : value)
        ok = ok && (c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char(' '));
    if (!ok)
        fail(field, tr("%1 “%2” is not a telephone number: use digits, spaces, “-” and “+” only.")
                        .arg(label, value.left(40)));
    return *this;
}

FieldChecks& FieldChecks::requiredDate(const char* field, const QString& label, const QDate& value)
{
    if (failed())
        return *this;
    if (!value.isValid())
        fail(field, tr("%1 is required and must be a real calendar date.").arg(label));
    else
        optionalDate(field, label, value);
    return *this;
}

FieldChecks& FieldChecks::optionalDate(const char* field, const QString& label, const QDate& value)
{
    if (failed() || value.isNull())
        return *this;
    if (!value.isValid() || value < earliestDate || value > latestDate) {
        fail(field, tr("%1 %2 is outside the years %3–%4.")
                        .arg(label, value.toString(Qt::ISODate))
                        .arg(earliestDate.year())
                        .arg(latestDate.year()));
    }
    return *this;
}

FieldChecks& FieldChecks::notBefore(const char* field, const QString& label, const QDate& value,
                                    const QString& otherLabel, const QDate& other)
{
    if (failed() || !value.isValid() || !other.isValid())
        return *this;
    if (value < other) {
        fail(field, tr("%1 (%2) is before %3 (%4).")
                        .arg(label, value.toString(Qt::ISODate), otherLabel, other.toString(Qt::ISODate)));
    }
    return *this;
}

FieldChecks& FieldChecks::range(const char* field, const QString& label, double value, double low,
                                double high)
{
    if (failed())
        return *this;
    if (!(value >= low && value <= high))
        fail(field, tr("%1 is %2; it must be between %3 and %4.").arg(label).arg(value).arg(low).arg(high));
    return *this;
}

FieldChecks& FieldChecks::percent(const char* field, const QString& label, const std::optional<double>& value)
{
    if (value)
        range(field, label, *value, 0, 100);
    return *this;
}

FieldChecks& FieldChecks::reference(const char* field, const QString& label, const char* table, qint64 id)
{
    if (failed())
        return *this;
    auto found =
        m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1StringView(table)), {id});
    if (!found)
        m_error = found.error();
    else if (found->isNull())
        fail(field, tr("%1: there is no record with number %2.").arg(label).arg(id));
    return *this;
}

FieldChecks& FieldChecks::reference(const char* field, const QString& label, const char* table,
                                    const std::optional<qint64>& id)
{
    if (id)
        reference(field, label, table, *id);
    return *this;
}

FieldChecks& FieldChecks::rule(bool holds, const char* field, const QString& message)
{
    if (!failed() && !holds)
        fail(field, message);
    return *this;
}

FieldChecks& FieldChecks::status(const char* field, const Status& status)
{
    if (!failed() && !status) {
        m_error = status.error();
        if (m_error->field.isEmpty())
            m_error->field = QString::fromLatin1(field);
    }
    return *this;
}

Status FieldChecks::result() const
{
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

} // namespace liaison
