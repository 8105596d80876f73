#include "CalendarStore.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "Dialogs.h"
#include "Lookups.h"
#include "ScratchDatabase.h"
#include "Translations.h"
#include "pages/SettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deadlinesAreSaved();
    void calendarFileIsCheckedThenStored();
    void languageIsRemembered();
    void databaseChoiceIsSavedWithoutThePassword();
    void connectionIsTested();

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestSettingsPage::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("LiaisonDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_settingspage"));
    m_scratch = std::make_unique<ScratchDatabase>();
    m_db = m_scratch->open();
    QVERIFY(m_db);
}

void TestSettingsPage::deadlinesAreSaved()
{
    SettingsPage page(*m_db);
    QSignalSpy changed(&page, &SettingsPage::calendarChanged);
    auto* pass = page.findChild<QSpinBox*>(QStringLiteral("deadline_pass"));
    QVERIFY(pass);
    QCOMPARE(pass->value(), 1);
    pass->setValue(2);
    page.findChild<QPushButton*>(QStringLiteral("saveDeadlinesButton"))->click();
    QCOMPARE(changed.count(), 1);
    const auto categories = Lookups::categories(*m_db);
    QVERIFY(categories);
    for (const IssueCategory& category : *categories) {
        if (category.code == QLatin1StringView("pass"))
            QCOMPARE(category.deadlineWorkdays, 2);
    }
    auto audited =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'issue_category'"));
    QCOMPARE(audited->toInt(), 1);
}

void TestSettingsPage::calendarFileIsCheckedThenStored()
{
    SettingsPage page(*m_db);
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"years": {"2031": {"off": ["2031-02-30"]}}})");
    }
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"years": {"2031": {"off": ["2031-01-01"], "work": []}}})");
    }
    Dialogs::setNextFileName(bad);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    page.findChild<QPushButton*>(QStringLiteral("importYearsButton"))->click();
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("2031-02-30")));
    QVERIFY(CalendarStore::correctedYears(*m_db)->isEmpty());

    Dialogs::setNextFileName(good);
    page.findChild<QPushButton*>(QStringLiteral("importYearsButton"))->click();
    QCOMPARE(*CalendarStore::correctedYears(*m_db), QList<int>{2031});
    auto* years = page.findChild<QTableWidget*>(QStringLiteral("yearTableWidget"));
    bool listed = false;
    for (int row = 0; row < years->rowCount(); ++row) {
        if (years->item(row, 0)->text() == QLatin1StringView("2031"))
            listed = years->item(row, 1)->text().contains(QStringLiteral("administrator"));
    }
    QVERIFY(listed);
}

void TestSettingsPage::languageIsRemembered()
{
    SettingsPage page(*m_db);
    auto* language = page.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    emit language->activated(language->currentIndex());
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::chosenLocale().language(), QLocale::Chinese);
    Translations::setChosenLanguage(QString());
}

