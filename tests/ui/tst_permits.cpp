#include "Dialogs.h"
#include "EntityTraits.h"
#include "PermitDialog.h"
#include "ScratchDatabase.h"
#include "models/PermitListModel.h"
#include "pages/PermitsPage.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestPermits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ledgerIsLazyAndCounts();
    void filtersMatchTheDatabase();
    void addAPassFromTheKeyboard();
    void badInputChangesNothing();
    void editARequest();

private:
    qint64 scalar(const QString& sql, const QVariantList& binds = {}) const
    {
        return m_db->scalar(sql, binds)->toLongLong();
    }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestPermits::initTestCase()
{
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
    QVERIFY(JiulongpoScenario::load(*m_db));
}

void TestPermits::cleanupTestCase()
{
    m_db.reset();
    m_scratch.reset();
}

void TestPermits::ledgerIsLazyAndCounts()
{
    PermitsPage page(*m_db);
    PermitListModel* model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->totalCount(), 780 + 380);
    QVERIFY(model->rowCount() < model->totalCount()); // a page, not everything
    QCOMPARE(model->index(0, PermitListModel::AppliedColumn).data().toString(),
             m_db->scalar(QStringLiteral("SELECT MAX(applied_on) FROM permit_request"))
                 ->toDate()
                 .toString(Qt::ISODate));
    QVERIFY(
        page.findChild<QLabel*>(QStringLiteral("permitCountLabel"))->text().contains(QStringLiteral("1160")));
    // Sorting by plate happens in the database, over all rows.
    model->sort(PermitListModel::PlateColumn, Qt::AscendingOrder);
    QCOMPARE(model->index(0, PermitListModel::PlateColumn).data().toString(),
             m_db->scalar(QStringLiteral("SELECT MIN(vehicle_plate) FROM permit_request"))->toString());
    model->sort(PermitListModel::StateColumn, Qt::AscendingOrder);
    QVERIFY(model->lastError().isEmpty());
}

void TestPermits::filtersMatchTheDatabase()
{
    PermitsPage page(*m_db);
    PermitListModel* model = page.model();
    auto* kind = page.findChild<QComboBox*>(QStringLiteral("permitKindComboBox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("pass")));
    QCOMPARE(model->totalCount(), 780);
    kind->setCurrentIndex(kind->findData(QStringLiteral("driver_whitelist")));
    QCOMPARE(model->totalCount(), 380);
    kind->setCurrentIndex(0);

    // As of today every pass of November 2022 has long expired; driver white-list entries do not expire.
    auto* state = page.findChild<QComboBox*>(QStringLiteral("permitStateComboBox"));
    state->setCurrentIndex(state->findData(int(PermitState::Expired)));
    QCOMPARE(model->totalCount(), 780);
    QCOMPARE(model->index(0, PermitListModel::StateColumn).data().toString(), QStringLiteral("Expired"));
    state->setCurrentIndex(state->findData(int(PermitState::Valid)));
    QCOMPARE(model->totalCount(), 380);
    state->setCurrentIndex(0);

    page.findChild<QDateEdit*>(QStringLiteral("permitFromDateEdit"))->setDate(QDate(2022, 11, 14));
    page.findChild<QDateEdit*>(QStringLiteral("permitToDateEdit"))->setDate(QDate(2022, 11, 18));
    QCOMPARE(model->totalCount(),
             scalar(QStringLiteral("SELECT COUNT(*) FROM permit_request WHERE applied_on BETWEEN ? AND ?"),
                    {QDate(2022, 11, 14), QDate(2022, 11, 18)}));
    page.findChild<QDateEdit*>(QStringLiteral("permitFromDateEdit"))->setDate(QDate(2000, 1, 1));
    page.findChild<QDateEdit*>(QStringLiteral("permitToDateEdit"))->setDate(QDate(2000, 1, 1));

    // One plate, typed in lower case with the dot people write.
    const QString plate =
        m_db->scalar(QStringLiteral("SELECT MIN(vehicle_plate) FROM permit_request"))->toString();
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("permitSearchLineEdit"));
    search->setText(plate.left(2) + plate.mid(2).toLower());
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(model->index(0, PermitListModel::PlateColumn).data().toString(), plate);
    // The enterprise by its pinyin initials.
    search->setText(QStringLiteral("cqlx"));
    QVERIFY(model->totalCount() > 0);
    search->setText(QStringLiteral("%"));
    QCOMPARE(model->totalCount(), 0);
}

void TestPermits::addAPassFromTheKeyboard()
{
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM permit_request"));
    PermitDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* enterprise = dialog.findChild<QLineEdit*>(QStringLiteral("enterpriseLineEdit"));
    QVERIFY(enterprise->hasFocus());
    enterprise->insert(QStringLiteral("重庆隆鑫通用动力股份有限公司"));
    QTest::keyClick(enterprise, Qt::Key_Tab);
    auto* plate = dialog.findChild<QLineEdit*>(QStringLiteral("plateLineEdit"));
    QVERIFY(plate->hasFocus());
    plate->insert(QStringLiteral("渝"));
    QTest::keyClicks(plate, QStringLiteral("b 9z88 1"));
    QTest::keyClick(plate, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Li Wei"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("13800138000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    qobject_cast<QLineEdit*>(QApplication::focusWidget())->insert(QStringLiteral("西彭园区—果园港"));
    auto* granted = dialog.findChild<QCheckBox*>(QStringLiteral("grantedCheckBox"));
    granted->setChecked(true);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId());

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM permit_request")), before + 1);
    const PermitRequest saved = *Repository<PermitRequest>(*m_db).get(*dialog.savedId());
    QCOMPARE(saved.kind, PermitKind::Pass);
    QCOMPARE(saved.vehiclePlate, QStringLiteral("渝B9Z881"));
    QCOMPARE(saved.driverName, QStringLiteral("Li Wei"));
    QCOMPARE(saved.driverPhone, QStringLiteral("13800138000"));
    QCOMPARE(saved.route, QStringLiteral("西彭园区—果园港"));
    QCOMPARE(saved.quantity, 1);
    QCOMPARE(saved.appliedOn, QDate::currentDate());
    QCOMPARE(saved.grantedOn, QDate::currentDate());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'permit_request' AND "
                                   "record_id = ?"),
                    {*dialog.savedId()}),
             1);
}

