#pragma once

#include "Entities.h"
#include "Error.h"
#include "Statistics.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <algorithm>

namespace liaison {

class Database;

// The period a weekly briefing (工作简报) covers: an ISO week, or any span of days.
struct BriefingPeriod
{
    QDate from;
    QDate to;

    // "2022-W49": Monday 2022-12-05 to Sunday 2022-12-11.
    [[nodiscard]] static Result<BriefingPeriod> isoWeek(const QString& week);
    [[nodiscard]] static Result<BriefingPeriod> span(const QDate& from, const QDate& to);
    // The ISO week a day falls in.
    static BriefingPeriod weekOf(const QDate& day);
    QString isoWeekName() const; // "2022-W49" when the period is an ISO week, else empty
};

// Everything the weekly briefing reports, worked out once for the document, the workbook and the
// JSON: the headline figures as of a day, the period's own figures, problems by category and tier,
// the problems that need coordinating, visit coverage and the briefing's number in its year.
struct BriefingData
{
    struct CategoryRow
    {
        QString code;
        QString name;
        qint64 raised = 0;         // in the period
        qint64 resolved = 0;       // in the period
        qint64 raisedToDate = 0;   // up to asOf
        qint64 resolvedToDate = 0; // up to asOf
    };
    struct TierRow
    {
        Tier tier = Tier::Area;
        qint64 raised = 0;
        qint64 resolved = 0;
        qint64 open = 0; // as of asOf
    };
    // A problem to coordinate (需协调的重点问题): red, yellow or flagged for escalation as of asOf.
    struct KeyProblem
    {
        Id id = 0;
        QString enterprise;
        QString title;
        QString category;
        Tier tier = Tier::Area;
        QString owner; // lead unit and person
        SupervisionColour colour = SupervisionColour::None;
        int workdaysOverdue = 0;
        bool flaggedForEscalation = false;
        QDate reportedOn;
        QDate dueOn;
    };

    BriefingPeriod period;
    QDate asOf;
    int issueNumber = 0; // 期数: this week's place among the weeks of its year with recorded work
    StatsSnapshot headline;
    qint64 visits = 0;
    qint64 enterprisesVisited = 0;
    qint64 enterprisesRegistered = 0; // on the register as of now: what visit coverage is a share of
    qint64 problemsRaised = 0;
    qint64 problemsResolved = 0;
    qint64 passes = 0;
    qint64 driverApplications = 0;
    qint64 transferred = 0;
    qint64 staffReturned = 0;
    QList<CategoryRow> categories;
    QList<TierRow> tiers;
    QList<KeyProblem> keyProblems; // red first, then yellow, then flagged; most overdue first

    bool hasData() const { return headline.enterprisesDirect > 0 || headline.issuesTotal > 0 || visits > 0; }
    // The opening paragraph, in the register of the district's reports; every number from the data.
    QString headlineText() const;
    // The paragraphs of the sections 本周工作, 问题协调 and 需协调的重点问题, every number from the data.
    QString weekText() const;
    QString problemsText() const;
    QString keyProblemsText() const;
    // A day as the briefing writes it: "12月5日", or "2022年12月5日" with the year.
    static QString dateText(const QDate& day, bool withYear = false);
    // The days the period's own figures count, to open a sentence: "12月5日至12月7日", "12月5日".
    QString spanText() const;
    // The last day the period's own figures count: its end, or the as-of day if that is earlier.
    QDate lastCountedDay() const { return std::min(period.to, asOf); }

    // The stable, documented `briefing --json` object.
    QJsonObject toJson() const;
};

class Briefing final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::Briefing)

public:
    [[nodiscard]] static Result<BriefingData> build(Database& db, const WorkCalendar& calendar,
                                                    const BriefingPeriod& period, const QDate& asOf);
};

} // namespace liaison
