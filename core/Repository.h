#pragma once

#include "Database.h"
#include "Entities.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace liaison {

// Reads the columns of one row in order: the id first, then the writable columns.
class RowReader final
{
public:
    explicit RowReader(const QSqlQuery& query) : m_query(query) {}
    Id id() { return value().toLongLong(); }
    OptionalId optionalId() { return liaison::optionalId(value()); }
    QString text() { return value().toString(); }
    QDate date() { return value().toDate(); }
    QDateTime dateTime();
    int integer() { return value().toInt(); }
    bool boolean() { return value().toBool(); }
    std::optional<double> optionalNumber();
    template <typename E>
    E code()
    {
        return DomainText::fromCode<E>(text()).value_or(E{});
    }

private:
    QVariant value() { return m_query.value(m_column++); }
    const QSqlQuery& m_query;
    int m_column = 0;
};

// What a repository needs to know about one entity: its table, its columns, how to turn it into bound
// values and back, and the rules a record must satisfy before it is written. Specialised in
// EntityTraits.cpp for every entity.
template <typename T>
struct EntityTraits;

struct ListQuery
{
    QString where = {}; // SQL written by core code, never by a user: user text goes into binds
    QVariantList binds = {};
    QString orderBy = QStringLiteral("id");
    int limit = -1;
    int offset = 0;
};

// Create, read, update and list for one entity. Every write is validated first, runs in one
// transaction and leaves a record in the audit log; a versioned entity refuses an update made from a
// stale copy with a conflict.
template <typename T>
class Repository final
{
public:
    explicit Repository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<Id> create(const T& entity);
    [[nodiscard]] Result<T> get(Id id) const;
    [[nodiscard]] Status update(const T& entity);
    [[nodiscard]] Result<QList<T>> list(const ListQuery& query = {}) const;
    [[nodiscard]] Result<qint64> count(const QString& where = {}, const QVariantList& binds = {}) const;

private:
    Database& m_db;
};

extern template class Repository<Area>;
extern template class Repository<Unit>;
extern template class Repository<Person>;
extern template class Repository<WhitelistBatch>;
extern template class Repository<Enterprise>;
extern template class Repository<Contact>;
extern template class Repository<DutyAssignment>;
extern template class Repository<Visit>;
extern template class Repository<Issue>;
extern template class Repository<IssueEvent>;
extern template class Repository<IssueExtension>;
extern template class Repository<PermitRequest>;
extern template class Repository<SupplyLink>;
extern template class Repository<StaffTransfer>;
extern template class Repository<ProductionStatusChange>;

} // namespace liaison
