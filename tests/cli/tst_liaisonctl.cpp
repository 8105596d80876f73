#include "ScratchDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using liaison::test::ScratchDatabase;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The administrator every test's "init" creates, and whom every command signs in as unless told.
const QString adminPassword = QStringLiteral("cli-test-admin");

// Runs liaisonctl in English, or in Chinese when language is "zh_CN", as the administrator "admin";
// environment overrides that (an empty value removes the variable). Standard input is closed, so a
// password prompt reads nothing.
Outcome liaisonctl(const QStringList& arguments, const QString& language = QStringLiteral("en"),
                   const QHash<QString, QString>& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LIAISON_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("LIAISON_PASSWORD"), adminPassword);
    env.remove(QStringLiteral("LIAISON_NEW_PASSWORD"));
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    env.insert(QStringLiteral("LC_ALL"), language == QLatin1StringView("en")
                                             ? QStringLiteral("C.UTF-8")
                                             : language + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.remove(QStringLiteral("LIAISON_DB"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LIAISONCTL_PATH), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// What a poppler tool (pdfinfo, pdftotext, pdffonts) says about a PDF.
QString poppler(const QString& tool, const QString& pdf)
{
    QProcess process;
    QStringList arguments = {pdf};
    if (tool == QLatin1StringView("pdftotext"))
        arguments = {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")};
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestLiaisonctl final : public QObject
{
    Q_OBJECT

private slots:
    void endToEnd();
    void briefingPdf();
    void importAndExportEnterprises();
    void auditVerify();
    void usersSignInAndAreRefusedWithExit3();
    void backupWhileWritingAndRestore();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void badDatesFail_data();
    void badDatesFail();
    void calendarAnswers_data();
    void calendarAnswers();
    void calendarForAYearWithoutSchedule();
    void calendarWithoutADatabase();
    void workflowEndToEnd();
    void databaseThatIsNotSqlite();
    void databaseThatDoesNotExist();
    void unreachableServer();
};

void TestLiaisonctl::endToEnd()
{
    ScratchDatabase scratch;
    QVERIFY2(!scratch.spec().isEmpty(), qPrintable(scratch.error()));
    const QStringList db = {QStringLiteral("--db"), scratch.spec()};

    Outcome init = liaisonctl(db + QStringList{QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(init.out.contains(QStringLiteral("schema version")));
    // init twice: an existing, current database is left as it is.
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("init")}).exitCode, 0);

    Outcome demo = liaisonctl(db + QStringList{QStringLiteral("demo"), QStringLiteral("--scenario"),
                                               QStringLiteral("jiulongpo-2022")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

    Outcome again = liaisonctl(db + QStringList{QStringLiteral("demo")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
    QVERIFY(again.err.contains(QStringLiteral("empty database")));

    Outcome stats = liaisonctl(db + QStringList{QStringLiteral("stats"), QStringLiteral("--as-of"),
                                                QStringLiteral("2022-12-05"), QStringLiteral("--json")});
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QJsonParseError parseError;
    const QJsonObject figures = QJsonDocument::fromJson(stats.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(figures.value(QStringLiteral("as_of")).toString(), QStringLiteral("2022-12-05"));
    QCOMPARE(figures.value(QStringLiteral("enterprises_direct")).toInt(), 295);
    QCOMPARE(figures.value(QStringLiteral("enterprises_direct_in_production")).toInt(), 295);
    QCOMPARE(figures.value(QStringLiteral("resumption_rate")).toDouble(), 1.0);
    QCOMPARE(figures.value(QStringLiteral("pre_upgrade")).toInt(), 9);
    QCOMPARE(figures.value(QStringLiteral("pre_upgrade_in_production")).toInt(), 9);
    QCOMPARE(figures.value(QStringLiteral("whitelist_enterprises")).toInt(), 305);
    QCOMPARE(figures.value(QStringLiteral("whitelist_batches")).toInt(), 2);
    QCOMPARE(figures.value(QStringLiteral("issues_resolved")).toInt(), 450);
    QCOMPARE(figures.value(QStringLiteral("passes")).toInt(), 780);
    QCOMPARE(figures.value(QStringLiteral("driver_whitelist")).toInt(), 380);
    QCOMPARE(figures.value(QStringLiteral("transferred")).toInt(), 53);
    QCOMPARE(figures.value(QStringLiteral("staff_returned")).toInt(), 20000);
    QCOMPARE(figures.value(QStringLiteral("closed_loop_staff")).toInt(), 34000);
    QVERIFY(figures.value(QStringLiteral("capacity_utilization")).toDouble() > 90.0);
    QCOMPARE(figures.value(QStringLiteral("issues_open")).toInt(),
             figures.value(QStringLiteral("issues_total")).toInt() - 450);

    Outcome earlier =
        liaisonctl(db + QStringList{QStringLiteral("stats"), QStringLiteral("--as-of=2022-11-15"),
                                    QStringLiteral("--json")});
    QCOMPARE(earlier.exitCode, 0);
    const QJsonObject mid = QJsonDocument::fromJson(earlier.out.toUtf8()).object();
    QVERIFY(mid.value(QStringLiteral("resumption_rate")).toDouble() < 1.0);
    QVERIFY(mid.value(QStringLiteral("issues_resolved")).toInt() < 450);

    Outcome text = liaisonctl(
        db + QStringList{QStringLiteral("stats"), QStringLiteral("--as-of"), QStringLiteral("2022-12-05")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("Transport passes issued: 780")));

    // The daily series of the scenario, as the dashboard draws it.
    Outcome series = liaisonctl(
        db + QStringList{QStringLiteral("stats"), QStringLiteral("--series"), QStringLiteral("--from"),
                         QStringLiteral("2022-11-01"), QStringLiteral("--to"), QStringLiteral("2022-12-05"),
                         QStringLiteral("--as-of"), QStringLiteral("2022-12-05"), QStringLiteral("--json")});
    QVERIFY2(series.exitCode == 0, qPrintable(series.err));
    const QJsonObject report = QJsonDocument::fromJson(series.out.toUtf8()).object();
    const QJsonArray days = report.value(QStringLiteral("days")).toArray();
    QCOMPARE(days.size(), 35);
    QCOMPARE(days.first().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2022-11-01"));
    QCOMPARE(days.last().toObject().value(QStringLiteral("issues_resolved")).toInt(), 450);
    QCOMPARE(report.value(QStringLiteral("open")).toInt(), 12);
    QCOMPARE(report.value(QStringLiteral("categories")).toArray().size(), 8);
    // Bad periods are refused with a reason.
    Outcome backwards = liaisonctl(db + QStringList{QStringLiteral("stats"), QStringLiteral("--series"),
                                                    QStringLiteral("--from"), QStringLiteral("2022-12-05"),
                                                    QStringLiteral("--to"), QStringLiteral("2022-11-01")});
    QCOMPARE(backwards.exitCode, 1);
    QVERIFY2(backwards.err.contains(QStringLiteral("before it begins")), qPrintable(backwards.err));
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("stats"), QStringLiteral("--from"),
                                         QStringLiteral("2022-11-01")})
                 .exitCode,
             2);

    // The weekly briefing's figures.
    Outcome briefing = liaisonctl(db + QStringList{QStringLiteral("briefing"), QStringLiteral("--week"),
                                                   QStringLiteral("2022-W49"), QStringLiteral("--as-of"),
                                                   QStringLiteral("2022-12-05"), QStringLiteral("--json")});
    QVERIFY2(briefing.exitCode == 0, qPrintable(briefing.err));
    const QJsonObject brief = QJsonDocument::fromJson(briefing.out.toUtf8()).object();
    QCOMPARE(brief.value(QStringLiteral("issue_number")).toInt(), 6);
    QCOMPARE(brief.value(QStringLiteral("from")).toString(), QStringLiteral("2022-12-05"));
    QVERIFY(brief.value(QStringLiteral("headline_text")).toString().contains(QStringLiteral("450")));
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("briefing"), QStringLiteral("--week"),
                                         QStringLiteral("2022-W60"), QStringLiteral("--json")})
                 .exitCode,
             1);
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("briefing"), QStringLiteral("--week"),
                                         QStringLiteral("2022-W49")})
                 .exitCode,
             2); // no output named

    // The workbook: read back from its XML, the same figures as typed cells.
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("briefing.xlsx"));
    const Outcome xlsx =
        liaisonctl(db + QStringList{QStringLiteral("briefing"), QStringLiteral("--week"),
                                    QStringLiteral("2022-W49"), QStringLiteral("--as-of"),
                                    QStringLiteral("2022-12-05"), QStringLiteral("--xlsx"), book});
    QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
    const auto part = [&](const QString& name) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), book, name});
        unzip.waitForFinished();
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    QCOMPARE(part(QStringLiteral("xl/workbook.xml")).count(QStringLiteral("<sheet ")), 4);
    const QString overview = part(QStringLiteral("xl/worksheets/sheet1.xml"));
    for (const char* figure :
         {"<v>295</v>", "<v>450</v>", "<v>780</v>", "<v>380</v>", "<v>6</v>", "<v>100</v>"})
        QVERIFY2(overview.contains(QLatin1StringView(figure)), figure);
    QVERIFY(overview.contains(QStringLiteral("state=\"frozen\"")));
    QVERIFY(overview.contains(QStringLiteral("<v>44900</v>"))); // 2022-12-05 as an Excel date serial
    const QString problems = part(QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY(problems.count(QStringLiteral("<row ")) > 12); // the header, the open ones and those of the week
    QVERIFY(part(QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("重庆")));
    // A file that cannot be written: a reason, exit 1.
    const Outcome nowhere =
        liaisonctl(db + QStringList{QStringLiteral("briefing"), QStringLiteral("--xlsx"),
                                    dir.filePath(QStringLiteral("missing/folder/b.xlsx"))});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY(!nowhere.err.isEmpty());
}

