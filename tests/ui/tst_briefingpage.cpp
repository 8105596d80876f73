#include "Dialogs.h"
#include "IssueWorkflow.h"
#include "ScratchDatabase.h"
#include "pages/BriefingPage.h"
#include "scenario/JiulongpoScenario.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;
using liaison::test::ScratchDatabase;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestBriefingPage final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLastRecordedWeek();
    void savesThePdfAndTheWorkbook();
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
    // The preview shows the A4 pages that print: several, for a week with work to report.
    QVERIFY(page.previewPageCount() >= 2);
    for (const char* button : {"printPreviewButton", "printButton", "savePdfButton", "saveWorkbookButton"})
        QVERIFY2(page.findChild<QPushButton*>(QLatin1StringView(button))->isEnabled(), button);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("briefingWeekLabel"))
                ->text()
                .startsWith(QStringLiteral("2022-W49")));

    // An earlier week: the 期数 follows, and an as-of day before the week is refused with a reason.
    page.setWeek(QDate(2022, 11, 16), QDate(2022, 11, 20));
    QCOMPARE(page.briefing()->issueNumber, 3);
    page.findChild<QDateEdit*>(QStringLiteral("briefingAsOfDateEdit"))->setDate(QDate(2022, 11, 1));
    // Read once typing pauses (here: when asked for).
    QCOMPARE(page.briefing()->asOf, QDate(2022, 11, 20)); // the last good briefing stays
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("briefingErrorLabel"))->isHidden());
}

void TestBriefingPage::savesThePdfAndTheWorkbook()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    auto workflow = IssueWorkflow::forDatabase(*db);
    QVERIFY(workflow);
    BriefingPage page(*db, workflow->calendar());
    QTemporaryDir dir;

    // The name gets its extension.
    Dialogs::setNextFileName(dir.filePath(QStringLiteral("week49")));
    page.savePdf();
    const QString pdf = dir.filePath(QStringLiteral("week49.pdf"));
    QFile document(pdf);
    QVERIFY(document.open(QIODevice::ReadOnly));
    QCOMPARE(document.read(5), QByteArray("%PDF-"));
    const QString text = pdfText(pdf);
    for (const char* figure : {"295", "100%", "450", "780", "380"})
        QVERIFY2(text.contains(QLatin1StringView(figure)), figure);

    Dialogs::setNextFileName(dir.filePath(QStringLiteral("week49")));
    page.saveWorkbook();
    QFile book(dir.filePath(QStringLiteral("week49.xlsx")));
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK")); // a zip container, as every .xlsx
    QVERIFY(book.size() > 10000);

    // A folder that does not exist: a message, and no file.
    Dialogs::setNextFileName(dir.filePath(QStringLiteral("missing/week49.pdf")));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    page.savePdf();
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/week49.pdf"))));
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("missing")));
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
    QCOMPARE(page.previewPageCount(), 1);
    QTemporaryDir dir;
    Dialogs::setNextFileName(dir.filePath(QStringLiteral("empty.pdf")));
    page.savePdf();
    QVERIFY(pdfText(dir.filePath(QStringLiteral("empty.pdf"))).contains(QStringLiteral("nothing to report")));
    Dialogs::clearAnswers();
}

QTEST_MAIN(TestBriefingPage)
#include "tst_briefingpage.moc"
