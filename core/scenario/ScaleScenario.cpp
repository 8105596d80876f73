#include "ScaleScenario.h"

#include "AuditLog.h"
#include "BulkInsert.h"
#include "CreditCode.h"
#include "Database.h"
#include "JiulongpoScenario.h"
#include "Pinyin.h"
#include "WorkCalendar.h"
#include "security/Permissions.h"
#include "security/UserAccounts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <memory>
#include <random>
#include <vector>

namespace liaison {
namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// An empty text bound as '', not as NULL (which a null QString would be).
QString empty()
{
    return QStringLiteral("");
}

QStringList words(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Draws that do not depend on the standard library's distributions, which differ between
// implementations: a seed gives the same database everywhere.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % std::uint32_t(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int perMille) { return below(1000) < perMille; }
    template <typename C>
    const auto& pick(const C& items)
    {
        return items[qsizetype(below(int(std::size(items))))];
    }

private:
    std::mt19937 m_engine;
};

struct Shape
{
    int districts;
    int enterprises;
};

Shape shapeOf(ScaleScenario::Size size)
{
    switch (size) {
    case ScaleScenario::Size::District: return {1, 300};
    case ScaleScenario::Size::City: return {38, 7000};
    case ScaleScenario::Size::Province: return {189, 70000};
    }
    return {1, 300};
}

// Chongqing's 38 districts and counties; a province is made of the 21 prefectures of Sichuan, nine
// districts each, named for their part of the city.
QStringList districtNames(ScaleScenario::Size size)
{
    if (size != ScaleScenario::Size::Province) {
        const QStringList chongqing =
            words("九龙坡区 渝中区 大渡口区 江北区 沙坪坝区 南岸区 北碚区 渝北区 巴南区 万州区 涪陵区 黔江区 "
                  "长寿区 "
                  "江津区 合川区 永川区 南川区 綦江区 大足区 璧山区 铜梁区 潼南区 荣昌区 开州区 梁平区 "
                  "武隆区 城口县 "
                  "丰都县 垫江县 忠县 云阳县 奉节县 巫山县 巫溪县 石柱县 秀山县 酉阳县 彭水县");
        return size == ScaleScenario::Size::District ? chongqing.mid(0, 1) : chongqing;
    }
    const QStringList cities =
        words("成都市 自贡市 攀枝花市 泸州市 德阳市 绵阳市 广元市 遂宁市 内江市 乐山市 "
              "南充市 眉山市 宜宾市 广安市 达州市 雅安市 巴中市 资阳市 阿坝州 甘孜州 凉山州");
    const QStringList parts = words("东城区 西城区 南城区 北城区 高新区 经开区 临港区 新城区 城郊县");
    QStringList names;
    for (const QString& city : cities) {
        for (const QString& part : parts)
            names << city + part;
    }
    return names;
}

const char* const unitNames[] = {"经济信息委", "商务委",     "交通局", "发展改革委",
                                 "人力社保局", "市场监管局", "应急局", "大数据发展局"};
constexpr int unitsPerDistrict = int(std::size(unitNames));
constexpr int economyUnit = 0;
constexpr int bigDataUnit = 7;
constexpr int areasPerDistrict = 12;
constexpr int leadersPerDistrict = 6;
constexpr int peoplePerUnit = 3;
constexpr int peoplePerArea = 3;

struct Category
{
    const char* code;
    int deadline; // working days, as migration 1 sets them
    int weight;   // how often it is raised
    const char* titles;
    const char* resolutions;
};

const Category categories[] = {
    {"supplies", 3, 26, "原材料供应紧张，需协调保供企业 闭环员工生活物资短缺，需协调配送 防疫物资储备不足",
     "已协调保供企业对接，物资已送达。 已协调商务部门调配，供应恢复。"},
    {"logistics", 2, 22, "成品外运受阻，需协调物流通道 上游零部件运输中断 货车进出园区受限",
     "已协调交通部门开通物流通道。 已协调物流企业恢复运输。"},
    {"staff_return", 3, 14, "外地员工无法返岗 员工通勤班车需协调 返岗员工住宿需协调",
     "已协调属地镇街安排返岗。 已协调开通通勤专线。"},
    {"utilities", 2, 10, "用电负荷不足，需协调供电 天然气供应压力大 通信网络需保障",
     "已协调供电公司保障用电。 已协调燃气公司稳定供气。"},
    {"pass", 1, 12, "货运车辆通行证申请 员工车辆通行证申请", "通行证已办理发放。"},
    {"driver_whitelist", 2, 8, "长途货运司机申请纳入白名单 驾驶员健康码需协调",
     "已报市级部门审核，司机已纳入白名单。"},
    {"transfer", 1, 3, "厂区人员需协调转运 密接人员需协调转运", "已协调卫生健康部门完成转运。"},
    {"other", 5, 5, "企业反映融资困难 企业申请援企稳岗政策", "已协调相关部门答复企业。"},
};

const char* const industries[] = {"汽车",           "摩托车",   "材料（铝加工）", "装备制造", "电子信息",
                                  "消费品（食品）", "生物医药", "消费品（家电）", "化工",     "能源"};

// A moment of a day in Beijing time, in UTC as the timeline keeps it.
QDateTime at(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC).addSecs(-8 * 3600);
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct Person
{
    Id id;
    QString name;
};

struct District
{
    QString name;
    std::vector<Id> units;
    std::vector<std::vector<Person>> unitPeople;
    std::vector<Id> areas;
    std::vector<std::vector<Person>> areaPeople;
    std::vector<Person> leaders;
    Id firstBatch = 0;
    Id secondBatch = 0;
};

// An entry of the audit log kept until the end, when the chain is written in time order.
struct AuditItem
{
    QDateTime at;
    QString actor;
    const char* table;
    Id id;
    QString after;
};

class Builder
{
public:
    Builder(Database& db, ScaleScenario::Size size, quint32 seed, const ScaleScenario::Progress& progress);
    Status run();

private:
    Status addDistricts();
    Status addEnterprise(int serial, District& district);
    Status addVisitsAndProblems(Id enterprise, const District& district, std::size_t area,
                                const Person& areaPerson, const Person& unitPerson, Id unit, int staff);
    Status addProblem(Id enterprise, Id visit, const QDate& day, const District& district, std::size_t area,
                      const Person& areaPerson, const Person& unitPerson, Id unit);
    Status addPermits(Id enterprise);
    Status addUsers();
    Status writeAudit();