void TestLiaisonctl::briefingPdf()
{
    ScratchDatabase scratch;
    QVERIFY2(!scratch.spec().isEmpty(), qPrintable(scratch.error()));
    const QStringList db = {QStringLiteral("--db"), scratch.spec()};
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("init")}).exitCode, 0);
    QTemporaryDir dir;

    // An empty database: a briefing that says so.
    const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
    const Outcome nothing =
        liaisonctl(db + QStringList{QStringLiteral("briefing"), QStringLiteral("--week"),
                                    QStringLiteral("2022-W49"), QStringLiteral("--pdf"), empty});
    QVERIFY2(nothing.exitCode == 0, qPrintable(nothing.err));
    QVERIFY(poppler(QStringLiteral("pdftotext"), empty).contains(QStringLiteral("nothing to report")));

    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("demo")}).exitCode, 0);
    const QStringList week = {
        QStringLiteral("briefing"), QStringLiteral("--week"),     QStringLiteral("2022-W49"),
        QStringLiteral("--as-of"),  QStringLiteral("2022-12-05"), QStringLiteral("--district"),
        QStringLiteral("九龙坡区"), QStringLiteral("--office"),   QStringLiteral("经济和信息化委员会"),
        QStringLiteral("--editor"), QStringLiteral("张敏")};
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString pdf = dir.filePath(language + QStringLiteral(".pdf"));
        const Outcome written = liaisonctl(db + week + QStringList{QStringLiteral("--pdf"), pdf}, language);
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));

        const QString info = poppler(QStringLiteral("pdfinfo"), pdf);
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        // Every font is embedded: the table's rows end in the emb/sub/uni columns, "yes" first.
        const QStringList fonts = poppler(QStringLiteral("pdffonts"), pdf).split(QLatin1Char('\n')).mid(2);
        QVERIFY(fonts.size() > 2);
        for (const QString& font : fonts) {
            if (!font.trimmed().isEmpty())
                QVERIFY2(font.contains(QStringLiteral(" yes ")), qPrintable(font));
        }
        // The text reads back as written: figures, and section titles whose ideographs are the
        // everyday ones (一 U+4E00), not the Kangxi radicals that share their glyphs.
        const QString text = poppler(QStringLiteral("pdftotext"), pdf);
        for (const char* figure : {"295", "100%", "450", "780", "380"})
            QVERIFY2(text.contains(QLatin1StringView(figure)), figure);
        const QStringList titles =
            language == QLatin1StringView("en")
                ? QStringList{QStringLiteral("I. Overall situation"), QStringLiteral("II. This week's work"),
                              QStringLiteral("III. Coordinating problems"),
                              QStringLiteral("IV. Key problems to coordinate"),
                              QStringLiteral("Editor: 张敏")}
                : QStringList{QStringLiteral("工作简报"),
                              QStringLiteral("第6期"),
                              QStringLiteral("一、总体情况"),
                              QStringLiteral("二、本周工作"),
                              QStringLiteral("三、问题协调"),
                              QStringLiteral("四、需协调的重点问题"),
                              QStringLiteral("九龙坡区经济和信息化委员会"),
                              QStringLiteral("责编：张敏")};
        for (const QString& title : titles)
            QVERIFY2(text.contains(title), qPrintable(title));
        for (char16_t radical = 0x2E80; radical <= 0x2FDF; ++radical)
            QVERIFY2(!text.contains(QChar(radical)), qPrintable(QString(QChar(radical))));
    }

    // A file that cannot be written: a reason, exit 1, nothing left behind.
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/b.pdf"));
    const Outcome failed =
        liaisonctl(db + QStringList{QStringLiteral("briefing"), QStringLiteral("--pdf"), nowhere});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(!failed.err.isEmpty());
    QVERIFY(!QFile::exists(nowhere));
}

