#include "DomainEnums.h"

#include <array>
#include <utility>

namespace liaison {
namespace {

template <typename E>
struct Vocabulary;

#define LIAISON_VOCABULARY(Enum, ...)                                                                        \
    template <>                                                                                              \
    struct Vocabulary<Enum>                                                                                  \
    {                                                                                                        \
        static constexpr auto entries = std::to_array<std::pair<Enum, const char*>>({__VA_ARGS__});          \
    };

LIAISON_VOCABULARY(AreaKind, {AreaKind::Street, "street"}, {AreaKind::Town, "town"}, {AreaKind::Park, "park"})
LIAISON_VOCABULARY(EnterpriseScale, {EnterpriseScale::Direct, "direct"},
                   {EnterpriseScale::PreUpgrade, "pre_upgrade"}, {EnterpriseScale::Other, "other"})
LIAISON_VOCABULARY(EnterpriseTag, {EnterpriseTag::Specialised, "specialised"},
                   {EnterpriseTag::ChainLeader, "chain_leader"},
                   {EnterpriseTag::ChainKeyLink, "chain_key_link"},
                   {EnterpriseTag::LeadingIndustry, "leading_industry"})
LIAISON_VOCABULARY(ProductionStatus, {ProductionStatus::Normal, "normal"},
                   {ProductionStatus::Partial, "partial"}, {ProductionStatus::ClosedLoop, "closed_loop"},
                   {ProductionStatus::Stopped, "stopped"})
LIAISON_VOCABULARY(VisitMode, {VisitMode::OnSite, "onsite"}, {VisitMode::Phone, "phone"},
                   {VisitMode::Video, "video"})
LIAISON_VOCABULARY(Tier, {Tier::Area, "area"}, {Tier::Department, "department"}, {Tier::Leader, "leader"})
LIAISON_VOCABULARY(IssueStatus, {IssueStatus::New, "new"}, {IssueStatus::Assigned, "assigned"},
                   {IssueStatus::InProgress, "in_progress"}, {IssueStatus::Resolved, "resolved"},
                   {IssueStatus::Verified, "verified"}, {IssueStatus::Reopened, "reopened"})
LIAISON_VOCABULARY(IssueEventKind, {IssueEventKind::Created, "created"},
                   {IssueEventKind::Assigned, "assigned"}, {IssueEventKind::Escalated, "escalated"},
                   {IssueEventKind::Urged, "urged"}, {IssueEventKind::Commented, "commented"},
                   {IssueEventKind::Resolved, "resolved"}, {IssueEventKind::Verified, "verified"},
                   {IssueEventKind::Reopened, "reopened"}, {IssueEventKind::Started, "started"},
                   {IssueEventKind::ExtensionRequested, "extension_requested"},
                   {IssueEventKind::ExtensionApproved, "extension_approved"},
                   {IssueEventKind::ExtensionRefused, "extension_refused"})
LIAISON_VOCABULARY(Satisfaction, {Satisfaction::Satisfied, "satisfied"},
                   {Satisfaction::BasicallySatisfied, "basically_satisfied"},
                   {Satisfaction::Unsatisfied, "unsatisfied"})
LIAISON_VOCABULARY(ExtensionStatus, {ExtensionStatus::Pending, "pending"},
                   {ExtensionStatus::Approved, "approved"}, {ExtensionStatus::Refused, "refused"})
LIAISON_VOCABULARY(SupervisionColour, {SupervisionColour::None, "none"}, {SupervisionColour::Green, "green"},
                   {SupervisionColour::Blue, "blue"}, {SupervisionColour::Yellow, "yellow"},
                   {SupervisionColour::Red, "red"})
LIAISON_VOCABULARY(PermitKind, {PermitKind::Pass, "pass"}, {PermitKind::DriverWhitelist, "driver_whitelist"})
LIAISON_VOCABULARY(Role, {Role::Admin, "admin"}, {Role::Supervisor, "supervisor"}, {Role::Liaison, "liaison"},
                   {Role::Officer, "officer"})

#undef LIAISON_VOCABULARY

} // namespace

template <typename E>
QString DomainText::code(E value)
{
    for (const auto& [entry, text] : Vocabulary<E>::entries) {
        if (entry == value)
            return QString::fromLatin1(text);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename E>
std::optional<E> DomainText::fromCode(const QString& code)
{
    for (const auto& [entry, text] : Vocabulary<E>::entries) {
        if (code == QLatin1StringView(text))
            return entry;
    }
    return std::nullopt;
}

template <typename E>
QStringList DomainText::allCodes()
{
    QStringList codes;
    for (const auto& [entry, text] : Vocabulary<E>::entries)
        codes << QString::fromLatin1(text);
    return codes;
}

template <>
QString DomainText::label(AreaKind value)
{
    switch (value) {
    case AreaKind::Street: return tr("Street");
    case AreaKind::Town: return tr("Town");
    case AreaKind::Park: return tr("Industrial park");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(EnterpriseScale value)
{
    switch (value) {
    case EnterpriseScale::Direct: return tr("Directly managed");
    case EnterpriseScale::PreUpgrade: return tr("Pre-upgrade");
    case EnterpriseScale::Other: return tr("Other");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(EnterpriseTag value)
{
    switch (value) {
    case EnterpriseTag::Specialised: return tr("Specialised and innovative");
    case EnterpriseTag::ChainLeader: return tr("Chain leader");
    case EnterpriseTag::ChainKeyLink: return tr("Key link of an industrial chain");
    case EnterpriseTag::LeadingIndustry: return tr("Leading industry");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(ProductionStatus value)
{
    switch (value) {
    case ProductionStatus::Normal: return tr("Normal production");
    case ProductionStatus::Partial: return tr("Partial production");
    case ProductionStatus::ClosedLoop: return tr("Closed-loop production");
    case ProductionStatus::Stopped: return tr("Stopped");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(VisitMode value)
{
    switch (value) {
    case VisitMode::OnSite: return tr("On site");
    case VisitMode::Phone: return tr("Telephone");
    case VisitMode::Video: return tr("Video call");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(Tier value)
{
    switch (value) {
    case Tier::Area: return tr("Town/street/park");
    case Tier::Department: return tr("District department");
    case Tier::Leader: return tr("District leader");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(IssueStatus value)
{
    switch (value) {
    case IssueStatus::New: return tr("New");
    case IssueStatus::Assigned: return tr("Assigned");
    case IssueStatus::InProgress: return tr("In progress");
    case IssueStatus::Resolved: return tr("Resolved");
    case IssueStatus::Verified: return tr("Verified");
    case IssueStatus::Reopened: return tr("Returned");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(IssueEventKind value)
{
    switch (value) {
    case IssueEventKind::Created: return tr("Registered", "timeline event");
    case IssueEventKind::Assigned: return tr("Assigned", "timeline event");
    case IssueEventKind::Escalated: return tr("Escalated", "timeline event");
    case IssueEventKind::Urged: return tr("Urged", "timeline event");
    case IssueEventKind::Commented: return tr("Commented", "timeline event");
    case IssueEventKind::Resolved: return tr("Resolved", "timeline event");
    case IssueEventKind::Verified: return tr("Follow-up visit", "timeline event");
    case IssueEventKind::Reopened: return tr("Returned", "timeline event");
    case IssueEventKind::Started: return tr("Work started", "timeline event");
    case IssueEventKind::ExtensionRequested: return tr("Extension requested", "timeline event");
    case IssueEventKind::ExtensionApproved: return tr("Extension approved", "timeline event");
    case IssueEventKind::ExtensionRefused: return tr("Extension refused", "timeline event");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(PermitKind value)
{
    switch (value) {
    case PermitKind::Pass: return tr("Transport pass");
    case PermitKind::DriverWhitelist: return tr("Driver white-list");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(Role value)
{
    switch (value) {
    case Role::Admin: return tr("Administrator");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Liaison: return tr("Liaison officer");
    case Role::Officer: return tr("General office");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(Satisfaction value)
{
    switch (value) {
    case Satisfaction::Satisfied: return tr("Satisfied");
    case Satisfaction::BasicallySatisfied: return tr("Basically satisfied");
    case Satisfaction::Unsatisfied: return tr("Unsatisfied");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(ExtensionStatus value)
{
    switch (value) {
    case ExtensionStatus::Pending: return tr("Awaiting decision");
    case ExtensionStatus::Approved: return tr("Approved");
    case ExtensionStatus::Refused: return tr("Refused");
    }
    Q_UNREACHABLE();
    return {};
}

template <>
QString DomainText::label(SupervisionColour value)
{
    switch (value) {
    case SupervisionColour::None: return tr("Closed");
    case SupervisionColour::Green: return tr("Green: on time");
    case SupervisionColour::Blue: return tr("Blue: half the time used");
    case SupervisionColour::Yellow: return tr("Yellow: due within a day");
    case SupervisionColour::Red: return tr("Red: overdue");
    }
    Q_UNREACHABLE();
    return {};
}

#define LIAISON_INSTANTIATE(Enum)                                                                            \
    template QString DomainText::code<Enum>(Enum);                                                           \
    template std::optional<Enum> DomainText::fromCode<Enum>(const QString&);                                 \
    template QStringList DomainText::allCodes<Enum>();

LIAISON_INSTANTIATE(AreaKind)
LIAISON_INSTANTIATE(EnterpriseScale)
LIAISON_INSTANTIATE(EnterpriseTag)
LIAISON_INSTANTIATE(ProductionStatus)
LIAISON_INSTANTIATE(VisitMode)
LIAISON_INSTANTIATE(Tier)
LIAISON_INSTANTIATE(IssueStatus)
LIAISON_INSTANTIATE(IssueEventKind)
LIAISON_INSTANTIATE(PermitKind)
LIAISON_INSTANTIATE(Role)
LIAISON_INSTANTIATE(Satisfaction)
LIAISON_INSTANTIATE(ExtensionStatus)
LIAISON_INSTANTIATE(SupervisionColour)

#undef LIAISON_INSTANTIATE

} // namespace liaison