    QString personName();
    QString phone();
    QString plate();
    QString enterpriseName(const District& district);
    QString creditCode(int serial, int district);
    const QDate& workdayBetween(const QDate& from, const QDate& to);
    void audit(const QDate& day, const QString& actor, const char* table, Id id, const QJsonObject& after);

    Database& m_db;
    ScaleScenario::Size m_size;
    Shape m_shape;
    const ScaleScenario::Progress& m_progress;
    Dice m_dice;
    const WorkCalendar& m_calendar = WorkCalendar::official();
    std::vector<QDate> m_workdays; // of the year, in order
    QDate m_auditFrom;             // the changes from this day on are in the audit log
    std::vector<District> m_districts;
    std::vector<std::pair<Id, std::size_t>> m_enterpriseDistricts; // id, district
    QSet<QString> m_enterpriseNames;
    QSet<QString> m_plates;
    std::vector<AuditItem> m_audit;
    QString m_plateProvince;
    Id m_nextPerson = 1;
    Id m_nextVisit = 1;
    Id m_nextIssue = 1;
    Id m_nextEvent = 1;
    Id m_nextPermit = 1;
    Id m_nextContact = 1;
    Id m_nextDuty = 1;
    Id m_nextStatusChange = 1;

    std::unique_ptr<BulkInsert> m_areasOut, m_unitsOut, m_personsOut, m_batchesOut, m_enterprisesOut,
        m_tagsOut, m_statusOut, m_contactsOut, m_dutyOut, m_visitsOut, m_issuesOut, m_eventsOut, m_coUnitsOut,
        m_permitsOut, m_linksOut, m_transfersOut;
};

Builder::Builder(Database& db, ScaleScenario::Size size, quint32 seed,
                 const ScaleScenario::Progress& progress)
    : m_db(db), m_size(size), m_shape(shapeOf(size)), m_progress(progress), m_dice(seed),
      m_plateProvince(size == ScaleScenario::Size::Province ? u("川") : u("渝"))
{
    for (QDate day = ScaleScenario::firstDay(); day <= ScaleScenario::reportDay(); day = day.addDays(1)) {
        if (m_calendar.isWorkday(day))
            m_workdays.push_back(day);
    }
    m_auditFrom = ScaleScenario::reportDay().addDays(-13);
    const auto table = [&db](const char* name, const char* columns,
                             std::vector<BulkInsert*> dependencies = {}) {
        return std::make_unique<BulkInsert>(db, QString::fromLatin1(name),
                                            QString::fromLatin1(columns).split(QLatin1Char(',')),
                                            std::move(dependencies));
    };
    m_areasOut = table("area", "id,name,kind,division_code,directly_managed");
    m_unitsOut = table("unit", "id,name,full_name");
    m_personsOut =
        table("person", "id,name,title,phone,unit_id,area_id,active", {m_areasOut.get(), m_unitsOut.get()});
    m_batchesOut = table("whitelist_batch", "id,number,issued_on,note");
    m_enterprisesOut =
        table("enterprise",
              "id,name,credit_code,industry,area_id,scale,whitelist_batch_id,production_status,"
              "address,version,name_pinyin,name_initials",
              {m_areasOut.get(), m_batchesOut.get()});
    m_tagsOut = table("enterprise_tag", "enterprise_id,tag", {m_enterprisesOut.get()});
    m_statusOut = table("production_status_change", "id,enterprise_id,changed_on,status,note",
                        {m_enterprisesOut.get()});
    m_contactsOut = table("contact", "id,enterprise_id,name,position,phone", {m_enterprisesOut.get()});
    m_dutyOut = table("duty_assignment",
                      "id,enterprise_id,leader_id,department_id,department_person_id,area_id,area_person_id,"
                      "valid_from,valid_to",
                      {m_enterprisesOut.get(), m_personsOut.get()});
    m_visitsOut = table("visit",
                        "id,enterprise_id,visited_on,mode,visitors,production_status_seen,staff_on_site,"
                        "staff_returned,closed_loop_staff,capacity_percent,notes",
                        {m_enterprisesOut.get()});
    m_issuesOut =
        table("issue",
              "id,enterprise_id,visit_id,category,title,description,reported_on,tier,owner_unit_id,"
              "owner_area_id,owner_person_id,due_on,status,resolution,resolved_on,version,satisfaction,"
              "handoffs,handoffs_since_progress",
              {m_visitsOut.get(), m_personsOut.get()});
    m_eventsOut = table("issue_event", "id,issue_id,kind,actor,at,note", {m_issuesOut.get()});
    m_coUnitsOut = table("issue_co_unit", "issue_id,unit_id", {m_issuesOut.get()});
    m_permitsOut =
        table("permit_request",
              "id,kind,enterprise_id,vehicle_plate,driver_name,driver_phone,route,quantity,applied_on,"
              "granted_on,valid_until",
              {m_enterprisesOut.get()});
    m_linksOut = table("supply_link", "supplier_id,customer_id,product", {m_enterprisesOut.get()});
    m_transfersOut =
        table("staff_transfer", "enterprise_id,transferred_on,people,note", {m_enterprisesOut.get()});
}

QString Builder::personName()
{
    static const QStringList surnames = words(
        "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 "
        "肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 傅 钟 谭 廖 熊 向 冉 秦");
    static const QStringList given = words(
        "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 涛 明 超 秀 霞 平 刚 华 建 国 志 红 斌 鹏 宇 浩 凯 健 俊 帆 "
        "晨 旭 欣 婷 雪 琳 晶 莉 燕 洁 亮 成 辉 峰 飞 波 宁 玲 云 川 渝 庆 莹 蕾 倩 毅 锐");
    QString name = m_dice.pick(surnames) + m_dice.pick(given);
    if (m_dice.chance(650))
        name += m_dice.pick(given);
    return name;
}

QString Builder::phone()
{
    static const QStringList prefixes =
        words("133 135 136 137 138 139 150 151 152 158 159 177 180 181 183 186 187 189 199");
    return m_dice.pick(prefixes) + QStringLiteral("%1").arg(m_dice.below(100000000), 8, 10, QLatin1Char('0'));
}

QString Builder::plate()
{
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    while (true) {
        QString candidate = m_plateProvince + letters[m_dice.below(int(letters.size()))];
        for (int i = 0; i < 5; ++i) {
            candidate += (i == 0 && m_dice.chance(300)) ? letters[m_dice.below(int(letters.size()))]
                                                        : QChar(u'0' + m_dice.below(10));
        }
        if (!m_plates.contains(candidate)) {
            m_plates.insert(candidate);
            return candidate;
        }
    }
}

// Made-up names that look real: a place or a brand, a trade, a company form; never a real company's.
QString Builder::enterpriseName(const District& district)
{
    static const QStringList first =
        words("鑫 宏 瑞 恒 泰 华 盛 隆 庆 渝 川 嘉 远 达 通 锦 益 凯 德 合 昌 顺 丰 永 正 "
              "力 博 智 新 金 银 海 天 宇 峰 源 驰 汇 科 欣");
    static const QStringList trades =
        words("汽车零部件 摩托车配件 铝业 精密机械 电子科技 食品 药业 电器 化工 新能源 模具 铸造 塑胶 包装 "
              "机电 智能装备 新材料 动力 齿轮 线缆");
    static const QStringList forms = words("有限公司 有限责任公司 股份有限公司");
    const QString city = m_size == ScaleScenario::Size::Province ? district.name.left(2) : u("重庆");
    while (true) {
        const QString name =
            city + m_dice.pick(first) + m_dice.pick(first) + m_dice.pick(trades) + m_dice.pick(forms);
        if (!m_enterpriseNames.contains(name)) {
            m_enterpriseNames.insert(name);
            return name;
        }
    }
}

QString Builder::creditCode(int serial, int district)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    // 9 = registered by the market regulator, 1 = enterprise, then a division code for the district, then
    // an invented organisation code whose first four characters number the enterprise, so codes never
    // repeat, and the check character of GB 32100-2015.
    QString code = QStringLiteral("91%1").arg(m_size == ScaleScenario::Size::Province ? 510100 + district
                                                                                      : 500100 + district);
    int rest = serial;
    for (int i = 0; i < 4; ++i) {
        code += alphabet[rest % 31];
        rest /= 31;
    }
    for (int i = 0; i < 5; ++i)
        code += alphabet[m_dice.below(31)];
    return code + CreditCode::checkCharacter(code);
}

