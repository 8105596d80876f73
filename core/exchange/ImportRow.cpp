#include "CellDate.h"
#include "DomainEnums.h"
#include "RecordImporter.h"

#include <cmath>

namespace liaison {
namespace {

// How Chinese sheets write the values, whatever the program's language: a file exported on a Chinese
// desktop reads back on an English one.
const std::pair<const char*, const char*> chineseValues[] = {
    {"区直管规上企业", "direct"},
    {"直管规上", "direct"},
    {"直管", "direct"},
    {"拟升规企业", "pre_upgrade"},
    {"拟升规", "pre_upgrade"},
    {"其他", "other"},
    {"正常生产", "normal"},
    {"部分生产", "partial"},
    {"半停产", "partial"},
    {"闭环生产", "closed_loop"},
    {"停产", "stopped"},
    {"停工停产", "stopped"},
    {"实地走访", "onsite"},
    {"现场", "onsite"},
    {"实地", "onsite"},
    {"上门", "onsite"},
    {"电话", "phone"},
    {"电话走访", "phone"},
    {"视频", "video"},
    {"视频连线", "video"},
};

template <typename E>
QString choices()
{
    QStringList labels;
    for (const QString& code : DomainText::allCodes<E>())
        labels << DomainText::label(*DomainText::fromCode<E>(code));
    return labels.join(ImportRow::tr(", ", "list of choices"));
}

} // namespace

void ImportRow::moveTo(qsizetype index)
{
    m_index = index;
    m_line = m_table.lines.value(index, int(index) + 2);
    m_failed = false;
}

QString ImportRow::cell(int field) const
{
    const int column = m_columnOf.value(field, -1);
    return column >= 0 ? m_table.rows[m_index].value(column).trimmed() : QString();
}

void ImportRow::problem(int field, const QString& value, const QString& reason)
{
    m_outcome.problems << ImportProblem{m_line, m_table.header.value(m_columnOf.value(field, -1)), value,
                                        reason};
    m_failed = true;
}

void ImportRow::problem(const QString& reason)
{
    m_outcome.problems << ImportProblem{m_line, QString(), QString(), reason};
    m_failed = true;
}

Status ImportRow::refused(const Error& error, const QHash<QString, int>& fieldOfColumn)
{
    if (error.kind != Error::Kind::Validation && error.kind != Error::Kind::Conflict &&
        error.kind != Error::Kind::NotFound)
        return std::unexpected(error);
    const int field = fieldOfColumn.value(error.field, -1);
    if (field >= 0 && has(field))
        problem(field, cell(field), error.message);
    else
        problem(error.message);
    return {};
}

std::optional<QDate> ImportRow::date(int field, bool required)
{
    const QString text = cell(field);
    if (text.isEmpty()) {
        if (required)
            problem(field, text, tr("the date is missing"));
        return std::nullopt;
    }
    const auto day = parseCellDate(text);
    if (!day)
        problem(field, text, tr("not a date; write it as 2022-12-05, 2022/12/5 or 2022年12月5日"));
    return day;
}

std::optional<int> ImportRow::count(int field)
{
    const QString text = cell(field);
    if (text.isEmpty())
        return 0;
    bool ok = false;
    // Spreadsheets hand whole numbers over as 12 or 12.0.
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1e6 || value != std::floor(value)) {
        problem(field, text, tr("write a whole number of people, 0 or more"));
        return std::nullopt;
    }
    return int(value);
}

std::optional<double> ImportRow::percent(int field)
{
    QString text = cell(field);
    if (text.endsWith(QLatin1Char('%')) || text.endsWith(QChar(0xFF05)))
        text.chop(1);
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value < 0 || value > 100) {
        problem(field, cell(field), tr("write a percentage from 0 to 100"));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> ImportRow::text(int field)
{
    const QString value = cell(field);
    if (value.isEmpty()) {
        problem(field, value, tr("this cell must not be empty"));
        return std::nullopt;
    }
    return value;
}

template <typename E>
std::optional<E> ImportRow::choice(int field)
{
    const QString t = cell(field);
    for (const auto& [chinese, code] : chineseValues) {
        if (t == QString::fromUtf8(chinese)) {
            if (const auto value = DomainText::fromCode<E>(QString::fromLatin1(code)))
                return value;
        }
    }
    for (const QString& code : DomainText::allCodes<E>()) {
        const E value = *DomainText::fromCode<E>(code);
        if (t.compare(code, Qt::CaseInsensitive) == 0 || t == DomainText::label(value))
            return value;
    }
    problem(field, t, tr("write one of: %1").arg(choices<E>()));
    return std::nullopt;
}

template std::optional<EnterpriseScale> ImportRow::choice<EnterpriseScale>(int);
template std::optional<ProductionStatus> ImportRow::choice<ProductionStatus>(int);
template std::optional<VisitMode> ImportRow::choice<VisitMode>(int);

QString normalisedHeader(const QString& header)
{
    QString h = header.trimmed().toLower();
    h.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QChar(0x3000));
    while (h.endsWith(QLatin1Char(':')) || h.endsWith(QChar(0xFF1A)))
        h.chop(1);
    return h;
}

} // namespace liaison
