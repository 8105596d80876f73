#include "VehiclePlate.h"

#include <QTest>

using namespace liaison;

class TestVehiclePlate final : public QObject
{
    Q_OBJECT

private slots:
    void normalized();
    void validate_data();
    void validate();
};

void TestVehiclePlate::normalized()
{
    QCOMPARE(VehiclePlate::normalized(QStringLiteral(" 渝a·12345 ")), QStringLiteral("渝A12345"));
    QCOMPARE(VehiclePlate::normalized(QStringLiteral("渝A-D1234 5")), QStringLiteral("渝AD12345"));
    QCOMPARE(VehiclePlate::normalized(QString()), QString());
}

void TestVehiclePlate::validate_data()
{
    QTest::addColumn<QString>("plate");
    QTest::addColumn<QString>("complaint"); // a part of the message, empty when valid

    QTest::newRow("ordinary") << QStringLiteral("渝A12345") << QString();
    QTest::newRow("letter in the serial") << QStringLiteral("渝BH1234") << QString();
    QTest::newRow("new energy") << QStringLiteral("渝AD12345") << QString();
    QTest::newRow("another province") << QStringLiteral("川A8K2M3") << QString();
    QTest::newRow("too short") << QStringLiteral("渝A1234") << QStringLiteral("has 6 character");
    QTest::newRow("too long") << QStringLiteral("渝A1234567") << QStringLiteral("has 9 character");
    QTest::newRow("no province") << QStringLiteral("AA12345") << QStringLiteral("province");
    QTest::newRow("not a province") << QStringLiteral("中A12345") << QStringLiteral("province");
    QTest::newRow("digit as office") << QStringLiteral("渝112345") << QStringLiteral("issuing office");
    QTest::newRow("letter O") << QStringLiteral("渝A1O345") << QStringLiteral("not I or O");
    QTest::newRow("punctuation") << QStringLiteral("渝A12#45") << QStringLiteral("not I or O");
}

void TestVehiclePlate::validate()
{
    QFETCH(QString, plate);
    QFETCH(QString, complaint);
    const Status checked = VehiclePlate::validate(plate);
    if (complaint.isEmpty()) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        return;
    }
    QVERIFY(!checked);
    QCOMPARE(checked.error().kind, Error::Kind::Validation);
    QCOMPARE(checked.error().field, QStringLiteral("vehicle_plate"));
    QVERIFY2(checked.error().message.contains(complaint), qPrintable(checked.error().message));
    QVERIFY(checked.error().message.contains(plate));
}

QTEST_GUILESS_MAIN(TestVehiclePlate)
#include "tst_vehicleplate.moc"
