#pragma once

#include "CsvReader.h"
#include "Error.h"
#include "TextFile.h"

namespace liaison {

// A file to import, read as a table: the first sheet of an .xlsx or .ods workbook, or any other file as
// CSV in the encoding given (detected by default). Errors name the file.
[[nodiscard]] Result<CsvTable> readImportFile(const QString& path,
                                              TextEncoding encoding = TextEncoding::Auto);

// Whether the file is a workbook, whose text has no encoding to choose.
bool isWorkbookFile(const QString& path);

} // namespace liaison