const QDate& Builder::workdayBetween(const QDate& from, const QDate& to)
{
    const auto low = std::lower_bound(m_workdays.begin(), m_workdays.end(), from);
    const auto high = std::upper_bound(m_workdays.begin(), m_workdays.end(), to);
    if (low >= high)
        return *low;
    return *(low + m_dice.below(int(high - low)));
}

void Builder::audit(const QDate& day, const QString& actor, const char* table, Id id,
                    const QJsonObject& after)
{
    if (day >= m_auditFrom)
        m_audit.push_back({at(day, m_dice.between(8, 18), m_dice.below(60)), actor, table, id, json(after)});
}

Status Builder::run()
{
    LIAISON_TRY(Permissions::require(m_db, Permission::ManageUsers));
    auto existing =
        m_db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM enterprise) + (SELECT COUNT(*) FROM area)"));
    LIAISON_TRY(existing);
    if (existing->toLongLong() > 0) {
        return std::unexpected(Error::validation(ScaleScenario::tr(
            "The database already holds enterprises or areas; the scale data is loaded only into an empty "
            "database.")));
    }
    LIAISON_TRY(addDistricts());
    const int perDistrict = (m_shape.enterprises + m_shape.districts - 1) / m_shape.districts;
    for (int serial = 0; serial < m_shape.enterprises; ++serial) {
        if (m_progress && serial % 500 == 0 && !m_progress(serial, m_shape.enterprises))
            return std::unexpected(Error::validation(
                ScaleScenario::tr("Loading the scale data was cancelled; nothing was written.")));
        LIAISON_TRY(addEnterprise(serial, m_districts[std::size_t(serial / perDistrict)]));
    }
    // Chain leaders pull their suppliers back into production (以点带链): a few in every district.
    for (std::size_t i = 0; i + 6 < m_enterpriseDistricts.size(); i += 50) {
        for (std::size_t k = 1; k <= 5; ++k) {
            if (m_enterpriseDistricts[i + k].second == m_enterpriseDistricts[i].second)
                LIAISON_TRY(m_linksOut->add(
                    {m_enterpriseDistricts[i + k].first, m_enterpriseDistricts[i].first, u("配套零部件")}));
        }
    }
    for (BulkInsert* out : {m_areasOut.get(), m_unitsOut.get(), m_personsOut.get(), m_batchesOut.get(),
                            m_enterprisesOut.get(), m_tagsOut.get(), m_statusOut.get(), m_contactsOut.get(),
                            m_dutyOut.get(), m_visitsOut.get(), m_issuesOut.get(), m_eventsOut.get(),
                            m_coUnitsOut.get(), m_permitsOut.get(), m_linksOut.get(), m_transfersOut.get()})
        LIAISON_TRY(out->flush());
    LIAISON_TRY(addUsers());
    LIAISON_TRY(writeAudit());
    if (m_progress)
        m_progress(m_shape.enterprises, m_shape.enterprises);
    return {};
}

