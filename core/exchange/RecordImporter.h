#pragma once

#include "Entities.h"
#include "Error.h"
#include "TableImport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMultiHash>

#include <memory>
#include <optional>

// The pieces TableImport is made of: a row as an importer sees it, the names rows are checked
// against, and one importer per kind of record. Internal to the exchange folder.

namespace liaison {

class Database;

// One row of the file while it is imported: its cells by field, and the report it adds to.
class ImportRow final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ImportRow)

public:
    ImportRow(const CsvTable& table, const QList<int>& columnOfField, ImportOutcome& outcome)
        : m_table(table), m_columnOf(columnOfField), m_outcome(outcome)
    {
    }

    void moveTo(qsizetype index);
    int line() const { return m_line; }
    bool failed() const { return m_failed; }

    // Whether the file has a column for the field.
    bool has(int field) const { return m_columnOf.value(field, -1) >= 0; }
    // The field's cell, trimmed; empty when the file has no column for it.
    QString cell(int field) const;

    void problem(int field, const QString& value, const QString& reason);
    void problem(const QString& reason);
    // Reports a write a repository or a service refused, at the column of the field the error names
    // (fieldOfColumn maps the entity's column names to fields). A failure of the database itself is
    // passed back: the import stops.
    [[nodiscard]] Status refused(const Error& error, const QHash<QString, int>& fieldOfColumn);

    // Typed cells; each reports what it cannot read and returns nothing.
    std::optional<QDate> date(int field, bool required);
    std::optional<int> count(int field);
    std::optional<double> percent(int field);
    // The value of a domain vocabulary written as its code, its label, or its usual Chinese name.
    template <typename E>
    std::optional<E> choice(int field);
    // A required text cell.
    std::optional<QString> text(int field);

    void created() { ++m_outcome.created; }
    void updated() { ++m_outcome.updated; }

private:
    const CsvTable& m_table;
    const QList<int>& m_columnOf;
    ImportOutcome& m_outcome;
    qsizetype m_index = 0;
    int m_line = 0;
    bool m_failed = false;
};

// The names a file refers to, read once before the first row: enterprises by credit code and by name,
// areas, units and people by name, problem categories by name and code.
class ImportLookups final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ImportLookups)

public:
    [[nodiscard]] Status load(const Database& db);

    // The enterprise a row names by its credit code or, failing that, by its name.
    std::optional<Id> enterprise(ImportRow& row, int codeField, int nameField) const;
    // The registered enterprise with this credit code, without reporting anything.
    OptionalId enterpriseWithCode(const QString& code) const;
    std::optional<Id> area(ImportRow& row, int field, bool required) const;
    std::optional<Id> unit(ImportRow& row, int field, bool required) const;
    // A person by name; when several share it, the one of the unit or area given.
    std::optional<Id> person(ImportRow& row, int field, bool required, OptionalId unitId = {},
                             OptionalId areaId = {}) const;
    std::optional<QString> category(ImportRow& row, int field) const;

    const Person* personById(Id id) const;
    Id enterpriseArea(Id enterpriseId) const { return m_areaOfEnterprise.value(enterpriseId); }
    ProductionStatus enterpriseStatus(Id enterpriseId) const
    {
        return m_statusOfEnterprise.value(enterpriseId, ProductionStatus::Normal);
    }

private:
    QHash<QString, Id> m_enterpriseByCode;
    QMultiHash<QString, Id> m_enterpriseByName;
    QHash<Id, Id> m_areaOfEnterprise;
    QHash<Id, ProductionStatus> m_statusOfEnterprise;
    QHash<QString, Id> m_areaByName;
    QHash<QString, Id> m_unitByName;
    QMultiHash<QString, Id> m_personByName;
    QHash<Id, Person> m_people;
    QHash<QString, QString> m_categoryByName; // by name and by code
    QStringList m_categoryNames;              // in the order of the list
};

// What one kind of record needs to be imported: its columns, and how a row becomes records.
class RecordImporter
{
public:
    virtual ~RecordImporter() = default;
    virtual QList<ImportField> fields() const = 0;
    // Reads what rows are checked against, once, before the first row; the rows are written to db.
    [[nodiscard]] virtual Status prepare(Database& db) = 0;
    // Checks one row and writes it. What is wrong with the row goes into its report; an error
    // returned is a failure of the database, and stops the import.
    [[nodiscard]] virtual Status importRow(ImportRow& row) = 0;
};

std::unique_ptr<RecordImporter> makeEnterpriseImporter();
std::unique_ptr<RecordImporter> makeContactImporter();
std::unique_ptr<RecordImporter> makeDutyImporter();
std::unique_ptr<RecordImporter> makeVisitImporter();
std::unique_ptr<RecordImporter> makeIssueImporter();

// The two columns by which a row names an enterprise, its name and its credit code: the first fields
// of every kind that belongs to an enterprise. Either will do (ImportField::namesEnterprise).
QList<ImportField> enterpriseFields();

// A header as it is compared: lower case, without spaces, underscores or a trailing colon.
QString normalisedHeader(const QString& header);

} // namespace liaison
