#include "EnterpriseImport.h"

#include "Database.h"
#include "DomainEnums.h"
#include "Entities.h"
#include "Repository.h"

#include <QHash>
#include <QSet>

namespace liaison {
namespace {

using Field = EnterpriseImport::Field;

// A header as it is compared: lower case, without spaces, underscores or a trailing colon.
QString normalised(const QString& header)
{
    QString h = header.trimmed().toLower();
    h.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QChar(0x3000));
    while (h.endsWith(QLatin1Char(':')) || h.endsWith(QChar(0xFF1A)))
        h.chop(1);
    return h;
}

// How Chinese sheets write the values, whatever the program's language: a file exported on a Chinese
// desktop reads back on an English one.
const std::pair<const char*, const char*> chineseValues[] = {
    {"区直管规上企业", "direct"},  {"直管规上", "direct"},    {"直管", "direct"},
    {"拟升规企业", "pre_upgrade"}, {"拟升规", "pre_upgrade"}, {"其他", "other"},
    {"正常生产", "normal"},        {"部分生产", "partial"},   {"半停产", "partial"},
    {"闭环生产", "closed_loop"},   {"停产", "stopped"},       {"停工停产", "stopped"},
};

// The value of a domain enumeration written as its code, its label in the program's language, or
// its usual Chinese name.
template <typename E>
std::optional<E> enumValue(const QString& text)
{
    const QString t = text.trimmed();
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
    return std::nullopt;
}

template <typename E>
QString choices()
{
    QStringList labels;
    for (const QString& code : DomainText::allCodes<E>())
        labels << DomainText::label(*DomainText::fromCode<E>(code));
    return labels.join(EnterpriseImport::tr(", ", "list of choices"));
}

constexpr Field required[] = {Field::Name, Field::CreditCode, Field::Area, Field::Industry};

// The error of a rejected write names a field of the entity; the report names the file's column.
std::optional<Field> fieldOfColumn(const QString& column)
{
    static const QHash<QString, Field> fields = {
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("credit_code"), Field::CreditCode},
        {QStringLiteral("area_id"), Field::Area},
        {QStringLiteral("industry"), Field::Industry},
        {QStringLiteral("scale"), Field::Scale},
        {QStringLiteral("production_status"), Field::ProductionStatus},
        {QStringLiteral("address"), Field::Address}};
    if (const auto found = fields.constFind(column); found != fields.cend())
        return *found;
    return std::nullopt;
}

} // namespace

QStringList ImportOutcome::problemLines() const
{
    QStringList lines;
    for (const ImportProblem& p : problems) {
        if (p.column.isEmpty())
            lines << EnterpriseImport::tr("line %1: %2").arg(p.line).arg(p.reason);
        else
            lines
                << EnterpriseImport::tr("line %1, %2 “%3”: %4").arg(p.line).arg(p.column, p.value, p.reason);
    }
    return lines;
}

std::optional<Field> EnterpriseImport::fieldOf(const QString& header)
{
    static const QHash<QString, Field> synonyms = [] {
        QHash<QString, Field> names;
        const std::pair<Field, const char*> known[] = {
            {Field::Name, "企业名称"},
            {Field::Name, "企业"},
            {Field::Name, "名称"},
            {Field::Name, "单位名称"},
            {Field::Name, "name"},
            {Field::Name, "enterprise"},
            {Field::Name, "enterprisename"},
            {Field::CreditCode, "统一社会信用代码"},
            {Field::CreditCode, "社会信用代码"},
            {Field::CreditCode, "信用代码"},
            {Field::CreditCode, "creditcode"},
            {Field::CreditCode, "unifiedsocialcreditcode"},
            {Field::Area, "所属镇街"},
            {Field::Area, "镇街"},
            {Field::Area, "所属镇街园区"},
            {Field::Area, "镇街园区"},
            {Field::Area, "所在镇街"},
            {Field::Area, "area"},
            {Field::Area, "town"},
            {Field::Area, "town,streetorpark"},
            {Field::Industry, "行业"},
            {Field::Industry, "所属行业"},
            {Field::Industry, "行业类别"},
            {Field::Industry, "industry"},
            {Field::Scale, "企业类型"},
            {Field::Scale, "企业类别"},
            {Field::Scale, "类型"},
            {Field::Scale, "规模"},
            {Field::Scale, "scale"},
            {Field::ProductionStatus, "生产状态"},
            {Field::ProductionStatus, "生产情况"},
            {Field::ProductionStatus, "status"},
            {Field::ProductionStatus, "productionstatus"},
            {Field::Address, "地址"},
            {Field::Address, "企业地址"},
            {Field::Address, "注册地址"},
            {Field::Address, "address"},
        };
        for (const auto& [field, name] : known)
            names.insert(normalised(QString::fromUtf8(name)), field);
        return names;
    }();
    const QString key = normalised(header);
    if (const auto found = synonyms.constFind(key); found != synonyms.cend())
        return *found;
    // The headers this program writes, in whichever language it wrote them.
    for (int f = 0; f < int(Field::Count); ++f) {
        if (key == normalised(headerOf(Field(f))))
            return Field(f);
    }
    return std::nullopt;
}

QString EnterpriseImport::headerOf(Field field)
{
    switch (field) {
    case Field::Name: return tr("Enterprise name");
    case Field::CreditCode: return tr("Unified social credit code");
    case Field::Area: return tr("Town, street or park");
    case Field::Industry: return tr("Industry");
    case Field::Scale: return tr("Scale");
    case Field::ProductionStatus: return tr("Production status");
    case Field::Address: return tr("Address");
    case Field::Count: break;
    }
    return {};
}

