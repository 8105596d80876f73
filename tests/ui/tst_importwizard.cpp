#include "Database.h"
#include "Dialogs.h"
#include "ImportWizard.h"
#include "Repository.h"
#include "ScratchDatabase.h"
#include "exchange/CsvReader.h"
#include "scenario/JiulongpoScenario.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liaison;
using liaison::test::ScratchDatabase;

namespace {

qint64 contactCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM contact"))->toLongLong();
}

// A contact sheet as Excel saves it on a Chinese desktop: GB18030 without a byte-order mark, and a
// header for the enterprise that no synonym knows.
QString writeContactSheet(const QString& path, const QList<Enterprise>& enterprises, bool withBadRow)
{
    QString text = QStringLiteral("单位,姓名,手机\r\n");
    for (qsizetype i = 0; i < enterprises.size(); ++i)
        text += QStringLiteral("%1,联络人%2,139%3\r\n")
                    .arg(enterprises[i].name)
                    .arg(i)
                    .arg(i, 8, 10, QLatin1Char('0'));
    if (withBadRow)
        text += QStringLiteral("无此企业,王五,13900000000\r\n");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QStringEncoder gbk("GB18030");
    file.write(gbk.encode(text));
    return path;
}

// The choice of field for a column on the mapping page.
QComboBox* fieldBox(const ImportWizard& wizard, int column)
{
    return qobject_cast<QComboBox*>(
        wizard.findChild<QTableWidget*>(QStringLiteral("mappingTable"))->cellWidget(column, 2));
}

} // namespace

class TestImportWizard final : public QObject
{
    Q_OBJECT

private slots:
    void previewMapCheckAndImport();
};

void TestImportWizard::previewMapCheckAndImport()
{
    ScratchDatabase scratch;
    auto db = scratch.open();
    QVERIFY(db);
    QVERIFY(JiulongpoScenario::load(*db));
    const auto enterprises = Repository<Enterprise>(*db).list({{}, {}, QStringLiteral("id"), 200});
    QVERIFY(enterprises && enterprises->size() == 200);
    const qint64 before = contactCount(*db);
    QTemporaryDir dir;

    ImportWizard wizard(*db);
    wizard.setProgressDelay(0);
    wizard.setFile(ImportKind::Contacts,
                   writeContactSheet(dir.filePath(QStringLiteral("contacts.csv")), *enterprises, true));
    wizard.show();
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));

    // The preview: detected as GB18030, Chinese intact.
    auto* detected = wizard.findChild<QLabel*>(QStringLiteral("detectedLabel"));
    auto* preview = qobject_cast<QStandardItemModel*>(
        wizard.findChild<QTableView*>(QStringLiteral("previewView"))->model());
    QVERIFY(detected->text().contains(QStringLiteral("GB18030")));
    QCOMPARE(preview->rowCount(), 100);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("单位"));
    QCOMPARE(preview->item(0, 0)->text(), enterprises->front().name);
    // Forced to UTF-8, the file does not read: said so, and nothing to show. Back to GB18030, it reads.
    auto* encoding = wizard.findChild<QComboBox*>(QStringLiteral("encodingBox"));
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
    QCOMPARE(preview->rowCount(), 0);
    QVERIFY2(detected->text().contains(QStringLiteral("UTF-8")), qPrintable(detected->text()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Gb18030)));
    QCOMPARE(preview->item(0, 0)->text(), enterprises->front().name);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));

    // 姓名 and 手机 are known; 单位 must be mapped by hand before going on.
    QComboBox* enterpriseBox = fieldBox(wizard, 0);
    QCOMPARE(enterpriseBox->currentData().toInt(), -1);
    QCOMPARE(fieldBox(wizard, 1)->currentData().toInt(),
             TableImport::fieldNamed(ImportKind::Contacts, QStringLiteral("name")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    enterpriseBox->setCurrentIndex(
        enterpriseBox->findData(TableImport::fieldNamed(ImportKind::Contacts, QStringLiteral("enterprise"))));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // Two columns for one field: said so, and no going on.
    QComboBox* nameBox = fieldBox(wizard, 1);
    const int nameField = nameBox->currentIndex();
    nameBox->setCurrentIndex(enterpriseBox->currentIndex());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("mappingStatus"))
                ->text()
                .contains(QStringLiteral("More than one")));
    nameBox->setCurrentIndex(nameField);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));

    // The report names the bad row; the import cannot go on; the report saves to a file.
    QCOMPARE(wizard.outcome().problems.size(), 1);
    QCOMPARE(wizard.outcome().problems.front().line, 202);
    auto* report = wizard.findChild<QTableView*>(QStringLiteral("reportView"));
    QCOMPARE(report->model()->rowCount(), 1);
    QCOMPARE(report->model()->index(0, 2).data().toString(), QStringLiteral("无此企业"));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    const QString reportPath = dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(wizard.saveReport(reportPath));
    QFile saved(reportPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const auto savedTable = CsvReader::parse(saved.readAll());
    QVERIFY(savedTable && savedTable->rows.size() == 1);
    QCOMPARE(savedTable->rows.front().at(0), QStringLiteral("202"));
    QCOMPARE(contactCount(*db), before);

    // Mended: the check passes, a cancelled import writes nothing, and then the import writes all.
    wizard.back();
    wizard.back();
    wizard.back();
    writeContactSheet(dir.filePath(QStringLiteral("contacts.csv")), *enterprises, false);
    wizard.next();
    wizard.next();
    enterpriseBox = fieldBox(wizard, 0);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    enterpriseBox->setCurrentIndex(
        enterpriseBox->findData(TableImport::fieldNamed(ImportKind::Contacts, QStringLiteral("enterprise"))));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QVERIFY2(wizard.outcome().problems.isEmpty(),
             qPrintable(wizard.outcome().problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(wizard.outcome().created, 200);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QTimer::singleShot(0, &wizard, [&wizard] {
        if (auto* progress = wizard.findChild<QProgressDialog*>(QStringLiteral("importProgress")))
            progress->cancel();
    });
    Dialogs::setNextAnswer(QMessageBox::Ok);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.outcome().cancelled);
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("nothing was written")));
    QCOMPARE(contactCount(*db), before);
    QCOMPARE(imported.count(), 0);
    QVERIFY(wizard.isVisible());

    Dialogs::setNextAnswer(QMessageBox::Ok);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.outcome().written);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(contactCount(*db), before + 200);
    QVERIFY(!wizard.isVisible());
    Dialogs::clearAnswers();
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
