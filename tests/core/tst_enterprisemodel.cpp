#include "Database.h"
#include "EntityTraits.h"
#include "Lookups.h"
#include "ScratchDatabase.h"
#include "models/EnterpriseTableModel.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestEnterpriseModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyDatabase();
    void fetchesLazily();
    void sortsInSql();
    void search_data();
    void search();
    void filters();
    void dutyPeopleAndVisits();
    void industryAndIdleChainSuppliers();
    void supplyPartners();

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestEnterpriseModel::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
}

void TestEnterpriseModel::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

void TestEnterpriseModel::emptyDatabase()
{
    EnterpriseTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(EnterpriseTableModel::ColumnCount));
    QCOMPARE(model.headerData(EnterpriseTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Enterprise"));
    QVERIFY(JiulongpoScenario::load(*m_db));
}

void TestEnterpriseModel::fetchesLazily()
{
    EnterpriseTableModel model(*m_db);
    QCOMPARE(model.totalCount(), 328);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < model.totalCount()); // only the first page
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 328);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, EnterpriseTableModel::NameColumn).data().toString().isEmpty());
}

void TestEnterpriseModel::sortsInSql()
{
    EnterpriseTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(EnterpriseTableModel::CreditCodeColumn, Qt::DescendingOrder);
    const QString first = model.index(0, EnterpriseTableModel::CreditCodeColumn).data().toString();
    const QString second = model.index(1, EnterpriseTableModel::CreditCodeColumn).data().toString();
    QVERIFY(first > second);
    auto highest = m_db->scalar(QStringLiteral("SELECT MAX(credit_code) FROM enterprise"));
    QCOMPARE(first, highest->toString());

    model.sort(EnterpriseTableModel::NameColumn, Qt::AscendingOrder);
    // Chinese names sort by their pinyin, as a Chinese reader expects.
    const QString a = model.index(0, EnterpriseTableModel::NameColumn).data().toString();
    auto lowest =
        m_db->scalar(QStringLiteral("SELECT name FROM enterprise ORDER BY name_pinyin, id LIMIT 1"));
    QCOMPARE(a, lowest->toString());
}

void TestEnterpriseModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a name among the results, or empty for none
    QTest::newRow("pinyin initials") << QStringLiteral("cqlx")
                                     << QStringLiteral("重庆隆鑫通用动力股份有限公司");
    QTest::newRow("initials in upper case with a space")
        << QStringLiteral("CQ LX") << QStringLiteral("重庆隆鑫通用动力股份有限公司");
    QTest::newRow("full pinyin, middle of the name")
        << QStringLiteral("longxin") << QStringLiteral("重庆隆鑫通用动力股份有限公司");
    QTest::newRow("chinese") << QStringLiteral("庆铃") << QStringLiteral("庆铃汽车(集团)有限公司");
    QTest::newRow("sql is only text") << QStringLiteral("'; DROP TABLE enterprise; --") << QString();
    QTest::newRow("wildcards are literal") << QStringLiteral("%_%") << QString();
}

void TestEnterpriseModel::search()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    EnterpriseTableModel model(*m_db);
    EnterpriseFilter filter;
    filter.search = text;
    model.setFilter(filter);
    QVERIFY(model.lastError().isEmpty());
    if (expected.isEmpty()) {
        QCOMPARE(model.totalCount(), 0);
    } else {
        QVERIFY(model.totalCount() >= 1);
        QVERIFY(model.totalCount() < 328);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, EnterpriseTableModel::NameColumn).data().toString();
        QVERIFY2(names.contains(expected), qPrintable(names.join(QLatin1Char(','))));
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"))->toInt(), 328);
}

void TestEnterpriseModel::filters()
{
    EnterpriseTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto count = [&](const EnterpriseFilter& filter) {
        model.setFilter(filter);
        return model.totalCount();
    };
    EnterpriseFilter byCode;
    auto code = m_db->scalar(QStringLiteral("SELECT credit_code FROM enterprise WHERE name = ?"),
                             {QStringLiteral("格力电器(重庆)有限公司")});
    byCode.search = code->toString().toLower();
    QCOMPARE(count(byCode), 1);

    EnterpriseFilter direct;
    direct.scale = EnterpriseScale::Direct;
    QCOMPARE(count(direct), 295);
    EnterpriseFilter outside;
    outside.whitelisted = false;
    QCOMPARE(count(outside), 328 - 305);
    EnterpriseFilter leaders;
    leaders.tag = EnterpriseTag::ChainLeader;
    QCOMPARE(count(leaders),
             m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise_tag WHERE tag = 'chain_leader'"))
                 ->toInt());
    EnterpriseFilter area;
    area.areaId =
        m_db->scalar(QStringLiteral("SELECT id FROM area WHERE name = ?"), {QStringLiteral("西彭镇")})
            ->toLongLong();
    area.scale = EnterpriseScale::Direct;
    const qint64 inArea = count(area);
    QVERIFY(inArea > 0 && inArea < 295);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, EnterpriseTableModel::AreaColumn).data().toString(),
                 QStringLiteral("西彭镇"));
    EnterpriseFilter loop;
    loop.status = ProductionStatus::ClosedLoop;
    QCOMPARE(count(loop),
             m_db->scalar(QStringLiteral(
                              "SELECT COUNT(*) FROM enterprise WHERE production_status = 'closed_loop'"))
                 ->toInt());

    // Every directly managed enterprise was visited in the last week of the scenario; the others every other
    // week.
    EnterpriseFilter unvisited;
    unvisited.asOf = QDate(2022, 12, 5);
    unvisited.notVisitedDays = 8;
    unvisited.scale = EnterpriseScale::Direct;
    QCOMPARE(count(unvisited), 0);
    unvisited.notVisitedDays = 1;
    QVERIFY(count(unvisited) > 200);
}

