#include "Pinyin.h"

#include <QTest>

using namespace liaison;

class TestPinyin final : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void normalizeQuery();
};

void TestPinyin::keys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");

    // 重 reads chóng in 重庆: the whole name is transliterated so the context decides.
    QTest::newRow("chongqing") << QStringLiteral("重庆隆鑫通用动力股份有限公司")
                               << QStringLiteral("chongqinglongxintongyongdongligufenyouxiangongsi")
                               << QStringLiteral("cqlxtydlgfyxgs");
    QTest::newRow("brackets and latin")
        << QStringLiteral("格力电器(重庆)有限公司") << QStringLiteral("gelidianqichongqingyouxiangongsi")
        << QStringLiteral("gldqcqyxgs");
    QTest::newRow("ascii kept") << QStringLiteral("ABC汽车") << QStringLiteral("abcqiche")
                                << QStringLiteral("aqc");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestPinyin::keys()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    const PinyinKey key = Pinyin::keyFor(name);
    QCOMPARE(key.full, full);
    QCOMPARE(key.initials, initials);
}

void TestPinyin::normalizeQuery()
{
    QCOMPARE(Pinyin::normalizeQuery(QStringLiteral(" CQ lx ")), QStringLiteral("cqlx"));
    QCOMPARE(Pinyin::normalizeQuery(QStringLiteral("'; DROP TABLE enterprise;--")),
             QStringLiteral("droptableenterprise"));
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
