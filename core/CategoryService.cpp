#include "CategoryService.h"

#include "AuditLog.h"

#include "Database.h"
#include "security/Permissions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace liaison {

Status CategoryService::setDeadline(Database& db, const QString& code, int workdays)
{
    LIAISON_TRY(Permissions::require(db, Permission::EditReference));
    if (workdays < shortestDeadline || workdays > longestDeadline) {
        return std::unexpected(
            Error::validation(tr("A deadline is %1 to %2 working days; %3 is outside that.")
                                  .arg(shortestDeadline)
                                  .arg(longestDeadline)
                                  .arg(workdays),
                              QStringLiteral("deadline_workdays")));
    }
    return db.transaction([&]() -> Status {
        auto before =
            db.scalar(QStringLiteral("SELECT deadline_workdays FROM issue_category WHERE code = ?"), {code});
        LIAISON_TRY(before);
        if (before->isNull()) {
            return std::unexpected(Error::validation(tr("“%1” is not a problem category.").arg(code.left(40)),
                                                     QStringLiteral("category")));
        }
        if (before->toInt() == workdays)
            return {};
        LIAISON_TRY(db.run(QStringLiteral("UPDATE issue_category SET deadline_workdays = ? WHERE code = ?"),
                           {workdays, code}));
        const auto json = [&](int days) {
            return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                                               {QStringLiteral("deadline_workdays"), days}})
                                         .toJson(QJsonDocument::Compact));
        };
        // Categories are keyed by code: the audit row names the record 0 and carries the code.
        return AuditLog::record(db, "update", QStringLiteral("issue_category"), 0, json(before->toInt()),
                                json(workdays));
    });
}

} // namespace liaison
