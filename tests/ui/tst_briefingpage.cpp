#include "Dialogs.h"
#include "IssueWorkflow.h"
#include "ScratchDatabase.h"
#include "pages/BriefingPage.h"
#include "scenario/JiulongpoScenario.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace liaison;
using liaison::test::ScratchDatabase;

class TestBriefingPage final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLastRecordedWeek();
    void savesTheWorkbook();
    void emptyDatabaseSaysThereIsNothing();
};

void TestBriefingPage::showsTheLastRecordedWeek()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    auto workflow = IssueWorkflow::forDatabase(*db);
    QVERIFY(workflow);
    BriefingPage page(*db, workflow->calendar());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.briefing());
    QCOMPARE(page.briefing()->period.isoWeekName(), QStringLiteral("2022-W49"));
    QCOMPARE(page.briefing()->issueNumber, 6);
    const QString text = page.findChild<QTextBrowser*>(QStringLiteral("briefingPreview"))->toPlainText();
    for (const char* figure : {"295", "100%", "450", "780", "380"})
        QVERIFY2(text.contains(QLatin1StringView(figure)), figure);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("briefingWeekLabel"))
                ->text()
                .startsWith(QStringLiteral("2022-W49")));

    // An earlier week: the 期数 follows, and an as-of day before the week is refused with a reason.
    page.setWeek(QDate(2022, 11, 16), QDate(2022, 11, 20));
    QCOMPARE(page.briefing()->issueNumber, 3);
    page.findChild<QDateEdit*>(QStringLiteral("briefingAsOfDateEdit"))->setDate(QDate(2022, 11, 1));
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("briefingErrorLabel"))->isHidden());
    QCOMPARE(page.briefing()->asOf, QDate(2022, 11, 20)); // the last good briefing stays
}

void TestBriefingPage::savesTheWorkbook()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    auto workflow = IssueWorkflow::forDatabase(*db);
    QVERIFY(workflow);
    BriefingPage page(*db, workflow->calendar());
    QTemporaryDir dir;
    Dialogs::setNextFileName(dir.filePath(QStringLiteral("week49")));
    page.saveWorkbook();
    QFile book(dir.filePath(QStringLiteral("week49.xlsx")));
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK")); // a zip container, as every .xlsx
    QVERIFY(book.size() > 10000);
    Dialogs::clearAnswers();
}

void TestBriefingPage::emptyDatabaseSaysThereIsNothing()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    BriefingPage page(*db, WorkCalendar::official());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.briefing());
    QVERIFY(!page.briefing()->hasData());
    QVERIFY(page.findChild<QTextBrowser*>(QStringLiteral("briefingPreview"))
                ->toPlainText()
                .contains(QStringLiteral("nothing to report")));
}

QTEST_MAIN(TestBriefingPage)
#include "tst_briefingpage.moc"
