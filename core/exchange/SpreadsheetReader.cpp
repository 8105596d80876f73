#include "SpreadsheetReader.h"

#include "TextFile.h"
#include "ZipDirectory.h"

#include <QFile>

#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/factory.hpp>
#include <orcus/spreadsheet/sheet.hpp>

#include <exception>
#include <memory>
#include <sstream>

namespace liaison {

bool SpreadsheetReader::canRead(const QString& path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ||
           path.endsWith(QStringLiteral(".ods"), Qt::CaseInsensitive);
}

Result<CsvTable> SpreadsheetReader::read(const QString& path)
{
    LIAISON_TRY(TextFile::checkSize(path));
    auto unpacked = ZipDirectory::uncompressedBytes(path);
    LIAISON_TRY(unpacked);
    if (*unpacked > maxUnpackedBytes) {
        return std::unexpected(Error::validation(tr("%1 unpacks to %2 MB, more than the %3 MB a workbook to "
                                                    "import may hold; split it into smaller "
                                                    "files.")
                                                     .arg(path)
                                                     .arg(*unpacked / (1024 * 1024))
                                                     .arg(maxUnpackedBytes / (1024 * 1024))));
    }
    const bool ods = path.endsWith(QStringLiteral(".ods"), Qt::CaseInsensitive);
    std::string csv;
    try {
        orcus::spreadsheet::document document(orcus::spreadsheet::range_size_t{1048576, 16384});
        orcus::spreadsheet::import_factory factory(document);
        std::unique_ptr<orcus::iface::import_filter> filter;
        if (ods)
            filter = std::make_unique<orcus::orcus_ods>(&factory);
        else
            filter = std::make_unique<orcus::orcus_xlsx>(&factory);
        filter->read_file(QFile::encodeName(path).toStdString());
        if (document.get_sheet_count() == 0)
            return std::unexpected(Error::validation(tr("%1 has no sheet.").arg(path)));
        // The first sheet, written out as CSV, goes through the one CSV reader.
        std::ostringstream out;
        document.get_sheet(0)->dump_csv(out);
        csv = out.str();
    } catch (const std::exception& e) {
        return std::unexpected(Error::validation(
            tr("%1 cannot be read as a workbook: %2").arg(path, QString::fromLocal8Bit(e.what()))));
    }
    auto table = CsvReader::parseText(QString::fromStdString(csv));
    LIAISON_TRY(table);
    table->encoding = ods ? QStringLiteral("ODS") : QStringLiteral("XLSX");
    return table;
}

} // namespace liaison
