#include "CreditCode.h"
#include "Database.h"
#include "Repository.h"
#include "ScratchDatabase.h"
#include "exchange/CellDate.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/SpreadsheetReader.h"
#include "exchange/TableExport.h"
#include "exchange/TableImport.h"
#include "exchange/XlsxTableWriter.h"
#include "scenario/JiulongpoScenario.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

namespace {

ImportOptions dryRun()
{
    ImportOptions options;
    options.dryRun = true;
    return options;
}

// A valid credit code for the n-th made-up enterprise of a test.
QString creditCode(int n)
{
    const QString first17 = QStringLiteral("91500107") + QStringLiteral("%1").arg(n, 9, 10, QLatin1Char('0'));
    return first17 + CreditCode::checkCharacter(first17);
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

qint64 enterpriseCount(Database& db)
{
    return Repository<Enterprise>(db).count().value_or(-1);
}

} // namespace

class TestExchange final : public QObject
{
    Q_OBJECT

private slots:
    void csvFields_data();
    void csvFields();
    void csvErrorsNameTheLine();
    void encodings();
    void cellDates_data();
    void cellDates();
    void oneBadRowInAThousandWritesNothing();
    void knownCreditCodesAreUpdated();
    void exportThenImportGivesTheSameRegister();
    void missingColumnsAndDuplicates();
    void workbooksReadLikeCsv();
};

void TestExchange::csvFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain, LF") << QStringLiteral("a,b\n1,2\n3,4\n")
                               << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")},
                                                     {QStringLiteral("3"), QStringLiteral("4")}};
    QTest::newRow("CRLF, no last line end") << QStringLiteral("a,b\r\n1,2\r\n3,4")
                                            << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")},
                                                                  {QStringLiteral("3"), QStringLiteral("4")}};
    QTest::newRow("quoted comma, quote, line break")
        << QStringLiteral("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",z\n")
        << QList<QStringList>{{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")},
                              {QStringLiteral("two\r\nlines"), QStringLiteral("z")}};
    QTest::newRow("empty fields and blank lines")
        << QStringLiteral("a,b,c\n\n,,\n1,,3\n\n")
        << QList<QStringList>{{QString(), QString(), QString()},
                              {QStringLiteral("1"), QString(), QStringLiteral("3")}};
    QTest::newRow("Chinese") << QStringLiteral("企业名称,行业\n重庆隆鑫通用动力股份有限公司,摩托车\n")
                             << QList<QStringList>{{QStringLiteral("重庆隆鑫通用动力股份有限公司"),
                                                    QStringLiteral("摩托车")}};
}

void TestExchange::csvFields()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    const auto table = CsvReader::parseText(text);
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    QCOMPARE(table->rows, rows);
    QCOMPARE(table->lines.size(), rows.size());
}

void TestExchange::csvErrorsNameTheLine()
{
    const auto open = CsvReader::parseText(QStringLiteral("a,b\n1,2\n\"never closed,3\n4,5\n"));
    QVERIFY(!open);
    QVERIFY2(open.error().message.contains(QStringLiteral("Line 3")), qPrintable(open.error().message));
    const auto stray = CsvReader::parseText(QStringLiteral("a,b\n\"x\"y,2\n"));
    QVERIFY(!stray);
    QVERIFY(stray.error().message.contains(QStringLiteral("Line 2")));
    QVERIFY(!CsvReader::parseText(QString()));
    // A row's line is where it starts, counting the lines inside quoted fields.
    const auto lines = CsvReader::parseText(QStringLiteral("a\n\"1\n2\"\n3\n"));
    QVERIFY(lines);
    QCOMPARE(lines->lines, (QList<int>{2, 4}));
}

