#include "Database.h"
#include "RecordImporter.h"
#include "Repository.h"

namespace liaison {
namespace {

using namespace Qt::StringLiterals;

// The duty scheme (包联责任表): for each enterprise its district leader, district department with
// its liaison person, and town, street or park with its liaison person. A row that differs from the
// assignment in force hands it over: the old one ends the day before the new one starts, so the
// history is kept. A row the same as the assignment in force changes nothing.
class DutyImporter final : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(liaison::DutyImporter)

public:
    enum Field {
        EnterpriseName,
        CreditCode,
        Leader,
        Department,
        DepartmentPerson,
        Area,
        AreaPerson,
        ValidFrom
    };

    QList<ImportField> fields() const override
    {
        return enterpriseFields() +
               QList<ImportField>{
                   {u"leader"_s,
                    tr("District leader"),
                    {u"区领导"_s, u"包联区领导"_s, u"联系区领导"_s, u"District leader"_s},
                    true},
                   {u"department"_s,
                    tr("District department"),
                    {u"区级部门"_s, u"包联部门"_s, u"责任部门"_s, u"部门"_s, u"District department"_s},
                    true},
                   {u"department_person"_s,
                    tr("Department liaison"),
                    {u"部门联络人"_s, u"部门联络员"_s, u"部门责任人"_s, u"部门联系人"_s,
                     u"Department liaison"_s}},
                   {u"area"_s,
                    tr("Town, street or park"),
                    {u"镇街园区"_s, u"所属镇街"_s, u"镇街"_s, u"Town, street or park"_s,
                     u"Town, street or park"_s}},
                   {u"area_person"_s,
                    tr("Area liaison"),
                    {u"镇街联络人"_s, u"镇街联络员"_s, u"镇街责任人"_s, u"镇街联系人"_s, u"Area liaison"_s}},
                   {u"valid_from"_s,
                    tr("In force from"),
                    {u"起始日期"_s, u"生效日期"_s, u"开始日期"_s, u"from"_s, u"In force from"_s}},
               };
    }

    Status prepare(Database& db) override
    {
        m_db = &db;
        LIAISON_TRY(m_lookups.load(db));
        auto inForce = Repository<DutyAssignment>(db).list({u"valid_to IS NULL"_s});
        LIAISON_TRY(inForce);
        for (const DutyAssignment& duty : *inForce)
            m_inForce.insert(duty.enterpriseId, duty);
        return {};
    }

    Status importRow(ImportRow& row) override
    {
        const auto enterprise = m_lookups.enterprise(row, CreditCode, EnterpriseName);
        const auto leader = m_lookups.person(row, Leader, true);
        const auto department = m_lookups.unit(row, Department, true);
        const auto departmentPerson = m_lookups.person(row, DepartmentPerson, false, department);
        OptionalId area = m_lookups.area(row, Area, false);
        if (!area && enterprise && row.cell(Area).isEmpty())
            area = m_lookups.enterpriseArea(*enterprise); // the enterprise's own area
        const auto areaPerson = m_lookups.person(row, AreaPerson, false, {}, area);
        const std::optional<QDate> from =
            row.cell(ValidFrom).isEmpty() ? QDate::currentDate() : row.date(ValidFrom, true);
        if (row.failed())
            return {};
        if (const Person* p = departmentPerson ? m_lookups.personById(*departmentPerson) : nullptr;
            p && p->unitId != department)
            row.problem(DepartmentPerson, p->name,
                        tr("this person does not work for %1").arg(row.cell(Department)));
        if (const Person* p = areaPerson ? m_lookups.personById(*areaPerson) : nullptr;
            p && p->areaId != area)
            row.problem(AreaPerson, p->name, tr("this person does not work for this town, street or park"));
        if (const int first = m_lineOfEnterprise.value(*enterprise); first > 0)
            row.problem(tr("the same enterprise as line %1").arg(first));
        if (row.failed())
            return {};
        m_lineOfEnterprise.insert(*enterprise, row.line());

        DutyAssignment duty;
        duty.enterpriseId = *enterprise;
        duty.leaderId = *leader;
        duty.departmentId = *department;
        duty.departmentPersonId = departmentPerson;
        duty.areaId = *area;
        duty.areaPersonId = areaPerson;
        duty.validFrom = *from;

        static const QHash<QString, int> fieldOfColumn = {{u"leader_id"_s, Leader},
                                                          {u"department_id"_s, Department},
                                                          {u"department_person_id"_s, DepartmentPerson},
                                                          {u"area_id"_s, Area},
                                                          {u"area_person_id"_s, AreaPerson},
                                                          {u"valid_from"_s, ValidFrom}};
        Repository<DutyAssignment> duties(*m_db);
        if (const auto current = m_inForce.constFind(duty.enterpriseId); current != m_inForce.cend()) {
            if (current->leaderId == duty.leaderId && current->departmentId == duty.departmentId &&
                current->departmentPersonId == duty.departmentPersonId && current->areaId == duty.areaId &&
                current->areaPersonId == duty.areaPersonId)
                return {}; // the assignment in force already says so
            if (duty.validFrom <= current->validFrom) {
                row.problem(ValidFrom, duty.validFrom.toString(Qt::ISODate),
                            tr("the assignment in force began on %1; a new one must begin after it")
                                .arg(current->validFrom.toString(Qt::ISODate)));
                return {};
            }
            DutyAssignment ended = *current;
            ended.validTo = duty.validFrom.addDays(-1);
            if (const Status written = duties.update(ended); !written)
                return row.refused(written.error(), fieldOfColumn);
            if (const auto created = duties.create(duty); !created)
                return row.refused(created.error(), fieldOfColumn);
            row.updated();
            return {};
        }
        if (const auto created = duties.create(duty); !created)
            return row.refused(created.error(), fieldOfColumn);
        row.created();
        return {};
    }

private:
    Database* m_db = nullptr;
    ImportLookups m_lookups;
    QHash<Id, DutyAssignment> m_inForce;
    QHash<Id, int> m_lineOfEnterprise;
};

} // namespace

std::unique_ptr<RecordImporter> makeDutyImporter()
{
    return std::make_unique<DutyImporter>();
}

} // namespace liaison
