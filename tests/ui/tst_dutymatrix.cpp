#include "Database.h"
#include "Dialogs.h"
#include "DutyService.h"
#include "EntityTraits.h"
#include "ScratchDatabase.h"
#include "models/EnterpriseTableModel.h"
#include "pages/DutyMatrixPage.h"
#include "scenario/JiulongpoScenario.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestDutyMatrix final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reassignTenEnterprises();
    void refusedHandOverChangesNothing();
    void coverageCountsEveryTier();

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestDutyMatrix::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    QVERIFY(JiulongpoScenario::load(*m_db));
}

void TestDutyMatrix::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

void TestDutyMatrix::reassignTenEnterprises()
{
    DutyMatrixPage page(*m_db);
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString area = QStringLiteral("九龙工业园区");
    auto* areaBox = page.findChild<QComboBox*>(QStringLiteral("dutyAreaComboBox"));
    areaBox->setCurrentIndex(areaBox->findText(area));
    QVERIFY(page.model()->totalCount() >= 10);

    // The area liaison of the first ten enterprises of the park goes to the park's other liaison.
    QList<Id> chosen;
    for (int row = 0; row < 10; ++row) {
        page.table()->selectionModel()->select(page.model()->index(row, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen << page.model()->enterpriseId(row);
    }
    auto* role = page.findChild<QComboBox*>(QStringLiteral("roleComboBox"));
    role->setCurrentIndex(role->findData(int(DutyService::Role::AreaPerson)));
    auto* person = page.findChild<QComboBox*>(QStringLiteral("newPersonComboBox"));
    const int index = person->findText(area, Qt::MatchContains);
    QVERIFY(index >= 0);
    person->setCurrentIndex(index);
    const Id newPerson = person->currentData().toLongLong();
    page.findChild<QDateEdit*>(QStringLiteral("handOverDateEdit"))->setDate(QDate(2022, 12, 1));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("handOverButton"));
    QVERIFY(button->isEnabled());
    QVERIFY(button->text().contains(QStringLiteral("10")));
    const qint64 audited =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'duty_assignment'"))
            ->toLongLong();
    button->click();

    for (const Id enterprise : chosen) {
        auto current = Repository<DutyAssignment>(*m_db).list(
            {QStringLiteral("enterprise_id = ? AND valid_to IS NULL"), {enterprise}});
        QCOMPARE(current->size(), 1);
        QCOMPARE(current->front().areaPersonId, std::optional<Id>(newPerson));
        QCOMPARE(current->front().validFrom, QDate(2022, 12, 1));
        auto ended = Repository<DutyAssignment>(*m_db).count(
            QStringLiteral("enterprise_id = ? AND valid_to = ?"), {enterprise, QDate(2022, 11, 30)});
        QCOMPARE(*ended, 1); // the history is kept
    }
    // One audited change per enterprise at least: the old assignment ended, the new one made.
    const qint64 after =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'duty_assignment'"))
            ->toLongLong();
    QCOMPARE(after - audited, 20);
    // The matrix shows the new person.
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (chosen.contains(page.model()->enterpriseId(row))) {
            QVERIFY(person->currentText().startsWith(
                page.model()->index(row, EnterpriseTableModel::AreaPersonColumn).data().toString()));
        }
    }
}

void TestDutyMatrix::refusedHandOverChangesNothing()
{
    const qint64 before = *Repository<DutyAssignment>(*m_db).count();
    auto enterprises =
        Repository<Enterprise>(*m_db).list({QStringLiteral("scale = 'direct'"), {}, QStringLiteral("id"), 3});
    QList<Id> ids;
    for (const Enterprise& e : *enterprises)
        ids << e.id;
    // An area liaison of another area cannot take over.
    auto stranger = m_db->scalar(
        QStringLiteral("SELECT p.id FROM person p WHERE p.area_id IS NOT NULL AND p.area_id <> ? "
                       "ORDER BY p.id LIMIT 1"),
        {enterprises->front().areaId});
    const Status refused = DutyService::reassign(*m_db, ids, DutyService::Role::AreaPerson,
                                                 stranger->toLongLong(), QDate(2022, 12, 2));
    QVERIFY(!refused);
    QCOMPARE(*Repository<DutyAssignment>(*m_db).count(), before);
    QVERIFY(!DutyService::reassign(*m_db, {}, DutyService::Role::Leader, 1, QDate(2022, 12, 2)));
    QVERIFY(!DutyService::reassign(*m_db, ids, DutyService::Role::Leader, 99999, QDate(2022, 12, 2)));
    QCOMPARE(*Repository<DutyAssignment>(*m_db).count(), before);
}

void TestDutyMatrix::coverageCountsEveryTier()
{
    auto coverage = DutyService::coverage(*m_db);
    QVERIFY(coverage);
    int leader = 0, department = 0, area = 0;
    for (const DutyService::Coverage& c : *coverage) {
        (c.role == DutyService::Role::Leader             ? leader
         : c.role == DutyService::Role::DepartmentPerson ? department
                                                         : area) += c.enterprises;
    }
    const int open =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM duty_assignment WHERE valid_to IS NULL"))->toInt();
    QCOMPARE(leader, open);
    QCOMPARE(department, open);
    QCOMPARE(area, open);
}

QTEST_MAIN(TestDutyMatrix)
#include "tst_dutymatrix.moc"
