#include "Briefing.h"

#include "Database.h"
#include "EntityTraits.h"
#include "Lookups.h"
#include "Supervision.h"
#include "security/Permissions.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace liaison {
namespace {

bool resolvedBy(const Issue& issue, const QDate& day)
{
    return (issue.status == IssueStatus::Resolved || issue.status == IssueStatus::Verified) &&
           issue.resolvedOn.isValid() && issue.resolvedOn <= day;
}

bool within(const QDate& day, const QDate& from, const QDate& to)
{
    return day.isValid() && day >= from && day <= to;
}

// The ISO week (year, week) of a day.
std::pair<int, int> isoWeekOf(const QDate& day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return {year, week};
}

QString plain(qint64 n)
{
    return QString::number(n);
}

QString percent(double share)
{
    // 100% stays "100%", anything else keeps one decimal: 81.4%.
    const double value = share * 100.0;
    return (value >= 99.95 ? QStringLiteral("100") : QString::number(value, 'f', 1)) + QLatin1Char('%');
}

} // namespace

Result<BriefingPeriod> BriefingPeriod::isoWeek(const QString& week)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(week.trimmed());
    if (!match.hasMatch())
        return std::unexpected(Error::validation(
            Briefing::tr("“%1” is not an ISO week; write it as YYYY-Www, e.g. 2022-W49.").arg(week)));
    const int year = match.captured(1).toInt();
    const int number = match.captured(2).toInt();
    // Week 1 is the week with the year's first Thursday; 4 January is always in it.
    const QDate fourth(year, 1, 4);
    const QDate monday = fourth.addDays(1 - fourth.dayOfWeek()).addDays(7 * (number - 1));
    int isoYear = 0;
    if (number < 1 || monday.weekNumber(&isoYear) != number || isoYear != year)
        return std::unexpected(Error::validation(Briefing::tr("%1 has no week %2.").arg(year).arg(number)));
    return BriefingPeriod{monday, monday.addDays(6)};
}

Result<BriefingPeriod> BriefingPeriod::span(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return std::unexpected(
            Error::validation(Briefing::tr("The briefing's period needs a first and a last day.")));
    if (to < from)
        return std::unexpected(
            Error::validation(Briefing::tr("The period ends (%1) before it begins (%2).")
                                  .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))));
    if (from.daysTo(to) > 366)
        return std::unexpected(Error::validation(Briefing::tr("A briefing covers a year at most.")));
    return BriefingPeriod{from, to};
}