Status Builder::addDistricts()
{
    static const QStringList placeFirst = words("杨 黄 谢 石 中 华 二 九 铜 白 陶 走 西 金 含 巴 华 玉 桃 龙 "
                                                "新 凤 双 清 大 小 长 青 平 安 兴 隆 太 和 高 东 南 北");
    static const QStringList placeSecond =
        words("家坪 桷坪 家湾 坪桥 梁山 岩寺 马寺 龙坡 市 凤 马 坪 彭 凤 山 "
              "溪 桥 湖 湾 岗 场 坝 口 林 台 园 堡 井 塘 池");
    const QStringList names = districtNames(m_size);
    Id nextArea = 1;
    Id nextUnit = 1;
    Id nextBatch = 1;
    QSet<QString> areaNames;
    for (int d = 0; d < m_shape.districts; ++d) {
        District district;
        district.name = names.at(d);
        for (int k = 0; k < unitsPerDistrict; ++k) {
            const Id unit = nextUnit++;
            const QString name = district.name + u(unitNames[k]);
            LIAISON_TRY(m_unitsOut->add({unit, name, name}));
            district.units.push_back(unit);
            std::vector<Person> people;
            for (int p = 0; p < peoplePerUnit; ++p) {
                Person person{m_nextPerson++, personName()};
                LIAISON_TRY(
                    m_personsOut->add({person.id, person.name, p == 0 ? u("科长") : u("联络员"), phone(),
                                       unit, QVariant(QMetaType::fromType<qlonglong>()), true}));
                people.push_back(person);
            }
            district.unitPeople.push_back(std::move(people));
        }
        static const char* const leaderTitles[] = {"区委常委、常务副区长", "副区长",       "副区长",
                                                   "区人大常委会副主任",   "区政协副主席", "副区长"};
        for (int k = 0; k < leadersPerDistrict; ++k) {
            Person leader{m_nextPerson++, personName()};
            LIAISON_TRY(m_personsOut->add({leader.id, leader.name, u(leaderTitles[k]), empty(),
                                           QVariant(QMetaType::fromType<qlonglong>()),
                                           QVariant(QMetaType::fromType<qlonglong>()), true}));
            district.leaders.push_back(leader);
        }
        for (int k = 0; k < areasPerDistrict; ++k) {
            const char* kind = k < 7 ? "street" : k < 10 ? "town" : "park";
            const QString suffix = k < 7 ? u("街道") : k < 10 ? u("镇") : u("工业园区");
            QString name;
            do
                name = district.name + m_dice.pick(placeFirst) + m_dice.pick(placeSecond) + suffix;
            while (areaNames.contains(name));
            areaNames.insert(name);
            const Id area = nextArea++;
            LIAISON_TRY(m_areasOut->add(
                {area, name, QString::fromLatin1(kind),
                 QStringLiteral("%1%2").arg(500100 + d).arg(k + 1, 3, 10, QLatin1Char('0')), true}));
            district.areas.push_back(area);
            std::vector<Person> people;
            for (int p = 0; p < peoplePerArea; ++p) {
                Person person{m_nextPerson++, personName()};
                LIAISON_TRY(
                    m_personsOut->add({person.id, person.name, p == 0 ? u("副主任") : u("联络员"), phone(),
                                       QVariant(QMetaType::fromType<qlonglong>()), area, true}));
                people.push_back(person);
            }
            district.areaPeople.push_back(std::move(people));
        }
        district.firstBatch = nextBatch++;
        district.secondBatch = nextBatch++;
        LIAISON_TRY(m_batchesOut->add({district.firstBatch, int(district.firstBatch), QDate(2022, 11, 12),
                                       QString(district.name + u("重点工业企业白名单（第一批）"))}));
        LIAISON_TRY(m_batchesOut->add({district.secondBatch, int(district.secondBatch), QDate(2022, 11, 22),
                                       QString(district.name + u("重点工业企业白名单（第二批）"))}));
        m_districts.push_back(std::move(district));
    }
    return {};
}

