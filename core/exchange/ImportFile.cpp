#include "ImportFile.h"

#include "SpreadsheetReader.h"

namespace liaison {

Result<CsvTable> readImportFile(const QString& path, TextEncoding encoding)
{
    if (isWorkbookFile(path)) {
        auto table = SpreadsheetReader::read(path);
        if (!table)
            return std::unexpected(
                Error::validation(QStringLiteral("%1: %2").arg(path, table.error().message)));
        return table;
    }
    const auto bytes = TextFile::readAll(path);
    if (!bytes)
        return std::unexpected(bytes.error()); // names the file already
    auto table = CsvReader::parse(*bytes, encoding);
    if (!table)
        return std::unexpected(Error::validation(QStringLiteral("%1: %2").arg(path, table.error().message)));
    return table;
}

bool isWorkbookFile(const QString& path)
{
    return SpreadsheetReader::canRead(path);
}

} // namespace liaison
