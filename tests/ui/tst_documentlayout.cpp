#include "print/DocumentLayout.h"

#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {

// The text of each page of a PDF, as pdftotext reads it.
QStringList pagesOf(const QString& pdf, int pages)
{
    QStringList texts;
    for (int page = 1; page <= pages; ++page) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                       QString::number(page), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                       QStringLiteral("-")});
        process.waitForFinished(60000);
        texts << QString::fromUtf8(process.readAllStandardOutput());
    }
    return texts;
}

DocumentLayout::Face serif(qreal points)
{
    QFont chinese(QStringLiteral("Noto Serif CJK SC"));
    chinese.setPointSizeF(points);
    QFont latin(QStringLiteral("Liberation Serif"));
    latin.setPointSizeF(points);
    return {chinese, latin};
}

} // namespace

class TestDocumentLayout final : public QObject
{
    Q_OBJECT

private slots:
    void tableRowsStayWholeAndHeadersRepeat();
};

void TestDocumentLayout::tableRowsStayWholeAndHeadersRepeat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layout.pdf"));
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setResolution(600);

    DocumentLayout layout(writer);
    DocumentLayout::TextStyle body{serif(16)};
    body.firstLineIndentEm = 2;
    for (int i = 0; i < 3; ++i)
        layout.addText(QStringLiteral("开篇段落，用来把表格推到页面中间。").repeated(6), body);
    DocumentLayout::TextStyle heading = body;
    heading.keepWithNext = true;
    layout.addText(QStringLiteral("HEADING"), heading);
    DocumentLayout::Table table;
    table.face = serif(12);
    table.headerFace = serif(12);
    table.header = {QStringLiteral("COLUMNHEAD"), QStringLiteral("VALUE")};
    table.widths = {0.7, 0.3};
    for (int row = 1; row <= 60; ++row) {
        // Rows of two lines: a row split across pages would leave its lines on different pages.
        table.rows << QStringList{QStringLiteral("R%1top").arg(row) + QChar::LineSeparator +
                                      QStringLiteral("R%1bottom").arg(row),
                                  QString::number(row)};
    }
    layout.addTable(table);
    layout.setClosing(
        18, [](QPainter& painter, const QRectF& r) { painter.drawText(r, QStringLiteral("CLOSING")); });
    layout.setPageNumberFace(serif(14));
    const int pages = layout.paginate();
    QVERIFY(pages >= 3);
    {
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            layout.paintPage(painter, page);
        }
    }

    const QStringList texts = pagesOf(path, pages);
    QCOMPARE(texts.size(), pages);
    int rowsSeen = 0;
    for (int page = 0; page < pages; ++page) {
        const QString& text = texts[page];
        // "— 1 —": pdftotext may drop the spaces.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("—\\s*%1\\s*—").arg(page + 1))),
                 qPrintable(QString::number(page + 1)));
        const qsizetype rows = text.count(QRegularExpression(QStringLiteral("R\\d+top")));
        // The header row heads every page the table runs onto.
        if (rows > 0)
            QVERIFY2(text.contains(QStringLiteral("COLUMNHEAD")), qPrintable(QString::number(page)));
        rowsSeen += int(rows);
        for (int row = 1; row <= 60; ++row) {
            QCOMPARE(text.contains(QStringLiteral("R%1top").arg(row) + QLatin1Char('\n')),
                     text.contains(QStringLiteral("R%1bottom").arg(row)));
        }
        // The heading is never the last line of its page: the table's header and a row follow it.
        if (text.contains(QStringLiteral("HEADING")))
            QVERIFY(text.contains(QStringLiteral("R1top")));
    }
    QCOMPARE(rowsSeen, 60);
    QVERIFY(texts.back().contains(QStringLiteral("CLOSING")));
}

QTEST_MAIN(TestDocumentLayout)
#include "tst_documentlayout.moc"
