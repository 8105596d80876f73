#pragma once

#include "Entities.h"
#include "Error.h"

#include <QList>
#include <QString>

namespace liaison {

class Database;

// Small read-only questions the windows and the command line ask of the database, so that neither
// writes SQL of its own.
class Lookups final
{
public:
    enum class Named { Area, Unit, Person, Enterprise };

    struct EnterpriseKey
    {
        Id id = 0;
        QString name;
        QString creditCode;
        QString pinyin;
        QString initials;
    };

    // An enterprise that supplies this one (upstream) or that this one supplies (downstream).
    struct SupplyPartner
    {
        Id enterpriseId = 0;
        QString name;
        QString product;
        ProductionStatus status = ProductionStatus::Normal;
        bool upstream = false;
    };

    // How many enterprises were visited at least once in the days up to a date.
    struct VisitCoverage
    {
        qint64 visited = 0;
        qint64 enterprises = 0;
    };

    // The figures the main window's status bar keeps in view.
    struct LiveCounts
    {
        qint64 enterprises = 0;
        qint64 openProblems = 0;
        qint64 pendingPermits = 0;
    };

    // The name of a record, or an empty string when there is none.
    static QString nameOf(const Database& db, Named table, const OptionalId& id);
    [[nodiscard]] static Result<QList<IssueCategory>> categories(const Database& db);
    [[nodiscard]] static Result<OptionalId> pendingExtension(const Database& db, Id issueId);
    [[nodiscard]] static Result<qint64> enterpriseCount(const Database& db);
    // Every enterprise's name and search keys, for typing an enterprise by name, code or pinyin.
    [[nodiscard]] static Result<QList<EnterpriseKey>> enterpriseKeys(const Database& db);
    // The industries the register uses, by name.
    [[nodiscard]] static Result<QStringList> industries(const Database& db);
    // Suppliers first, then customers, each by name.
    [[nodiscard]] static Result<QList<SupplyPartner>> supplyPartners(const Database& db, Id enterpriseId);
    [[nodiscard]] static Result<LiveCounts> liveCounts(const Database& db);
    // The last day anything was recorded (a visit or a problem); null on an empty database.
    [[nodiscard]] static Result<QDate> latestActivityDay(const Database& db);
    // Visits in the days (asOf - days, asOf]: the same window as the register's "not visited in N days".
    [[nodiscard]] static Result<VisitCoverage> visitCoverage(const Database& db, const QDate& asOf, int days);
};

} // namespace liaison
