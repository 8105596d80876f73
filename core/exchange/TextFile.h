#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace liaison {

// How the bytes of a text file are to be read. Auto follows a byte-order mark, then takes strict
// UTF-8, then GB18030 (what Excel and WPS write on a Chinese Windows desktop, without a mark).
enum class TextEncoding { Auto, Utf8, Gb18030 };

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8" or "GB18030", as detected or as asked for
    bool byteOrderMark = false;
};

class TextFile final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::TextFile)

public:
    // "auto", "utf-8", "gb18030" (also "utf8", "gbk", "gb2312", which GB18030 contains).
    [[nodiscard]] static Result<TextEncoding> encodingNamed(const QString& name);
    [[nodiscard]] static Result<DecodedText> decode(const QByteArray& bytes, TextEncoding encoding);
    // The largest file an import reads, whole, into memory: a province's register of 70,000 enterprises
    // is about 25 MB as CSV; larger files are split first.
    static constexpr qint64 maxBytes = 64LL * 1024 * 1024;
    // Refuses a file larger than maxBytes, with a message that says so.
    [[nodiscard]] static Status checkSize(const QString& path);
    [[nodiscard]] static Result<QByteArray> readAll(const QString& path);
};

} // namespace liaison
