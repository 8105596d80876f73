#include "CalendarStore.h"
#include "Database.h"
#include "Dialogs.h"
#include "Lookups.h"
#include "ScratchDatabase.h"
#include "Translations.h"
#include "pages/SettingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
