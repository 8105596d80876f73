#include "XlsxTableWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>

namespace liaison {
namespace {

// Column width in Excel's units: an ideograph counts about twice a Latin letter.
double widthOf(const QString& text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return width;
}

} // namespace

Status XlsxTableWriter::write(const QString& path, const QString& sheetName, const QStringList& header,
                              const QList<QStringList>& rows)
{
    // Written next to the target and renamed over it, so a failed write leaves no half file.
    QTemporaryFile staging(QFileInfo(path).absoluteDir().filePath(QStringLiteral(".liaison-XXXXXX.xlsx")));
    if (!staging.open())
        return std::unexpected(Error::storage(tr("Cannot write %1: %2").arg(path, staging.errorString())));
    staging.close();
    const QByteArray stagingName = QFile::encodeName(staging.fileName());
    lxw_workbook* book = workbook_new(stagingName.constData());
    if (!book)
        return std::unexpected(Error::storage(tr("Cannot write %1.").arg(path)));
    const QByteArray sheetBytes = sheetName.toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetBytes.constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xEEEEEE);
    // Every cell a string cell in Excel's Text format, so that a value such as "=HYPERLINK(…)" is shown
    // as text and stays text even when someone edits the cell (the General format would make it a
    // formula then).
    lxw_format* textFormat = workbook_add_format(book);
    format_set_num_format_index(textFormat, 49); // Excel's built-in Text format, "@"

    QList<double> widths(header.size(), 8.0);
    const auto cell = [&](int row, qsizetype column, const QString& text, lxw_format* format) {
        const QByteArray bytes = text.toUtf8();
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), bytes.constData(), format);
        if (column < widths.size())
            widths[column] = std::min(60.0, std::max(widths[column], widthOf(text) + 2));
    };
    for (qsizetype c = 0; c < header.size(); ++c)
        cell(0, c, header[c], bold);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c)
            cell(int(r) + 1, c, rows[r][c], textFormat);
    }
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (const lxw_error closed = workbook_close(book); closed != LXW_NO_ERROR)
        return std::unexpected(
            Error::storage(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)))));
    // rename() replaces the target in one step.
    if (std::rename(stagingName.constData(), QFile::encodeName(path).constData()) != 0)
        return std::unexpected(Error::storage(tr("Cannot write %1.").arg(path)));
    staging.setAutoRemove(false);
    return {};
}

} // namespace liaison
