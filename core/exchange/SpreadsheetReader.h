#pragma once

#include "CsvReader.h"
#include "Error.h"

#include <QCoreApplication>

namespace liaison {

// Reads the first sheet of an Excel (.xlsx) or OpenDocument (.ods) workbook, as WPS, Excel and
// LibreOffice write them, into the same table as a CSV file gives (with liborcus). Numbers come as
// written, dates as Excel serial numbers. A workbook larger than TextFile::maxBytes, or one whose zip
// directory says it unpacks to more than maxUnpackedBytes, is refused before anything is unpacked.
class SpreadsheetReader final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::SpreadsheetReader)

public:
    // The most a workbook's members may unpack to (their XML is many times the cells' text).
    static constexpr qint64 maxUnpackedBytes = 256LL * 1024 * 1024;
    // Whether the path names a workbook this reader takes: .xlsx or .ods.
    static bool canRead(const QString& path);
    [[nodiscard]] static Result<CsvTable> read(const QString& path);
};

} // namespace liaison