QStringList EnterpriseImport::header()
{
    QStringList names;
    for (int f = 0; f < int(Field::Count); ++f)
        names << headerOf(Field(f));
    return names;
}

Result<ImportOutcome> EnterpriseImport::run(Database& db, const CsvTable& table, bool dryRun)
{
    ImportOutcome outcome;
    outcome.rows = int(table.rows.size());

    // Which column holds which field.
    QList<int> columnOf(int(Field::Count), -1);
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const auto field = fieldOf(table.header[c]);
        if (!field) {
            if (!table.header[c].isEmpty())
                outcome.ignoredColumns << table.header[c];
            continue;
        }
        if (columnOf[int(*field)] >= 0) {
            outcome.problems << ImportProblem{1, table.header[c], QString(),
                                              tr("a second column for %1").arg(headerOf(*field))};
            continue;
        }
        columnOf[int(*field)] = int(c);
    }
    for (const Field field : required) {
        if (columnOf[int(field)] < 0)
            outcome.problems << ImportProblem{1, QString(), QString(),
                                              tr("the column “%1” is missing").arg(headerOf(field))};
    }
    if (!outcome.problems.isEmpty())
        return outcome;

    auto areaRows = db.run(QStringLiteral("SELECT id, name FROM area"));
    LIAISON_TRY(areaRows);
    QHash<QString, Id> areas;
    while (areaRows->next())
        areas.insert(areaRows->value(1).toString().trimmed(), areaRows->value(0).toLongLong());
    auto existingRows = db.run(QStringLiteral("SELECT id, credit_code FROM enterprise"));
    LIAISON_TRY(existingRows);
    QHash<QString, Id> registered;
    while (existingRows->next())
        registered.insert(existingRows->value(1).toString(), existingRows->value(0).toLongLong());

    Repository<Enterprise> enterprises(db);
    QHash<QString, int> lineOfCode;
    const auto cell = [&](const QStringList& row, Field field) {
        const int c = columnOf[int(field)];
        return c >= 0 ? row.value(c).trimmed() : QString();
    };
    const auto problem = [&](int line, Field field, const QString& value, const QString& reason) {
        outcome.problems << ImportProblem{line, table.header.value(columnOf[int(field)]), value, reason};
    };

    bool rolledBackOnPurpose = false;
    const Status work = db.transaction([&]() -> Status {
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList& row = table.rows[r];
            const int line = table.lines.value(r, int(r) + 2);
            if (row.size() > table.header.size()) {
                outcome.problems << ImportProblem{line, QString(), QString(),
                                                  tr("%1 fields, but the header names %2 columns")
                                                      .arg(row.size())
                                                      .arg(table.header.size())};
                continue;
            }
            const QString code = cell(row, Field::CreditCode).toUpper();
            Enterprise e;
            const auto existing = registered.constFind(code);
            if (!code.isEmpty() && existing != registered.cend()) {
                auto current = enterprises.get(*existing);
                LIAISON_TRY(current);
                e = *current; // what the file does not say stays as it is
            }
            e.name = cell(row, Field::Name);
            e.creditCode = code;
            e.industry = cell(row, Field::Industry);
            if (columnOf[int(Field::Address)] >= 0)
                e.address = cell(row, Field::Address);

            bool rowOk = true;
            if (!code.isEmpty()) {
                if (const int first = lineOfCode.value(code); first > 0) {
                    problem(line, Field::CreditCode, code, tr("the same credit code as line %1").arg(first));
                    rowOk = false;
                } else {
                    lineOfCode.insert(code, line);
                }
            }
            const QString areaName = cell(row, Field::Area);
            if (const auto area = areas.constFind(areaName); area != areas.cend()) {
                e.areaId = *area;
            } else {
                problem(line, Field::Area, areaName,
                        areaName.isEmpty() ? tr("the town, street or park is missing")
                                           : tr("no town, street or park of this name is registered"));
                rowOk = false;
            }
            // An empty cell keeps the default (or, for an update, what is registered).
            const auto readChoice = [&]<typename E>(Field field, E& into) {
                const QString text = cell(row, field);
                if (text.isEmpty())
                    return;
                if (const auto value = enumValue<E>(text)) {
                    into = *value;
                } else {
                    problem(line, field, text, tr("write one of: %1").arg(choices<E>()));
                    rowOk = false;
                }
            };
            readChoice(Field::Scale, e.scale);
            readChoice(Field::ProductionStatus, e.productionStatus);
            if (!rowOk)
                continue;

            const bool update = e.id != 0;
            const Status written = update ? enterprises.update(e) : toStatus(enterprises.create(e));
            if (!written) {
                if (written.error().kind != Error::Kind::Validation &&
                    written.error().kind != Error::Kind::Conflict)
                    return written; // the database itself failed: stop
                const auto field = fieldOfColumn(written.error().field);
                if (field && columnOf[int(*field)] >= 0)
                    problem(line, *field, cell(row, *field), written.error().message);
                else
                    outcome.problems << ImportProblem{line, QString(), QString(), written.error().message};
                continue;
            }
            ++(update ? outcome.updated : outcome.created);
        }
        if (!outcome.problems.isEmpty() || dryRun) {
            rolledBackOnPurpose = true;
            return std::unexpected(Error::validation(tr("Nothing was written.")));
        }
        return {};
    });
    if (work) {
        outcome.written = true;
        return outcome;
    }
    if (rolledBackOnPurpose)
        return outcome; // nothing written; the report says why
    return std::unexpected(work.error());
}

} // namespace liaison
