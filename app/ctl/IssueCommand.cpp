#include "IssueCommand.h"

#include "IssueQuery.h"

#include "CommandArguments.h"
#include "CtlApplication.h"
#include "Database.h"
#include "EntityTraits.h"
#include "IssueWorkflow.h"
#include "Lookups.h"
#include "Supervision.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace liaison {
namespace {

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// Reads a number that names a record.
std::optional<Id> parseId(const QString& text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

void IssueCommand::printHelp()
{
    m_app.out()
        << tr("Usage: liaisonctl issue ACTION ...") << "\n\n"
        << "  list [--status S] [--tier T] [--category C] [--area NAME] [--owner NAME] [--open]\n"
        << "       [--colour green|blue|yellow|red] [--flagged] [--as-of DATE] [--json]\n"
        << "  show ID [--as-of DATE] [--json]\n"
        << "  add --enterprise NAME|CODE|ID --category C --title T [--description D] [--reported-on DATE]"
           " [--visit ID]\n"
        << "  assign ID --lead UNIT [--co UNIT]... [--note T]\n"
        << "  start ID [--note T]\n"
        << "  escalate ID [--note T]\n"
        << "  urge ID --note T\n"
        << "  extend ID --to DATE --reason T\n"
        << "  approve-extension EXTENSION-ID --reason T [--refuse]\n"
        << "  resolve ID --resolution T [--on DATE]\n"
        << "  verify ID --satisfaction satisfied|basically_satisfied|unsatisfied [--note T]\n"
        << "  reopen ID --reason T\n\n"
        << tr("Actions that change a problem take --expect-version N: the change is refused (exit status 4) "
              "when someone else changed the problem since you read version N.")
        << '\n'
        << tr("Statuses: %1. Tiers: %2.")
               .arg(DomainText::allCodes<IssueStatus>().join(QStringLiteral(", ")),
                    DomainText::allCodes<Tier>().join(QStringLiteral(", ")))
        << '\n';
}

int IssueCommand::run(const QStringList& args)
{
    const QString action = args.value(0);
    if (action.isEmpty() || action == QLatin1StringView("--help")) {
        printHelp();
        return action.isEmpty() ? m_app.usage(tr("“issue” needs an action.")) : CtlApplication::Done;
    }
    const QStringList rest = args.mid(1);
    const QString command = QStringLiteral("issue ") + action;
    const QStringList acting = {QStringLiteral("note"), QStringLiteral("expect-version")};

    std::optional<CommandArguments> arguments;
    if (action == QLatin1StringView("list")) {
        arguments.emplace(
            command, rest,
            QStringList{QStringLiteral("status"), QStringLiteral("tier"), QStringLiteral("category"),
                        QStringLiteral("area"), QStringLiteral("owner"), QStringLiteral("colour"),
                        QStringLiteral("as-of")},
            QStringList{QStringLiteral("json"), QStringLiteral("open"), QStringLiteral("flagged")});
    } else if (action == QLatin1StringView("show")) {
        arguments.emplace(command, rest, QStringList{QStringLiteral("as-of")},
                          QStringList{QStringLiteral("json")});
    } else if (action == QLatin1StringView("add")) {
        arguments.emplace(command, rest,
                          QStringList{QStringLiteral("enterprise"), QStringLiteral("category"),
                                      QStringLiteral("title"), QStringLiteral("description"),
                                      QStringLiteral("reported-on"), QStringLiteral("visit")},
                          QStringList{QStringLiteral("json")});
    } else if (action == QLatin1StringView("assign")) {
        arguments.emplace(command, rest, acting + QStringList{QStringLiteral("lead"), QStringLiteral("co")});
    } else if (action == QLatin1StringView("start") || action == QLatin1StringView("escalate") ||
               action == QLatin1StringView("urge")) {
        arguments.emplace(command, rest, acting);
    } else if (action == QLatin1StringView("extend")) {
        arguments.emplace(command, rest, QStringList{QStringLiteral("to"), QStringLiteral("reason")});
    } else if (action == QLatin1StringView("approve-extension")) {
        arguments.emplace(command, rest, QStringList{QStringLiteral("reason")},
                          QStringList{QStringLiteral("refuse")});
    } else if (action == QLatin1StringView("resolve")) {
        arguments.emplace(command, rest,
                          QStringList{QStringLiteral("resolution"), QStringLiteral("on"),
                                      QStringLiteral("expect-version")});
    } else if (action == QLatin1StringView("verify")) {
        arguments.emplace(command, rest, acting + QStringList{QStringLiteral("satisfaction")});
    } else if (action == QLatin1StringView("reopen")) {
        arguments.emplace(command, rest,
                          QStringList{QStringLiteral("reason"), QStringLiteral("expect-version")});
    } else {
        return m_app.usage(tr("Unknown issue action “%1”.").arg(action));
    }
    if (!arguments->ok())
        return m_app.usage(arguments->error());

    const bool takesId = action != QLatin1StringView("list") && action != QLatin1StringView("add");
    if (takesId && arguments->positional().size() != 1)
        return m_app.usage(tr("“%1” needs exactly one problem number.").arg(command));
    if (!takesId && !arguments->positional().isEmpty())
        return m_app.usage(
            tr("Unknown argument “%1” for “%2”.").arg(arguments->positional().first(), command));

    if (action == QLatin1StringView("add")) {
        for (const char* required : {"enterprise", "category", "title"}) {
            if (!arguments->isSet(QString::fromLatin1(required)))
                return m_app.usage(tr("“issue add” needs --%1.").arg(QLatin1StringView(required)));
        }
    }

    auto db = m_app.openDatabase();
    if (!db)
        return m_app.fail(db.error());
    auto workflow = IssueWorkflow::forDatabase(**db);
    if (!workflow)
        return m_app.fail(workflow.error());
    m_db = db->get();
    m_workflow = &*workflow;

    if (action == QLatin1StringView("list"))
        return list(*arguments);
    if (action == QLatin1StringView("show"))
        return show(*arguments);
    if (action == QLatin1StringView("add"))
        return add(*arguments);
    return act(action, *arguments);
}

Result<OptionalId> IssueCommand::lookUp(const char* table, const QStringList& keyColumns,
                                        const QString& text) const
{
    // A name (or another unique key) first: a number is taken as a record number only when no name matches.
    QStringList conditions;
    QVariantList binds;
    for (const QString& column : keyColumns) {
        conditions << column + QStringLiteral(" = ?");
        binds << text.trimmed();
    }
    auto found = m_db->scalar(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY id")
                                  .arg(QLatin1StringView(table), conditions.join(QStringLiteral(" OR "))),
                              binds);
    LIAISON_TRY(found);
    if (!found->isNull())
        return OptionalId(found->toLongLong());
    if (const auto id = parseId(text)) {
        auto exists = m_db->scalar(
            QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(QLatin1StringView(table)), {*id});
        LIAISON_TRY(exists);
        if (!exists->isNull())
            return OptionalId(*id);
    }
    return OptionalId();
}

Result<Id> IssueCommand::enterpriseId(const QString& text) const
{
    auto found = lookUp("enterprise", {QStringLiteral("credit_code"), QStringLiteral("name")}, text);
    LIAISON_TRY(found);
    if (*found)
        return **found;
    return std::unexpected(Error::validation(
        tr("No enterprise is named “%1” or has that credit code or number.").arg(text.left(100))));
}

Result<Id> IssueCommand::unitId(const QString& text) const
{
    auto found = lookUp("unit", {QStringLiteral("name"), QStringLiteral("full_name")}, text);
    LIAISON_TRY(found);
    if (*found)
        return **found;
    return std::unexpected(Error::validation(tr("There is no department named “%1”.").arg(text.left(100))));
}

Result<Id> IssueCommand::issueId(const QString& text) const
{
    if (const auto id = parseId(text))
        return *id;
    return std::unexpected(Error::validation(tr("“%1” is not a problem number.").arg(text.left(40))));
}

Result<std::optional<int>> IssueCommand::expectedVersion(const CommandArguments& arguments) const
{
    if (!arguments.isSet(QStringLiteral("expect-version")))
        return std::optional<int>();
    bool ok = false;
    const int version = arguments.value(QStringLiteral("expect-version")).toInt(&ok);
    if (!ok || version <= 0) {
        return std::unexpected(
            Error::validation(tr("--expect-version: “%1” is not a version number.")
                                  .arg(arguments.value(QStringLiteral("expect-version")))));
    }
    return std::optional<int>(version);
}

Result<QJsonObject> IssueCommand::describe(const Issue& issue, const QDate& asOf) const
{
    IssueRow row;
    row.issue = issue;
    row.enterprise = Lookups::nameOf(*m_db, Lookups::Named::Enterprise, issue.enterpriseId);
    row.owner = Lookups::nameOf(*m_db, Lookups::Named::Person, issue.ownerPersonId);
    row.leadUnit = Lookups::nameOf(*m_db, Lookups::Named::Unit, issue.ownerUnitId);
    row.ownerArea = Lookups::nameOf(*m_db, Lookups::Named::Area, issue.ownerAreaId);
    row.state = Supervision::assess(issue, asOf, m_workflow->calendar());
    return describe(row);
}

QJsonObject IssueCommand::describe(const IssueRow& row)
{
    const Issue& issue = row.issue;
    const SupervisionState& state = row.state;
    QJsonArray missing;
    for (const int year : state.missingCalendarYears)
        missing << year;
    return QJsonObject{
        {QStringLiteral("id"), issue.id},
        {QStringLiteral("version"), issue.version},
        {QStringLiteral("enterprise_id"), issue.enterpriseId},
        {QStringLiteral("enterprise"), row.enterprise},
        {QStringLiteral("category"), issue.category},
        {QStringLiteral("title"), issue.title},
        {QStringLiteral("description"), issue.description},
        {QStringLiteral("status"), DomainText::code(issue.status)},
        {QStringLiteral("tier"), DomainText::code(issue.tier)},
        {QStringLiteral("owner"), row.owner},
        {QStringLiteral("owner_unit"), row.leadUnit},
        {QStringLiteral("owner_area"), row.ownerArea},
        {QStringLiteral("reported_on"), dateValue(issue.reportedOn)},
        {QStringLiteral("due_on"), dateValue(issue.dueOn)},
        {QStringLiteral("resolved_on"), dateValue(issue.resolvedOn)},
        {QStringLiteral("resolution"), issue.resolution},
        {QStringLiteral("satisfaction"),
         issue.satisfaction ? QJsonValue(DomainText::code(*issue.satisfaction)) : QJsonValue()},
        {QStringLiteral("handoffs"), issue.handoffs},
        {QStringLiteral("handoffs_since_progress"), issue.handoffsSinceProgress},
        {QStringLiteral("colour"), DomainText::code(state.colour)},
        {QStringLiteral("workdays_left"), state.workdaysLeft},
        {QStringLiteral("workdays_overdue"), state.workdaysOverdue},
        {QStringLiteral("flagged_for_escalation"), state.flaggedForEscalation},
        {QStringLiteral("calendar_missing"), missing},
    };
}

int IssueCommand::list(const CommandArguments& arguments)
{
    IssueFilter filter;
    filter.quick =
        arguments.isSet(QStringLiteral("open")) ? IssueFilter::Quick::Open : IssueFilter::Quick::All;
    const auto vocabulary = [&]<typename E>(const QString& option, const QStringList& codes,
                                            std::optional<E>& into) -> bool {
        if (!arguments.isSet(option))
            return true;
        const QString value = arguments.value(option);
        into = DomainText::fromCode<E>(value);
        if (!codes.contains(value) || !into) {
            m_app.fail(tr("--%1: “%2” is not one of %3.")
                           .arg(option, value.left(40), codes.join(QStringLiteral(", "))));
            return false;
        }
        return true;
    };
    auto categories = Lookups::categories(*m_db);
    if (!categories)
        return m_app.fail(categories.error());
    QStringList categoryCodes;
    for (const IssueCategory& category : *categories)
        categoryCodes << category.code;
    if (!vocabulary(QStringLiteral("status"), DomainText::allCodes<IssueStatus>(), filter.status) ||
        !vocabulary(QStringLiteral("tier"), DomainText::allCodes<Tier>(), filter.tier))
        return CtlApplication::Failed;
    if (arguments.isSet(QStringLiteral("category"))) {
        filter.category = arguments.value(QStringLiteral("category"));
        if (!categoryCodes.contains(filter.category))
            return m_app.fail(tr("--%1: “%2” is not one of %3.")
                                  .arg(QStringLiteral("category"), filter.category.left(40),
                                       categoryCodes.join(QStringLiteral(", "))));
    }
    filter.areaName = arguments.value(QStringLiteral("area"));
    filter.ownerName = arguments.value(QStringLiteral("owner"));

    QDate asOf = QDate::currentDate();
    if (arguments.isSet(QStringLiteral("as-of"))) {
        const auto date = parseIsoDate(arguments.value(QStringLiteral("as-of")));
        if (!date)
            return m_app.fail(tr("--as-of: “%1” is not a date; write it as YYYY-MM-DD.")
                                  .arg(arguments.value(QStringLiteral("as-of"))));
        asOf = *date;
    }
    if (arguments.isSet(QStringLiteral("colour"))) {
        filter.colour = DomainText::fromCode<SupervisionColour>(arguments.value(QStringLiteral("colour")));
        if (!filter.colour) {
            return m_app.fail(tr("--colour: “%1” is not one of %2.")
                                  .arg(arguments.value(QStringLiteral("colour")).left(40),
                                       DomainText::allCodes<SupervisionColour>().join(QStringLiteral(", "))));
        }
    }
    const bool flaggedOnly = arguments.isSet(QStringLiteral("flagged"));

    // Without --as-of every problem counts, even one dated after today.
    filter.onlyReportedByThen = arguments.isSet(QStringLiteral("as-of"));
    auto issues = IssueQuery(*m_db, m_workflow->calendar(), filter, asOf).fetch(QStringLiteral("i.id"));
    if (!issues)
        return m_app.fail(issues.error());

    QJsonArray rows;
    for (const IssueRow& row : *issues) {
        if (flaggedOnly && !row.state.flaggedForEscalation)
            continue;
        rows << describe(row);
    }

    if (arguments.isSet(QStringLiteral("json"))) {
        const QJsonObject result{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                 {QStringLiteral("count"), rows.size()},
                                 {QStringLiteral("issues"), rows}};
        m_app.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return CtlApplication::Done;
    }
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const auto status = DomainText::fromCode<IssueStatus>(row.value(QStringLiteral("status")).toString());
        const auto tier = DomainText::fromCode<Tier>(row.value(QStringLiteral("tier")).toString());
        const auto supervision =
            DomainText::fromCode<SupervisionColour>(row.value(QStringLiteral("colour")).toString());
        m_app.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                           .arg(row.value(QStringLiteral("id")).toInteger(), 5)
                           .arg(row.value(QStringLiteral("reported_on")).toString(),
                                row.value(QStringLiteral("due_on")).toString(),
                                supervision ? DomainText::label(*supervision) : QString(),
                                status ? DomainText::label(*status) : QString(),
                                tier ? DomainText::label(*tier) : QString(),
                                row.value(QStringLiteral("enterprise")).toString(),
                                row.value(QStringLiteral("title")).toString())
                    << '\n';
    }
    m_app.out() << tr("%n problem(s)", nullptr, int(rows.size())) << '\n';
    return CtlApplication::Done;
}

int IssueCommand::show(const CommandArguments& arguments)
{
    auto id = issueId(arguments.positional().first());
    if (!id)
        return m_app.fail(id.error());
    QDate asOf = QDate::currentDate();
    if (arguments.isSet(QStringLiteral("as-of"))) {
        const auto date = parseIsoDate(arguments.value(QStringLiteral("as-of")));
        if (!date)
            return m_app.fail(tr("--as-of: “%1” is not a date; write it as YYYY-MM-DD.")
                                  .arg(arguments.value(QStringLiteral("as-of"))));
        asOf = *date;
    }
    auto issue = Repository<Issue>(*m_db).get(*id);
    if (!issue)
        return m_app.fail(Error::notFound(tr("There is no problem number %1.").arg(*id)));
    auto described = describe(*issue, asOf);
    if (!described)
        return m_app.fail(described.error());
    QJsonObject object = *described;

    auto coUnits = m_workflow->coUnits(*id);
    if (!coUnits)
        return m_app.fail(coUnits.error());
    QJsonArray coNames;
    for (const Id unit : *coUnits)
        coNames << Lookups::nameOf(*m_db, Lookups::Named::Unit, unit);
    object.insert(QStringLiteral("co_units"), coNames);

    auto events =
        Repository<IssueEvent>(*m_db).list({QStringLiteral("issue_id = ?"), {*id}, QStringLiteral("at, id")});
    if (!events)
        return m_app.fail(events.error());
    QJsonArray timeline;
    for (const IssueEvent& event : *events) {
        timeline << QJsonObject{{QStringLiteral("kind"), DomainText::code(event.kind)},
                                {QStringLiteral("actor"), event.actor},
                                {QStringLiteral("at"), event.at.toString(Qt::ISODate)},
                                {QStringLiteral("note"), event.note}};
    }
    object.insert(QStringLiteral("timeline"), timeline);

    auto extensions = Repository<IssueExtension>(*m_db).list({QStringLiteral("issue_id = ?"), {*id}});
    if (!extensions)
        return m_app.fail(extensions.error());
    QJsonArray extensionRows;
    for (const IssueExtension& e : *extensions) {
        extensionRows << QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("previous_due_on"), dateValue(e.previousDueOn)},
                                     {QStringLiteral("requested_due_on"), dateValue(e.requestedDueOn)},
                                     {QStringLiteral("reason"), e.reason},
                                     {QStringLiteral("requested_by"), e.requestedBy},
                                     {QStringLiteral("status"), DomainText::code(e.status)},
                                     {QStringLiteral("decided_by"), e.decidedBy},
                                     {QStringLiteral("decision_note"), e.decisionNote}};
    }
    object.insert(QStringLiteral("extensions"), extensionRows);

    if (arguments.isSet(QStringLiteral("json"))) {
        m_app.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return CtlApplication::Done;
    }
    QTextStream& out = m_app.out();
    const SupervisionState state = Supervision::assess(*issue, asOf, m_workflow->calendar());
    out << tr("Problem %1 (version %2): %3").arg(issue->id).arg(issue->version).arg(issue->title) << '\n'
        << tr("Enterprise: %1").arg(object.value(QStringLiteral("enterprise")).toString()) << '\n'
        << tr("Category: %1; status: %2; tier: %3")
               .arg(m_db->scalar(QStringLiteral("SELECT name FROM issue_category WHERE code = ?"),
                                 {issue->category})
                        .value_or(QVariant(issue->category))
                        .toString(),
                    DomainText::label(issue->status), DomainText::label(issue->tier))
        << '\n'
        << tr("Owner: %1 %2")
               .arg(object.value(QStringLiteral("owner_unit")).toString(),
                    object.value(QStringLiteral("owner")).toString())
        << '\n'
        << tr("Reported %1, due %2; as of %3: %4")
               .arg(issue->reportedOn.toString(Qt::ISODate), issue->dueOn.toString(Qt::ISODate),
                    asOf.toString(Qt::ISODate), DomainText::label(state.colour))
        << '\n';
    for (const int year : state.missingCalendarYears)
        out << tr("The holiday schedule for %1 is missing: this deadline counts weekends only.").arg(year)
            << '\n';
    if (state.flaggedForEscalation)
        out << tr("Flagged for escalation to the district leader.") << '\n';
    for (const IssueEvent& event : *events) {
        out << QStringLiteral("  %1  %2  %3  %4")
                   .arg(event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        DomainText::label(event.kind), event.actor, event.note)
            << '\n';
    }
    return CtlApplication::Done;
}

