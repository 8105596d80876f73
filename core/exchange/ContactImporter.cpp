#include "Database.h"
#include "RecordImporter.h"
#include "Repository.h"

namespace liaison {
namespace {

using namespace Qt::StringLiterals;

// The enterprises' contact people (企业联系人). A contact already registered under the same name at
// the same enterprise is brought up to date (position, telephone) rather than entered twice.
class ContactImporter final : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ContactImporter)

public:
    enum Field { EnterpriseName, CreditCode, Name, Position, Phone };

    QList<ImportField> fields() const override
    {
        return enterpriseFields() +
               QList<ImportField>{
                   {u"name"_s,
                    tr("Contact"),
                    {u"联系人"_s, u"姓名"_s, u"企业联系人"_s, u"联系人姓名"_s, u"Contact"_s},
                    true},
                   {u"position"_s,
                    tr("Position"),
                    {u"职务"_s, u"职位"_s, u"岗位"_s, u"title"_s, u"Position"_s}},
                   {u"phone"_s,
                    tr("Telephone"),
                    {u"联系电话"_s, u"电话"_s, u"手机"_s, u"手机号码"_s, u"联系方式"_s, u"phone number"_s,
                     u"Telephone"_s}},
               };
    }

    Status prepare(Database& db) override
    {
        m_db = &db;
        LIAISON_TRY(m_lookups.load(db));
        auto rows = db.run(u"SELECT id, enterprise_id, name FROM contact"_s);
        LIAISON_TRY(rows);
        while (rows->next())
            m_registered.insert({rows->value(1).toLongLong(), rows->value(2).toString().trimmed()},
                                rows->value(0).toLongLong());
        return {};
    }

    Status importRow(ImportRow& row) override
    {
        const auto enterprise = m_lookups.enterprise(row, CreditCode, EnterpriseName);
        const auto name = row.text(Name);
        if (row.failed())
            return {};
        const std::pair<Id, QString> key{*enterprise, *name};
        if (const int first = m_lineOfKey.value(key); first > 0) {
            row.problem(Name, *name, tr("the same contact of the same enterprise as line %1").arg(first));
            return {};
        }
        m_lineOfKey.insert(key, row.line());

        Repository<Contact> contacts(*m_db);
        Contact c;
        const Id existing = m_registered.value(key, 0);
        if (existing) {
            auto current = contacts.get(existing);
            LIAISON_TRY(current);
            c = *current;
        }
        c.enterpriseId = *enterprise;
        c.name = *name;
        if (row.has(Position))
            c.position = row.cell(Position);
        if (row.has(Phone))
            c.phone = row.cell(Phone);
        static const QHash<QString, int> fieldOfColumn = {
            {u"name"_s, Name}, {u"position"_s, Position}, {u"phone"_s, Phone}};
        if (existing) {
            if (const Status written = contacts.update(c); !written)
                return row.refused(written.error(), fieldOfColumn);
            row.updated();
            return {};
        }
        if (const auto created = contacts.create(c); !created)
            return row.refused(created.error(), fieldOfColumn);
        row.created();
        return {};
    }

private:
    Database* m_db = nullptr;
    ImportLookups m_lookups;
    QHash<std::pair<Id, QString>, Id> m_registered;
    QHash<std::pair<Id, QString>, int> m_lineOfKey;
};

} // namespace

std::unique_ptr<RecordImporter> makeContactImporter()
{
    return std::make_unique<ContactImporter>();
}

} // namespace liaison
