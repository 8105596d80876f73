// Measures importing the enterprise register from CSV: 100,000 enterprises (GB18030, as Excel
// writes it on a Chinese desktop), read, checked row by row with the repository's rules and written
// in one transaction into an SQLite database holding the reference scenario. The reference is the
// sqlite3 shell's own `.import` of the same rows (as UTF-8) into a table without any checks, run in
// the same process, so that the ratio, not one machine's seconds, is what is compared.
//
//   liaison_bench_import [--rows N]

#include "CreditCode.h"
#include "Database.h"
#include "Pinyin.h"
#include "exchange/CsvReader.h"
#include "exchange/TableImport.h"
#include "scenario/JiulongpoScenario.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

double secondsSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 100000;
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--rows")); at > 0 && at + 1 < arguments.size())
        rows = std::max(1, arguments.at(at + 1).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    auto db = liaison::Database::open(path);
    if (!db)
        qFatal("cannot open the database");
    // The benchmark works as an administrator who signed in.
    (*db)->actAs(liaison::Session::forUser(0, QStringLiteral("bench"), liaison::Role::Admin, std::nullopt));
    if (!liaison::JiulongpoScenario::load(**db))
        qFatal("cannot prepare the database");

    // Made-up enterprises with valid credit codes across the district's streets and towns.
    const QStringList areas = {QStringLiteral("西彭镇"),   QStringLiteral("九龙街道"),
                               QStringLiteral("二郎街道"), QStringLiteral("中梁山街道"),
                               QStringLiteral("华岩镇"),   QStringLiteral("陶家镇")};
    QString text = QStringLiteral("企业名称,统一社会信用代码,所属镇街,行业,生产状态,地址\n");
    for (int n = 1; n <= rows; ++n) {
        const QString first17 =
            QStringLiteral("91500107") + QStringLiteral("%1").arg(n, 9, 10, QLatin1Char('0'));
        text += QStringLiteral("重庆测试%1制造有限公司,%2,%3,装备制造,正常生产,重庆市九龙坡区测试路%1号\n")
                    .arg(n)
                    .arg(first17 + liaison::CreditCode::checkCharacter(first17))
                    .arg(areas[n % areas.size()]);
    }
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(text);
    const QString utf8Csv = dir.filePath(QStringLiteral("register.csv"));
    {
        QFile file(utf8Csv);
        file.open(QIODevice::WriteOnly);
        file.write(text.toUtf8());
    }

    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    const auto table = liaison::CsvReader::parse(bytes);
    if (!table)
        qFatal("%s", qPrintable(table.error().message));
    const double parsed = secondsSince(timer);
    const auto outcome = liaison::TableImport::run(**db, liaison::ImportKind::Enterprises, *table);
    if (!outcome || !outcome->written)
        qFatal("the import failed");
    const double imported = secondsSince(timer);

    QElapsedTimer reference;
    reference.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain.sqlite")),
                                             QStringLiteral(".import --csv %1 plain").arg(utf8Csv)});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0)
        qFatal("sqlite3 .import failed: %s", sqlite.readAllStandardError().constData());
    const double plain = secondsSince(reference);

    // What the import spends on the names' pinyin search keys (ICU), measured on its own.
    QStringList names;
    for (const QStringList& row : table->rows)
        names << row.front();
    QElapsedTimer keys;
    keys.start();
    for (const QString& name : names)
        liaison::Pinyin::keyFor(name);
    const double pinyin = secondsSince(keys);

    out << QStringLiteral(
               "import    %1 enterprises, GB18030 CSV of %2 MB: read %3 s, checked and written %4 s "
               "(%5 rows/s) | sqlite3 .import %6 s | ratio %7\n")
               .arg(outcome->created)
               .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
               .arg(parsed, 0, 'f', 2)
               .arg(imported, 0, 'f', 2)
               .arg(double(rows) / imported, 0, 'f', 0)
               .arg(plain, 0, 'f', 2)
               .arg(imported / plain, 0, 'f', 1)
        << QStringLiteral("          of which the names' pinyin search keys (ICU) %1 s\n")
               .arg(pinyin, 0, 'f', 2);
    return 0;
}