void TestLiaisonctl::importAndExportEnterprises()
{
    ScratchDatabase scratch;
    QVERIFY2(!scratch.spec().isEmpty(), qPrintable(scratch.error()));
    const QStringList db = {QStringLiteral("--db"), scratch.spec()};
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("demo")}).exitCode, 0);
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    };
    // Saved by Excel on a Chinese desktop: GB18030, no byte-order mark, CRLF.
    QStringEncoder gbk("GB18030");
    const QString text =
        QStringLiteral("序号,企业名称,统一社会信用代码,所属镇街,行业,生产状态\r\n"
                       "1,重庆渝西精密铸造有限公司,91500107000000001X,西彭镇,铸造,正常生产\r\n");
    const Outcome preview =
        liaisonctl(db + QStringList{QStringLiteral("import"), QStringLiteral("enterprises"),
                                    write(QStringLiteral("gbk.csv"), gbk.encode(text)),
                                    QStringLiteral("--preview"), QStringLiteral("--json")});
    QCOMPARE(preview.exitCode, 0);
    const QJsonObject read = QJsonDocument::fromJson(preview.out.toUtf8()).object();
    QCOMPARE(read.value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
    QCOMPARE(read.value(QStringLiteral("rows")).toArray().at(0).toArray().at(1).toString(),
             QStringLiteral("重庆渝西精密铸造有限公司"));

    // A wrong check character: exit 1, the line and the column named, nothing written.
    const Outcome bad = liaisonctl(db + QStringList{QStringLiteral("import"), QStringLiteral("enterprises"),
                                                    dir.filePath(QStringLiteral("gbk.csv"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("line 2, 统一社会信用代码")), qPrintable(bad.err));
    QVERIFY(bad.err.contains(QStringLiteral("nothing was imported")));

    // The export names its enterprises; read back as it was written, it changes nothing but counts.
    const QString csv = dir.filePath(QStringLiteral("all.csv"));
    const Outcome exported =
        liaisonctl(db + QStringList{QStringLiteral("export"), QStringLiteral("enterprises"), csv});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(QStringLiteral("328")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
    const Outcome again = liaisonctl(db + QStringList{QStringLiteral("import"), QStringLiteral("enterprises"),
                                                      csv, QStringLiteral("--dry-run")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("0 new and 328 updated")), qPrintable(again.out));
    const Outcome book = liaisonctl(db + QStringList{QStringLiteral("export"), QStringLiteral("enterprises"),
                                                     dir.filePath(QStringLiteral("all.xlsx"))});
    QCOMPARE(book.exitCode, 0);
    const Outcome templ = liaisonctl(db + QStringList{QStringLiteral("import"), QStringLiteral("--template"),
                                                      QStringLiteral("enterprises"),
                                                      dir.filePath(QStringLiteral("template.csv"))});
    QCOMPARE(templ.exitCode, 0);
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("import"), QStringLiteral("cats"), csv}).exitCode, 2);
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("import"), QStringLiteral("enterprises"), csv,
                                         QStringLiteral("--encoding"), QStringLiteral("latin1")})
                 .exitCode,
             2);

    // A problem ledger whose headers nothing recognises: refused, then mapped on the command line.
    const QString ledger = dir.filePath(QStringLiteral("ledger.csv"));
    {
        QFile out(ledger);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral(
                      "单位,类,事,日子\n重庆隆鑫通用动力股份有限公司,物流梗阻,货车进不了园区,2022/12/6\n")
                      .toUtf8());
    }
    const QStringList importLedger =
        db + QStringList{QStringLiteral("import"), QStringLiteral("issues"), ledger};
    const Outcome unmapped = liaisonctl(importLedger);
    QCOMPARE(unmapped.exitCode, 1);
    QVERIFY2(unmapped.err.contains(QStringLiteral("is missing")), qPrintable(unmapped.err));
    const QString mapping = QStringLiteral("单位=enterprise;类=category;事=title;日子=reported_on");
    const Outcome mapped = liaisonctl(importLedger + QStringList{QStringLiteral("--map"), mapping});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
    QVERIFY2(mapped.out.contains(QStringLiteral("1 new")), qPrintable(mapped.out));
    const Outcome twice = liaisonctl(importLedger + QStringList{QStringLiteral("--map"), mapping});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(QStringLiteral("already registered")), qPrintable(twice.err));
    QCOMPARE(liaisonctl(importLedger + QStringList{QStringLiteral("--map"), QStringLiteral("无此列=title")})
                 .exitCode,
             2);
    QCOMPARE(
        liaisonctl(importLedger + QStringList{QStringLiteral("--map"), QStringLiteral("类=colour")}).exitCode,
        2);

    // Every kind exports, with the count said.
    for (const char* kind : {"contacts", "duties", "visits", "issues"}) {
        const Outcome each = liaisonctl(db + QStringList{QStringLiteral("export"), QLatin1StringView(kind),
                                                         dir.filePath(QLatin1StringView(kind) + u".xlsx")});
        QVERIFY2(each.exitCode == 0, qPrintable(each.err));
        QVERIFY(each.out.contains(QLatin1StringView(kind)));
    }
}

