#include "Database.h"
#include "ScratchDatabase.h"
#include "models/EnterpriseTableModel.h"
#include "models/VisitListModel.h"
#include "pages/EnterpriseRegisterPage.h"
#include "pages/VisitsPage.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
    void coverageLeadsToTheEnterprisesNotVisited();

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

void TestVisitsPage::coverageLeadsToTheEnterprisesNotVisited()
{
    VisitsPage page(*m_db);
    const QDate day(2022, 12, 5);
    page.findChild<QDateEdit*>(QStringLiteral("visitToDateEdit"))->setDate(day);
    page.findChild<QSpinBox*>(QStringLiteral("coverageDaysSpinBox"))->setValue(3);
    const qint64 visited = scalar(
        QStringLiteral(
            "SELECT COUNT(DISTINCT enterprise_id) FROM visit WHERE visited_on > ? AND visited_on <= ?"),
        {day.addDays(-3), day});
    QVERIFY(visited > 0 && visited < 328);
    const QString text = page.findChild<QLabel*>(QStringLiteral("coverageLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("%1 of 328").arg(visited)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 not visited").arg(328 - visited)), qPrintable(text));

    QSignalSpy asked(&page, &VisitsPage::notVisitedRequested);
    page.findChild<QPushButton*>(QStringLiteral("showNotVisitedButton"))->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.front().at(0).toInt(), 3);
    QCOMPARE(asked.front().at(1).toDate(), day);

    // The register shows exactly the others.
    EnterpriseRegisterPage register_(*m_db);
    register_.showNotVisited(3, day);
    QCOMPARE(register_.model()->totalCount(), 328 - visited);
}

QTEST_MAIN(TestVisitsPage)
#include "tst_visitspage.moc"
