#include "Pinyin.h"

#include <QTest>

using namespace liaison;

class TestPinyin final : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void sameAsIcu_data();
    void sameAsIcu();
    void everyHanCharacterAsIcuReadsIt();
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
    QTest::newRow("digits join the syllables")
        << QStringLiteral("测试12制造") << QStringLiteral("ceshi12zhizao") << QStringLiteral("csz");
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

void TestPinyin::sameAsIcu_data()
{
    QTest::addColumn<QString>("name");
    const char* const names[] = {
        "重庆隆鑫通用动力股份有限公司",
        "重量",
        "重 庆",
        "重",
        "庆重",
        "重重庆",
        "西藏",
        "藏文",
        "沈阳机床",
        "秘鲁",
        "ABC汽车",
        "a汽b",
        "ＡＢ汽车",
        "１２号厂房",
        "3号楼",
        "测试12制造",
        "Ⅲ期工程",
        "〇一厂",
        "汽  车",
        "格力电器(重庆)有限公司",
        "重庆“渝西”铸造厂",
        "中铝西南铝板带有限公司",
        "𠼞阿",
        "αβ汽车",
        "キヤノン重庆",
        "九龙坡区二郎街道",
        "重庆市九龙坡区测试路1号",
        " 前后空格 ",
        "\t重\n庆",
    };
    for (const char* name : names) {
        QString tag = QString::fromUtf8(name);
        tag.replace(QLatin1Char('\t'), QStringLiteral("\\t"))
            .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        QTest::addRow("%s", qPrintable(tag)) << QString::fromUtf8(name);
    }
}

void TestPinyin::sameAsIcu()
{
    QFETCH(QString, name);
    const PinyinKey quick = Pinyin::keyFor(name);
    const PinyinKey icu = Pinyin::icuKeyFor(name);
    QCOMPARE(quick.full, icu.full);
    QCOMPARE(quick.initials, icu.initials);
}

void TestPinyin::everyHanCharacterAsIcuReadsIt()
{
    // Each character of the unified ideographs and their first extension, between letters, digits,
    // itself and a contextual pair, reads as ICU reads it.
    int checked = 0;
    for (char32_t c = 0x3400; c <= 0x9FFF; ++c) {
        if (c > 0x4DBF && c < 0x4E00)
            continue;
        const QString h = QString::fromUcs4(&c, 1);
        const QString name = QStringLiteral("A%1%1重庆%13号%1").arg(h);
        const PinyinKey quick = Pinyin::keyFor(name);
        const PinyinKey icu = Pinyin::icuKeyFor(name);
        if (quick.full != icu.full || quick.initials != icu.initials)
            QFAIL(qPrintable(QStringLiteral("%1: %2/%3 instead of %4/%5")
                                 .arg(name, quick.full, quick.initials, icu.full, icu.initials)));
        ++checked;
    }
    QCOMPARE(checked, 0x9FFF - 0x4E00 + 1 + 0x4DBF - 0x3400 + 1);
}

void TestPinyin::normalizeQuery()
{
    QCOMPARE(Pinyin::normalizeQuery(QStringLiteral(" CQ lx ")), QStringLiteral("cqlx"));
    QCOMPARE(Pinyin::normalizeQuery(QStringLiteral("'; DROP TABLE enterprise;--")),
             QStringLiteral("droptableenterprise"));
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
