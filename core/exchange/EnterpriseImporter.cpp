#include "Database.h"
#include "RecordImporter.h"
#include "Repository.h"

namespace liaison {
namespace {

using namespace Qt::StringLiterals;

// The enterprise register (企业名录). An enterprise whose credit code is already registered is
// brought up to date rather than duplicated; what the file does not mention (tags, white-list batch)
// stays as it is.
class EnterpriseImporter final : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(liaison::EnterpriseImporter)

public:
    enum Field { Name, CreditCode, Area, Industry, Scale, ProductionStatus, Address };

    QList<ImportField> fields() const override
    {
        return {
            {u"name"_s,
             tr("Enterprise name"),
             {u"企业名称"_s, u"企业"_s, u"名称"_s, u"单位名称"_s, u"enterprise"_s, u"Enterprise name"_s},
             true},
            {u"credit_code"_s,
             tr("Unified social credit code"),
             {u"统一社会信用代码"_s, u"社会信用代码"_s, u"信用代码"_s, u"Unified social credit code"_s},
             true},
            {u"area"_s,
             tr("Town, street or park"),
             {u"所属镇街"_s, u"镇街"_s, u"所属镇街园区"_s, u"镇街园区"_s, u"所在镇街"_s, u"town"_s,
              u"Town, street or park"_s, u"Town, street or park"_s},
             true},
            {u"industry"_s, tr("Industry"), {u"行业"_s, u"所属行业"_s, u"行业类别"_s, u"Industry"_s}, true},
            {u"scale"_s, tr("Scale"), {u"企业类型"_s, u"企业类别"_s, u"类型"_s, u"规模"_s, u"Scale"_s}},
            {u"production_status"_s,
             tr("Production status"),
             {u"生产状态"_s, u"生产情况"_s, u"status"_s, u"Production status"_s}},
            {u"address"_s, tr("Address"), {u"地址"_s, u"企业地址"_s, u"注册地址"_s, u"Address"_s}},
        };
    }

    Status prepare(Database& db) override
    {
        m_db = &db;
        return m_lookups.load(db);
    }

    Status importRow(ImportRow& row) override
    {
        Repository<Enterprise> enterprises(*m_db);
        const QString code = row.cell(CreditCode).toUpper();
        Enterprise e;
        if (const auto existing = m_lookups.enterpriseWithCode(code)) {
            auto current = enterprises.get(*existing);
            LIAISON_TRY(current);
            e = *current; // what the file does not say stays as it is
        }
        e.name = row.cell(Name);
        e.creditCode = code;
        e.industry = row.cell(Industry);
        if (row.has(Address))
            e.address = row.cell(Address);
        if (!code.isEmpty()) {
            if (const int first = m_lineOfCode.value(code); first > 0)
                row.problem(CreditCode, code, tr("the same credit code as line %1").arg(first));
            else
                m_lineOfCode.insert(code, row.line());
        }
        if (const auto area = m_lookups.area(row, Area, true))
            e.areaId = *area;
        // An empty cell keeps the default (or, for an update, what is registered).
        if (!row.cell(Scale).isEmpty()) {
            if (const auto scale = row.choice<EnterpriseScale>(Scale))
                e.scale = *scale;
        }
        if (!row.cell(ProductionStatus).isEmpty()) {
            if (const auto status = row.choice<liaison::ProductionStatus>(ProductionStatus))
                e.productionStatus = *status;
        }
        if (row.failed())
            return {};

        static const QHash<QString, int> fieldOfColumn = {
            {QStringLiteral("name"), Name},      {QStringLiteral("credit_code"), CreditCode},
            {QStringLiteral("area_id"), Area},   {QStringLiteral("industry"), Industry},
            {QStringLiteral("scale"), Scale},    {QStringLiteral("production_status"), ProductionStatus},
            {QStringLiteral("address"), Address}};
        const bool update = e.id != 0;
        if (update) {
            if (const Status written = enterprises.update(e); !written)
                return row.refused(written.error(), fieldOfColumn);
            row.updated();
            return {};
        }
        const auto created = enterprises.create(e);
        if (!created)
            return row.refused(created.error(), fieldOfColumn);
        row.created();
        return {};
    }

private:
    Database* m_db = nullptr;
    ImportLookups m_lookups;
    QHash<QString, int> m_lineOfCode;
};

} // namespace

std::unique_ptr<RecordImporter> makeEnterpriseImporter()
{
    return std::make_unique<EnterpriseImporter>();
}

} // namespace liaison