void TestSettingsPage::databaseChoiceIsSavedWithoutThePassword()
{
    QTemporaryDir home;
    const QString passFile = home.filePath(QStringLiteral("pgpass"));
    qputenv("PGPASSFILE", passFile.toLocal8Bit());
    QSettings().remove(QStringLiteral("database"));
    SettingsPage page(*m_db);
    const auto field = [&](const char* name) { return page.findChild<QLineEdit*>(QLatin1StringView(name)); };
    auto* label = page.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    auto* save = page.findChild<QPushButton*>(QStringLiteral("saveConnectionButton"));
    page.findChild<QRadioButton*>(QStringLiteral("postgresRadioButton"))->setChecked(true);
    QVERIFY(field("hostLineEdit")->isEnabled());
    QVERIFY(!field("databasePathLineEdit")->isEnabled());

    // Bad input: a clear message, nothing saved.
    field("hostLineEdit")->setText(QStringLiteral("db server"));
    save->click();
    QVERIFY2(label->text().contains(QStringLiteral("not a host name")), qPrintable(label->text()));
    QVERIFY(!ConnectionSettings::load());

    field("hostLineEdit")->setText(QStringLiteral("db.example"));
    page.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(5433);
    field("databaseNameLineEdit")->setText(QStringLiteral("liaison"));
    field("userLineEdit")->setText(QStringLiteral("zhang:li"));
    field("passwordLineEdit")->setText(QStringLiteral("s3:cr\\et"));
    page.findChild<QCheckBox*>(QStringLiteral("rememberPasswordCheckBox"))->setChecked(true);
    save->click();
    QVERIFY2(label->text().contains(QStringLiteral("next start")), qPrintable(label->text()));
    QVERIFY(field("passwordLineEdit")->text().isEmpty());

    const auto saved = ConnectionSettings::load();
    QVERIFY(saved);
    QCOMPARE(saved->kind, ConnectionSettings::Kind::Postgres);
    QCOMPARE(saved->spec(), QStringLiteral("postgresql://zhang%3Ali@db.example:5433/liaison"));
    // The password is in PostgreSQL's password file, escaped, readable by its owner only ...
    QFile pass(passFile);
    QVERIFY(pass.open(QIODevice::ReadOnly));
    QCOMPARE(pass.readAll(), QByteArray("db.example:5433:liaison:zhang\\:li:s3\\:cr\\\\et\n"));
    QCOMPARE(pass.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions{});
    QVERIFY(PasswordFile::has(*saved));
    // ... and nowhere in the settings.
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("s3"));

    // A new password replaces the line for that server instead of adding one.
    field("passwordLineEdit")->setText(QStringLiteral("second"));
    save->click();
    pass.close();
    QVERIFY(pass.open(QIODevice::ReadOnly));
    QCOMPARE(pass.readAll(), QByteArray("db.example:5433:liaison:zhang\\:li:second\n"));
    pass.close();

    // The rest of someone's password file stays byte for byte: comments, blank lines, spaces, other
    // servers, a CRLF line end, a last line without one.
    const QByteArray others = "# the office's servers\r\n"
                              "  other.example:5432:*:bob:pw  \n"
                              "\n"
                              "db.example:5433:liaison:zhang\\:li:second\n"
                              "last.example:5432:x:y:z";
    QVERIFY(pass.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pass.write(others);
    pass.close();
    field("passwordLineEdit")->setText(QStringLiteral("third"));
    save->click();
    QVERIFY(pass.open(QIODevice::ReadOnly));
    QCOMPARE(pass.readAll(), QByteArray("# the office's servers\r\n"
                                        "  other.example:5432:*:bob:pw  \n"
                                        "\n"
                                        "last.example:5432:x:y:z\n"
                                        "db.example:5433:liaison:zhang\\:li:third\n"));

    QSettings().remove(QStringLiteral("database"));
    qunsetenv("PGPASSFILE");
}

void TestSettingsPage::connectionIsTested()
{
    SettingsPage page(*m_db);
    const auto field = [&](const char* name) { return page.findChild<QLineEdit*>(QLatin1StringView(name)); };
    auto* label = page.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    auto* test = page.findChild<QPushButton*>(QStringLiteral("testConnectionButton"));

    // A file that is not there is reported, and not made by a test.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    page.findChild<QRadioButton*>(QStringLiteral("sqliteRadioButton"))->setChecked(true);
    field("databasePathLineEdit")->setText(missing);
    test->click();
    QVERIFY2(label->text().contains(QStringLiteral("does not exist")), qPrintable(label->text()));
    QVERIFY(!QFile::exists(missing));

    // The scratch database of this run, typed in as a person would.
    const ConnectionSettings scratch = ConnectionSettings::fromSpec(m_scratch->spec());
    if (scratch.kind == ConnectionSettings::Kind::Postgres) {
        page.findChild<QRadioButton*>(QStringLiteral("postgresRadioButton"))->setChecked(true);
        field("hostLineEdit")->setText(scratch.host);
        page.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(scratch.port);
        field("databaseNameLineEdit")->setText(scratch.database);
        field("userLineEdit")->setText(scratch.user);
        field("passwordLineEdit")->setText(QUrl(m_scratch->spec()).password());
    } else {
        field("databasePathLineEdit")->setText(scratch.path);
    }
    test->click();
    QVERIFY2(label->text().startsWith(QStringLiteral("Connected to")), qPrintable(label->text()));
    if (scratch.kind != ConnectionSettings::Kind::Postgres)
        return;
    // A shared server, where each person signs in with their own login: no user is named, the test
    // finds the server asking for a password, and no password can be remembered.
    field("userLineEdit")->clear();
    field("passwordLineEdit")->clear();
    test->click();
    QVERIFY2(label->text().contains(QStringLiteral("asks for a password")), qPrintable(label->text()));
    page.findChild<QCheckBox*>(QStringLiteral("rememberPasswordCheckBox"))->setChecked(true);
    page.findChild<QPushButton*>(QStringLiteral("saveConnectionButton"))->click();
    QVERIFY2(label->text().contains(QStringLiteral("no password to remember")), qPrintable(label->text()));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
