#include "JiulongpoScenario.h"

#include "CreditCode.h"
#include "Database.h"
#include "EntityTraits.h"
#include "Pinyin.h"
#include "WorkCalendar.h"
#include "security/UserAccounts.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <numeric>
#include <random>
#include <vector>

namespace liaison {
namespace {

// The article's figures as of 2022-12-05; the generator is built to meet them exactly.
constexpr int directCount = 295;
constexpr int preUpgradeCount = 9;
constexpr int otherCount = 24;
constexpr int firstBatchSize = 200;
constexpr int whitelistTotal = 305;
constexpr int resolvedIssues = 450;
constexpr int openIssues = 12;
constexpr int passesIssued = 780;
constexpr int driverApplications = 380;
constexpr int peopleTransferred = 53;
constexpr int staffReturnedTotal = 20000;
constexpr int closedLoopStaffTotal = 34000;

// A fixed-seed generator whose draws do not depend on the standard library's distributions, which
// differ between implementations: the scenario must be the same database everywhere.
class Dice
{
public:
    explicit Dice(std::uint32_t seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % std::uint32_t(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename C>
    const auto& pick(const C& items)
    {
        return items[std::size_t(below(int(std::size(items))))];
    }
    template <typename C>
    void shuffle(C& items)
    {
        for (auto i = qsizetype(std::size(items)) - 1; i > 0; --i)
            std::swap(items[i], items[below(int(i) + 1)]);
    }

private:
    std::mt19937 m_engine;
};

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList words(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Splits exactly `total` between the weights (largest remainder), so sums come out to the digit.
std::vector<int> apportion(const std::vector<double>& weights, int total)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<int> shares(weights.size(), 0);
    std::vector<std::pair<double, std::size_t>> remainders;
    int given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = weights[i] * total / sum;
        shares[i] = int(exact);
        given += shares[i];
        remainders.emplace_back(exact - shares[i], i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](auto& a, auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; given < total; ++i, ++given)
        ++shares[remainders[i % remainders.size()].second];
    return shares;
}

struct Firm
{
    Id id = 0;
    QString name;
    QString industry;
    EnterpriseScale scale = EnterpriseScale::Direct;
    std::size_t area = 0; // index into Builder::m_areas
    int size = 100;       // employees
    bool chainLeader = false;
    std::vector<std::pair<QDate, ProductionStatus>> timeline;
    Id leader = 0;
    Id unit = 0;
    Id unitPerson = 0;
    Id areaPerson = 0;
    QString unitPersonName;
    QString areaPersonName;

    ProductionStatus statusOn(const QDate& day) const
    {
        ProductionStatus status = timeline.front().second;
        for (const auto& [from, value] : timeline) {
            if (from <= day)
                status = value;
        }
        return status;
    }
};

struct AreaInfo
{
    Id id = 0;
    QString name;
    bool direct = false;
    int weight = 0; // share of the directly managed enterprises
    std::vector<Id> people;
    QStringList peopleNames;
};

struct VisitInfo
{
    Id id = 0;
    std::size_t firm = 0;
    QDate day;
};

struct RealEnterprise
{
    const char* name;
    const char* industry;
    const char* area;
    bool chainLeader;
    int size;
};

// Named in the article or in the district's data with high confidence; everything else is invented.
const RealEnterprise realEnterprises[] = {
    {"重庆隆鑫通用动力股份有限公司", "摩托车", "九龙工业园区", true, 6500},
    {"格力电器(重庆)有限公司", "消费品（家电）", "九龙工业园区", true, 4800},
    {"庆铃汽车(集团)有限公司", "汽车", "中梁山街道", true, 5200},
    {"西南铝业(集团)有限责任公司", "材料（铝加工）", "西彭镇", true, 7800},
    {"中国铝业集团高端制造股份有限公司", "材料（铝加工）", "西彭工业园区", false, 3600},
    {"博世氢动力系统(重庆)有限公司", "氢能", "陶家镇", false, 600},
};

class Builder
{
public:
    Builder(Database& db, const JiulongpoScenario::Progress& progress) : m_db(db), m_progress(progress) {}
    Status run();

private:
    Status loadAreasAndUnits();
    Status addPeople();
    Status addEnterprises();
    Status addTimelines();
    Status addContactsAndDuty();
    Status addVisits();
    Status addIssues();
    Status addPermits();
    Status addTransfersAndLinks();
    Status addUsers();

    QString personName();
    QString phone();
    QString plate();
    QString creditCode(int serial);
    QDateTime at(const QDate& day, int hour, int minute) const
    {
        return QDateTime(day, QTime(hour, minute), QTimeZone(8 * 3600)).toUTC();
    }
    QList<QDate> workdays(const QDate& from, const QDate& to) const;

    Database& m_db;
    const JiulongpoScenario::Progress& m_progress;
    Dice m_dice{20221205};
    const WorkCalendar& m_calendar = WorkCalendar::official();
    std::vector<AreaInfo> m_areas;
    QHash<QString, Id> m_units;
    std::vector<std::pair<Id, QString>> m_leaders;
    QHash<Id, std::vector<std::pair<Id, QString>>> m_unitPeople;
    std::vector<Firm> m_firms;
    std::vector<VisitInfo> m_visits;
    Id m_batch1 = 0;
    Id m_batch2 = 0;
    QSet<QString> m_plates;
    QSet<QString> m_names;
};

QList<QDate> Builder::workdays(const QDate& from, const QDate& to) const
{
    QList<QDate> days;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (m_calendar.isWorkday(day))
            days << day;
    }
    return days;
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
    if (m_dice.chance(65))
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
    static const QString cityLetters = QStringLiteral("ABCDFGH");
    while (true) {
        QString tail;
        for (int i = 0; i < 5; ++i) {
            tail += (i == 0 && m_dice.chance(30)) ? letters[m_dice.below(int(letters.size()))]
                                                  : QChar(u'0' + m_dice.below(10));
        }
        const QString candidate = u("渝") + cityLetters[m_dice.below(int(cityLetters.size()))] + tail;
        if (!m_plates.contains(candidate)) {
            m_plates.insert(candidate);
            return candidate;
        }
    }
}

QString Builder::creditCode(int serial)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    // 9 = registered by the market regulator, 1 = enterprise, 500107 = Jiulongpo; then an invented
    // organisation code whose first two characters encode the serial, so codes never repeat.
    QString code = QStringLiteral("91500107");
    code += alphabet[(serial / 31) % 31];
    code += alphabet[serial % 31];
    for (int i = 0; i < 7; ++i)
        code += alphabet[m_dice.below(31)];
    return code + CreditCode::checkCharacter(code);
}

Status Builder::run()
{
    auto existing =
        m_db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM enterprise) + (SELECT COUNT(*) FROM area)"));
    LIAISON_TRY(existing);
    if (existing->toLongLong() > 0) {
        return std::unexpected(
            Error::validation(JiulongpoScenario::tr("The database already holds enterprises or areas; the "
                                                    "demo data is loaded only into an empty database.")));
    }
    using Step = Status (Builder::*)();
    const Step steps[] = {
        &Builder::loadAreasAndUnits,    &Builder::addPeople, &Builder::addEnterprises, &Builder::addTimelines,
        &Builder::addContactsAndDuty,   &Builder::addVisits, &Builder::addIssues,      &Builder::addPermits,
        &Builder::addTransfersAndLinks, &Builder::addUsers};
    const int total = int(std::size(steps));
    for (int done = 0; done < total; ++done) {
        if (m_progress && !m_progress(done, total)) {
            return std::unexpected(Error::validation(
                JiulongpoScenario::tr("Loading the demo data was cancelled; nothing was written.")));
        }
        LIAISON_TRY((this->*steps[done])());
    }
    if (m_progress)
        m_progress(total, total);
    return {};
}

Status Builder::loadAreasAndUnits()
{
    QFile file(QStringLiteral(":/liaison/jiulongpo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error::storage(JiulongpoScenario::tr("The scenario's district data is missing.")));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    // How the 295 directly managed enterprises spread over the directly managed areas: most sit in the
    // two industrial parks and the industrial towns, fewer in the central streets.
    const QHash<QString, int> weights = {
        {u("九龙工业园区"), 62}, {u("西彭工业园区"), 48}, {u("西彭镇"), 28},     {u("华岩镇"), 22},
        {u("陶家镇"), 20},       {u("铜罐驿镇"), 12},     {u("中梁山街道"), 18}, {u("二郎街道"), 16},
        {u("九龙街道"), 12},     {u("石坪桥街道"), 11},   {u("谢家湾街道"), 10}, {u("黄桷坪街道"), 8},
        {u("杨家坪街道"), 7},    {u("石桥铺街道"), 10},   {u("渝州路街道"), 11},
    };

    Repository<Area> areas(m_db);
    for (const QJsonValue& value : root.value(QLatin1StringView("areas")).toArray()) {
        const QJsonObject object = value.toObject();
        QString name = object.value(QLatin1StringView("name")).toString();
        name = name.left(name.indexOf(u("（")) < 0 ? name.size() : name.indexOf(u("（")));
        const QString kind = object.value(QLatin1StringView("kind")).toString();
        const QString managedBy = object.value(QLatin1StringView("managed_by")).toString();
        const bool park = kind == QLatin1StringView("park");
        // The High-tech Zone's six towns are listed one by one; its aggregate entry and the unconfirmed
        // hydrogen valley are not areas of their own.
        if (park && !weights.contains(name))
            continue;
        Area area;
        area.name = name;
        area.kind = DomainText::fromCode<AreaKind>(kind).value_or(AreaKind::Street);
        area.divisionCode = object.value(QLatin1StringView("code")).toString();
        area.directlyManaged = park || managedBy.startsWith(u("九龙坡区"));
        auto id = areas.create(area);
        LIAISON_TRY(id);
        m_areas.push_back({*id, name, area.directlyManaged, weights.value(name), {}, {}});
    }

    Repository<Unit> units(m_db);
    for (const QJsonValue& value : root.value(QLatin1StringView("departments")).toArray()) {
        const QJsonObject object = value.toObject();
        Unit unit;
        unit.name = object.value(QLatin1StringView("name")).toString();
        unit.fullName = object.value(QLatin1StringView("full")).toString();
        auto id = units.create(unit);
        LIAISON_TRY(id);
        m_units.insert(unit.name, *id);
    }
    return {};
}

Status Builder::addPeople()
{
    Repository<Person> people(m_db);
    const QStringList leaderTitles = {u("区委常委、常务副区长"),
                                      u("区委常委、副区长"),
                                      u("副区长"),
                                      u("副区长"),
                                      u("副区长"),
                                      u("副区长"),
                                      u("区人大常委会副主任"),
                                      u("区人大常委会副主任"),
                                      u("区政协副主席"),
                                      u("区政协副主席")};
    for (const QString& title : leaderTitles) {
        Person leader;
        leader.name = personName();
        leader.title = title;
        auto id = people.create(leader);
        LIAISON_TRY(id);
        m_leaders.emplace_back(*id, leader.name);
    }

    const QStringList dutyUnits = {u("区经济信息委"), u("区商务委"),      u("区发展改革委"),
                                   u("区科技局"),     u("区交通局"),      u("区市场监管局"),
                                   u("区应急局"),     u("区大数据发展局")};
    for (const QString& unitName : dutyUnits) {
        const Id unitId = m_units.value(unitName);
        for (const QString& title : {u("科长"), u("企业服务专员")}) {
            Person person;
            person.name = personName();
            person.title = title;
            person.phone = phone();
            person.unitId = unitId;
            auto id = people.create(person);
            LIAISON_TRY(id);
            m_unitPeople[unitId].emplace_back(*id, person.name);
        }
    }

    for (AreaInfo& area : m_areas) {
        if (area.weight == 0)
            continue;
        const bool park = area.name.endsWith(u("园区"));
        const QStringList titles = park ? QStringList{u("园区企业服务科科长"), u("园区企业服务专员")}
                                        : QStringList{u("经济发展办主任"), u("经济发展办工作人员")};
        for (const QString& title : titles) {
            Person person;
            person.name = personName();
            person.title = title;
            person.phone = phone();
            person.areaId = area.id;
            auto id = people.create(person);
            LIAISON_TRY(id);
            area.people.push_back(*id);
            area.peopleNames << person.name;
        }
    }
    return {};
}

Status Builder::addEnterprises()
{
    Repository<WhitelistBatch> batches(m_db);
    auto first = batches.create({0, 1, QDate(2022, 11, 12), u("区级重点工业企业白名单（第一批）")});
    LIAISON_TRY(first);
    m_batch1 = *first;
    auto second = batches.create({0, 2, QDate(2022, 11, 22), u("区级重点工业企业白名单（第二批）")});
    LIAISON_TRY(second);
    m_batch2 = *second;

    std::vector<std::size_t> directSlots;
    std::vector<double> weights;
    std::vector<std::size_t> weighted;
    for (std::size_t i = 0; i < m_areas.size(); ++i) {
        if (m_areas[i].weight > 0) {
            weights.push_back(m_areas[i].weight);
            weighted.push_back(i);
        }
    }
    const std::vector<int> perArea = apportion(weights, directCount);
    for (std::size_t i = 0; i < weighted.size(); ++i)
        directSlots.insert(directSlots.end(), std::size_t(perArea[i]), weighted[i]);
    const auto areaIndex = [&](const QString& name) {
        for (std::size_t i = 0; i < m_areas.size(); ++i) {
            if (m_areas[i].name == name)
                return i;
        }
        return weighted.front();
    };

    static const QStringList brandFirst = words(
        "渝 巴 嘉 瑞 恒 盛 宏 锦 博 铭 创 泰 翔 骏 卓 拓 远 弘 汇 德 兴 丰 立 昌 晟 峻 禾 源 驰 川 坤 泓 "
        "翰 雄 达 正 亿 新 元 永");
    static const QStringList brandSecond =
        words("泰 腾 锐 峰 诚 祥 华 通 达 鼎 力 威 邦 顺 凯 翔 科 宸 晖 航 丰 合 茂 益 信 安 宇 程 辰 耀");
    struct Trade
    {
        QString industry;
        QStringList products;
        int weight;
    };
    const std::vector<Trade> trades = {
        {u("汽车"), words("汽车零部件 汽车配件 车桥 汽车电器 汽车内饰 传动系统 制动系统"), 30},
        {u("摩托车"), words("摩托车 摩托车配件 动力机械 发动机配件"), 16},
        {u("材料（铝加工）"), words("铝业 铝材 铝合金 轻合金 金属制品 压铸"), 20},
        {u("装备制造"), words("机械 精密机械 数控设备 智能装备 模具 机电设备"), 14},
        {u("电子信息"), words("电子 电子科技 光电 智能科技"), 8},
        {u("消费品（食品）"), words("食品 饮品 调味品 包装"), 8},
        {u("氢能"), words("氢能科技 新能源科技"), 4},
    };
    std::vector<double> tradeWeights;
    for (const Trade& trade : trades)
        tradeWeights.push_back(trade.weight);

    const auto newName = [&](const Trade& trade) {
        static const QStringList realBrands =
            words("隆鑫 格力 庆铃 西南 中铝 博世 国鸿 天泰 戴卡 志成 耀勇 宏钢 长安 力帆 宗申");
        while (true) {
            const QString brand = m_dice.pick(brandFirst) + m_dice.pick(brandSecond);
            if (brand.front() == brand.back() || realBrands.contains(brand))
                continue;
            const QString suffix = m_dice.chance(12) ? u("股份有限公司") : u("有限公司");
            const QString name = u("重庆") + brand + m_dice.pick(trade.products) + suffix;
            if (!m_names.contains(name)) {
                m_names.insert(name);
                return name;
            }
        }
    };
    const auto pickTrade = [&]() -> const Trade& {
        int roll = m_dice.below(100);
        for (const Trade& trade : trades) {
            if (roll < trade.weight)
                return trade;
            roll -= trade.weight;
        }
        return trades.front();
    };

    for (const RealEnterprise& real : realEnterprises) {
        Firm firm;
        firm.name = u(real.name);
        firm.industry = u(real.industry);
        firm.area = areaIndex(u(real.area));
        firm.chainLeader = real.chainLeader;
        firm.size = real.size;
        m_names.insert(firm.name);
        m_firms.push_back(firm);
        // The real enterprise takes one of its area's places among the 295.
        auto slot = std::find(directSlots.begin(), directSlots.end(), firm.area);
        directSlots.erase(slot != directSlots.end() ? slot : directSlots.begin());
    }
    m_dice.shuffle(directSlots);
    for (const std::size_t area : directSlots) {
        const Trade& trade = pickTrade();
        Firm firm;
        firm.name = newName(trade);
        firm.industry = trade.industry;
        firm.area = area;
        firm.size = m_dice.chance(10) ? m_dice.between(800, 2600) : m_dice.between(60, 700);
        firm.chainLeader = m_firms.size() < 20 && firm.size > 800;
        m_firms.push_back(firm);
    }
    for (int i = 0; i < preUpgradeCount + otherCount; ++i) {
        const Trade& trade = pickTrade();
        Firm firm;
        firm.name = newName(trade);
        firm.industry = trade.industry;
        firm.scale = i < preUpgradeCount ? EnterpriseScale::PreUpgrade : EnterpriseScale::Other;
        firm.area = weighted[std::size_t(m_dice.below(int(weighted.size())))];
        firm.size =
            firm.scale == EnterpriseScale::PreUpgrade ? m_dice.between(60, 150) : m_dice.between(15, 80);
        m_firms.push_back(firm);
    }

    // 305 white-listed: every directly managed and pre-upgrade enterprise and one key supplier.
    Repository<Enterprise> enterprises(m_db);
    static const QStringList roads = words(
        "科城路 迎宾大道 西城大道 兰美路 火炬大道 华龙大道 袁茄路 渝州路 谢陈路 森林大道 西彭大道 铝城大道");
    int listed = 0;
    for (std::size_t i = 0; i < m_firms.size(); ++i) {
        Firm& firm = m_firms[i];
        Enterprise e;
        e.name = firm.name;
        e.creditCode = creditCode(int(i) + 17);
        e.industry = firm.industry;
        e.areaId = m_areas[firm.area].id;
        e.scale = firm.scale;
        e.address = u("重庆市九龙坡区") + m_areas[firm.area].name + m_dice.pick(roads) +
                    QString::number(m_dice.between(1, 300)) + u("号");
        if (firm.chainLeader)
            e.tags << EnterpriseTag::ChainLeader << EnterpriseTag::LeadingIndustry;
        else if (firm.scale == EnterpriseScale::Direct && m_dice.chance(12))
            e.tags << EnterpriseTag::Specialised;
        if (firm.scale == EnterpriseScale::Direct && m_dice.chance(15))
            e.tags << EnterpriseTag::ChainKeyLink;
        const bool whitelisted = firm.scale != EnterpriseScale::Other || listed < whitelistTotal;
        if (whitelisted && listed < whitelistTotal) {
            e.whitelistBatchId = listed < firstBatchSize ? m_batch1 : m_batch2;
            ++listed;
        }
        auto id = enterprises.create(e);
        LIAISON_TRY(id);
        firm.id = *id;
    }
    return {};
}

Status Builder::addTimelines()
{
    const QDate start = JiulongpoScenario::firstDay();
    const QList<QDate> stopDays = workdays(QDate(2022, 11, 8), QDate(2022, 11, 16));
    const QList<QDate> resumeDays = workdays(QDate(2022, 11, 21), QDate(2022, 12, 1));
    const QList<QDate> loopDays = workdays(QDate(2022, 11, 9), QDate(2022, 11, 18));
    const QList<QDate> normalDays = workdays(QDate(2022, 11, 28), QDate(2022, 12, 2));

    Repository<ProductionStatusChange> changes(m_db);
    Repository<Enterprise> enterprises(m_db);
    for (Firm& firm : m_firms) {
        firm.timeline.emplace_back(start,
                                   m_dice.chance(85) ? ProductionStatus::Normal : ProductionStatus::Partial);
        const int roll = m_dice.below(100);
        if (firm.scale == EnterpriseScale::Other) {
            if (roll < 20)
                firm.timeline.emplace_back(m_dice.pick(stopDays), ProductionStatus::Stopped);
        } else if (roll < 24) {
            // Stopped by the outbreak in mid-November, back by the start of December.
            firm.timeline.emplace_back(m_dice.pick(stopDays), ProductionStatus::Stopped);
            firm.timeline.emplace_back(m_dice.pick(resumeDays), m_dice.chance(60)
                                                                    ? ProductionStatus::ClosedLoop
                                                                    : ProductionStatus::Partial);
            if (firm.timeline.back().second == ProductionStatus::Partial && m_dice.chance(50))
                firm.timeline.emplace_back(QDate(2022, 12, 2), ProductionStatus::Normal);
        } else if (roll < 70 || firm.chainLeader) {
            // Kept running by moving the staff into a closed loop.
            firm.timeline.emplace_back(m_dice.pick(loopDays), ProductionStatus::ClosedLoop);
            if (!firm.chainLeader && m_dice.chance(25))
                firm.timeline.emplace_back(m_dice.pick(normalDays), ProductionStatus::Normal);
        }
        std::stable_sort(firm.timeline.begin(), firm.timeline.end(),
                         [](auto& a, auto& b) { return a.first < b.first; });
        for (const auto& [day, status] : firm.timeline) {
            LIAISON_TRY(changes.create({0, firm.id, day, status, {}}));
        }
        auto enterprise = enterprises.get(firm.id);
        LIAISON_TRY(enterprise);
        enterprise->productionStatus = firm.timeline.back().second;
        LIAISON_TRY(enterprises.update(*enterprise));
    }
    return {};
}

Status Builder::addContactsAndDuty()
{
    Repository<Contact> contacts(m_db);
    Repository<DutyAssignment> duties(m_db);
    const QStringList positions = {u("总经理"), u("副总经理"), u("办公室主任"), u("安全生产负责人"),
                                   u("行政人事经理")};
    const std::vector<Id> unitOrder = {m_units.value(u("区经济信息委")), m_units.value(u("区经济信息委")),
                                       m_units.value(u("区经济信息委")), m_units.value(u("区商务委")),
                                       m_units.value(u("区发展改革委")), m_units.value(u("区科技局")),
                                       m_units.value(u("区交通局")),     m_units.value(u("区市场监管局")),
                                       m_units.value(u("区应急局")),     m_units.value(u("区大数据发展局"))};
    const QDate start = JiulongpoScenario::firstDay();
    const QDate handover(2022, 11, 21);
    int serial = 0;
    for (Firm& firm : m_firms) {
        for (int i = 0; i < 2; ++i) {
            LIAISON_TRY(contacts.create(
                {0, firm.id, personName(), positions[(i * 2 + serial) % positions.size()], phone()}));
        }
        ++serial;
        AreaInfo& area = m_areas[firm.area];
        if (area.people.empty())
            continue;
        firm.unit = unitOrder[std::size_t(serial) % unitOrder.size()];
        const auto& unitPeople = m_unitPeople.value(firm.unit);
        const auto& [unitPersonId, unitPersonName] = unitPeople[std::size_t(serial) % unitPeople.size()];
        firm.leader = m_leaders[firm.area % m_leaders.size()].first;
        firm.unitPerson = unitPersonId;
        firm.unitPersonName = unitPersonName;
        const std::size_t who = std::size_t(serial) % area.people.size();
        firm.areaPerson = area.people[who];
        firm.areaPersonName = area.peopleNames[qsizetype(who)];

        DutyAssignment duty{0,       firm.id,         firm.leader, firm.unit, firm.unitPerson,
                            area.id, firm.areaPerson, start,       {}};
        // Every fifteenth enterprise changed hands on 21 November: the history keeps both assignments.
        if (serial % 15 == 0 && area.people.size() > 1) {
            duty.validTo = handover.addDays(-1);
            LIAISON_TRY(duties.create(duty));
            const std::size_t next = (who + 1) % area.people.size();
            firm.areaPerson = area.people[next];
            firm.areaPersonName = area.peopleNames[qsizetype(next)];
            duty.areaPersonId = firm.areaPerson;
            duty.validFrom = handover;
            duty.validTo = {};
        }
        LIAISON_TRY(duties.create(duty));
    }
    return {};
}

Status Builder::addVisits()
{
    const std::array<std::pair<QDate, QDate>, 5> weeks = {{
        {QDate(2022, 11, 1), QDate(2022, 11, 4)},
        {QDate(2022, 11, 7), QDate(2022, 11, 11)},
        {QDate(2022, 11, 14), QDate(2022, 11, 18)},
        {QDate(2022, 11, 21), QDate(2022, 11, 25)},
        {QDate(2022, 11, 28), QDate(2022, 12, 5)},
    }};
    static const QHash<ProductionStatus, QStringList> notes = {
        {ProductionStatus::Normal,
         {u("企业生产经营正常，原材料库存可维持两周。"), u("订单充足，产线满负荷运行。"),
          u("了解企业用工和物流情况，暂无困难。")}},
        {ProductionStatus::Partial,
         {u("部分产线恢复生产，订单交付存在压力。"), u("部分员工尚未返岗，产能未完全恢复。")}},
        {ProductionStatus::ClosedLoop,
         {u("企业实行闭环管理，员工驻厂生产。"), u("闭环生产运行平稳，生活物资保障到位。")}},
        {ProductionStatus::Stopped,
         {u("受疫情影响暂时停产，已协助制定复产方案。"), u("企业停产，电话了解员工和库存情况。")}},
    };

    struct Planned
    {
        std::size_t firm;
        QDate day;
        ProductionStatus status;
        int week;
        double returnWeight;
    };
    std::vector<Planned> planned;
    for (std::size_t f = 0; f < m_firms.size(); ++f) {
        const Firm& firm = m_firms[f];
        for (int w = 0; w < int(weeks.size()); ++w) {
            if (firm.scale == EnterpriseScale::Other && w % 2 == 1)
                continue;
            const QList<QDate> days = workdays(weeks[std::size_t(w)].first, weeks[std::size_t(w)].second);
            const QDate day = m_dice.pick(days);
            const ProductionStatus status = firm.statusOn(day);
            // Staff come back after a stop or a partial restart: the visits after the worst week count them.
            const bool recovering = w >= 2 && status != ProductionStatus::Stopped;
            planned.push_back({f, day, status, w,
                               recovering ? double(firm.size) * (0.5 + m_dice.below(100) / 100.0) : 0.0});
        }
    }
    std::stable_sort(planned.begin(), planned.end(), [](auto& a, auto& b) { return a.day < b.day; });

    std::vector<double> returnWeights;
    for (const Planned& p : planned)
        returnWeights.push_back(p.returnWeight);
    const std::vector<int> returned = apportion(returnWeights, staffReturnedTotal);

    // Closed-loop head counts on the last visit of each enterprise in closed-loop production sum to
    // the article's 34,000.
    std::vector<double> loopWeights(planned.size(), 0.0);
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const Planned& p = planned[i];
        if (p.week == 4 && p.status == ProductionStatus::ClosedLoop)
            loopWeights[i] = double(m_firms[p.firm].size) * (0.7 + m_dice.below(25) / 100.0);
    }
    const std::vector<int> finalLoop = apportion(loopWeights, closedLoopStaffTotal);

    Repository<Visit> visits(m_db);
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const Planned& p = planned[i];
        const Firm& firm = m_firms[p.firm];
        Visit v;
        v.enterpriseId = firm.id;
        v.visitedOn = p.day;
        v.mode = p.status == ProductionStatus::Stopped || p.status == ProductionStatus::ClosedLoop
                     ? (m_dice.chance(70) ? VisitMode::Phone : VisitMode::Video)
                     : (m_dice.chance(75) ? VisitMode::OnSite : VisitMode::Phone);
        v.visitors = firm.areaPersonName.isEmpty()
                         ? QString(m_areas[firm.area].name + u("经济发展办"))
                         : QString(firm.areaPersonName + u("、") + firm.unitPersonName);
        v.productionStatusSeen = p.status;
        const bool last = p.week == 4;
        switch (p.status) {
        case ProductionStatus::Normal:
            v.staffOnSite = firm.size * m_dice.between(90, 100) / 100;
            v.capacityPercent = last ? m_dice.between(93, 100) : m_dice.between(85, 100);
            break;
        case ProductionStatus::Partial:
            v.staffOnSite = firm.size * m_dice.between(45, 75) / 100;
            v.capacityPercent = last ? m_dice.between(88, 96) : m_dice.between(40, 75);
            break;
        case ProductionStatus::ClosedLoop:
            v.closedLoopStaff = last ? finalLoop[i] : firm.size * m_dice.between(55, 85) / 100;
            v.staffOnSite = v.closedLoopStaff;
            v.capacityPercent = last ? m_dice.between(90, 98) : m_dice.between(60, 90);
            break;
        case ProductionStatus::Stopped:
            v.staffOnSite = firm.size * m_dice.between(0, 4) / 100;
            v.capacityPercent = 0;
            break;
        }
        v.staffReturned = returned[i];
        v.notes = m_dice.pick(notes.value(p.status));
        auto id = visits.create(v);
        LIAISON_TRY(id);
        m_visits.push_back({*id, p.firm, p.day});
    }
    return {};
}

Status Builder::addIssues()
{
    struct Category
    {
        const char* code;
        int count; // resolved by 2022-12-05
        int deadline;
        QStringList titles;
        QStringList resolutions;
    };
    const std::vector<Category> categories = {
        {"supplies",
         112,
         3,
         {u("铝锭等原材料供应紧张，需协调保供"), u("闭环员工生活物资短缺，需协调配送"),
          u("抗原试剂、口罩等防疫物资储备不足"), u("包装材料供应商停产，需协调替代货源"),
          u("关键零部件库存仅够三天生产")},
         {u("已协调区商务委对接保供企业，物资已送达。"), u("已协调上游企业优先排产供货，原材料已到厂。"),
          u("已联系替代供应商，首批货物已入库。")}},
        {"logistics",
         121,
         2,
         {u("成品发运受阻，物流车辆无法进出园区"), u("上游配件运输延误，影响整车装配"),
          u("货车司机被隔离，运力不足"), u("铁路集装箱到站后无法提货"), u("跨区配送车辆在检查点滞留")},
         {u("已协调区交巡警支队开通绿色通道，车辆已放行。"), u("已协调物流企业增派运力，货物已发运。"),
          u("已与港口、站场对接，货物已提离。")}},
        {"staff_return",
         68,
         3,
         {u("员工居住小区封控，无法返岗"), u("一线员工返岗通勤困难，需协调专车接送"),
          u("外地返渝员工返岗手续咨询"), u("返岗员工核酸检测结果未出，暂不能上岗")},
         {u("已协调镇街为返岗员工出具证明，员工已返岗。"), u("已协调公交公司开通通勤专线。"),
          u("已协助企业完成返岗人员健康核查。")}},
        {"utilities",
         41,
         2,
         {u("天然气供应压力不足，影响熔铸生产"), u("厂区用电负荷受限，需协调增容"),
          u("通信网络故障，影响生产调度"), u("工业用水管网检修，供水中断")},
         {u("已协调燃气公司调整供气计划，压力已恢复。"), u("已协调供电公司临时增容，生产恢复正常。"),
          u("已协调运营商抢修，网络已恢复。")}},
        {"pass",
         46,
         1,
         {u("原料运输车辆需办理通行证"), u("成品配送车辆通行证到期，需续办"), u("新增运输车辆需办理通行证")},
         {u("已协助办理通行证并发放。"), u("通行证已续办，车辆恢复通行。")}},
        {"driver_whitelist",
         31,
         2,
         {u("长途货运司机申请纳入白名单"), u("新增驾驶员白名单申报"),
          u("司机健康码异常，需核实后纳入白名单")},
         {u("已报市级部门审核，司机已纳入白名单。"), u("已核实司机健康状况，申请已通过。")}},
        {"transfer",
         14,
         1,
         {u("厂区发现阳性人员，需协调转运"), u("密切接触者转运及厂区消杀需协调")},
         {u("已协调卫生健康部门完成转运，厂区已消杀。")}},
        {"other",
         17,
         5,
         {u("企业咨询纾困资金政策"), u("咨询闭环生产实施标准"), u("申请稳岗补贴办理指导"),
          u("闭环期间职工食堂供餐需协调")},
         {u("已向企业解读政策并协助提交申请。"), u("已协调相关部门上门指导。")}},
    };

    // When the problems came in: few at the start of November, most in the weeks of the outbreak.
    const std::array<int, 5> weekWeights = {8, 22, 30, 25, 15};
    std::vector<std::vector<std::size_t>> visitsByWeek(5);
    for (std::size_t i = 0; i < m_visits.size(); ++i) {
        const int week = m_visits[i].day < QDate(2022, 11, 7)    ? 0
                         : m_visits[i].day < QDate(2022, 11, 14) ? 1
                         : m_visits[i].day < QDate(2022, 11, 21) ? 2
                         : m_visits[i].day < QDate(2022, 11, 28) ? 3
                                                                 : 4;
        if (m_firms[m_visits[i].firm].scale != EnterpriseScale::Other)
            visitsByWeek[std::size_t(week)].push_back(i);
    }

    struct Planned
    {
        const Category* category;
        std::size_t visit;
    };
    std::vector<Planned> planned;
    for (const Category& category : categories) {
        for (int i = 0; i < category.count; ++i) {
            int roll = m_dice.below(100);
            std::size_t week = 0;
            while (roll >= weekWeights[week]) {
                roll -= weekWeights[week];
                ++week;
            }
            planned.push_back({&category, m_dice.pick(visitsByWeek[week])});
        }
    }
    // The twelve still open on 5 December were raised in its last week: a few are already overdue.
    const std::vector<std::size_t>& lastWeek = visitsByWeek[4];
    for (int i = 0; i < openIssues; ++i)
        planned.push_back({&categories[std::size_t(m_dice.below(4))], m_dice.pick(lastWeek)});
    Q_ASSERT(int(planned.size()) == resolvedIssues + openIssues);

    Repository<Issue> issues(m_db);
    Repository<IssueEvent> events(m_db);
    const QDate reportDay = JiulongpoScenario::reportDay();
    QSet<std::pair<Id, QString>> raised; // a visit does not raise the same problem twice
    for (std::size_t n = 0; n < planned.size(); ++n) {
        const Planned& p = planned[n];
        const bool open = n >= std::size_t(resolvedIssues);
        const VisitInfo& visit = m_visits[p.visit];
        const Firm& firm = m_firms[visit.firm];
        const Category& category = *p.category;

        Issue issue;
        issue.enterpriseId = firm.id;
        issue.visitId = visit.id;
        issue.category = QString::fromLatin1(category.code);
        issue.title = m_dice.pick(category.titles);
        for (qsizetype k = 0; k < category.titles.size() && raised.contains({visit.id, issue.title}); ++k)
            issue.title =
                category.titles[(category.titles.indexOf(issue.title) + 1) % category.titles.size()];
        raised.insert({visit.id, issue.title});
        issue.description = firm.name + u("反映：") + issue.title + u("。");
        issue.reportedOn = visit.day;
        issue.dueOn = m_calendar.addWorkdays(visit.day, category.deadline);

        const int tierRoll = m_dice.below(100);
        issue.tier = tierRoll < 72 ? Tier::Area : tierRoll < 93 ? Tier::Department : Tier::Leader;
        if (open)
            issue.tier = tierRoll < 60 ? Tier::Area : Tier::Department;
        switch (issue.tier) {
        case Tier::Area:
            issue.ownerAreaId = m_areas[firm.area].id;
            issue.ownerPersonId = firm.areaPerson;
            break;
        case Tier::Department:
            issue.ownerUnitId = firm.unit;
            issue.ownerPersonId = firm.unitPerson;
            break;
        case Tier::Leader: issue.ownerPersonId = firm.leader; break;
        }

        QDate resolvedOn;
        if (open) {
            const int stage = m_dice.below(3);
            issue.status = stage == 0   ? IssueStatus::New
                           : stage == 1 ? IssueStatus::Assigned
                                        : IssueStatus::InProgress;
            if (issue.status == IssueStatus::New) {
                // Nobody has handed it on yet: it waits with the area liaison person.
                issue.tier = Tier::Area;
                issue.ownerUnitId.reset();
                issue.ownerAreaId = m_areas[firm.area].id;
                issue.ownerPersonId = firm.areaPerson;
            }
        } else {
            // Most within the deadline, about one in ten a day or two late.
            const int extra = m_dice.chance(10) ? m_dice.between(1, 2) : 0;
            resolvedOn = m_calendar.addWorkdays(visit.day, m_dice.between(0, category.deadline) + extra);
            if (resolvedOn > reportDay)
                resolvedOn = reportDay;
            issue.resolvedOn = resolvedOn;
            issue.resolution = m_dice.pick(category.resolutions);
            issue.status = resolvedOn <= QDate(2022, 11, 30) && m_dice.chance(70) ? IssueStatus::Verified
                                                                                  : IssueStatus::Resolved;
        }
        // Assignment to the lead unit and each escalation are hand-offs; work starting or a resolution
        // resets the count that supervision watches.
        const int escalations = issue.tier == Tier::Area ? 0 : issue.tier == Tier::Department ? 1 : 2;
        issue.handoffs = (issue.status == IssueStatus::New ? 0 : 1) + escalations;
        issue.handoffsSinceProgress =
            issue.status == IssueStatus::New || issue.status == IssueStatus::Assigned ? issue.handoffs : 0;
        if (issue.status != IssueStatus::New && !issue.ownerUnitId)
            issue.ownerUnitId = firm.unit;
        if (issue.status == IssueStatus::Verified)
            issue.satisfaction =
                m_dice.chance(85) ? Satisfaction::Satisfied : Satisfaction::BasicallySatisfied;
        auto id = issues.create(issue);
        LIAISON_TRY(id);

        const QString registrar = firm.areaPersonName.isEmpty() ? u("系统") : firm.areaPersonName;
        LIAISON_TRY(events.create({0, *id, IssueEventKind::Created, registrar,
                                   at(visit.day, 9 + m_dice.below(6), m_dice.below(60)), u("走访中登记。")}));
        // The timeline in the order things happened: assignment in the afternoon of the visit, an
        // escalation the next working day (or straight after, when resolved the same day), then work.
        if (issue.status != IssueStatus::New) {
            LIAISON_TRY(events.create(
                {0, *id, IssueEventKind::Assigned, registrar, at(visit.day, 15, m_dice.below(30)),
                 u("交办") + (issue.tier == Tier::Area ? m_areas[firm.area].name : u("相关部门")) +
                     u("办理。")}));
        }
        QDate workDay = visit.day;
        if (issue.tier != Tier::Area) {
            workDay =
                std::min(m_calendar.addWorkdays(visit.day, 1), resolvedOn.isValid() ? resolvedOn : reportDay);
            const QDateTime when = workDay == visit.day ? at(workDay, 15, 30 + m_dice.below(30))
                                                        : at(workDay, 10, m_dice.below(60));
            LIAISON_TRY(
                events.create({0, *id, IssueEventKind::Escalated, registrar, when,
                               issue.tier == Tier::Leader ? u("镇街、部门协调未果，提请区领导协调。")
                                                          : u("镇街层面无法解决，提交区级部门协调。")}));
        }
        if (issue.status != IssueStatus::New && issue.status != IssueStatus::Assigned) {
            LIAISON_TRY(events.create({0, *id, IssueEventKind::Started, registrar,
                                       at(workDay, 16, m_dice.below(30)), u("承办单位开始办理。")}));
        }
        if (resolvedOn.isValid()) {
            LIAISON_TRY(events.create({0, *id, IssueEventKind::Resolved, registrar,
                                       at(resolvedOn, 17, m_dice.below(60)), issue.resolution}));
        }
        if (issue.status == IssueStatus::Verified) {
            const QDate day = std::min(m_calendar.addWorkdays(resolvedOn, 1), reportDay);
            LIAISON_TRY(events.create(
                {0, *id, IssueEventKind::Verified, registrar, at(day, 11, m_dice.below(60)),
                 *issue.satisfaction == Satisfaction::Satisfied ? u("回访企业，表示满意。")
                                                                : u("回访企业，表示基本满意。")}));
        }
    }
    return {};
}

Status Builder::addPermits()
{
    const QList<QDate> days = workdays(QDate(2022, 11, 3), JiulongpoScenario::reportDay());
    static const QStringList routes =
        words("西彭园区—果园港 九龙园区—团结村铁路中心站 西彭园区—江北国际机场货运站 九龙园区—西永综保区 "
              "华岩镇—两江新区鱼嘴 陶家镇—成都青白江 中梁山—璧山工业园 西彭镇—长寿经开区 九龙园区—涪陵李渡");
    std::vector<std::size_t> carriers;
    for (std::size_t f = 0; f < m_firms.size(); ++f) {
        if (m_firms[f].scale != EnterpriseScale::Other)
            carriers.push_back(f);
    }
    Repository<PermitRequest> permits(m_db);
    const QDate reportDay = JiulongpoScenario::reportDay();
    const auto dayFor = [&] {
        // Busiest in the second half of November, when the roads were closed.
        const QDate day = m_dice.pick(days);
        if (day < QDate(2022, 11, 14) && m_dice.chance(50))
            return m_dice.pick(days);
        return day;
    };
    for (int i = 0; i < passesIssued + driverApplications; ++i) {
        const bool pass = i < passesIssued;
        PermitRequest r;
        r.kind = pass ? PermitKind::Pass : PermitKind::DriverWhitelist;
        r.enterpriseId = m_firms[m_dice.pick(carriers)].id;
        r.vehiclePlate = plate();
        r.driverName = personName();
        r.driverPhone = phone();
        r.route = m_dice.pick(routes);
        r.appliedOn = dayFor();
        r.grantedOn = m_dice.chance(70) ? r.appliedOn : m_calendar.addWorkdays(r.appliedOn, 1);
        if (r.grantedOn > reportDay)
            r.grantedOn = reportDay;
        r.validUntil = pass ? r.grantedOn.addDays(14) : QDate();
        LIAISON_TRY(permits.create(r));
    }
    return {};
}

Status Builder::addTransfersAndLinks()
{
    Repository<StaffTransfer> transfers(m_db);
    const QList<QDate> days = workdays(QDate(2022, 11, 8), QDate(2022, 11, 30));
    int left = peopleTransferred;
    while (left > 0) {
        const int people = std::min(left, m_dice.between(1, 6));
        const Firm& firm = m_firms[std::size_t(m_dice.below(directCount))];
        LIAISON_TRY(transfers.create(
            {0, firm.id, m_dice.pick(days), people, u("协调卫生健康部门转运，厂区同步消杀。")}));
        left -= people;
    }

    // Chain leaders pull their suppliers back into production (以点带链).
    Repository<SupplyLink> links(m_db);
    static const QStringList products = words("铸件 冲压件 线束 铝型材 轴承 紧固件 包装箱 橡胶件 电机 模具");
    std::vector<std::size_t> suppliers(m_firms.size());
    std::iota(suppliers.begin(), suppliers.end(), 0);
    for (std::size_t leader = 0; leader < m_firms.size(); ++leader) {
        if (!m_firms[leader].chainLeader)
            continue;
        m_dice.shuffle(suppliers);
        int added = 0;
        const int wanted = m_dice.between(5, 10);
        for (const std::size_t supplier : suppliers) {
            if (added == wanted)
                break;
            if (supplier == leader || m_firms[supplier].chainLeader)
                continue;
            LIAISON_TRY(links.create({0, m_firms[supplier].id, m_firms[leader].id, m_dice.pick(products)}));
            ++added;
        }
    }
    return {};
}

} // namespace