void TestEnterpriseModel::dutyPeopleAndVisits()
{
    EnterpriseTableModel model(*m_db);
    model.sort(EnterpriseTableModel::OpenProblemsColumn, Qt::DescendingOrder);
    QVERIFY(model.index(0, EnterpriseTableModel::OpenProblemsColumn).data().toInt() >= 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, EnterpriseTableModel::LeaderColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, EnterpriseTableModel::AreaPersonColumn).data().toString().isEmpty());
        QVERIFY(model.enterpriseId(row) > 0);
    }
    model.sort(EnterpriseTableModel::LastVisitColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, EnterpriseTableModel::LastVisitColumn).data().toString(),
             QStringLiteral("2022-12-05"));
}

void TestEnterpriseModel::industryAndIdleChainSuppliers()
{
    EnterpriseTableModel model(*m_db);
    EnterpriseFilter motorcycles;
    motorcycles.industry = QStringLiteral("摩托车");
    model.setFilter(motorcycles);
    QVERIFY(model.totalCount() > 0);
    QCOMPARE(model.totalCount(),
             m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise WHERE industry = ?"),
                          {motorcycles.industry})
                 ->toLongLong());
    QVERIFY(Lookups::industries(*m_db)->contains(motorcycles.industry));

    EnterpriseFilter idle;
    idle.idleChainSuppliers = true;
    model.setFilter(idle);
    const qint64 idleBefore = model.totalCount();
    QCOMPARE(
        idleBefore,
        m_db->scalar(QStringLiteral(
                         "SELECT COUNT(DISTINCT s.supplier_id) FROM supply_link s JOIN enterprise_tag t "
                         "ON t.enterprise_id = s.customer_id AND t.tag = 'chain_leader' JOIN enterprise e "
                         "ON e.id = s.supplier_id WHERE e.production_status IN ('stopped', 'partial')"))
            ->toLongLong());

    // A supplier of a chain leader stops, another produces in part, and an enterprise that supplies no
    // chain leader stops too: the first two are found, the third is not.
    const auto idOf = [&](const char* sql) { return m_db->scalar(QLatin1StringView(sql))->toLongLong(); };
    const Id supplier =
        idOf("SELECT MIN(s.supplier_id) FROM supply_link s JOIN enterprise_tag t ON "
             "t.enterprise_id = s.customer_id AND t.tag = 'chain_leader' JOIN enterprise e ON "
             "e.id = s.supplier_id WHERE e.production_status = 'normal'");
    const Id partial = idOf("SELECT MAX(s.supplier_id) FROM supply_link s JOIN enterprise_tag t ON "
                            "t.enterprise_id = s.customer_id AND t.tag = 'chain_leader' JOIN enterprise e ON "
                            "e.id = s.supplier_id WHERE e.production_status = 'normal'");
    const Id unlinked =
        idOf("SELECT MIN(id) FROM enterprise WHERE production_status = 'normal' AND id NOT IN "
             "(SELECT supplier_id FROM supply_link)");
    QVERIFY(supplier != partial);
    Repository<Enterprise> enterprises(*m_db);
    const auto setStatus = [&](Id id, ProductionStatus status) {
        Enterprise e = *enterprises.get(id);
        e.productionStatus = status;
        QVERIFY(enterprises.update(e));
    };
    setStatus(supplier, ProductionStatus::Stopped);
    setStatus(partial, ProductionStatus::Partial);
    setStatus(unlinked, ProductionStatus::Stopped);
    model.setFilter(idle);
    QCOMPARE(model.totalCount(), idleBefore + 2);
    QList<Id> found;
    for (int row = 0; row < model.rowCount(); ++row)
        found << model.enterpriseId(row);
    QVERIFY(found.contains(supplier) && found.contains(partial) && !found.contains(unlinked));
    for (const Id id : {supplier, partial, unlinked})
        setStatus(id, ProductionStatus::Normal);
}

void TestEnterpriseModel::supplyPartners()
{
    const Id leader =
        m_db->scalar(
                QStringLiteral("SELECT MIN(enterprise_id) FROM enterprise_tag WHERE tag = 'chain_leader'"))
            ->toLongLong();
    auto partners = Lookups::supplyPartners(*m_db, leader);
    QVERIFY(partners);
    const qint64 suppliers =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM supply_link WHERE customer_id = ?"), {leader})
            ->toLongLong();
    QVERIFY(suppliers >= 5);
    QCOMPARE(partners->size(), suppliers); // a chain leader supplies no other chain leader here
    for (const Lookups::SupplyPartner& partner : *partners) {
        QVERIFY(partner.upstream);
        QVERIFY(!partner.name.isEmpty());
        QVERIFY(!partner.product.isEmpty());
    }
    // Seen from a supplier, the chain leader is downstream.
    auto fromSupplier = Lookups::supplyPartners(*m_db, partners->front().enterpriseId);
    QVERIFY(fromSupplier);
    QVERIFY(std::any_of(fromSupplier->begin(), fromSupplier->end(), [&](const Lookups::SupplyPartner& p) {
        return !p.upstream && p.enterpriseId == leader;
    }));
}

QTEST_GUILESS_MAIN(TestEnterpriseModel)
#include "tst_enterprisemodel.moc"
