#include "CsvReader.h"

#include "FormulaGuard.h"

namespace liaison {

Result<CsvTable> CsvReader::parse(const QByteArray& bytes, TextEncoding encoding)
{
    auto decoded = TextFile::decode(bytes, encoding);
    LIAISON_TRY(decoded);
    auto table = parseText(decoded->text);
    LIAISON_TRY(table);
    table->encoding = decoded->encoding;
    return table;
}

Result<CsvTable> CsvReader::parseText(const QString& text)
{
    QList<QStringList> records;
    QList<int> starts;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote seen
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;

    bool recordQuoted = false; // "" on a line of its own is a record with one empty field
    const auto endField = [&] {
        record << FormulaGuard::unescaped(field);
        field.clear();
        recordQuoted = recordQuoted || wasQuoted;
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.size() == 1 && record.front().isEmpty() && !recordQuoted)) {
            records << record;
            starts << recordLine;
        }
        record.clear();
        recordQuoted = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            quoteLine = line;
        } else if (wasQuoted) {
            return std::unexpected(Error::validation(
                tr("Line %1: a quoted field must end at a comma or at the end of the line.").arg(line)));
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return std::unexpected(
            Error::validation(tr("Line %1: a quoted field is never closed.").arg(quoteLine)));
    if (fieldStarted || wasQuoted || !field.isEmpty() || !record.isEmpty())
        endRecord();

    CsvTable table;
    if (records.isEmpty())
        return std::unexpected(Error::validation(tr("The file is empty: it has no header row.")));
    table.header = records.takeFirst();
    starts.removeFirst();
    for (QString& name : table.header)
        name = name.trimmed();
    table.rows = std::move(records);
    table.lines = std::move(starts);
    return table;
}

} // namespace liaison