// One user of each role for the scenario's people, signing in with their names in pinyin and the
// demo password, which they must change at the first sign-in: the administrator at the big-data bureau,
// the supervisor and the general office at the economy and information commission, and a liaison
// officer of the first area.
Status Builder::addUsers()
{
    const Id commission = m_units.value(u("区经济信息委"));
    const Id bigData = m_units.value(u("区大数据发展局"));
    const auto& commissionPeople = m_unitPeople.value(commission);
    const auto& bigDataPeople = m_unitPeople.value(bigData);
    const auto area =
        std::find_if(m_areas.begin(), m_areas.end(), [](const AreaInfo& a) { return !a.people.empty(); });
    if (commissionPeople.size() < 2 || bigDataPeople.empty() || area == m_areas.end())
        return std::unexpected(Error::storage(JiulongpoScenario::tr("The scenario's people are missing.")));
    const std::pair<Role, std::pair<Id, QString>> holders[] = {
        {Role::Admin, bigDataPeople.front()},
        {Role::Supervisor, commissionPeople.front()},
        {Role::Officer, commissionPeople.at(1)},
        {Role::Liaison, {area->people.front(), area->peopleNames.front()}},
    };
    QList<UserAccounts::NewUser> users;
    QSet<QString> taken;
    const auto isTaken = [&](const QString& name) -> Result<bool> {
        if (taken.contains(name))
            return true;
        auto found = UserAccounts::find(m_db, name);
        if (found)
            return true;
        if (found.error().kind != Error::Kind::NotFound)
            return std::unexpected(found.error());
        return false;
    };
    for (const auto& [role, person] : holders) {
        const QString base = Pinyin::keyFor(person.second).full;
        QString name = base;
        for (int n = 2;; ++n) {
            auto used = isTaken(name);
            LIAISON_TRY(used);
            if (!*used)
                break;
            name = base + QString::number(n);
        }
        taken.insert(name);
        users << UserAccounts::NewUser{name, role, person.first, JiulongpoScenario::demoPassword(), true};
    }
    return toStatus(UserAccounts::createSeveral(m_db, users));
}

Status JiulongpoScenario::load(Database& db, const Progress& progress)
{
    Builder builder(db, progress);
    return db.transaction([&] { return builder.run(); });
}

} // namespace liaison
