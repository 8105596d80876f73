#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace liaison {

class Database;

// Checks the fields of a record before it is written. Each check names the field in the message;
// the first failure is kept and later checks are skipped, so a person sees one clear reason.
class FieldChecks final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::FieldChecks)

public:
    explicit FieldChecks(const Database& db) : m_db(db) {}

    FieldChecks& requiredText(const char* field, const QString& label, const QString& value, int maxLength);
    FieldChecks& optionalText(const char* field, const QString& label, const QString& value, int maxLength);
    FieldChecks& phone(const char* field, const QString& label, const QString& value);
    FieldChecks& requiredDate(const char* field, const QString& label, const QDate& value);
    FieldChecks& optionalDate(const char* field, const QString& label, const QDate& value);
    FieldChecks& notBefore(const char* field, const QString& label, const QDate& value,
                           const QString& otherLabel, const QDate& other);
    FieldChecks& range(const char* field, const QString& label, double value, double low, double high);
    FieldChecks& percent(const char* field, const QString& label, const std::optional<double>& value);
    // The id names an existing row of table (a foreign key a person chose).
    FieldChecks& reference(const char* field, const QString& label, const char* table, qint64 id);
    FieldChecks& reference(const char* field, const QString& label, const char* table,
                           const std::optional<qint64>& id);
    FieldChecks& rule(bool holds, const char* field, const QString& message);
    FieldChecks& status(const char* field, const Status& status);

    [[nodiscard]] Status result() const;

private:
    bool failed() const { return m_error.has_value(); }
    void fail(const char* field, QString message);

    const Database& m_db;
    std::optional<Error> m_error;
};

} // namespace liaison