void TestLiaisonctl::auditVerify()
{
    ScratchDatabase scratch;
    QVERIFY2(!scratch.spec().isEmpty(), qPrintable(scratch.error()));
    const QStringList db = {QStringLiteral("--db"), scratch.spec()};
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("demo")}).exitCode, 0);
    const QStringList verify = db + QStringList{QStringLiteral("audit"), QStringLiteral("verify")};
    const Outcome intact = liaisonctl(verify);
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY2(intact.out.contains(QStringLiteral("intact")), qPrintable(intact.out));

    // Someone with the owner's rights switches the protection off and edits an entry by hand.
    qint64 tampered = 0;
    {
        auto raw = scratch.open();
        QVERIFY(raw);
        QVERIFY(!raw->run(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 10")));
        if (raw->backend() == liaison::Database::Backend::Sqlite)
            QVERIFY(raw->run(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        else
            QVERIFY(raw->run(QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")));
        tampered = raw->scalar(QStringLiteral("SELECT MIN(id) FROM audit_log WHERE table_name = 'issue'"))
                       ->toLongLong();
        QVERIFY(raw->run(QStringLiteral("UPDATE audit_log SET after_data = ? WHERE id = ?"),
                         {QStringLiteral("{}"), tampered}));
    }
    const Outcome broken = liaisonctl(verify);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("entry %1 ").arg(tampered)), qPrintable(broken.err));
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("audit")}).exitCode, 2);
}

void TestLiaisonctl::usersSignInAndAreRefusedWithExit3()
{
    ScratchDatabase scratch;
    QVERIFY2(!scratch.spec().isEmpty(), qPrintable(scratch.error()));
    const QStringList db = {QStringLiteral("--db"), scratch.spec()};
    const auto as = [](const QString& user, const QString& password, const QString& newPassword = {}) {
        return QHash<QString, QString>{{QStringLiteral("LIAISON_USER"), user},
                                       {QStringLiteral("LIAISON_PASSWORD"), password},
                                       {QStringLiteral("LIAISON_NEW_PASSWORD"), newPassword}};
    };
    const auto run = [&](const QStringList& arguments, const QHash<QString, QString>& environment = {}) {
        return liaisonctl(db + arguments, QStringLiteral("en"), environment);
    };

    // A database without users answers nothing but init, which creates the administrator.
    QCOMPARE(liaisonctl({QStringLiteral("--db"), scratch.spec(), QStringLiteral("init")},
                        QStringLiteral("en"), as(QStringLiteral("Admin"), adminPassword))
                 .exitCode,
             1); // not a user name
    const Outcome init = run({QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(QStringLiteral("Created the administrator admin")), qPrintable(init.out));
    const Outcome demo = run({QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.out.contains(QStringLiteral("Supervisor")) &&
                 demo.out.contains(QStringLiteral("Liaison officer")),
             qPrintable(demo.out));

    // Who is not signed in, or signs in wrongly, is refused with 3.
    const Outcome anonymous = run({QStringLiteral("stats")}, {{QStringLiteral("LIAISON_USER"), {}}});
    QCOMPARE(anonymous.exitCode, 3);
    QVERIFY2(anonymous.err.contains(QStringLiteral("--user")), qPrintable(anonymous.err));
    const Outcome wrong =
        run({QStringLiteral("stats")}, as(QStringLiteral("admin"), QStringLiteral("not the password")));
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains(QStringLiteral("Unknown user or wrong password")), qPrintable(wrong.err));
    QCOMPARE(run({QStringLiteral("stats")}, as(QStringLiteral("nobody"), adminPassword)).exitCode, 3);

    // The administrator adds an officer, whose first password must be changed before anything else.
    const Outcome added = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chen.jing"),
                               QStringLiteral("--role"), QStringLiteral("officer")},
                              as(QStringLiteral("admin"), adminPassword, QStringLiteral("first-password")));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(
        run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x'; DROP TABLE app_user; --"),
             QStringLiteral("--role"), QStringLiteral("officer")},
            as(QStringLiteral("admin"), adminPassword, QStringLiteral("first-password")))
            .exitCode,
        1);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("someone"),
                  QStringLiteral("--role"), QStringLiteral("boss")},
                 as(QStringLiteral("admin"), adminPassword, QStringLiteral("first-password")))
                 .exitCode,
             2);
    const Outcome tooShort = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("someone"),
                                  QStringLiteral("--role"), QStringLiteral("officer")},
                                 as(QStringLiteral("admin"), adminPassword, QStringLiteral("short")));
    QCOMPARE(tooShort.exitCode, 1);
    QVERIFY2(tooShort.err.contains(QStringLiteral("too short")), qPrintable(tooShort.err));

    const auto officer = as(QStringLiteral("chen.jing"), QStringLiteral("first-password"));
    const Outcome mustChange = run({QStringLiteral("stats")}, officer);
    QCOMPARE(mustChange.exitCode, 3);
    QVERIFY2(mustChange.err.contains(QStringLiteral("new password")), qPrintable(mustChange.err));
    const Outcome changed = run(
        {QStringLiteral("user"), QStringLiteral("passwd")},
        as(QStringLiteral("chen.jing"), QStringLiteral("first-password"), QStringLiteral("chen-jing-own")));
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    const auto signedOfficer = as(QStringLiteral("chen.jing"), QStringLiteral("chen-jing-own"));
    const Outcome stats = run({QStringLiteral("stats")}, signedOfficer);
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));

    // An officer reads and exports, and is refused the rest with 3, changing nothing.
    QTemporaryDir dir;
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("issues"), dir.filePath(QStringLiteral("issues.csv"))},
            signedOfficer)
            .exitCode,
        0);
    const Outcome urge = run({QStringLiteral("issue"), QStringLiteral("urge"), QStringLiteral("1"),
                              QStringLiteral("--note"), QStringLiteral("请加快")},
                             signedOfficer);
    QCOMPARE(urge.exitCode, 3);
    QVERIFY2(urge.err.contains(QStringLiteral("chen.jing")), qPrintable(urge.err));
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("list")}, signedOfficer).exitCode, 3);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}, signedOfficer).exitCode, 3);
    QCOMPARE(
        run({QStringLiteral("backup"), dir.filePath(QStringLiteral("copy.sqlite"))}, signedOfficer).exitCode,
        3);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("copy.sqlite"))));

    // On a server, an address without a user: the officer connects as their own login, and the server
    // checks the password.
    QStringList ownLogin;
    if (ScratchDatabase::onPostgres()) {
        QUrl server(scratch.spec());
        server.setUserName(QString());
        ownLogin = {QStringLiteral("--db"), server.toString()};
        const Outcome own =
            liaisonctl(ownLogin + QStringList{QStringLiteral("stats")}, QStringLiteral("en"), signedOfficer);
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        const Outcome ownWrong =
            liaisonctl(ownLogin + QStringList{QStringLiteral("stats")}, QStringLiteral("en"),
                       as(QStringLiteral("chen.jing"), QStringLiteral("not the password")));
        QCOMPARE(ownWrong.exitCode, 3);
        QVERIFY2(ownWrong.err.contains(QStringLiteral("Unknown user or wrong password")),
                 qPrintable(ownWrong.err));
        const Outcome ownUrge = liaisonctl(
            ownLogin + QStringList{QStringLiteral("issue"), QStringLiteral("urge"), QStringLiteral("1"),
                                   QStringLiteral("--note"), QStringLiteral("请加快")},
            QStringLiteral("en"), signedOfficer);
        QCOMPARE(ownUrge.exitCode, 3);
    }

    // The administrator sees the accounts and disables one; its owner can no longer sign in.
    const Outcome list = run({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QStringLiteral("chen.jing\tofficer")), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("must change the password")), qPrintable(list.out));
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("chen.jing")}).exitCode,
             0);
    QCOMPARE(run({QStringLiteral("stats")}, signedOfficer).exitCode, 3);
    if (!ownLogin.isEmpty()) // nor with the server: its login may no longer log in
        QCOMPARE(
            liaisonctl(ownLogin + QStringList{QStringLiteral("stats")}, QStringLiteral("en"), signedOfficer)
                .exitCode,
            3);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("admin")}).exitCode, 1);
}

