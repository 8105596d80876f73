#include "DocumentLayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace liaison {
namespace {

// The runs of Latin letters, figures and their punctuation, set in the Latin face.
QList<QTextLayout::FormatRange> latinRuns(const QString& text, const QFont& latin)
{
    const auto isLatin = [](QChar c) { return c.unicode() < 0x2000; };
    QList<QTextLayout::FormatRange> runs;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = i;
        const bool latinRun = isLatin(text[i]);
        while (end < text.size() && isLatin(text[end]) == latinRun)
            ++end;
        if (latinRun) {
            QTextLayout::FormatRange run;
            run.start = int(i);
            run.length = int(end - i);
            run.format.setFont(latin);
            runs << run;
        }
        i = end;
    }
    return runs;
}

// Lays text out in lines of the given width; the first line may be indented.
std::shared_ptr<QTextLayout> layOut(const QString& text, const DocumentLayout::Face& face,
                                    Qt::Alignment alignment, qreal width, qreal firstIndent,
                                    const QPaintDevice& device)
{
    auto layout = std::make_shared<QTextLayout>(text, face.chinese, &device);
    layout->setFormats(latinRuns(text, face.latin));
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal y = 0;
    for (bool first = true;; first = false) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = first ? firstIndent : 0;
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

} // namespace

DocumentLayout::DocumentLayout(const QPaintDevice& device)
    : m_device(device), m_dotsPerMm(device.logicalDpiY() / 25.4)
{
}

void DocumentLayout::addText(const QString& text, const TextStyle& style)
{
    const qreal width = fromMm(OfficialPage::textWidthMm);
    const qreal indent =
        style.firstLineIndentEm * QFontMetricsF(style.face.chinese, &m_device)
                                      .horizontalAdvance(QChar(0x4E00)); // one full-width character
    const auto layout = layOut(text, style.face, style.alignment, width, indent, m_device);
    const int lines = layout->lineCount();
    const qreal pitch = fromMm(style.linePitchMm);
    for (int i = 0; i < lines; ++i) {
        const qreal natural = layout->lineAt(i).height();
        const qreal height = std::max(pitch, natural);
        Piece piece;
        piece.height = height;
        piece.spaceBefore = i == 0 ? fromMm(style.spaceBeforeMm) : 0;
        // No first line alone at the foot of a page, no last line alone at the head of one.
        piece.keepWithNext = (i == lines - 1) ? style.keepWithNext : (i == 0 || i == lines - 2);
        const QColor colour = style.colour;
        piece.paint = [layout, i, height, natural, colour](QPainter& painter, const QPointF& at) {
            painter.setPen(colour);
            const QTextLine line = layout->lineAt(i);
            line.draw(&painter, at + QPointF(0, (height - natural) / 2 - line.y()));
        };
        m_pieces << piece;
    }
}

void DocumentLayout::addTable(const Table& table)
{
    const qreal width = fromMm(OfficialPage::textWidthMm);
    const qreal padX = fromMm(1.5);
    const qreal padY = fromMm(1.2);
    const qreal minimumHeight = fromMm(7.5);
    const qreal rule = fromMm(0.2);
    QList<qreal> columnWidths;
    qreal shares = 0;
    for (qreal share : table.widths)
        shares += share;
    for (qreal share : table.widths)
        columnWidths << width * share / shares;

    const auto makeRow = [&](const QStringList& cells, const Face& face, bool header) {
        QList<std::shared_ptr<QTextLayout>> layouts;
        qreal height = minimumHeight;
        for (qsizetype c = 0; c < columnWidths.size(); ++c) {
            const Qt::Alignment alignment =
                header ? Qt::AlignHCenter
                       : table.alignments.value(c, Qt::AlignLeft) & Qt::AlignHorizontal_Mask;
            layouts << layOut(cells.value(c), face, alignment, columnWidths[c] - 2 * padX, 0, m_device);
            height = std::max(height, layouts.back()->boundingRect().height() + 2 * padY);
        }
        Piece piece;
        piece.height = height;
        piece.paint = [layouts, columnWidths, height, padX, rule, header](QPainter& painter,
                                                                          const QPointF& at) {
            painter.save();
            qreal x = at.x();
            for (qsizetype c = 0; c < layouts.size(); ++c) {
                const QRectF cell(x, at.y(), columnWidths[c], height);
                if (header)
                    painter.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
                painter.setPen(QPen(Qt::black, rule));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell);
                const qreal textHeight = layouts[c]->boundingRect().height();
                layouts[c]->draw(&painter, QPointF(x + padX, at.y() + (height - textHeight) / 2));
                x += columnWidths[c];
            }
            painter.restore();
        };
        return piece;
    };

    int header = -1;
    if (!table.header.isEmpty()) {
        header = int(m_headers.size());
        m_headers << makeRow(table.header, table.headerFace, true);
        Piece first = m_headers.back();
        first.spaceBefore = fromMm(table.spaceBeforeMm);
        first.keepWithNext = !table.rows.isEmpty();
        m_pieces << first;
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        Piece row = makeRow(table.rows[r], table.face, false);
        row.repeatedHeader = header;
        if (header < 0 && r == 0)
            row.spaceBefore = fromMm(table.spaceBeforeMm);
        m_pieces << row;
    }
    // The space after the table, as an empty piece that disappears at the head of a page.
    Piece gap;
    gap.spaceBefore = fromMm(table.spaceAfterMm);
    gap.paint = [](QPainter&, const QPointF&) {};
    m_pieces << gap;
}

