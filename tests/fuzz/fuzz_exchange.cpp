// A fuzz target for what reads files from outside: the CSV reader (with its encoding detection) and
// the cell date parser. Besides not crashing, it checks that every row has its line, that lines
// only grow, and that what the writer makes of a parsed table parses back to the same table.
// Built with libFuzzer by scripts/fuzz (clang); the corpus under tests/fuzz/corpus is replayed by
// the test suite through replay_main.cpp.

#include "exchange/CellDate.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace liaison;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Gb18030}) {
        const auto table = CsvReader::parse(bytes, encoding);
        if (!table)
            continue;
        require(table->rows.size() == table->lines.size());
        for (qsizetype i = 1; i < table->lines.size(); ++i)
            require(table->lines[i] > table->lines[i - 1]);
        for (const QStringList& row : table->rows) {
            for (const QString& field : row) {
                if (const auto day = parseCellDate(field))
                    require(day->isValid());
            }
        }
        // Written out and read back, the table is the same.
        const auto again = CsvReader::parse(CsvWriter::encode(table->header, table->rows));
        require(again.has_value());
        require(again->header == table->header);
        require(again->rows == table->rows);
    }
    if (const auto day = parseCellDate(QString::fromUtf8(bytes.left(64))))
        require(day->isValid());
    return 0;
}
