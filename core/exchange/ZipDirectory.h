#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace liaison {

// What the central directory of a zip file (an .xlsx or .ods workbook) says its members unpack to,
// read before anything is unpacked: a small workbook can hold gigabytes of repeated cells (a "zip
// bomb"), and the reader allocates what the directory declares.
class ZipDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ZipDirectory)

public:
    // The sum of the members' uncompressed sizes. A file that is not a zip, or whose directory is
    // damaged, gets a validation error; so does a ZIP64 member (over 4 GiB), which no workbook of ours
    // needs.
    [[nodiscard]] static Result<qint64> uncompressedBytes(const QString& path);
};

} // namespace liaison
