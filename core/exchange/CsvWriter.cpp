#include "CsvWriter.h"

#include "FormulaGuard.h"

#include <QSaveFile>

namespace liaison {
namespace {

QString quoted(const QString& text)
{
    const QString field = FormulaGuard::escaped(text);
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    for (const QChar c : special)
        needsQuotes = needsQuotes || field.contains(c);
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void appendRow(QString& text, const QStringList& fields)
{
    // One empty field alone would be a blank line, which readers skip: quote it.
    if (fields.size() == 1 && fields.front().isEmpty()) {
        text += QStringLiteral("\"\"\r\n");
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += quoted(fields[i]);
    }
    text += QStringLiteral("\r\n");
}

} // namespace

QByteArray CsvWriter::encode(const QStringList& header, const QList<QStringList>& rows)
{
    QString text;
    appendRow(text, header);
    for (const QStringList& row : rows)
        appendRow(text, row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvWriter::write(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    const QByteArray bytes = encode(header, rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString())));
    return {};
}

} // namespace liaison