void TestExchange::encodings()
{
    const QString text = QStringLiteral("企业名称,所属镇街\n格力电器(重庆)有限公司,西彭工业园区\n");
    // As Excel saves "CSV" on a Chinese Windows desktop: GB18030 (GBK), no byte-order mark.
    const auto gb = CsvReader::parse(gb18030(text));
    QVERIFY(gb);
    QCOMPARE(gb->encoding, QStringLiteral("GB18030"));
    QCOMPARE(gb->rows.front().front(), QStringLiteral("格力电器(重庆)有限公司"));
    // "CSV UTF-8" from Excel: a byte-order mark.
    const auto marked = CsvReader::parse(QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8());
    QVERIFY(marked);
    QCOMPARE(marked->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(marked->header.front(), QStringLiteral("企业名称"));
    // An explicit encoding is obeyed, and a file that is not in it is refused, not garbled.
    QVERIFY(!CsvReader::parse(gb18030(text), TextEncoding::Utf8));
    const auto forced = CsvReader::parse(text.toUtf8(), TextEncoding::Gb18030);
    QVERIFY(!forced || forced->rows.front().front() != QStringLiteral("格力电器(重庆)有限公司"));
    // Round trip through the writer: UTF-8 with a mark, quoted where it must be.
    const QByteArray written =
        CsvWriter::encode({QStringLiteral("a"), QStringLiteral("b")},
                          {{QStringLiteral("x, \"y\""), QStringLiteral("two\nlines")}});
    QVERIFY(written.startsWith("\xEF\xBB\xBF"));
    const auto back = CsvReader::parse(written);
    QVERIFY(back);
    QCOMPARE(back->rows.front(), (QStringList{QStringLiteral("x, \"y\""), QStringLiteral("two\nlines")}));
}

void TestExchange::cellDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("day");
    const QDate day(2022, 12, 5);
    QTest::newRow("ISO") << QStringLiteral("2022-12-05") << day;
    QTest::newRow("slashes") << QStringLiteral("2022/12/5") << day;
    QTest::newRow("dots") << QStringLiteral("2022.12.5") << day;
    QTest::newRow("Chinese") << QStringLiteral("2022年12月5日") << day;
    QTest::newRow("compact") << QStringLiteral("20221205") << day;
    QTest::newRow("Excel serial") << QStringLiteral("44900") << day;
    QTest::newRow("Excel serial, decimal") << QStringLiteral("44900.0") << day;
    QTest::newRow("no 30 February") << QStringLiteral("2022-02-30") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2022年13月1日") << QDate();
    QTest::newRow("not a date") << QStringLiteral("下周一") << QDate();
    QTest::newRow("small number") << QStringLiteral("5") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestExchange::cellDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, day);
    const auto parsed = parseCellDate(text);
    QCOMPARE(parsed.value_or(QDate()), day);
    if (day.isValid())
        QCOMPARE(excelSerial(day), 44900);
}

void TestExchange::oneBadRowInAThousandWritesNothing()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    const qint64 before = enterpriseCount(*db);

    QString text = QStringLiteral("企业名称,统一社会信用代码,所属镇街,行业,序号\n");
    for (int n = 1; n <= 1000; ++n) {
        QString code = creditCode(n);
        if (n == 500)
            code.back() =
                code.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'); // wrong check
        text += QStringLiteral("重庆测试%1机械有限公司,%2,西彭镇,装备制造,%1\n").arg(n).arg(code);
    }
    const auto table = CsvReader::parse(gb18030(text));
    QVERIFY(table);
    const auto outcome = TableImport::run(*db, ImportKind::Enterprises, *table);
    QVERIFY(outcome);
    QVERIFY(!outcome->written);
    QCOMPARE(outcome->problems.size(), 1);
    QCOMPARE(outcome->problems.front().line, 501); // the header is line 1
    QCOMPARE(outcome->problems.front().column, QStringLiteral("统一社会信用代码"));
    QCOMPARE(outcome->ignoredColumns, QStringList{QStringLiteral("序号")});
    QCOMPARE(enterpriseCount(*db), before);

    // Corrected, the whole file goes in; a dry run first writes nothing.
    text.replace(QRegularExpression(QStringLiteral(",[0-9A-Z]{18},西彭镇,装备制造,500\n")),
                 QStringLiteral(",%1,西彭镇,装备制造,500\n").arg(creditCode(500)));
    const auto fixed = CsvReader::parse(text.toUtf8());
    QVERIFY(fixed);
    const auto dry = TableImport::run(*db, ImportKind::Enterprises, *fixed, dryRun());
    QVERIFY(dry && dry->problems.isEmpty() && !dry->written);
    QCOMPARE(dry->created, 1000);
    QCOMPARE(enterpriseCount(*db), before);
    const auto done = TableImport::run(*db, ImportKind::Enterprises, *fixed);
    QVERIFY(done && done->written);
    QCOMPARE(done->created, 1000);
    QCOMPARE(enterpriseCount(*db), before + 1000);
}