void DocumentLayout::addBlock(qreal heightMm, const Painting& paint, qreal spaceBeforeMm, bool keepWithNext)
{
    Piece piece;
    piece.height = fromMm(heightMm);
    piece.spaceBefore = fromMm(spaceBeforeMm);
    piece.keepWithNext = keepWithNext;
    const qreal width = fromMm(OfficialPage::textWidthMm);
    const qreal height = piece.height;
    piece.paint = [paint, width, height](QPainter& painter, const QPointF& at) {
        painter.save();
        paint(painter, QRectF(at, QSizeF(width, height)));
        painter.restore();
    };
    m_pieces << piece;
}

void DocumentLayout::setClosing(qreal heightMm, const Painting& paint)
{
    m_closingHeight = fromMm(heightMm);
    m_closing = paint;
}

qreal DocumentLayout::keptHeight(qsizetype first) const
{
    qreal height = m_pieces[first].height;
    for (qsizetype i = first; m_pieces[i].keepWithNext && i + 1 < m_pieces.size(); ++i)
        height += m_pieces[i + 1].spaceBefore + m_pieces[i + 1].height;
    return height;
}

int DocumentLayout::paginate()
{
    const qreal pageHeight = fromMm(OfficialPage::textHeightMm);
    m_pages = {{}};
    qreal y = 0;
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece& piece = m_pieces[i];
        qreal before = y > 0 ? piece.spaceBefore : 0;
        qreal needed = keptHeight(i);
        if (needed > pageHeight)
            needed = piece.height; // a chain longer than a page breaks where it must
        if (y > 0 && y + before + needed > pageHeight) {
            m_pages.append(QList<Placed>{});
            y = 0;
            before = 0;
            if (piece.repeatedHeader >= 0) {
                m_pages.back() << Placed{true, piece.repeatedHeader, 0};
                y = m_headers[piece.repeatedHeader].height;
            }
        }
        if (piece.height > 0)
            m_pages.back() << Placed{false, i, y + before};
        y += before + piece.height;
    }
    if (m_closing) {
        if (y + fromMm(OfficialPage::linePitchMm) + m_closingHeight > pageHeight)
            m_pages.append(QList<Placed>{});
        m_closingTop = pageHeight - m_closingHeight;
    }
    return pageCount();
}

void DocumentLayout::paintPage(QPainter& painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    const QPointF origin(fromMm(OfficialPage::leftMm), fromMm(OfficialPage::topMm));
    for (const Placed& placed : m_pages[index]) {
        const Piece& piece = placed.header ? m_headers[placed.index] : m_pieces[placed.index];
        piece.paint(painter, origin + QPointF(0, placed.top));
    }
    if (m_closing && index == m_pages.size() - 1) {
        painter.save();
        m_closing(painter, QRectF(origin + QPointF(0, m_closingTop),
                                  QSizeF(fromMm(OfficialPage::textWidthMm), m_closingHeight)));
        painter.restore();
    }

    // "— 1 —" under the type area: odd pages to the right, even pages to the left, each one
    // character in from the edge.
    const QFontMetricsF metrics(m_pageNumberFace.chinese, painter.device());
    const qreal inset = metrics.horizontalAdvance(QChar(0x4E00));
    const qreal top = origin.y() + fromMm(OfficialPage::textHeightMm + OfficialPage::pageNumberGapMm);
    const QRectF band(origin.x() + inset, top, fromMm(OfficialPage::textWidthMm) - 2 * inset,
                      metrics.height());
    painter.save();
    painter.setPen(Qt::black);
    drawLine(painter, band, index % 2 == 0 ? Qt::AlignRight : Qt::AlignLeft,
             QStringLiteral("— %1 —").arg(index + 1), m_pageNumberFace);
    painter.restore();
}

void DocumentLayout::drawLine(QPainter& painter, const QRectF& rect, Qt::Alignment alignment,
                              const QString& text, const Face& face)
{
    QTextLayout layout(text, face.chinese, painter.device());
    layout.setFormats(latinRuns(text, face.latin));
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    if (line.isValid())
        layout.draw(&painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
}

} // namespace liaison