BriefingPeriod BriefingPeriod::weekOf(const QDate& day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

QString BriefingPeriod::isoWeekName() const
{
    if (from.dayOfWeek() != 1 || from.daysTo(to) != 6)
        return {};
    const auto [year, week] = isoWeekOf(from);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

Result<BriefingData> Briefing::build(Database& db, const WorkCalendar& calendar, const BriefingPeriod& period,
                                     const QDate& asOf)
{
    LIAISON_TRY(Permissions::require(db, Permission::Read));
    if (!asOf.isValid())
        return std::unexpected(Error::validation(tr("The as-of date is not a real calendar date.")));
    if (asOf < period.from)
        return std::unexpected(
            Error::validation(tr("The as-of day (%1) is before the period begins (%2).")
                                  .arg(asOf.toString(Qt::ISODate), period.from.toString(Qt::ISODate))));
    BriefingData data;
    data.period = period;
    data.asOf = asOf;
    auto headline = Statistics::snapshot(db, asOf);
    LIAISON_TRY(headline);
    data.headline = *headline;

    // The period's own figures count what happened from its first day up to the as-of day.
    const QDate last = std::min(period.to, asOf);
    const QVariantList range = {period.from, last};
    const struct
    {
        qint64* into;
        const char* sql;
    } counts[] = {
        {&data.visits, "SELECT COUNT(*) FROM visit WHERE visited_on BETWEEN ? AND ?"},
        {&data.enterprisesVisited,
         "SELECT COUNT(DISTINCT enterprise_id) FROM visit WHERE visited_on BETWEEN ? AND ?"},
        {&data.passes,
         "SELECT COUNT(*) FROM permit_request WHERE kind = 'pass' AND granted_on BETWEEN ? AND ?"},
        {&data.driverApplications, "SELECT COUNT(*) FROM permit_request WHERE kind = 'driver_whitelist' AND "
                                   "applied_on BETWEEN ? AND ?"},
        {&data.transferred,
         "SELECT COALESCE(SUM(people), 0) FROM staff_transfer WHERE transferred_on BETWEEN ? AND ?"},
        {&data.staffReturned,
         "SELECT COALESCE(SUM(staff_returned), 0) FROM visit WHERE visited_on BETWEEN ? AND ?"},
    };
    for (const auto& count : counts) {
        auto value = db.scalar(QString::fromLatin1(count.sql), range);
        LIAISON_TRY(value);
        *count.into = value->toLongLong();
    }
    auto registered = db.scalar(QStringLiteral("SELECT COUNT(*) FROM enterprise"), {});
    LIAISON_TRY(registered);
    data.enterprisesRegistered = registered->toLongLong();

    auto categories = Lookups::categories(db);
    LIAISON_TRY(categories);
    auto issues = Repository<Issue>(db).list({QStringLiteral("reported_on <= ?"), {asOf}});
    LIAISON_TRY(issues);
    QHash<QString, qsizetype> categoryRow;
    for (const IssueCategory& category : *categories) {
        categoryRow.insert(category.code, data.categories.size());
        data.categories << BriefingData::CategoryRow{category.code, category.name, 0, 0, 0, 0};
    }
    for (const QString& code : DomainText::allCodes<Tier>())
        data.tiers << BriefingData::TierRow{*DomainText::fromCode<Tier>(code), 0, 0, 0};

    for (const Issue& issue : *issues) {
        if (!categoryRow.contains(issue.category)) {
            categoryRow.insert(issue.category, data.categories.size());
            data.categories << BriefingData::CategoryRow{issue.category, issue.category, 0, 0, 0, 0};
        }
        BriefingData::CategoryRow& row = data.categories[categoryRow.value(issue.category)];
        BriefingData::TierRow& tier = data.tiers[qsizetype(issue.tier)];
        const bool resolved = resolvedBy(issue, asOf);
        ++row.raisedToDate;
        if (within(issue.reportedOn, period.from, last)) {
            ++row.raised;
            ++tier.raised;
            ++data.problemsRaised;
        }
        if (resolved) {
            ++row.resolvedToDate;
            if (within(issue.resolvedOn, period.from, last)) {
                ++row.resolved;
                ++tier.resolved;
                ++data.problemsResolved;
            }
            continue;
        }
        ++tier.open;
        // Open on the as-of day: as it stood then, even if resolved since.
        Issue asItWas = issue;
        if (asItWas.status == IssueStatus::Resolved || asItWas.status == IssueStatus::Verified) {
            asItWas.status = IssueStatus::InProgress;
            asItWas.resolvedOn = QDate();
        }
        const SupervisionState state = Supervision::assess(asItWas, asOf, calendar);
        if (state.colour != SupervisionColour::Red && state.colour != SupervisionColour::Yellow &&
            !state.flaggedForEscalation)
            continue;
        const QString unit = Lookups::nameOf(db, Lookups::Named::Unit, issue.ownerUnitId);
        const QString area = Lookups::nameOf(db, Lookups::Named::Area, issue.ownerAreaId);
        const QString person = Lookups::nameOf(db, Lookups::Named::Person, issue.ownerPersonId);
        QStringList owner;
        for (const QString& part : {unit.isEmpty() ? area : unit, person})
            if (!part.isEmpty())
                owner << part;
        data.keyProblems << BriefingData::KeyProblem{
            issue.id,
            Lookups::nameOf(db, Lookups::Named::Enterprise, issue.enterpriseId),
            issue.title,
            row.name,
            issue.tier,
            owner.join(QStringLiteral(" ")),
            state.colour,
            state.workdaysOverdue,
            state.flaggedForEscalation,
            issue.reportedOn,
            issue.dueOn};
    }
    const auto rank = [](const BriefingData::KeyProblem& p) {
        return p.colour == SupervisionColour::Red ? 0 : p.colour == SupervisionColour::Yellow ? 1 : 2;
    };
    std::sort(data.keyProblems.begin(), data.keyProblems.end(), [&](const auto& a, const auto& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.workdaysOverdue != b.workdaysOverdue)
            return a.workdaysOverdue > b.workdaysOverdue;
        return a.id < b.id;
    });

    // 期数: the weeks of this ISO year with recorded work, up to this one, this one counted always.
    const auto [year, week] = isoWeekOf(period.to);
    auto days = db.run(QStringLiteral("SELECT visited_on FROM visit WHERE visited_on BETWEEN ? AND ? UNION "
                                      "SELECT reported_on FROM issue WHERE reported_on BETWEEN ? AND ?"),
                       {QDate(year - 1, 12, 20), period.to, QDate(year - 1, 12, 20), period.to});
    LIAISON_TRY(days);
    QSet<int> weeks = {week};
    while (days->next()) {
        const auto [dayYear, dayWeek] = isoWeekOf(days->value(0).toDate());
        if (dayYear == year && dayWeek <= week)
            weeks.insert(dayWeek);
    }
    data.issueNumber = int(weeks.size());
    return data;
}

QString BriefingData::headlineText() const
{
    if (!hasData())
        return Briefing::tr(
                   "No enterprises, visits or problems are recorded up to %1: there is nothing to report.")
            .arg(dateText(asOf, true));
    const StatsSnapshot& s = headline;
    const QString day = dateText(asOf);
    QString text;
    if (s.enterprisesDirect > 0 && s.enterprisesDirectInProduction == s.enterprisesDirect) {
        text = Briefing::tr(
                   "As of %1, all %2 above-size industrial enterprises directly managed by the district were "
                   "back in production, a resumption rate of %3")
                   .arg(day, plain(s.enterprisesDirect), percent(s.resumptionRate));
    } else {
        text =
            Briefing::tr(
                "As of %1, %2 of the %3 above-size industrial enterprises directly managed by the district "
                "were back in production, a resumption rate of %4")
                .arg(day, plain(s.enterprisesDirectInProduction), plain(s.enterprisesDirect),
                     percent(s.resumptionRate));
    }
    if (s.preUpgrade > 0) {
        text += s.preUpgradeInProduction == s.preUpgrade
                    ? Briefing::tr("; all %1 enterprises about to be upgraded are producing too")
                          .arg(plain(s.preUpgrade))
                    : Briefing::tr("; %1 of the %2 enterprises about to be upgraded are producing")
                          .arg(plain(s.preUpgradeInProduction), plain(s.preUpgrade));
    }
    if (s.whitelistEnterprises > 0) {
        text += Briefing::tr("; %1 enterprises are on the district's white-list in %n batch(es)", nullptr,
                             int(s.whitelistBatches))
                    .arg(plain(s.whitelistEnterprises));
    }
    text += Briefing::tr(". ");

    // The two categories with the most problems resolved name the kind of work done.
    QList<CategoryRow> busiest = categories;
    std::stable_sort(busiest.begin(), busiest.end(), [](const CategoryRow& a, const CategoryRow& b) {
        return a.resolvedToDate > b.resolvedToDate;
    });
    QStringList kinds;
    for (const CategoryRow& row : busiest.mid(0, 2)) {
        if (row.resolvedToDate > 0)
            kinds << row.name;
    }
    text += kinds.isEmpty()
                ? Briefing::tr("%1 problems of enterprises have been coordinated and resolved so far")
                      .arg(plain(s.issuesResolved))
                : Briefing::tr(
                      "%1 problems of enterprises, such as %2, have been coordinated and resolved so far")
                      .arg(plain(s.issuesResolved), kinds.join(Briefing::tr(", ", "list separator")));
    text += Briefing::tr(
                "; %1 transport passes were obtained for enterprises and %2 applications put drivers of key "
                "industrial enterprises' freight on the white-list")
                .arg(plain(s.passes), plain(s.driverWhitelist));
    text += Briefing::tr("; %1 people were transferred, %2 staff helped back to work, %3 work in closed-loop "
                         "production, and capacity utilisation stands at %4%.")
                .arg(plain(s.transferred), plain(s.staffReturned), plain(s.closedLoopStaff),
                     QString::number(s.capacityUtilization, 'f', 1));
    return text;
}

QString BriefingData::dateText(const QDate& day, bool withYear)
{
    return QLocale().toString(day, withYear ? Briefing::tr("d MMMM yyyy", "date in the briefing's text")
                                            : Briefing::tr("d MMMM", "date in the briefing's text"));
}

QString BriefingData::spanText() const
{
    const QDate last = lastCountedDay();
    if (last == period.from)
        return Briefing::tr("On %1", "the days the period's figures count, opening a sentence")
            .arg(dateText(last));
    return Briefing::tr("From %1 to %2", "the days the period's figures count, opening a sentence")
        .arg(dateText(period.from), dateText(last));
}

QString BriefingData::weekText() const
{
    const QString days = spanText();
    const double coverage =
        enterprisesRegistered > 0 ? double(enterprisesVisited) / enterprisesRegistered : 0.0;
    QString text = visits == 0
                       ? Briefing::tr("%1 no visit to an enterprise was recorded").arg(days)
                       : Briefing::tr("%1 liaison staff visited enterprises %2 times and reached %3 of the "
                                      "%4 enterprises on the register (%5)")
                             .arg(days, plain(visits), plain(enterprisesVisited),
                                  plain(enterprisesRegistered), percent(coverage));
    text += Briefing::tr("; %1 staff went back to work with their help and %2 people were transferred")
                .arg(plain(staffReturned), plain(transferred));
    text +=
        Briefing::tr("; they obtained %1 transport passes and filed %2 driver white-list applications for "
                     "enterprises.")
            .arg(plain(passes), plain(driverApplications));
    return text;
}

QString BriefingData::problemsText() const
{
    qint64 openAt[3] = {0, 0, 0};
    for (const TierRow& row : tiers)
        openAt[qsizetype(row.tier)] = row.open;
    const qint64 total = headline.issuesTotal;
    return Briefing::tr(
               "%1 enterprises raised %2 new problems and %3 were resolved. As of %4, %5 problems have "
               "been collected in all and %6 resolved (%7); %8 are still being coordinated: %9 by towns, "
               "streets and parks, %10 by district departments and %11 by district leaders.")
        .arg(spanText(), plain(problemsRaised), plain(problemsResolved), dateText(asOf), plain(total),
             plain(headline.issuesResolved),
             percent(total > 0 ? double(headline.issuesResolved) / total : 0.0), plain(headline.issuesOpen),
             plain(openAt[qsizetype(Tier::Area)]), plain(openAt[qsizetype(Tier::Department)]),
             plain(openAt[qsizetype(Tier::Leader)]));
}

QString BriefingData::keyProblemsText() const
{
    if (keyProblems.isEmpty())
        return Briefing::tr("As of %1 no open problem is under red or yellow supervision or waiting to be "
                            "escalated.")
            .arg(dateText(asOf));
    // The colours and the escalation flag overlap (a red problem may be due for escalation too): the
    // text counts each as the table marks it.
    qint64 red = 0;
    qint64 yellow = 0;
    qint64 toEscalate = 0;
    for (const KeyProblem& p : keyProblems) {
        red += p.colour == SupervisionColour::Red ? 1 : 0;
        yellow += p.colour == SupervisionColour::Yellow ? 1 : 0;
        toEscalate += p.flaggedForEscalation ? 1 : 0;
    }
    return Briefing::tr(
               "As of %1, %2 problems need coordinating: %3 under red supervision and %4 under yellow "
               "supervision; %5 of them are to be escalated. They are:")
        .arg(dateText(asOf), plain(keyProblems.size()), plain(red), plain(yellow), plain(toEscalate));
}

QJsonObject BriefingData::toJson() const
{
    QJsonArray categoryRows;
    for (const CategoryRow& c : categories) {
        categoryRows.append(QJsonObject{{QStringLiteral("code"), c.code},
                                        {QStringLiteral("name"), c.name},
                                        {QStringLiteral("raised"), c.raised},
                                        {QStringLiteral("resolved"), c.resolved},
                                        {QStringLiteral("raised_to_date"), c.raisedToDate},
                                        {QStringLiteral("resolved_to_date"), c.resolvedToDate}});
    }
    QJsonArray tierRows;
    for (const TierRow& t : tiers) {
        tierRows.append(QJsonObject{{QStringLiteral("tier"), DomainText::code(t.tier)},
                                    {QStringLiteral("raised"), t.raised},
                                    {QStringLiteral("resolved"), t.resolved},
                                    {QStringLiteral("open"), t.open}});
    }
    QJsonArray key;
    for (const KeyProblem& p : keyProblems) {
        key.append(QJsonObject{{QStringLiteral("id"), p.id},
                               {QStringLiteral("enterprise"), p.enterprise},
                               {QStringLiteral("title"), p.title},
                               {QStringLiteral("category"), p.category},
                               {QStringLiteral("tier"), DomainText::code(p.tier)},
                               {QStringLiteral("owner"), p.owner},
                               {QStringLiteral("colour"), DomainText::code(p.colour)},
                               {QStringLiteral("workdays_overdue"), p.workdaysOverdue},
                               {QStringLiteral("flagged_for_escalation"), p.flaggedForEscalation},
                               {QStringLiteral("reported_on"), p.reportedOn.toString(Qt::ISODate)},
                               {QStringLiteral("due_on"), p.dueOn.toString(Qt::ISODate)}});
    }
    const QJsonObject periodFigures{{QStringLiteral("visits"), visits},
                                    {QStringLiteral("enterprises_visited"), enterprisesVisited},
                                    {QStringLiteral("enterprises_registered"), enterprisesRegistered},
                                    {QStringLiteral("issues_raised"), problemsRaised},
                                    {QStringLiteral("issues_resolved"), problemsResolved},
                                    {QStringLiteral("passes"), passes},
                                    {QStringLiteral("driver_applications"), driverApplications},
                                    {QStringLiteral("transferred"), transferred},
                                    {QStringLiteral("staff_returned"), staffReturned}};
    return QJsonObject{{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                       {QStringLiteral("week"), period.isoWeekName()},
                       {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                       {QStringLiteral("issue_number"), issueNumber},
                       {QStringLiteral("has_data"), hasData()},
                       {QStringLiteral("headline"), headline.toJson()},
                       {QStringLiteral("headline_text"), headlineText()},
                       {QStringLiteral("period"), periodFigures},
                       {QStringLiteral("categories"), categoryRows},
                       {QStringLiteral("tiers"), tierRows},
                       {QStringLiteral("key_problems"), key}};
}

} // namespace liaison