Status Builder::addEnterprise(int serial, District& district)
{
    const Id id = Id(serial) + 1;
    const std::size_t districtIndex = std::size_t(&district - m_districts.data());
    m_enterpriseDistricts.emplace_back(id, districtIndex);
    const std::size_t area = std::size_t(m_dice.below(areasPerDistrict));
    const QString industry = u(m_dice.pick(industries));
    const QString name = enterpriseName(district);
    const PinyinKey key = Pinyin::keyFor(name);
    const int scaleRoll = m_dice.below(100);
    const char* scale = scaleRoll < 90 ? "direct" : scaleRoll < 93 ? "pre_upgrade" : "other";
    const QVariant batch = scaleRoll >= 93      ? QVariant(QMetaType::fromType<qlonglong>())
                           : m_dice.chance(650) ? QVariant(district.firstBatch)
                                                : QVariant(district.secondBatch);
    const int statusRoll = m_dice.below(100);
    const char* status = statusRoll < 92   ? "normal"
                         : statusRoll < 97 ? "partial"
                         : statusRoll < 99 ? "closed_loop"
                                           : "stopped";
    const QString address = district.name + QStringLiteral("%1路%2号")
                                                .arg(m_dice.pick(words("工业 科技 创业 兴业 "
                                                                       "振华 龙腾 金凤 滨江")))
                                                .arg(m_dice.between(1, 399));
    LIAISON_TRY(m_enterprisesOut->add({id, name, creditCode(serial, int(districtIndex)), industry,
                                       district.areas[area], QString::fromLatin1(scale), batch,
                                       QString::fromLatin1(status), address, 1, key.full, key.initials}));
    if (m_dice.chance(80))
        LIAISON_TRY(m_tagsOut->add({id, QStringLiteral("specialised")}));
    if (serial % 50 == 0)
        LIAISON_TRY(m_tagsOut->add({id, QStringLiteral("chain_leader")}));
    if (m_dice.chance(150))
        LIAISON_TRY(m_tagsOut->add({id, QStringLiteral("leading_industry")}));
    if (qstrcmp(status, "normal") != 0)
        LIAISON_TRY(m_statusOut->add({m_nextStatusChange++, id, workdayBetween({2022, 11, 1}, {2022, 12, 2}),
                                      QString::fromLatin1(status), empty()}));
    LIAISON_TRY(m_contactsOut->add({m_nextContact++, id, personName(), u("总经理"), phone()}));
    if (m_dice.chance(600))
        LIAISON_TRY(m_contactsOut->add({m_nextContact++, id, personName(), u("办公室主任"), phone()}));

    // The duty assignment, with history: one in five changed hands during the year.
    const int unitIndex = m_dice.chance(700) ? economyUnit : m_dice.below(unitsPerDistrict);
    const Person& unitPerson = m_dice.pick(district.unitPeople[std::size_t(unitIndex)]);
    const Person& areaPerson = district.areaPeople[area][std::size_t(m_dice.between(1, peoplePerArea - 1))];
    const Person& leader = m_dice.pick(district.leaders);
    QDate from(2021, 6, 1);
    if (m_dice.chance(200)) {
        const QDate changed = workdayBetween({2022, 1, 4}, {2022, 10, 31});
        LIAISON_TRY(
            m_dutyOut->add({m_nextDuty++, id, m_dice.pick(district.leaders).id, district.units[economyUnit],
                            district.unitPeople[economyUnit][0].id, district.areas[area],
                            district.areaPeople[area][0].id, from, changed.addDays(-1)}));
        from = changed;
    }
    LIAISON_TRY(
        m_dutyOut->add({m_nextDuty++, id, leader.id, district.units[std::size_t(unitIndex)], unitPerson.id,
                        district.areas[area], areaPerson.id, from, QVariant(QMetaType::fromType<QDate>())}));
    const int staff = m_dice.chance(100) ? m_dice.between(800, 6000) : m_dice.between(40, 600);
    LIAISON_TRY(addVisitsAndProblems(id, district, area, areaPerson, unitPerson,
                                     district.units[std::size_t(unitIndex)], staff));
    if (m_dice.chance(30))
        LIAISON_TRY(m_transfersOut->add({id, workdayBetween({2022, 11, 1}, {2022, 12, 5}),
                                         m_dice.between(1, 4), u("协调卫生健康部门转运，厂区同步消杀。")}));
    return addPermits(id);
}

