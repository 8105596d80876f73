#include "ZipDirectory.h"

#include <QFile>

#include <algorithm>

namespace liaison {
namespace {

// The zip format's records (PKWARE's APPNOTE.TXT, 4.3.12 and 4.3.16), little-endian.
constexpr quint32 endOfDirectorySignature = 0x06054b50;
constexpr quint32 directoryEntrySignature = 0x02014b50;
constexpr qint64 endOfDirectoryBytes = 22;
constexpr qint64 longestComment = 0xffff;
constexpr qint64 directoryEntryBytes = 46;
constexpr quint32 zip64Marker = 0xffffffff;

quint32 at32(const QByteArray& bytes, qint64 offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 at16(const QByteArray& bytes, qint64 offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return quint16(p[0] | p[1] << 8);
}

} // namespace

Result<qint64> ZipDirectory::uncompressedBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::notFound(tr("Cannot open %1: %2").arg(path, file.errorString())));
    const Error damaged =
        Error::validation(tr("%1 is not a workbook: its zip directory is missing or damaged.").arg(path));
    const qint64 size = file.size();
    if (size < endOfDirectoryBytes)
        return std::unexpected(damaged);
    // The end record closes the file, after a comment of at most 64 KiB.
    const qint64 tailStart = std::max<qint64>(0, size - endOfDirectoryBytes - longestComment);
    if (!file.seek(tailStart))
        return std::unexpected(damaged);
    const QByteArray tail = file.read(size - tailStart);
    qint64 end = -1;
    for (qint64 i = tail.size() - endOfDirectoryBytes; i >= 0; --i) {
        if (at32(tail, i) == endOfDirectorySignature) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return std::unexpected(damaged);
    const quint16 entries = at16(tail, end + 10);
    const quint32 directoryBytes = at32(tail, end + 12);
    const quint32 directoryOffset = at32(tail, end + 16);
    if (directoryOffset == zip64Marker || qint64(directoryOffset) + directoryBytes > tailStart + end)
        return std::unexpected(damaged);
    if (!file.seek(directoryOffset))
        return std::unexpected(damaged);
    const QByteArray directory = file.read(directoryBytes);
    if (directory.size() != qint64(directoryBytes))
        return std::unexpected(damaged);
    qint64 total = 0;
    qint64 at = 0;
    for (quint16 n = 0; n < entries; ++n) {
        if (at + directoryEntryBytes > directory.size() || at32(directory, at) != directoryEntrySignature)
            return std::unexpected(damaged);
        const quint32 compressed = at32(directory, at + 20);
        const quint32 uncompressed = at32(directory, at + 24);
        if (compressed == zip64Marker || uncompressed == zip64Marker) {
            return std::unexpected(Error::validation(
                tr("%1 holds a member larger than 4 GiB, which no workbook to import needs.").arg(path)));
        }
        total += uncompressed;
        at += directoryEntryBytes + at16(directory, at + 28) + at16(directory, at + 30) +
              at16(directory, at + 32);
    }
    return total;
}

} // namespace liaison