void TestExchange::knownCreditCodesAreUpdated()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    const qint64 before = enterpriseCount(*db);
    auto all = Repository<Enterprise>(*db).list(
        {QStringLiteral("name = ?"), {QStringLiteral("重庆隆鑫通用动力股份有限公司")}});
    QVERIFY(all && all->size() == 1);
    const Enterprise loncin = all->front();

    const QString text = QStringLiteral("Enterprise name,Credit code,Area,Industry,Production status\n"
                                        "%1,%2,%3,通用动力,Partial production\n")
                             .arg(loncin.name, loncin.creditCode.toLower(), QStringLiteral("九龙工业园区"));
    const auto table = CsvReader::parseText(text);
    QVERIFY(table);
    const auto outcome = TableImport::run(*db, ImportKind::Enterprises, *table);
    QVERIFY(outcome);
    QVERIFY2(outcome->problems.isEmpty(), qPrintable(outcome->problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(outcome->updated, 1);
    QCOMPARE(outcome->created, 0);
    QCOMPARE(enterpriseCount(*db), before);
    const auto updated = Repository<Enterprise>(*db).get(loncin.id);
    QVERIFY(updated);
    QCOMPARE(updated->industry, QStringLiteral("通用动力"));
    QCOMPARE(updated->productionStatus, ProductionStatus::Partial);
    // What the file does not mention stays: tags, white-list batch, address.
    QCOMPARE(updated->tags, loncin.tags);
    QCOMPARE(updated->whitelistBatchId, loncin.whitelistBatchId);
    QCOMPARE(updated->address, loncin.address);
}

void TestExchange::exportThenImportGivesTheSameRegister()
{
    ScratchDatabase source;
    auto from = source.open();
    QVERIFY(from);
    QVERIFY(JiulongpoScenario::load(*from));
    const auto exported = TableExport::rows(*from, ImportKind::Enterprises);
    QVERIFY(exported);
    QCOMPARE(exported->size(), enterpriseCount(*from));
    const QByteArray file = CsvWriter::encode(TableImport::header(ImportKind::Enterprises), *exported);

    // A new database with the district's towns, streets and parks, and no enterprise.
    ScratchDatabase target;
    auto to = target.open();
    QVERIFY(to);
    const auto areas = Repository<Area>(*from).list();
    QVERIFY(areas);
    for (Area area : *areas) {
        area.id = 0;
        QVERIFY(Repository<Area>(*to).create(area));
    }
    const auto table = CsvReader::parse(file);
    QVERIFY(table);
    const auto outcome = TableImport::run(*to, ImportKind::Enterprises, *table);
    QVERIFY(outcome);
    QVERIFY2(outcome->problems.isEmpty(),
             qPrintable(outcome->problemLines().mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(outcome->created, int(exported->size()));
    const auto again = TableExport::rows(*to, ImportKind::Enterprises);
    QVERIFY(again);
    QCOMPARE(*again, *exported);
}

void TestExchange::missingColumnsAndDuplicates()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    const qint64 before = enterpriseCount(*db);

    const auto noArea = CsvReader::parseText(
        QStringLiteral("企业名称,统一社会信用代码,行业\n甲,%1,机械\n").arg(creditCode(1)));
    QVERIFY(noArea);
    const auto missing = TableImport::run(*db, ImportKind::Enterprises, *noArea);
    QVERIFY(missing && !missing->written);
    QCOMPARE(missing->problems.size(), 1);
    QCOMPARE(missing->problems.front().line, 1);

    const auto twice =
        CsvReader::parseText(QStringLiteral("企业名称,统一社会信用代码,所属镇街,行业,生产状态\n"
                                            "甲公司,%1,西彭镇,机械,\n"
                                            "乙公司,%1,西彭镇,机械,\n"
                                            "丙公司,%2,无此镇,机械,\n"
                                            "丁公司,%3,西彭镇,机械,半停产'; DROP TABLE enterprise;--\n")
                                 .arg(creditCode(1), creditCode(2), creditCode(3)));
    QVERIFY(twice);
    const auto outcome = TableImport::run(*db, ImportKind::Enterprises, *twice);
    QVERIFY(outcome && !outcome->written);
    QCOMPARE(outcome->problems.size(), 3);
    QCOMPARE(outcome->problems[0].line, 3);
    QVERIFY(outcome->problems[0].reason.contains(QStringLiteral("line 2")));
    QCOMPARE(outcome->problems[1].column, QStringLiteral("所属镇街"));
    QCOMPARE(outcome->problems[1].value, QStringLiteral("无此镇"));
    QCOMPARE(outcome->problems[2].column, QStringLiteral("生产状态"));
    QCOMPARE(enterpriseCount(*db), before);
}

void TestExchange::workbooksReadLikeCsv()
{
    // An .xlsx as this program writes it: commas, quotes, line breaks and Chinese come back intact.
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("register.xlsx"));
    const QStringList header = {QStringLiteral("企业名称"), QStringLiteral("备注")};
    const QList<QStringList> rows = {
        {QStringLiteral("格力电器(重庆)有限公司"), QStringLiteral("空调, 压缩机")},
        {QStringLiteral("重庆“渝西”铸造厂"), QStringLiteral("say \"hi\"\n第二行")}};
    QVERIFY(XlsxTableWriter::write(book, QStringLiteral("企业"), header, rows));
    const auto table = SpreadsheetReader::read(book);
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    QCOMPARE(table->encoding, QStringLiteral("XLSX"));
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows, rows);

    // An .ods as LibreOffice writes it, with a date kept as its serial number.
    const auto ods = SpreadsheetReader::read(QStringLiteral(LIAISON_TEST_DATA "/enterprises.ods"));
    QVERIFY2(ods, ods ? "" : qPrintable(ods.error().message));
    QCOMPARE(ods->header.first(), QStringLiteral("企业名称"));
    QCOMPARE(ods->rows.size(), 1);
    QCOMPARE(ods->rows.front().at(3), QStringLiteral("铸造, 机加工"));
    QCOMPARE(parseCellDate(ods->rows.front().at(4)), QDate(2022, 12, 5));

    // Not a workbook: a clear refusal.
    const QString fake = dir.filePath(QStringLiteral("fake.xlsx"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("企业名称,行业\n");
    file.close();
    const auto refused = SpreadsheetReader::read(fake);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("fake.xlsx")));
    QVERIFY(!SpreadsheetReader::read(dir.filePath(QStringLiteral("missing.ods"))));
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