// About one visit every nine working days, by the area's liaison officer (now and then with the
// department's), half of them raising a problem.
Status Builder::addVisitsAndProblems(Id enterprise, const District& district, std::size_t area,
                                     const Person& areaPerson, const Person& unitPerson, Id unit, int staff)
{
    static const char* const notes[] = {"企业生产经营正常。", "部分产线恢复生产，订单交付存在压力。",
                                        "闭环生产运行平稳。", "原材料库存偏紧，已记录诉求。"};
    std::size_t day = std::size_t(m_dice.below(9));
    while (day < m_workdays.size()) {
        const QDate& visited = m_workdays[day];
        const Id visit = m_nextVisit++;
        const bool both = m_dice.chance(250);
        const QString visitors = both ? areaPerson.name + u("、") + unitPerson.name : areaPerson.name;
        const int modeRoll = m_dice.below(10);
        const QString mode = QString::fromLatin1(modeRoll < 6 ? "onsite" : modeRoll < 9 ? "phone" : "video");
        const int seenRoll = m_dice.below(100);
        const QString seen = QString::fromLatin1(seenRoll < 90   ? "normal"
                                                 : seenRoll < 97 ? "partial"
                                                                 : "closed_loop");
        const int onSite = staff * m_dice.between(70, 100) / 100;
        const int closedLoop =
            seen == QLatin1StringView("closed_loop") ? onSite * m_dice.between(30, 90) / 100 : 0;
        const double capacity = m_dice.between(600, 1000) / 10.0;
        const QString note = u(notes[m_dice.below(int(std::size(notes)))]);
        LIAISON_TRY(m_visitsOut->add({visit, enterprise, visited, mode, visitors, seen, onSite,
                                      m_dice.between(0, staff / 20), closedLoop, capacity, note}));
        if (visited >= m_auditFrom) {
            audit(visited, areaPerson.name, "visit", visit,
                  {{QStringLiteral("enterprise_id"), enterprise},
                   {QStringLiteral("visited_on"), visited.toString(Qt::ISODate)},
                   {QStringLiteral("mode"), mode},
                   {QStringLiteral("visitors"), visitors},
                   {QStringLiteral("production_status_seen"), seen},
                   {QStringLiteral("staff_on_site"), onSite},
                   {QStringLiteral("capacity_percent"), capacity},
                   {QStringLiteral("notes"), note}});
        }
        if (m_dice.chance(500))
            LIAISON_TRY(addProblem(enterprise, visit, visited, district, area, areaPerson, unitPerson, unit));
        day += std::size_t(m_dice.between(5, 12));
    }
    return {};
}

// A problem and its timeline: raised on the visit, assigned the same day, resolved after a number of
// working days drawn around its category's deadline; late ones are urged and escalated a tier, and
// most resolved ones are verified with the enterprise a few days later. What is still unresolved on
// the report day is open, coloured by its deadline.
Status Builder::addProblem(Id enterprise, Id visit, const QDate& day, const District& district,
                           std::size_t area, const Person& areaPerson, const Person& unitPerson, Id unit)
{
    std::vector<int> weights;
    for (const Category& category : categories)
        weights.push_back(category.weight);
    int roll = m_dice.below(100);
    std::size_t c = 0;
    while (roll >= weights[c]) {
        roll -= weights[c];
        ++c;
    }
    const Category& category = categories[c];
    const QString title = m_dice.pick(words(category.titles));
    const Id issue = m_nextIssue++;
    const QDate due = m_calendar.addWorkdays(day, category.deadline);
    const int lateRoll = m_dice.below(1000);
    const int takes = lateRoll < 700   ? m_dice.between(0, category.deadline)
                      : lateRoll < 950 ? category.deadline + m_dice.between(1, 5)
                      : lateRoll < 985 ? category.deadline + m_dice.between(6, 20)
                                       : category.deadline + m_dice.between(30, 120);
    const QDate resolvesOn = m_calendar.addWorkdays(day, takes);
    const QDate report = ScaleScenario::reportDay();
    const bool resolved = resolvesOn <= report;
    const int lateBy = takes - category.deadline;
    // Seen late: urged the day after the deadline; two working days past it, escalated a tier (and a
    // week past it, to the district leader), as the supervision ladder asks.
    const QDate urgedOn = lateBy > 0 ? m_calendar.addWorkdays(due, 1) : QDate();
    const QDate escalatedOn = lateBy >= 2 ? m_calendar.addWorkdays(due, 2) : QDate();
    const QDate toLeaderOn = lateBy >= 7 ? m_calendar.addWorkdays(due, 7) : QDate();
    const auto happened = [&](const QDate& when) {
        return when.isValid() && when <= report && (!resolved || when <= resolvesOn);
    };
    QString tier = QStringLiteral("area");
    QVariant ownerUnit = QVariant(QMetaType::fromType<qlonglong>());
    QVariant ownerArea = district.areas[area];
    Person owner = areaPerson;
    int handoffs = 1;
    if (happened(escalatedOn)) {
        tier = QStringLiteral("department");
        ownerUnit = unit;
        ownerArea = QVariant(QMetaType::fromType<qlonglong>());
        owner = unitPerson;
        ++handoffs;
    }
    if (happened(toLeaderOn)) {
        tier = QStringLiteral("leader");
        owner = district.leaders.front();
        ++handoffs;
    }
    const QString supervisor = district.unitPeople[economyUnit][0].name;
    QString status;
    QVariant resolvedOn = QVariant(QMetaType::fromType<QDate>());
    QString resolution = empty();
    QVariant satisfaction = QVariant(QMetaType::fromType<QString>());
    QDate verifiedOn;
    const bool started = takes >= 2 && m_dice.chance(500);
    const QDate startedOn = m_calendar.addWorkdays(day, std::min(1, takes));
    if (resolved) {
        resolvedOn = resolvesOn;
        resolution = m_dice.pick(words(category.resolutions));
        verifiedOn = m_calendar.addWorkdays(resolvesOn, m_dice.between(1, 3));
        if (verifiedOn <= report && m_dice.chance(800)) {
            status = QStringLiteral("verified");
            satisfaction =
                m_dice.chance(900) ? QStringLiteral("satisfied") : QStringLiteral("basically_satisfied");
        } else {
            status = QStringLiteral("resolved");
            verifiedOn = {};
        }
    } else {
        status = started && startedOn <= report ? QStringLiteral("in_progress") : QStringLiteral("assigned");
    }
    LIAISON_TRY(m_issuesOut->add({issue, enterprise, visit, QString::fromLatin1(category.code), title,
                                  QStringLiteral("%1：%2。").arg(u("企业反映"), title), day, tier, ownerUnit,
                                  ownerArea, owner.id, due, status, resolution, resolvedOn, 1, satisfaction,
                                  handoffs, resolved ? 0 : std::max(0, handoffs - 1)}));
    if (day >= m_auditFrom)
        audit(day, areaPerson.name, "issue", issue,
              {{QStringLiteral("enterprise_id"), enterprise},
               {QStringLiteral("category"), QString::fromLatin1(category.code)},
               {QStringLiteral("title"), title},
               {QStringLiteral("reported_on"), day.toString(Qt::ISODate)},
               {QStringLiteral("status"), QStringLiteral("new")}});
    const auto event = [&](const char* kind, const QString& actor, const QDateTime& when,
                           const QString& note) {
        return m_eventsOut->add({m_nextEvent++, issue, QString::fromLatin1(kind), actor, when, note});
    };
    LIAISON_TRY(event("created", areaPerson.name, at(day, 10, m_dice.below(60)), u("走访中登记。")));
    LIAISON_TRY(event("assigned", supervisor, at(day, 15, m_dice.below(60)), u("交办属地镇街办理。")));
    if (started && startedOn <= report && (!resolved || startedOn <= resolvesOn))
        LIAISON_TRY(event("started", areaPerson.name, at(startedOn, 9, m_dice.below(60)), u("已开始办理。")));
    if (happened(urgedOn))
        LIAISON_TRY(event("urged", supervisor, at(urgedOn, 9, 30), u("已超期，请加快办理。")));
    if (happened(escalatedOn)) {
        LIAISON_TRY(event("escalated", supervisor, at(escalatedOn, 10, 0),
                          u("镇街层面无法解决，提交区级部门协调。")));
        LIAISON_TRY(m_coUnitsOut->add({issue, district.units[bigDataUnit]}));
    }
    if (happened(toLeaderOn))
        LIAISON_TRY(event("escalated", supervisor, at(toLeaderOn, 10, 0), u("提请区领导协调。")));
    if (resolved)
        LIAISON_TRY(event("resolved", owner.name, at(resolvesOn, 16, m_dice.below(60)), resolution));
    if (verifiedOn.isValid())
        LIAISON_TRY(
            event("verified", supervisor, at(verifiedOn, 11, m_dice.below(60)), u("回访企业，满意。")));
    return {};
}