void TestLiaisonctl::backupWhileWritingAndRestore()
{
    ScratchDatabase scratch;
    QVERIFY2(!scratch.spec().isEmpty(), qPrintable(scratch.error()));
    const QStringList db = {QStringLiteral("--db"), scratch.spec()};
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("init")}).exitCode, 0);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    if (ScratchDatabase::onPostgres()) {
        const Outcome refused = liaisonctl(db + QStringList{QStringLiteral("backup"), copy});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("pg_dump")));
        QVERIFY(!QFile::exists(copy));
        return;
    }
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("demo")}).exitCode, 0);

    // Another process commits row after row while the backup is taken.
    {
        auto raw = scratch.open();
        QVERIFY(raw && raw->run(QStringLiteral("CREATE TABLE pulse (n INTEGER PRIMARY KEY)")));
    }
    QString script;
    for (int n = 1; n <= 3000; ++n)
        script += QStringLiteral("INSERT INTO pulse VALUES (%1);\n").arg(n);
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"),
                 {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), scratch.spec()});
    QVERIFY(writer.waitForStarted());
    writer.write(script.toUtf8());
    writer.closeWriteChannel();
    qint64 committedBefore = 0;
    {
        auto raw = scratch.open();
        QVERIFY(raw);
        for (int wait = 0; wait < 200 && committedBefore < 50; ++wait) {
            QTest::qWait(10);
            committedBefore = raw->scalar(QStringLiteral("SELECT COUNT(*) FROM pulse"))->toLongLong();
        }
    }
    QVERIFY(committedBefore > 0);
    const Outcome taken = liaisonctl(db + QStringList{QStringLiteral("backup"), copy});
    QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 0);

    // The copy opens, is sound, and holds every row committed before it was taken.
    {
        auto backup = liaison::Database::open(copy, {false, -1});
        QVERIFY(backup);
        QCOMPARE((*backup)->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
        const qint64 rows = (*backup)->scalar(QStringLiteral("SELECT COUNT(*) FROM pulse"))->toLongLong();
        QVERIFY2(rows >= committedBefore && rows <= 3000, qPrintable(QString::number(rows)));
        QCOMPARE((*backup)->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"))->toLongLong(), 328);
    }
    // Not over an existing file.
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("backup"), copy}).exitCode, 1);

    // A restore from a file that is not a backup changes nothing.
    const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("这不是数据库");
    }
    const Outcome wrong = liaisonctl(db + QStringList{QStringLiteral("restore"), notes});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("not a LiaisonDesk backup")), qPrintable(wrong.err));
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("restore"), dir.filePath(QStringLiteral("none"))})
                 .exitCode,
             1);
    {
        auto current = scratch.open();
        QVERIFY(current);
        QCOMPARE(current->scalar(QStringLiteral("SELECT COUNT(*) FROM pulse"))->toLongLong(), 3000);
        // Changed after the backup, so the restore can be seen.
        QVERIFY(current->run(QStringLiteral("DELETE FROM pulse")));
    }

    // The restore puts the backup in place and keeps the database as it was.
    const Outcome restored = liaisonctl(db + QStringList{QStringLiteral("restore"), copy});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(restored.out.contains(QStringLiteral("kept as")));
    {
        auto current = scratch.open();
        QVERIFY(current);
        QVERIFY(current->scalar(QStringLiteral("SELECT COUNT(*) FROM pulse"))->toLongLong() >=
                committedBefore);
        QCOMPARE(current->scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"))->toLongLong(), 328);
    }
    const QFileInfo database(scratch.spec());
    QCOMPARE(
        QDir(database.path()).entryList({database.fileName() + QStringLiteral(".before-restore-*")}).size(),
        1);
    const Outcome verify = liaisonctl(db + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));

    // A database damaged past opening is what a restore is for: it is set aside as it is.
    {
        QFile damaged(scratch.spec());
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("not a database any more");
    }
    const Outcome rescued = liaisonctl(db + QStringList{QStringLiteral("restore"), copy});
    QVERIFY2(rescued.exitCode == 0, qPrintable(rescued.err));
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    QCOMPARE(
        QDir(database.path()).entryList({database.fileName() + QStringLiteral(".before-restore-*")}).size(),
        2);
}

void TestLiaisonctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("stats")};
    QTest::newRow("--db without value") << QStringList{QStringLiteral("--db")};
    QTest::newRow("--as-of without value") << QStringList{QStringLiteral("stats"), QStringLiteral("--as-of")};
    QTest::newRow("unknown stats option") << QStringList{QStringLiteral("stats"), QStringLiteral("--xml")};
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--scenario"), QStringLiteral("atlantis")};
    QTest::newRow("init with argument") << QStringList{QStringLiteral("init"), QStringLiteral("now")};
    QTest::newRow("calendar without action") << QStringList{QStringLiteral("calendar")};
    QTest::newRow("calendar add-workdays without N") << QStringList{
        QStringLiteral("calendar"), QStringLiteral("add-workdays"), QStringLiteral("2022-11-01")};
    QTest::newRow("issue without action") << QStringList{QStringLiteral("issue")};
    QTest::newRow("issue unknown action") << QStringList{QStringLiteral("issue"), QStringLiteral("close")};
    QTest::newRow("issue show without number")
        << QStringList{QStringLiteral("issue"), QStringLiteral("show")};
    QTest::newRow("issue add without title")
        << QStringList{QStringLiteral("issue"), QStringLiteral("add"),        QStringLiteral("--enterprise"),
                       QStringLiteral("x"),     QStringLiteral("--category"), QStringLiteral("supplies")};
    QTest::newRow("issue list unknown option")
        << QStringList{QStringLiteral("issue"), QStringLiteral("list"), QStringLiteral("--colour-blind")};
}

void TestLiaisonctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.sqlite"));
    const Outcome outcome = liaisonctl(QStringList{QStringLiteral("--db"), path} + arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.err.startsWith(QStringLiteral("liaisonctl: ")));
    QVERIFY(!QFile::exists(path));
}

void TestLiaisonctl::helpAndVersion()
{
    const Outcome help = liaisonctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("stats [--as-of YYYY-MM-DD] [--json]")));
    const Outcome version = liaisonctl({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("liaisonctl ")));

    // Each command explains itself, in the program's language, without touching a database.
    for (const char* command : {"init", "demo", "stats", "briefing", "calendar"}) {
        const Outcome usage = liaisonctl({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.out.startsWith(QStringLiteral("Usage: liaisonctl")), command);
        QVERIFY2(usage.out.contains(QLatin1StringView(command)), command);
    }
    QVERIFY(liaisonctl({QStringLiteral("briefing"), QStringLiteral("--help")})
                .out.contains(QStringLiteral("--pdf FILE")));
    const Outcome chinese =
        liaisonctl({QStringLiteral("briefing"), QStringLiteral("--help")}, QStringLiteral("zh_CN"));
    QVERIFY(chinese.out.startsWith(QStringLiteral("用法：liaisonctl briefing")));
    QCOMPARE(liaisonctl({QStringLiteral("nonsense"), QStringLiteral("--help")}).exitCode, 2);
}

void TestLiaisonctl::badDatesFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("stats, impossible date")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--as-of"), QStringLiteral("2022-02-30")};
    QTest::newRow("stats, date in another form")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--as-of"), QStringLiteral("5/12/2022")};
    QTest::newRow("calendar, 29 February 2023")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                       QStringLiteral("2023-02-29"), QStringLiteral("1")};
    QTest::newRow("calendar, not a number")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                       QStringLiteral("2023-02-28"), QStringLiteral("three")};
}

void TestLiaisonctl::badDatesFail()
{
    QFETCH(QStringList, arguments);
    ScratchDatabase scratch;
    QVERIFY2(!scratch.spec().isEmpty(), qPrintable(scratch.error()));
    QCOMPARE(liaisonctl({QStringLiteral("--db"), scratch.spec(), QStringLiteral("init")}).exitCode, 0);
    const Outcome outcome = liaisonctl(QStringList{QStringLiteral("--db"), scratch.spec()} + arguments);
    QCOMPARE(outcome.exitCode, 1);
    QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
    QVERIFY(outcome.err.contains(QStringLiteral("YYYY-MM-DD")) ||
            outcome.err.contains(QStringLiteral("working days")));
}

