#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace liaison {

// The type area of an official document after GB/T 9704-2012: A4 portrait, a 37 mm head, a 28 mm
// binding margin, a block of text 156 mm wide and 225 mm high holding 22 lines of 3号 (16 pt) type,
// and the page number 7 mm below the block.
struct OfficialPage
{
    static constexpr qreal widthMm = 210;
    static constexpr qreal heightMm = 297;
    static constexpr qreal topMm = 37;
    static constexpr qreal leftMm = 28;
    static constexpr qreal textWidthMm = 156;
    static constexpr qreal textHeightMm = 225;
    static constexpr qreal pageNumberGapMm = 7;
    static constexpr qreal linePitchMm = textHeightMm / 22;
};

// Typesets text, tables and figures onto the pages of an official document, measured for one paint
// device (a PDF writer or a printer), so that what is printed is what was measured. Lines, table
// rows and figures are never split; a heading stays with what follows it; a paragraph leaves no
// single line at the foot or the head of a page; a table repeats its header row on every page it
// runs onto; the closing block (版记) sits at the foot of the last page.
class DocumentLayout final
{
public:
    // Type as Chinese offices set it: ideographs and Chinese punctuation in one face, Latin letters
    // and figures in another (宋体 with Times). Each run is laid out in a single face, which keeps
    // figures on the baseline in Qt's print preview and copyable from the PDF.
    struct Face
    {
        QFont chinese;
        QFont latin;
    };
    struct TextStyle
    {
        Face face;
        QColor colour = Qt::black;
        Qt::Alignment alignment = Qt::AlignJustify;
        qreal firstLineIndentEm = 0; // in characters of the font: 2 for a body paragraph
        qreal linePitchMm = OfficialPage::linePitchMm;
        qreal spaceBeforeMm = 0;
        bool keepWithNext = false;
    };
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<qreal> widths;             // each column's share of the text width
        QList<Qt::Alignment> alignments; // each column's alignment
        Face face;
        Face headerFace;
        qreal spaceBeforeMm = 2;
        qreal spaceAfterMm = 2;
    };
    // Draws into the given rectangle, in device coordinates.
    using Painting = std::function<void(QPainter&, const QRectF&)>;

    explicit DocumentLayout(const QPaintDevice& device);

    void addText(const QString& text, const TextStyle& style);
    void addTable(const Table& table);
    // A drawing of the full text width that is never split, e.g. a chart with its caption.
    void addBlock(qreal heightMm, const Painting& paint, qreal spaceBeforeMm = 0, bool keepWithNext = false);
    // Drawn at the foot of the last page, on a page of its own if the last page has no room.
    void setClosing(qreal heightMm, const Painting& paint);
    void setPageNumberFace(const Face& face) { m_pageNumberFace = face; }
    // One line of text in the face, aligned in the rectangle (vertically centred): for mastheads,
    // captions and closing blocks drawn by hand.
    static void drawLine(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const QString& text,
                         const Face& face);

    // Breaks the flow into pages; call once, after everything has been added.
    int paginate();
    int pageCount() const { return int(m_pages.size()); }
    // Draws page `index` (0-based) with its page number; the painter's origin is the paper's corner.
    void paintPage(QPainter& painter, int index) const;

    qreal fromMm(qreal mm) const { return mm * m_dotsPerMm; }
    const QPaintDevice& device() const { return m_device; }

private:
    // The smallest unit of the flow: one line of text, one table row, one figure.
    struct Piece
    {
        qreal height = 0;
        qreal spaceBefore = 0; // dropped at the head of a page
        bool keepWithNext = false;
        int repeatedHeader = -1; // index of the piece drawn first when this one opens a page
        std::function<void(QPainter&, const QPointF&)> paint;
    };
    struct Placed
    {
        bool header; // index into m_headers rather than m_pieces
        qsizetype index;
        qreal top;
    };

    qreal keptHeight(qsizetype first) const;

    const QPaintDevice& m_device;
    qreal m_dotsPerMm;
    QList<Piece> m_pieces;
    QList<Piece> m_headers;
    QList<QList<Placed>> m_pages;
    qreal m_closingHeight = 0;
    Painting m_closing;
    qreal m_closingTop = -1;
    Face m_pageNumberFace;
};

} // namespace liaison
