#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace liaison {

// The fixed vocabularies of the domain. Each value is stored in the database by a stable code (the
// same on SQLite and PostgreSQL, never translated) and shown to people through a translated label.

enum class AreaKind { Street, Town, Park };
enum class EnterpriseScale { Direct, PreUpgrade, Other };
enum class EnterpriseTag { Specialised, ChainLeader, ChainKeyLink, LeadingIndustry };
enum class ProductionStatus { Normal, Partial, ClosedLoop, Stopped };
enum class VisitMode { OnSite, Phone, Video };
enum class Tier { Area, Department, Leader };
enum class IssueStatus { New, Assigned, InProgress, Resolved, Verified, Reopened };
enum class IssueEventKind {
    Created,
    Assigned,
    Escalated,
    Urged,
    Commented,
    Resolved,
    Verified,
    Reopened,
    Started,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionRefused
};
enum class Satisfaction { Satisfied, BasicallySatisfied, Unsatisfied };
enum class ExtensionStatus { Pending, Approved, Refused };
// Supervision colours (督办), from calm to alarming; None for problems no longer open.
enum class SupervisionColour { None, Green, Blue, Yellow, Red };
enum class PermitKind { Pass, DriverWhitelist };
enum class Role { Admin, Supervisor, Liaison, Officer };

// Codes (database and command line) and labels (people) for every vocabulary.
class DomainText final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::DomainText)

public:
    template <typename E>
    static QString code(E value);
    template <typename E>
    static std::optional<E> fromCode(const QString& code);
    template <typename E>
    static QString label(E value);
    template <typename E>
    static QStringList allCodes();

    // True when the status counts as "back in production" (复工复产).
    static bool isProducing(ProductionStatus status) { return status != ProductionStatus::Stopped; }
};

template <>
QString DomainText::label(AreaKind value);
template <>
QString DomainText::label(EnterpriseScale value);
template <>
QString DomainText::label(EnterpriseTag value);
template <>
QString DomainText::label(ProductionStatus value);
template <>
QString DomainText::label(VisitMode value);
template <>
QString DomainText::label(Tier value);
template <>
QString DomainText::label(IssueStatus value);
template <>
QString DomainText::label(IssueEventKind value);
template <>
QString DomainText::label(PermitKind value);
template <>
QString DomainText::label(Role value);
template <>
QString DomainText::label(Satisfaction value);
template <>
QString DomainText::label(ExtensionStatus value);
template <>
QString DomainText::label(SupervisionColour value);

} // namespace liaison
