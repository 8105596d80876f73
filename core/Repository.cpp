#include "Repository.h"

#include "AuditLog.h"

#include "EntityTraits.h"
#include "security/Permissions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace liaison {

// The context of the repositories' messages, for the translators (the repository is a template).
class RepositoryMessages final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::RepositoryMessages)
};

namespace {

template <typename T>
QString selectList()
{
    QString columns = QStringLiteral("id, ") + EntityTraits<T>::columns().join(QStringLiteral(", "));
    if constexpr (EntityTraits<T>::versioned)
        columns += QStringLiteral(", version");
    return columns;
}

QString toJson(const QStringList& columns, const QVariantList& values, QJsonObject object = {})
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.metaType() == QMetaType::fromType<QDate>())
            object.insert(columns.at(i),
                          value.isNull() ? QJsonValue() : QJsonValue(value.toDate().toString(Qt::ISODate)));
        else
            object.insert(columns.at(i), QJsonValue::fromVariant(value));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What an entity keeps outside its own row (an enterprise's tags), for its audit entry.
template <typename T>
QJsonObject auditExtras(const T& entity)
{
    if constexpr (requires { EntityTraits<T>::auditExtras(entity); })
        return EntityTraits<T>::auditExtras(entity);
    else
        return {};
}

Status audit(Database& db, const char* action, const char* table, Id id, const QVariant& before,
             const QVariant& after)
{
    return AuditLog::record(db, action, QString::fromLatin1(table), id, before, after);
}

} // namespace

QDateTime RowReader::dateTime()
{
    return value().toDateTime().toUTC();
}

std::optional<double> RowReader::optionalNumber()
{
    const QVariant v = value();
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

template <typename T>
Result<Id> Repository<T>::create(const T& entity)
{
    using Traits = EntityTraits<T>;
    if (Status allowed = Traits::authorize(m_db, entity); !allowed)
        return std::unexpected(allowed.error());
    if (Status valid = Traits::validate(entity, m_db); !valid)
        return std::unexpected(valid.error());
    const QStringList columns = Traits::columns();
    const QVariantList values = Traits::values(entity);
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    Id id = 0;
    Status written = m_db.transaction([&]() -> Status {
        auto inserted =
            m_db.scalar(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                            .arg(QLatin1StringView(Traits::table), columns.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", "))),
                        values);
        if (!inserted)
            return std::unexpected(inserted.error());
        if (inserted->isNull())
            return std::unexpected(Error::storage(
                RepositoryMessages::tr("The database did not return the new record's number.")));
        id = inserted->toLongLong();
        if constexpr (requires { Traits::afterWrite(m_db, entity, id); }) {
            if (Status after = Traits::afterWrite(m_db, entity, id); !after)
                return after;
        }
        return audit(m_db, "create", Traits::table, id, QVariant(QMetaType::fromType<QString>()),
                     toJson(columns, values, auditExtras(entity)));
    });
    if (!written)
        return std::unexpected(written.error());
    return id;
}

template <typename T>
Result<T> Repository<T>::get(Id id) const
{
    auto found = list({QStringLiteral("id = ?"), {id}});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::unexpected(Error::notFound(
            RepositoryMessages::tr("Record %1 was not found; it may have been removed.").arg(id)));
    return found->front();
}

template <typename T>
Status Repository<T>::update(const T& entity)
{
    using Traits = EntityTraits<T>;
    if (Status allowed = Traits::authorize(m_db, entity); !allowed)
        return allowed;
    if (Status valid = Traits::validate(entity, m_db); !valid)
        return valid;
    return m_db.transaction([&]() -> Status {
        auto before = get(entity.id);
        if (!before)
            return std::unexpected(before.error());
        // The record as it was must be the user's to change too, not only as it will be.
        if (Status allowed = Traits::authorize(m_db, *before); !allowed)
            return allowed;
        if constexpr (requires { Traits::authorizeChange(m_db, *before, entity); }) {
            if (Status allowed = Traits::authorizeChange(m_db, *before, entity); !allowed)
                return allowed;
        }
        const QStringList columns = Traits::columns();
        QVariantList values = Traits::values(entity);
        const QString beforeText = toJson(columns, Traits::values(*before), auditExtras(*before));
        const QString afterText = toJson(columns, values, auditExtras(entity));
        // Saved without a change: nothing is written and nothing goes into the audit log, unless the
        // record changed meanwhile under the user's feet.
        if (beforeText == afterText) {
            if constexpr (Traits::versioned) {
                if (versionOf(entity) != versionOf(*before)) {
                    return std::unexpected(Error::conflict(RepositoryMessages::tr(
                        "Someone else changed this record since you opened it; reload it "
                        "and make your change again.")));
                }
            }
            return {};
        }
        QStringList assignments;
        for (const QString& column : columns)
            assignments << column + QStringLiteral(" = ?");
        QString sql = QStringLiteral("UPDATE %1 SET %2")
                          .arg(QLatin1StringView(Traits::table), assignments.join(QStringLiteral(", ")));
        QVariantList binds = values;
        if constexpr (Traits::versioned) {
            sql += QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?");
            binds << entity.id << versionOf(entity);
        } else {
            sql += QStringLiteral(" WHERE id = ?");
            binds << entity.id;
        }
        auto updated = m_db.run(sql, binds);
        if (!updated)
            return std::unexpected(updated.error());
        if (updated->numRowsAffected() == 0) {
            return std::unexpected(
                Error::conflict(RepositoryMessages::tr("Someone else changed this record since you opened "
                                                       "it; reload it and make your change again.")));
        }
        if constexpr (requires { Traits::afterWrite(m_db, entity, entity.id); }) {
            if (Status after = Traits::afterWrite(m_db, entity, entity.id); !after)
                return after;
        }
        return audit(m_db, "update", Traits::table, entity.id, beforeText, afterText);
    });
}

template <typename T>
Result<QList<T>> Repository<T>::list(const ListQuery& query) const
{
    using Traits = EntityTraits<T>;
    if (Status allowed = Permissions::require(m_db, Permission::Read); !allowed)
        return std::unexpected(allowed.error());
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selectList<T>(), QLatin1StringView(Traits::table));
    if (!query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + query.where;
    if (!query.orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + query.orderBy;
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    auto rows = m_db.run(sql, query.binds);
    if (!rows)
        return std::unexpected(rows.error());
    QList<T> result;
    while (rows->next()) {
        RowReader reader(*rows);
        result << Traits::read(reader);
    }
    if constexpr (requires(T & e) { Traits::load(m_db, e); }) {
        for (T& entity : result) {
            if (Status loaded = Traits::load(m_db, entity); !loaded)
                return std::unexpected(loaded.error());
        }
    }
    return result;
}

template <typename T>
Result<qint64> Repository<T>::count(const QString& where, const QVariantList& binds) const
{
    if (Status allowed = Permissions::require(m_db, Permission::Read); !allowed)
        return std::unexpected(allowed.error());
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(EntityTraits<T>::table));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    auto counted = m_db.scalar(sql, binds);
    if (!counted)
        return std::unexpected(counted.error());
    return counted->toLongLong();
}

template class Repository<Area>;
template class Repository<Unit>;
template class Repository<Person>;
template class Repository<WhitelistBatch>;
template class Repository<Enterprise>;
template class Repository<Contact>;
template class Repository<DutyAssignment>;
template class Repository<Visit>;
template class Repository<Issue>;
template class Repository<IssueEvent>;
template class Repository<IssueExtension>;
template class Repository<PermitRequest>;
template class Repository<SupplyLink>;
template class Repository<StaffTransfer>;
template class Repository<ProductionStatusChange>;

} // namespace liaison
