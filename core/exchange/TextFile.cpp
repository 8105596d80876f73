#include "TextFile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace liaison {
namespace {

const QByteArray utf8Mark = QByteArrayLiteral("\xEF\xBB\xBF");

// The text, or nothing when the bytes are not valid in the encoding.
std::optional<QString> strictly(const QByteArray& bytes, const char* encoding)
{
    // The byte-order mark is taken off by decode(); a second one is text and stays.
    QStringDecoder decoder(encoding,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

Result<TextEncoding> TextFile::encodingNamed(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1StringView("auto"))
        return TextEncoding::Auto;
    if (n == QLatin1StringView("utf-8") || n == QLatin1StringView("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1StringView("gb18030") || n == QLatin1StringView("gbk") ||
        n == QLatin1StringView("gb2312"))
        return TextEncoding::Gb18030;
    return std::unexpected(Error::validation(
        tr("“%1” is not an encoding this program reads; use auto, utf-8 or gb18030.").arg(name)));
}

Result<DecodedText> TextFile::decode(const QByteArray& bytes, TextEncoding encoding)
{
    const bool marked = bytes.startsWith(utf8Mark);
    const QByteArray body = marked ? bytes.mid(utf8Mark.size()) : bytes;
    if (encoding == TextEncoding::Gb18030) {
        if (auto text = strictly(body, "GB18030"))
            return DecodedText{*text, QStringLiteral("GB18030"), false};
        return std::unexpected(Error::validation(tr("The file is not valid GB18030 text.")));
    }
    if (auto text = strictly(body, "UTF-8"))
        return DecodedText{*text, QStringLiteral("UTF-8"), marked};
    if (encoding == TextEncoding::Utf8 || marked)
        return std::unexpected(Error::validation(tr("The file is not valid UTF-8 text.")));
    if (auto text = strictly(body, "GB18030"))
        return DecodedText{*text, QStringLiteral("GB18030"), false};
    return std::unexpected(Error::validation(
        tr("The file is neither UTF-8 nor GB18030 text; is it a spreadsheet or a document?")));
}

Status TextFile::checkSize(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return std::unexpected(Error::notFound(tr("Cannot open %1: there is no such file.").arg(path)));
    if (info.size() > maxBytes)
        return std::unexpected(Error::validation(tr("%1 is larger than %2 MB; split it into smaller files.")
                                                     .arg(path)
                                                     .arg(maxBytes / (1024 * 1024))));
    return {};
}

Result<QByteArray> TextFile::readAll(const QString& path)
{
    LIAISON_TRY(checkSize(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::notFound(tr("Cannot open %1: %2").arg(path, file.errorString())));
    return file.readAll();
}

} // namespace liaison