void TestPermits::badInputChangesNothing()
{
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM permit_request"));
    PermitDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* enterprise = dialog.findChild<QLineEdit*>(QStringLiteral("enterpriseLineEdit"));
    auto* plate = dialog.findChild<QLineEdit*>(QStringLiteral("plateLineEdit"));
    auto* phone = dialog.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"));

    // Nothing typed: saving names the enterprise as missing.
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.errorText().contains(QStringLiteral("Choose the enterprise")));
    QVERIFY(enterprise->hasFocus());

    // A plate that is one character short is named as it is typed, next to the marked field.
    enterprise->insert(QStringLiteral("重庆隆鑫通用动力股份有限公司"));
    plate->setFocus();
    plate->insert(QStringLiteral("渝"));
    QTest::keyClicks(plate, QStringLiteral("A1234"));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("has 6 character")), qPrintable(dialog.errorText()));
    QVERIFY(!plate->styleSheet().isEmpty());
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(plate, QStringLiteral("5"));
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(plate->styleSheet().isEmpty());

    // A telephone number with letters.
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("138abc"));
    QVERIFY(dialog.errorText().contains(QStringLiteral("telephone")));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());

    // Valid until before the day it was granted.
    phone->clear();
    dialog.findChild<QCheckBox*>(QStringLiteral("grantedCheckBox"))->setChecked(true);
    dialog.findChild<QCheckBox*>(QStringLiteral("validUntilCheckBox"))->setChecked(true);
    dialog.findChild<QDateEdit*>(QStringLiteral("validUntilDateEdit"))
        ->setDate(QDate::currentDate().addDays(-1));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("end of validity")), qPrintable(dialog.errorText()));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM permit_request")), before);

    // Esc asks before the typed request is thrown away.
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    Dialogs::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM permit_request")), before);
}

void TestPermits::editARequest()
{
    PermitsPage page(*m_db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &PermitsPage::permitsChanged);
    auto* kind = page.findChild<QComboBox*>(QStringLiteral("permitKindComboBox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("driver_whitelist")));
    page.table()->selectRow(0);
    const PermitRequest original = *page.model()->permit(0);
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("editPermitButton"))->isEnabled());

    // The dialog is modal: it is answered from inside the event loop.
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<PermitDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* route = dialog->findChild<QLineEdit*>(QStringLiteral("routeLineEdit"));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("enterpriseLineEdit"))->text().isEmpty(),
                 false);
        route->selectAll();
        route->insert(QStringLiteral("九龙园区—团结村铁路中心站"));
        dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    });
    page.findChild<QPushButton*>(QStringLiteral("editPermitButton"))->click();
    QCOMPARE(changed.count(), 1);
    const PermitRequest edited = *Repository<PermitRequest>(*m_db).get(original.id);
    QCOMPARE(edited.route, QStringLiteral("九龙园区—团结村铁路中心站"));
    QCOMPARE(edited.vehiclePlate, original.vehiclePlate);
    QCOMPARE(edited.kind, PermitKind::DriverWhitelist);
    QCOMPARE(edited.grantedOn, original.grantedOn);
}

QTEST_MAIN(TestPermits)
#include "tst_permits.moc"