// Passes (一车一证) and drivers' white-list applications, as the district needed them in its month of
// closed-loop production.
Status Builder::addPermits(Id enterprise)
{
    static const QStringList routes = words("园区—铁路物流中心 园区—高速出口 厂区—港口码头 厂区—配套企业");
    const int passes = m_dice.between(0, 5);
    for (int k = 0; k < passes; ++k) {
        const QDate applied = workdayBetween({2022, 11, 1}, {2022, 12, 5});
        const bool granted = m_dice.chance(950) || applied < QDate(2022, 12, 1);
        const QDate grantedOn = granted ? m_calendar.addWorkdays(applied, m_dice.between(0, 1)) : QDate();
        LIAISON_TRY(m_permitsOut->add(
            {m_nextPermit++, QStringLiteral("pass"), enterprise, plate(), personName(), phone(),
             m_dice.pick(routes), 1, applied,
             grantedOn.isValid() ? QVariant(grantedOn) : QVariant(QMetaType::fromType<QDate>()),
             grantedOn.isValid() ? QVariant(grantedOn.addDays(14))
                                 : QVariant(QMetaType::fromType<QDate>())}));
    }
    const int drivers = m_dice.between(0, 2);
    for (int k = 0; k < drivers; ++k) {
        const QDate applied = workdayBetween({2022, 11, 1}, {2022, 12, 5});
        LIAISON_TRY(
            m_permitsOut->add({m_nextPermit++, QStringLiteral("driver_whitelist"), enterprise, empty(),
                               personName(), phone(), empty(), m_dice.between(1, 6), applied,
                               m_calendar.addWorkdays(applied, 1), QVariant(QMetaType::fromType<QDate>())}));
    }
    return {};
}