void TestLiaisonctl::calendarAnswers_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("answer");
    const auto add = [](const char* name, const char* from, const char* n, const char* to) {
        QTest::newRow(name) << QStringList{QStringLiteral("add-workdays"), QString::fromLatin1(from),
                                           QString::fromLatin1(n)}
                            << QString::fromLatin1(to);
    };
    // One day after the last working day before each holiday of 2020–2026, worked out from the notices.
    add("2020 Spring Festival", "2020-01-23", "1", "2020-02-03");
    add("2020 Qingming", "2020-04-03", "1", "2020-04-07");
    add("2020 Labour Day", "2020-04-30", "1", "2020-05-06");
    add("2020 Dragon Boat", "2020-06-24", "1", "2020-06-28");
    add("2020 National Day", "2020-09-30", "1", "2020-10-09");
    add("2021 Spring Festival", "2021-02-10", "1", "2021-02-18");
    add("2021 Labour Day", "2021-04-30", "1", "2021-05-06");
    add("2021 Mid-Autumn", "2021-09-17", "1", "2021-09-18");
    add("2021 National Day", "2021-09-30", "1", "2021-10-08");
    add("2022 Spring Festival", "2022-01-30", "1", "2022-02-07");
    add("2022 Qingming", "2022-04-02", "1", "2022-04-06");
    add("2022 National Day", "2022-09-30", "1", "2022-10-08");
    add("2023 Spring Festival", "2023-01-20", "1", "2023-01-28");
    add("2023 Dragon Boat", "2023-06-21", "1", "2023-06-25");
    add("2023 National Day", "2023-09-28", "1", "2023-10-07");
    add("2024 Spring Festival", "2024-02-09", "1", "2024-02-18");
    add("2024 Labour Day", "2024-04-30", "1", "2024-05-06");
    add("2024 Mid-Autumn", "2024-09-13", "1", "2024-09-14");
    add("2025 Spring Festival", "2025-01-27", "1", "2025-02-05");
    add("2025 Labour Day", "2025-04-30", "1", "2025-05-06");
    add("2025 National Day", "2025-09-30", "1", "2025-10-09");
    add("2026 Spring Festival", "2026-02-14", "1", "2026-02-24");
    add("2026 Labour Day", "2026-04-30", "1", "2026-05-06");
    add("2026 National Day", "2026-09-30", "1", "2026-10-08");
    QTest::newRow("adjusted Saturday")
        << QStringList{QStringLiteral("is-workday"), QStringLiteral("2022-10-08")} << QStringLiteral("true");
    QTest::newRow("holiday Monday") << QStringList{QStringLiteral("is-workday"), QStringLiteral("2022-10-03")}
                                    << QStringLiteral("false");
    QTest::newRow("working days of the scenario")
        << QStringList{QStringLiteral("workdays-between"), QStringLiteral("2022-11-01"),
                       QStringLiteral("2022-12-05")}
        << QStringLiteral("24");
}

void TestLiaisonctl::calendarAnswers()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, answer);
    // The official schedules answer: without a database there is nobody to sign in and nothing stored to
    // correct them (calendarForAYearWithoutSchedule and the workflow tests cover a database's own).
    static QTemporaryDir dir;
    const QString none = dir.filePath(QStringLiteral("none.sqlite"));
    const Outcome outcome =
        liaisonctl(QStringList{QStringLiteral("--db"), none, QStringLiteral("calendar")} + arguments);
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QCOMPARE(outcome.out.trimmed(), answer);
    QVERIFY(outcome.err.isEmpty());
}

void TestLiaisonctl::calendarForAYearWithoutSchedule()
{
    ScratchDatabase scratch;
    const QStringList db = {QStringLiteral("--db"), scratch.spec()};
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("init")}).exitCode, 0);
    Outcome outcome = liaisonctl(db + QStringList{QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                                                  QStringLiteral("2031-01-01"), QStringLiteral("1")});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out.trimmed(), QStringLiteral("2031-01-02"));
    QVERIFY(outcome.err.contains(QStringLiteral("2031")));

    // The administrator adds 2031 (New Year's Day to 3 January off): the answer and the warning change.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2031.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"years": {"2031": {"off": ["2031-01-01", "2031-01-02", "2031-01-03"], "work": []}}})");
    file.close();
    outcome = liaisonctl(db + QStringList{QStringLiteral("calendar"), QStringLiteral("add-year"), path});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    outcome = liaisonctl(db + QStringList{QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                                          QStringLiteral("2031-01-01"), QStringLiteral("1")});
    QCOMPARE(outcome.out.trimmed(), QStringLiteral("2031-01-06"));
    QVERIFY(outcome.err.isEmpty());

    // A file that is not JSON changes nothing.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("off: 2031-01-01");
    file.close();
    outcome = liaisonctl(db + QStringList{QStringLiteral("calendar"), QStringLiteral("add-year"), path});
    QCOMPARE(outcome.exitCode, 1);
}

void TestLiaisonctl::calendarWithoutADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.sqlite"));
    const Outcome outcome =
        liaisonctl({QStringLiteral("--db"), path, QStringLiteral("calendar"), QStringLiteral("add-workdays"),
                    QStringLiteral("2022-09-30"), QStringLiteral("2")});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out.trimmed(), QStringLiteral("2022-10-09"));
    QVERIFY(!QFile::exists(path));
}

