#include "Database.h"
#include "ScratchDatabase.h"
#include "models/VisitListModel.h"
#include "pages/VisitsPage.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestVisitsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newestFirstAndLazy();
    void filtersMatchTheDatabase();

private:
    qint64 scalar(const QString& sql, const QVariantList& binds = {}) const
    {
        return m_db->scalar(sql, binds)->toLongLong();
    }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestVisitsPage::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    QVERIFY(JiulongpoScenario::load(*m_db));
}

void TestVisitsPage::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

void TestVisitsPage::newestFirstAndLazy()
{
    VisitsPage page(*m_db);
    VisitListModel* model = page.model();
    QCOMPARE(model->totalCount(), scalar(QStringLiteral("SELECT COUNT(*) FROM visit")));
    QVERIFY(model->rowCount() < model->totalCount()); // a page, not everything
    QCOMPARE(model->index(0, VisitListModel::DateColumn).data().toString(), QStringLiteral("2022-12-05"));
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy asked(&page, &VisitsPage::logVisitRequested);
    page.findChild<QPushButton*>(QStringLiteral("logVisitButton"))->click();
    QCOMPARE(asked.count(), 1);
}

void TestVisitsPage::filtersMatchTheDatabase()
{
    VisitsPage page(*m_db);
    VisitListModel* model = page.model();
    auto* mode = page.findChild<QComboBox*>(QStringLiteral("visitModeComboBox"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("video")));
    QCOMPARE(model->totalCount(), scalar(QStringLiteral("SELECT COUNT(*) FROM visit WHERE mode = 'video'")));
    mode->setCurrentIndex(0);

    page.findChild<QDateEdit*>(QStringLiteral("visitFromDateEdit"))->setDate(QDate(2022, 11, 14));
    page.findChild<QDateEdit*>(QStringLiteral("visitToDateEdit"))->setDate(QDate(2022, 11, 18));
    QCOMPARE(model->totalCount(),
             scalar(QStringLiteral("SELECT COUNT(*) FROM visit WHERE visited_on BETWEEN ? AND ?"),
                    {QDate(2022, 11, 14), QDate(2022, 11, 18)}));

    page.findChild<QDateEdit*>(QStringLiteral("visitFromDateEdit"))
        ->setDate(QDate(2000, 1, 1)); // no limit again
    page.findChild<QDateEdit*>(QStringLiteral("visitToDateEdit"))->setDate(QDate(2000, 1, 1));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("visitEnterpriseLineEdit")),
                     QStringLiteral("cqlx"));
    QVERIFY(model->totalCount() >= 5);
    bool longxin = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        longxin = longxin || model->index(row, VisitListModel::EnterpriseColumn).data().toString() ==
                                 QStringLiteral("重庆隆鑫通用动力股份有限公司");
    }
    QVERIFY(longxin);
}

QTEST_MAIN(TestVisitsPage)
#include "tst_visitspage.moc"