int IssueCommand::add(const CommandArguments& arguments)
{
    IssueWorkflow::NewIssue input;
    auto enterprise = enterpriseId(arguments.value(QStringLiteral("enterprise")));
    if (!enterprise)
        return m_app.fail(enterprise.error());
    input.enterpriseId = *enterprise;
    input.category = arguments.value(QStringLiteral("category"));
    input.title = arguments.value(QStringLiteral("title"));
    input.description = arguments.value(QStringLiteral("description"));
    input.reportedOn = QDate::currentDate();
    if (arguments.isSet(QStringLiteral("reported-on"))) {
        const auto date = parseIsoDate(arguments.value(QStringLiteral("reported-on")));
        if (!date) {
            return m_app.fail(tr("--reported-on: “%1” is not a date; write it as YYYY-MM-DD.")
                                  .arg(arguments.value(QStringLiteral("reported-on"))));
        }
        input.reportedOn = *date;
    }
    if (arguments.isSet(QStringLiteral("visit"))) {
        const auto visit = parseId(arguments.value(QStringLiteral("visit")));
        if (!visit)
            return m_app.fail(
                tr("--visit: “%1” is not a visit number.").arg(arguments.value(QStringLiteral("visit"))));
        input.visitId = *visit;
    }
    auto id = m_workflow->add(input);
    if (!id)
        return m_app.fail(id.error());
    auto issue = Repository<Issue>(*m_db).get(*id);
    if (!issue)
        return m_app.fail(issue.error());
    if (arguments.isSet(QStringLiteral("json"))) {
        auto described = describe(*issue, issue->reportedOn);
        if (!described)
            return m_app.fail(described.error());
        m_app.out() << QString::fromUtf8(QJsonDocument(*described).toJson(QJsonDocument::Indented));
    } else {
        m_app.out() << tr("Registered problem %1, due %2.").arg(*id).arg(issue->dueOn.toString(Qt::ISODate))
                    << '\n';
    }
    for (const int year : m_workflow->calendar().missingYears(issue->reportedOn, issue->dueOn)) {
        m_app.warn(
            tr("The holiday schedule for %1 is missing: the due date counts weekends only.").arg(year));
    }
    return CtlApplication::Done;
}

