#include "CreditCode.h"

#include <QTest>

using namespace liaison;

class TestCreditCode final : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void checkCharacter();
};

void TestCreditCode::validate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");

    // Real codes as published by their holders, and the example of the standard's explanations.
    QTest::newRow("standard example") << QStringLiteral("91350100M000100Y43") << true << QString();
    QTest::newRow("shenzhen, digit check") << QStringLiteral("914403001922038216") << true << QString();
    QTest::newRow("shenzhen, letter check") << QStringLiteral("91440300708461136T") << true << QString();
    QTest::newRow("beijing") << QStringLiteral("91110108551385082Q") << true << QString();
    QTest::newRow("hangzhou") << QStringLiteral("91330100799655058B") << true << QString();

    QTest::newRow("wrong check character")
        << QStringLiteral("91350100M000100Y44") << false << QStringLiteral("should be “3”");
    QTest::newRow("two digits swapped")
        << QStringLiteral("91440300708461163T") << false << QStringLiteral("check character");
    QTest::newRow("too short") << QStringLiteral("91350100M000100Y4") << false
                               << QStringLiteral("17 characters");
    QTest::newRow("too long") << QStringLiteral("91350100M000100Y433") << false
                              << QStringLiteral("19 characters");
    QTest::newRow("empty") << QString() << false << QStringLiteral("required");
    QTest::newRow("letter O is not used")
        << QStringLiteral("91350100M0O0100Y43") << false << QStringLiteral("place 11");
    QTest::newRow("lower case") << QStringLiteral("91350100m000100Y43") << false << QStringLiteral("place 9");
    QTest::newRow("letter in division code")
        << QStringLiteral("9135A100M000100Y43") << false << QStringLiteral("places 3 to 8");
    QTest::newRow("full-width digit")
        << QStringLiteral("９1350100M000100Y43") << false << QStringLiteral("place 1");
}

void TestCreditCode::validate()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);

    const Status status = CreditCode::validate(code);
    QCOMPARE(status.has_value(), valid);
    QCOMPARE(CreditCode::isValid(code), valid);
    if (!valid) {
        QCOMPARE(status.error().kind, Error::Kind::Validation);
        QCOMPARE(status.error().field, QStringLiteral("credit_code"));
        QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
    }
}

void TestCreditCode::checkCharacter()
{
    QCOMPARE(CreditCode::checkCharacter(u"91350100M000100Y4"), QLatin1Char('3'));
    QCOMPARE(CreditCode::checkCharacter(u"91440300708461136"), QLatin1Char('T'));
    QCOMPARE(CreditCode::checkCharacter(u"9144030070846113"), QChar());
    QCOMPARE(CreditCode::checkCharacter(u"91440300708461I36"), QChar());
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