void TestLiaisonctl::workflowEndToEnd()
{
    ScratchDatabase scratch;
    QVERIFY2(!scratch.spec().isEmpty(), qPrintable(scratch.error()));
    const QStringList db = {QStringLiteral("--db"), scratch.spec(), QStringLiteral("--user"),
                            QStringLiteral("zhouming")};
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(liaisonctl(db + QStringList{QStringLiteral("demo")}).exitCode, 0);
    const auto issue = [&](const QStringList& arguments) {
        return liaisonctl(db + QStringList{QStringLiteral("issue")} + arguments);
    };

    // The colour of every problem as of a date, and the filters.
    Outcome listed = issue({QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--as-of"),
                            QStringLiteral("2022-12-05"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QJsonObject list = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    QCOMPARE(list.value(QStringLiteral("count")).toInt(), 12);
    int red = 0;
    for (const QJsonValue& row : list.value(QStringLiteral("issues")).toArray()) {
        QVERIFY(QStringList({QStringLiteral("green"), QStringLiteral("blue"), QStringLiteral("yellow"),
                             QStringLiteral("red")})
                    .contains(row.toObject().value(QStringLiteral("colour")).toString()));
        red += row.toObject().value(QStringLiteral("colour")).toString() == QLatin1StringView("red") ? 1 : 0;
    }
    listed = issue({QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("red"),
                    QStringLiteral("--as-of"), QStringLiteral("2022-12-05"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("count")).toInt(),
             red);
    listed = issue({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("verified"),
                    QStringLiteral("--tier"), QStringLiteral("leader"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("count")).toInt() > 0);

    // A new problem through every step.
    Outcome added =
        issue({QStringLiteral("add"), QStringLiteral("--enterprise"),
               QStringLiteral("庆铃汽车(集团)有限公司"), QStringLiteral("--category"),
               QStringLiteral("logistics"), QStringLiteral("--title"), QStringLiteral("零部件运输受阻"),
               QStringLiteral("--reported-on"), QStringLiteral("2022-12-05"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject created = QJsonDocument::fromJson(added.out.toUtf8()).object();
    const QString id = QString::number(created.value(QStringLiteral("id")).toInteger());
    QCOMPARE(created.value(QStringLiteral("due_on")).toString(), QStringLiteral("2022-12-07"));
    QCOMPARE(created.value(QStringLiteral("tier")).toString(), QStringLiteral("area"));
    QVERIFY(!created.value(QStringLiteral("owner")).toString().isEmpty());

    const auto step = [&](const QStringList& arguments) {
        const Outcome outcome = issue(arguments);
        if (outcome.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(outcome.err));
        return outcome.exitCode;
    };
    QCOMPARE(step({QStringLiteral("assign"), id, QStringLiteral("--lead"), QStringLiteral("区商务委"),
                   QStringLiteral("--co"), QStringLiteral("区交通局"), QStringLiteral("--expect-version"),
                   QStringLiteral("1")}),
             0);
    QCOMPARE(step({QStringLiteral("start"), id}), 0);
    QCOMPARE(step({QStringLiteral("escalate"), id, QStringLiteral("--note"), QStringLiteral("需部门协调")}),
             0);
    QCOMPARE(step({QStringLiteral("urge"), id, QStringLiteral("--note"), QStringLiteral("请今日反馈")}), 0);
    Outcome extended =
        issue({QStringLiteral("extend"), id, QStringLiteral("--to"), QStringLiteral("2022-12-09"),
               QStringLiteral("--reason"), QStringLiteral("等待车辆")});
    QCOMPARE(extended.exitCode, 0);
    const QString extension = extended.out.split(QLatin1Char(' ')).value(2);
    QCOMPARE(step({QStringLiteral("approve-extension"), extension, QStringLiteral("--reason"),
                   QStringLiteral("同意")}),
             0);
    QCOMPARE(step({QStringLiteral("resolve"), id, QStringLiteral("--resolution"),
                   QStringLiteral("已开通绿色通道"), QStringLiteral("--on"), QStringLiteral("2022-12-06")}),
             0);
    QCOMPARE(
        step({QStringLiteral("verify"), id, QStringLiteral("--satisfaction"), QStringLiteral("unsatisfied")}),
        0);

    Outcome shown = issue({QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject detail = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("status")).toString(), QStringLiteral("reopened"));
    QCOMPARE(detail.value(QStringLiteral("tier")).toString(), QStringLiteral("department"));
    QCOMPARE(detail.value(QStringLiteral("due_on")).toString(), QStringLiteral("2022-12-09"));
    QCOMPARE(detail.value(QStringLiteral("co_units")).toArray().first().toString(),
             QStringLiteral("区交通局"));
    QStringList kinds;
    for (const QJsonValue& event : detail.value(QStringLiteral("timeline")).toArray()) {
        kinds << event.toObject().value(QStringLiteral("kind")).toString();
        QCOMPARE(event.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("zhouming"));
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("created"), QStringLiteral("assigned"),
                                 QStringLiteral("started"), QStringLiteral("escalated"),
                                 QStringLiteral("urged"), QStringLiteral("extension_requested"),
                                 QStringLiteral("extension_approved"), QStringLiteral("resolved"),
                                 QStringLiteral("verified"), QStringLiteral("reopened")}));
    const QString version = QString::number(detail.value(QStringLiteral("version")).toInteger());

    // A stale copy: exit status 4 and nothing changed.
    Outcome stale =
        issue({QStringLiteral("start"), id, QStringLiteral("--expect-version"), QStringLiteral("1")});
    QCOMPARE(stale.exitCode, 4);
    // Bad input: one line, exit status 1, nothing changed.
    const QList<QStringList> bad = {
        {QStringLiteral("show"), QStringLiteral("99999")},
        {QStringLiteral("start"), QStringLiteral("99999")},
        {QStringLiteral("add"), QStringLiteral("--enterprise"), QStringLiteral("庆铃汽车(集团)有限公司"),
         QStringLiteral("--category"), QStringLiteral("weather"), QStringLiteral("--title"),
         QStringLiteral("x")},
        {QStringLiteral("add"), QStringLiteral("--enterprise"), QStringLiteral("不存在的企业"),
         QStringLiteral("--category"), QStringLiteral("supplies"), QStringLiteral("--title"),
         QStringLiteral("x")},
        {QStringLiteral("add"), QStringLiteral("--enterprise"), QStringLiteral("庆铃汽车(集团)有限公司"),
         QStringLiteral("--category"), QStringLiteral("supplies"), QStringLiteral("--title"),
         QStringLiteral("x"), QStringLiteral("--reported-on"), QStringLiteral("2023-02-29")},
        {QStringLiteral("extend"), id, QStringLiteral("--to"), QStringLiteral("2022-12-08"),
         QStringLiteral("--reason"), QStringLiteral("早于当前时限")},
        {QStringLiteral("resolve"), id, QStringLiteral("--resolution"), QStringLiteral("")},
        {QStringLiteral("verify"), id, QStringLiteral("--satisfaction"), QStringLiteral("happy")},
        {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("closed")},
    };
    for (const QStringList& arguments : bad) {
        const Outcome outcome = issue(arguments);
        QVERIFY2(outcome.exitCode == 1,
                 qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(" → ") + outcome.err));
        QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
    }
    shown = issue({QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(QString::number(QJsonDocument::fromJson(shown.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("version"))
                                 .toInteger()),
             version);
    listed = issue({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("count")).toInt(),
             463);
}

void TestLiaisonctl::databaseThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const Outcome outcome = liaisonctl({QStringLiteral("--db"), path, QStringLiteral("init")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.err.contains(QStringLiteral("not an SQLite database")));
    QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
}

void TestLiaisonctl::databaseThatDoesNotExist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    const Outcome outcome = liaisonctl({QStringLiteral("--db"), path, QStringLiteral("stats")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.err.contains(QStringLiteral("liaisonctl init")));
    QVERIFY(!QFile::exists(path));
}

void TestLiaisonctl::unreachableServer()
{
    const Outcome outcome =
        liaisonctl({QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/liaison"),
                    QStringLiteral("stats")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.err.contains(QStringLiteral("Cannot connect")));
    QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestLiaisonctl)
#include "tst_liaisonctl.moc"
