#include "Database.h"
#include "RecordImporter.h"

namespace liaison {

QList<ImportField> enterpriseFields()
{
    using namespace Qt::StringLiterals;
    return {{u"enterprise"_s,
             ImportLookups::tr("Enterprise name"),
             {u"企业名称"_s, u"企业"_s, u"单位名称"_s, u"Enterprise name"_s},
             false,
             true},
            {u"credit_code"_s,
             ImportLookups::tr("Unified social credit code"),
             {u"统一社会信用代码"_s, u"社会信用代码"_s, u"信用代码"_s, u"Unified social credit code"_s},
             false,
             true}};
}

Status ImportLookups::load(const Database& db)
{
    auto enterprises = db.run(QStringLiteral("SELECT id, credit_code, name, area_id, production_status "
                                             "FROM enterprise"));
    LIAISON_TRY(enterprises);
    while (enterprises->next()) {
        const Id id = enterprises->value(0).toLongLong();
        m_enterpriseByCode.insert(enterprises->value(1).toString(), id);
        m_enterpriseByName.insert(enterprises->value(2).toString().trimmed(), id);
        m_areaOfEnterprise.insert(id, enterprises->value(3).toLongLong());
        m_statusOfEnterprise.insert(id,
                                    DomainText::fromCode<ProductionStatus>(enterprises->value(4).toString())
                                        .value_or(ProductionStatus::Normal));
    }
    auto areas = db.run(QStringLiteral("SELECT id, name FROM area"));
    LIAISON_TRY(areas);
    while (areas->next())
        m_areaByName.insert(areas->value(1).toString().trimmed(), areas->value(0).toLongLong());
    // A department goes by its short name in documents (区经济信息委) and by its full name on paper.
    auto units = db.run(QStringLiteral("SELECT id, name, full_name FROM unit"));
    LIAISON_TRY(units);
    QList<std::pair<QString, Id>> shortNames;
    while (units->next()) {
        if (const QString full = units->value(2).toString().trimmed(); !full.isEmpty())
            m_unitByName.insert(full, units->value(0).toLongLong());
        shortNames.emplace_back(units->value(1).toString().trimmed(), units->value(0).toLongLong());
    }
    for (const auto& [name, id] : shortNames)
        m_unitByName.insert(name, id); // a short name wins over another unit's full name
    auto people = db.run(QStringLiteral("SELECT id, name, unit_id, area_id FROM person WHERE active"));
    LIAISON_TRY(people);
    while (people->next()) {
        Person p;
        p.id = people->value(0).toLongLong();
        p.name = people->value(1).toString().trimmed();
        p.unitId = optionalId(people->value(2));
        p.areaId = optionalId(people->value(3));
        m_people.insert(p.id, p);
        m_personByName.insert(p.name, p.id);
    }
    auto categories =
        db.run(QStringLiteral("SELECT code, name FROM issue_category ORDER BY sort_order, code"));
    LIAISON_TRY(categories);
    while (categories->next()) {
        m_categoryByName.insert(categories->value(1).toString(), categories->value(0).toString());
        m_categoryNames << categories->value(1).toString();
        m_categoryByName.insert(categories->value(0).toString(), categories->value(0).toString());
    }
    return {};
}

std::optional<Id> ImportLookups::enterprise(ImportRow& row, int codeField, int nameField) const
{
    const QString code = row.cell(codeField).toUpper();
    if (!code.isEmpty()) {
        if (const auto found = m_enterpriseByCode.constFind(code); found != m_enterpriseByCode.cend())
            return *found;
        row.problem(codeField, code, tr("no enterprise with this credit code is registered"));
        return std::nullopt;
    }
    const QString name = row.cell(nameField);
    if (name.isEmpty()) {
        row.problem(row.has(codeField) ? codeField : nameField, QString(),
                    tr("the enterprise is missing: give its credit code or its name"));
        return std::nullopt;
    }
    const QList<Id> found = m_enterpriseByName.values(name);
    if (found.size() == 1)
        return found.front();
    row.problem(nameField, name,
                found.isEmpty()
                    ? tr("no enterprise of this name is registered")
                    : tr("%n enterprises have this name; give the credit code", nullptr, int(found.size())));
    return std::nullopt;
}

OptionalId ImportLookups::enterpriseWithCode(const QString& code) const
{
    if (const auto found = m_enterpriseByCode.constFind(code); found != m_enterpriseByCode.cend())
        return *found;
    return std::nullopt;
}

std::optional<Id> ImportLookups::area(ImportRow& row, int field, bool required) const
{
    const QString name = row.cell(field);
    if (name.isEmpty()) {
        if (required)
            row.problem(field, name, tr("the town, street or park is missing"));
        return std::nullopt;
    }
    if (const auto found = m_areaByName.constFind(name); found != m_areaByName.cend())
        return *found;
    row.problem(field, name, tr("no town, street or park of this name is registered"));
    return std::nullopt;
}

std::optional<Id> ImportLookups::unit(ImportRow& row, int field, bool required) const
{
    const QString name = row.cell(field);
    if (name.isEmpty()) {
        if (required)
            row.problem(field, name, tr("the department is missing"));
        return std::nullopt;
    }
    if (const auto found = m_unitByName.constFind(name); found != m_unitByName.cend())
        return *found;
    row.problem(field, name, tr("no department of this name is registered"));
    return std::nullopt;
}

std::optional<Id> ImportLookups::person(ImportRow& row, int field, bool required, OptionalId unitId,
                                        OptionalId areaId) const
{
    const QString name = row.cell(field);
    if (name.isEmpty()) {
        if (required)
            row.problem(field, name, tr("the person is missing"));
        return std::nullopt;
    }
    QList<Id> found = m_personByName.values(name);
    if (found.size() > 1 && (unitId || areaId)) {
        QList<Id> ofPlace;
        for (const Id id : found) {
            const Person& p = m_people[id];
            if ((unitId && p.unitId == unitId) || (areaId && p.areaId == areaId))
                ofPlace << id;
        }
        if (!ofPlace.isEmpty())
            found = ofPlace;
    }
    if (found.size() == 1)
        return found.front();
    row.problem(field, name,
                found.isEmpty() ? tr("no person of this name is registered")
                                : tr("%n people have this name; tell them apart in the register first",
                                     nullptr, int(found.size())));
    return std::nullopt;
}

std::optional<QString> ImportLookups::category(ImportRow& row, int field) const
{
    const QString name = row.cell(field);
    if (const auto found = m_categoryByName.constFind(name); found != m_categoryByName.cend())
        return *found;
    row.problem(field, name,
                name.isEmpty()
                    ? tr("the category is missing")
                    : tr("not a problem category; write one of: %1").arg(m_categoryNames.join(tr(", "))));
    return std::nullopt;
}

const Person* ImportLookups::personById(Id id) const
{
    const auto found = m_people.constFind(id);
    return found != m_people.cend() ? &*found : nullptr;
}

} // namespace liaison
