#include "ScratchDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using liaison::test::ScratchDatabase;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome liaisonctl(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("LIAISON_DB"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LIAISONCTL_PATH), arguments);
    if (!process.waitForFinished(180000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestLiaisonctl final : public QObject
{
    Q_OBJECT

private slots:
    void endToEnd();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
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
}

void TestLiaisonctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("stats")};
    QTest::newRow("--db without value") << QStringList{QStringLiteral("--db")};
    QTest::newRow("impossible date") << QStringList{QStringLiteral("stats"), QStringLiteral("--as-of"),
                                                    QStringLiteral("2022-02-30")};
    QTest::newRow("date in another form")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--as-of"), QStringLiteral("5/12/2022")};
    QTest::newRow("--as-of without value") << QStringList{QStringLiteral("stats"), QStringLiteral("--as-of")};
    QTest::newRow("unknown stats option") << QStringList{QStringLiteral("stats"), QStringLiteral("--xml")};
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--scenario"), QStringLiteral("atlantis")};
    QTest::newRow("init with argument") << QStringList{QStringLiteral("init"), QStringLiteral("now")};
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
