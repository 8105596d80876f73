#include "Database.h"
#include "ScratchDatabase.h"
#include "models/EnterpriseTableModel.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractItemModelTester>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestEnterpriseModel)
#include "tst_enterprisemodel.moc"