int IssueCommand::act(const QString& action, const CommandArguments& arguments)
{
    const auto required = [&](const char* option) -> std::optional<QString> {
        if (!arguments.isSet(QString::fromLatin1(option)))
            return std::nullopt;
        return arguments.value(QString::fromLatin1(option));
    };
    const QString note = arguments.value(QStringLiteral("note"));

    if (action == QLatin1StringView("approve-extension")) {
        const auto extension = parseId(arguments.positional().first());
        if (!extension)
            return m_app.fail(
                tr("“%1” is not an extension request number.").arg(arguments.positional().first().left(40)));
        const bool approve = !arguments.isSet(QStringLiteral("refuse"));
        if (Status decided =
                m_workflow->decideExtension(*extension, approve, arguments.value(QStringLiteral("reason")));
            !decided) {
            return m_app.fail(decided.error());
        }
        m_app.out() << (approve ? tr("Extension request %1 approved.") : tr("Extension request %1 refused."))
                           .arg(*extension)
                    << '\n';
        return CtlApplication::Done;
    }

    auto id = issueId(arguments.positional().first());
    if (!id)
        return m_app.fail(id.error());
    auto version = expectedVersion(arguments);
    if (!version)
        return m_app.fail(version.error());

    Status done;
    if (action == QLatin1StringView("assign")) {
        const auto lead = required("lead");
        if (!lead)
            return m_app.usage(tr("“issue assign” needs --lead UNIT."));
        auto leadId = unitId(*lead);
        if (!leadId)
            return m_app.fail(leadId.error());
        QList<Id> coIds;
        for (const QString& co : arguments.values(QStringLiteral("co"))) {
            auto coId = unitId(co);
            if (!coId)
                return m_app.fail(coId.error());
            coIds << *coId;
        }
        done = m_workflow->assign(*id, *version, *leadId, coIds, note);
    } else if (action == QLatin1StringView("start")) {
        done = m_workflow->start(*id, *version, note);
    } else if (action == QLatin1StringView("escalate")) {
        done = m_workflow->escalate(*id, *version, note);
    } else if (action == QLatin1StringView("urge")) {
        done = m_workflow->urge(*id, note);
    } else if (action == QLatin1StringView("extend")) {
        const auto to = required("to");
        if (!to)
            return m_app.usage(tr("“issue extend” needs --to DATE."));
        const auto date = parseIsoDate(*to);
        if (!date)
            return m_app.fail(tr("--to: “%1” is not a date; write it as YYYY-MM-DD.").arg(*to));
        auto extension = m_workflow->requestExtension(*id, *date, arguments.value(QStringLiteral("reason")));
        if (!extension)
            return m_app.fail(extension.error());
        m_app.out() << tr("Extension request %1 is waiting for a supervisor's decision.").arg(*extension)
                    << '\n';
        return CtlApplication::Done;
    } else if (action == QLatin1StringView("resolve")) {
        QDate on = QDate::currentDate();
        if (const auto text = required("on")) {
            const auto date = parseIsoDate(*text);
            if (!date)
                return m_app.fail(tr("--on: “%1” is not a date; write it as YYYY-MM-DD.").arg(*text));
            on = *date;
        }
        done = m_workflow->resolve(*id, *version, arguments.value(QStringLiteral("resolution")), on);
    } else if (action == QLatin1StringView("verify")) {
        const auto text = required("satisfaction");
        if (!text)
            return m_app.usage(tr("“issue verify” needs --satisfaction."));
        const auto satisfaction = DomainText::fromCode<Satisfaction>(*text);
        if (!satisfaction) {
            return m_app.fail(
                tr("--satisfaction: “%1” is not one of %2.")
                    .arg(text->left(40), DomainText::allCodes<Satisfaction>().join(QStringLiteral(", "))));
        }
        done = m_workflow->verify(*id, *version, *satisfaction, note);
    } else if (action == QLatin1StringView("reopen")) {
        done = m_workflow->reopen(*id, *version, arguments.value(QStringLiteral("reason")));
    }
    if (!done)
        return m_app.fail(done.error());

    auto issue = Repository<Issue>(*m_db).get(*id);
    if (!issue)
        return m_app.fail(issue.error());
    m_app.out() << tr("Problem %1 is “%2” at the %3 tier (version %4).")
                       .arg(*id)
                       .arg(DomainText::label(issue->status), DomainText::label(issue->tier))
                       .arg(issue->version)
                << '\n';
    return CtlApplication::Done;
}

} // namespace liaison