// One user of each role, as in the reference scenario: the administrator at the first district's big-data
// bureau, the supervisor and the general office at its economy commission, a liaison officer of its
// first area. Each signs in with the pinyin of their name and the demo password.
Status Builder::addUsers()
{
    const District& first = m_districts.front();
    const std::pair<Role, Person> holders[] = {
        {Role::Admin, first.unitPeople[bigDataUnit][0]},
        {Role::Supervisor, first.unitPeople[economyUnit][0]},
        {Role::Officer, first.unitPeople[economyUnit][1]},
        {Role::Liaison, first.areaPeople[0][1]},
    };
    QList<UserAccounts::NewUser> users;
    QSet<QString> taken;
    for (const auto& [role, person] : holders) {
        const QString base = Pinyin::keyFor(person.name).full;
        QString name = base;
        for (int n = 2; taken.contains(name); ++n)
            name = base + QString::number(n);
        auto existing = UserAccounts::find(m_db, name);
        if (existing)
            name += QStringLiteral("_demo");
        taken.insert(name);
        users << UserAccounts::NewUser{name, role, person.id, JiulongpoScenario::demoPassword(), true};
    }
    return toStatus(UserAccounts::createSeveral(m_db, users));
}

// The last two weeks' changes in the audit log, in the order they happened, chained like any other.
Status Builder::writeAudit()
{
    std::stable_sort(m_audit.begin(), m_audit.end(),
                     [](const AuditItem& a, const AuditItem& b) { return a.at < b.at; });
    for (const AuditItem& item : m_audit) {
        LIAISON_TRY(AuditLog::recordHistory(m_db, item.at, item.actor, "create",
                                            QString::fromLatin1(item.table), item.id,
                                            QVariant(QMetaType::fromType<QString>()), item.after));
    }
    m_audit.clear();
    return {};
}

} // namespace

std::optional<ScaleScenario::Size> ScaleScenario::sizeFromCode(const QString& code)
{
    if (code == QLatin1StringView("district"))
        return Size::District;
    if (code == QLatin1StringView("city"))
        return Size::City;
    if (code == QLatin1StringView("province"))
        return Size::Province;
    return std::nullopt;
}

QStringList ScaleScenario::sizeCodes()
{
    return {QStringLiteral("district"), QStringLiteral("city"), QStringLiteral("province")};
}

QString ScaleScenario::sizeLabel(Size size)
{
    switch (size) {
    case Size::District: return tr("a district");
    case Size::City: return tr("a city");
    case Size::Province: return tr("a province");
    }
    return {};
}

int ScaleScenario::enterprisesFor(Size size)
{
    return shapeOf(size).enterprises;
}

namespace {

// The secondary indexes of the tables the load fills most: dropped before it and built again after it,
// from the database's own definitions, since one sort builds an index many times faster than millions
// of inserts into it.
Result<QStringList> dropIndexesOf(Database& db, const QStringList& tables)
{
    QStringList quoted;
    for (const QString& table : tables)
        quoted << QLatin1Char('\'') + table + QLatin1Char('\'');
    const QString list = quoted.join(QStringLiteral(", "));
    auto rows = db.run(db.backend() == Database::Backend::Sqlite
                           ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                            "AND sql IS NOT NULL AND tbl_name IN (%1)")
                                 .arg(list)
                           : QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                                            "WHERE i.schemaname = current_schema() AND i.tablename IN (%1) "
                                            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                            "WHERE c.conname = i.indexname)")
                                 .arg(list));
    LIAISON_TRY(rows);
    QStringList names;
    QStringList definitions;
    while (rows->next()) {
        names << rows->value(0).toString();
        definitions << rows->value(1).toString();
    }
    for (const QString& name : names)
        LIAISON_TRY(db.run(QStringLiteral("DROP INDEX %1").arg(name)));
    return definitions;
}

} // namespace

Status ScaleScenario::load(Database& db, Size size, quint32 seed, const Progress& progress)
{
    Builder builder(db, size, seed, progress);
    // SQLite checks foreign keys row by row; the load checks them all at once before it commits instead
    // (the setting can only change outside a transaction), and a single missing reference rolls it back.
    const bool sqlite = db.backend() == Database::Backend::Sqlite;
    if (sqlite)
        LIAISON_TRY(db.run(QStringLiteral("PRAGMA foreign_keys = OFF")));
    const Status loaded = db.transaction([&]() -> Status {
        auto indexes = dropIndexesOf(db, {QStringLiteral("visit"), QStringLiteral("issue"),
                                          QStringLiteral("issue_event"), QStringLiteral("permit_request")});
        LIAISON_TRY(indexes);
        LIAISON_TRY(builder.run());
        for (const QString& definition : *indexes)
            LIAISON_TRY(db.run(definition));
        if (sqlite) {
            auto broken = db.run(QStringLiteral("PRAGMA foreign_key_check"));
            LIAISON_TRY(broken);
            if (broken->next()) {
                return std::unexpected(Error::storage(
                    tr("The scale data refers to a missing row (%1, row %2); nothing was written.")
                        .arg(broken->value(0).toString(), broken->value(1).toString())));
            }
        }
        return {};
    });
    if (sqlite)
        LIAISON_TRY(db.run(QStringLiteral("PRAGMA foreign_keys = ON")));
    LIAISON_TRY(loaded);
    // The rows came with their ids; PostgreSQL's identity columns go on after them.
    if (db.backend() == Database::Backend::Postgres) {
        for (const char* table : {"area", "unit", "person", "whitelist_batch", "enterprise",
                                  "production_status_change", "contact", "duty_assignment", "visit", "issue",
                                  "issue_event", "permit_request", "supply_link", "staff_transfer"}) {
            LIAISON_TRY(db.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                              "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                   .arg(QLatin1StringView(table))));
        }
    }
    // Fresh statistics for the query planner, as a database that grew by use would have.
    return toStatus(db.run(QStringLiteral("ANALYZE")));
}

} // namespace liaison
