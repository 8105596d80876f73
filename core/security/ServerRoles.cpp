#include "ServerRoles.h"

#include "Database.h"

#include <QStringList>

#include <span>

namespace liaison {
namespace {

// Tables whose rows belong to one enterprise, and the expression that names it.
struct ScopedTable
{
    const char* table;
    const char* check; // true when the session's user may write the row
};

const ScopedTable scopedTables[] = {
    {"enterprise", "liaisondesk_may_work(id)"},
    {"enterprise_tag", "liaisondesk_may_work(enterprise_id)"},
    {"contact", "liaisondesk_may_work(enterprise_id)"},
    {"visit", "liaisondesk_may_work(enterprise_id)"},
    {"permit_request", "liaisondesk_may_work(enterprise_id)"},
    {"staff_transfer", "liaisondesk_may_work(enterprise_id)"},
    {"production_status_change", "liaisondesk_may_work(enterprise_id)"},
    {"supply_link", "liaisondesk_may_work(supplier_id) OR liaisondesk_may_work(customer_id)"},
    {"issue", "liaisondesk_may_work_issue(enterprise_id, owner_person_id, owner_unit_id, owner_area_id)"},
    {"issue_event", "liaisondesk_may_work_issue(issue_id)"},
    {"issue_extension", "liaisondesk_may_work_issue(issue_id)"},
    {"issue_co_unit", "liaisondesk_may_work_issue(issue_id)"},
};

// Who may write what, beside reading everything (app_user: not the password hashes). Nobody deletes but
// where LiaisonDesk itself does (deletableTables); a problem's status changes only along the workflow.
const char* const liaisonTables[] = {"enterprise_tag",  "contact",        "visit",
                                     "permit_request",  "staff_transfer", "production_status_change",
                                     "supply_link",     "issue",          "issue_event",
                                     "issue_extension", "issue_co_unit"};
const char* const supervisorTables[] = {"issue", "issue_event", "issue_extension", "issue_co_unit"};
// The only rows LiaisonDesk deletes: an enterprise's tags when they are set anew, a problem's co-handling
// units when it is assigned again (liaison officers and supervisors), and an administrator's correction
// of a year of the work calendar.
struct Deletable
{
    const char* table;
    Role role;
};
const Deletable deletableTables[] = {
    {"enterprise_tag", Role::Liaison},   {"enterprise_tag", Role::Admin}, {"issue_co_unit", Role::Liaison},
    {"issue_co_unit", Role::Supervisor}, {"issue_co_unit", Role::Admin},  {"calendar_day", Role::Admin},
    {"calendar_year", Role::Admin},
};

// Rules for rows written with SQL, as the core keeps them (the tables' owner, LiaisonDesk's own
// connection checked by the core, which also builds the reference scenario's history directly, is not
// bound): a problem is registered new and its status moves along IssueWorkflow::isLegal's graph only;
// an enterprise's identity in the register (EntityTraits<Enterprise>::authorizeChange) is the
// administrator's.
const char* const guardTriggers[] = {
    R"(CREATE OR REPLACE FUNCTION liaisondesk_issue_workflow() RETURNS TRIGGER
       LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
       BEGIN
         IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
           RETURN NEW;
         END IF;
         IF TG_OP = 'INSERT' AND NEW.status <> 'new' THEN
           RAISE EXCEPTION 'a problem is registered as new, not as %', NEW.status
             USING ERRCODE = 'check_violation';
         END IF;
         IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status AND (OLD.status, NEW.status) NOT IN (
             ('new', 'assigned'), ('assigned', 'in_progress'), ('in_progress', 'resolved'),
             ('resolved', 'verified'), ('resolved', 'reopened'), ('verified', 'reopened'),
             ('reopened', 'assigned'), ('reopened', 'in_progress')) THEN
           RAISE EXCEPTION 'a problem''s status does not go from % to %', OLD.status, NEW.status
             USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$)",
    "DROP TRIGGER IF EXISTS liaisondesk_issue_workflow ON issue",
    "CREATE TRIGGER liaisondesk_issue_workflow BEFORE INSERT OR UPDATE ON issue "
    "FOR EACH ROW EXECUTE FUNCTION liaisondesk_issue_workflow()",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_enterprise_identity() RETURNS TRIGGER
       LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
       BEGIN
         IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
            OR EXISTS (SELECT 1 FROM app_user u WHERE u.name = session_user AND u.active AND u.role = 'admin') THEN
           RETURN NEW;
         END IF;
         IF (NEW.name, NEW.credit_code, NEW.area_id, NEW.scale, NEW.whitelist_batch_id) IS DISTINCT FROM
            (OLD.name, OLD.credit_code, OLD.area_id, OLD.scale, OLD.whitelist_batch_id) THEN
           RAISE EXCEPTION 'only an administrator changes an enterprise''s name, credit code, area, scale or white-list batch'
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         RETURN NEW;
       END $$)",
    "DROP TRIGGER IF EXISTS liaisondesk_enterprise_identity ON enterprise",
    "CREATE TRIGGER liaisondesk_enterprise_identity BEFORE UPDATE ON enterprise "
    "FOR EACH ROW EXECUTE FUNCTION liaisondesk_enterprise_identity()",
};

// The functions the policies call. They run with the rights of their owner (who is not limited by
// row-level security) and look the connecting user (session_user) up in app_user. Their search path is
// pinned to the schema of the tables with pg_temp last ({SEARCH_PATH}): with the caller's path, or
// with "$user", public, a session's temporary table app_user would come first and name anyone an
// administrator.
const char* const scopeFunctions[] = {
    R"(CREATE OR REPLACE FUNCTION liaisondesk_may_work(target BIGINT) RETURNS BOOLEAN
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
         SELECT EXISTS (SELECT 1 FROM app_user u WHERE u.name = session_user AND u.active AND (u.role = 'admin'
           OR (u.role = 'liaison' AND EXISTS (SELECT 1 FROM person p JOIN duty_assignment d
               ON d.enterprise_id = target AND (d.area_id = p.area_id OR d.department_id = p.unit_id)
               WHERE p.id = u.person_id AND d.valid_from <= CURRENT_DATE
                 AND (d.valid_to IS NULL OR d.valid_to >= CURRENT_DATE)))))
       $$)",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_may_work_issue(enterprise BIGINT, owner_person BIGINT,
           owner_unit BIGINT, owner_area BIGINT) RETURNS BOOLEAN
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
         SELECT EXISTS (SELECT 1 FROM app_user u WHERE u.name = session_user AND u.active
           AND (u.role IN ('admin', 'supervisor') OR (u.role = 'liaison' AND (u.person_id = owner_person
             OR EXISTS (SELECT 1 FROM person p WHERE p.id = u.person_id
                        AND (p.unit_id = owner_unit OR p.area_id = owner_area))
             OR liaisondesk_may_work(enterprise)))))
       $$)",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_may_work_issue(target BIGINT) RETURNS BOOLEAN
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
         SELECT COALESCE((SELECT liaisondesk_may_work_issue(i.enterprise_id, i.owner_person_id, i.owner_unit_id,
                                                           i.owner_area_id) FROM issue i WHERE i.id = target), FALSE)
       $$)",
};

// Roles belong to the whole server, where another session (another LiaisonDesk database) may be making
// the same one at the same moment: a statement that finds it made already has done its work.
QString onceOnServer(const QString& statement)
{
    return QStringLiteral(
               "DO $$ BEGIN %1; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        .arg(statement);
}

QString quoted(const QString& identifier)
{
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

} // namespace

QString ServerRoles::groupRole(Role role)
{
    return QStringLiteral("liaisondesk_") + DomainText::code(role);
}

Result<bool> ServerRoles::mayCreateRoles(Database& db)
{
    auto may = db.scalar(
        QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"));
    if (!may)
        return std::unexpected(may.error());
    return may->toBool();
}

Result<QString> ServerRoles::schema(Database& db)
{
    auto current = db.scalar(QStringLiteral("SELECT current_schema()"));
    LIAISON_TRY(current);
    return quoted(current->toString());
}

Status ServerRoles::installFunctions(Database& db)
{
    auto inSchema = schema(db);
    LIAISON_TRY(inSchema);
    const QString searchPath = *inSchema + QStringLiteral(", pg_temp");
    for (const std::span<const char* const> statements :
         {std::span<const char* const>(scopeFunctions), std::span<const char* const>(guardTriggers)}) {
        for (const char* sql : statements)
            LIAISON_TRY(
                db.run(QString::fromLatin1(sql).replace(QStringLiteral("{SEARCH_PATH}"), searchPath)));
    }
    return {};
}

Status ServerRoles::grantDeletes(Database& db)
{
    auto inSchema = schema(db);
    LIAISON_TRY(inSchema);
    for (Role role : {Role::Admin, Role::Supervisor, Role::Liaison, Role::Officer}) {
        auto exists =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {groupRole(role)});
        LIAISON_TRY(exists);
        if (exists->toInt() == 0)
            continue; // left to the server's administrator (no CREATEROLE right)
        LIAISON_TRY(db.run(QStringLiteral("REVOKE DELETE ON ALL TABLES IN SCHEMA %1 FROM %2")
                               .arg(*inSchema, groupRole(role))));
        for (const Deletable& deletable : deletableTables) {
            if (deletable.role == role) {
                LIAISON_TRY(db.run(QStringLiteral("GRANT DELETE ON %1 TO %2")
                                       .arg(QLatin1StringView(deletable.table), groupRole(role))));
            }
        }
    }
    return {};
}

Status ServerRoles::harden(Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return {};
    LIAISON_TRY(installFunctions(db));
    return grantDeletes(db);
}

Status ServerRoles::install(Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return {};
    LIAISON_TRY(installFunctions(db));
    for (const ScopedTable& scoped : scopedTables) {
        const QString table = QString::fromLatin1(scoped.table);
        const QString check = QString::fromLatin1(scoped.check);
        LIAISON_TRY(db.run(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)));
        LIAISON_TRY(db.run(
            QStringLiteral("CREATE POLICY liaisondesk_read ON %1 FOR SELECT USING (TRUE)").arg(table)));
        LIAISON_TRY(db.run(QStringLiteral("CREATE POLICY liaisondesk_insert ON %1 FOR INSERT WITH CHECK (%2)")
                               .arg(table, check)));
        LIAISON_TRY(db.run(
            QStringLiteral("CREATE POLICY liaisondesk_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
                .arg(table, check)));
        LIAISON_TRY(db.run(QStringLiteral("CREATE POLICY liaisondesk_delete ON %1 FOR DELETE USING (%2)")
                               .arg(table, check)));
    }
    auto may = mayCreateRoles(db);
    LIAISON_TRY(may);
    if (!*may)
        return {};
    auto schemaName = schema(db);
    LIAISON_TRY(schemaName);
    const QString inSchema = *schemaName;
    const QList<Role> roles = {Role::Admin, Role::Supervisor, Role::Liaison, Role::Officer};
    for (Role role : roles) {
        const QString group = groupRole(role);
        LIAISON_TRY(db.run(onceOnServer(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group))));
        LIAISON_TRY(db.run(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(inSchema, group)));
        LIAISON_TRY(
            db.run(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(inSchema, group)));
        LIAISON_TRY(db.run(QStringLiteral("REVOKE SELECT ON app_user FROM %1").arg(group)));
        LIAISON_TRY(db.run(
            QStringLiteral("GRANT SELECT (id, name, person_id, role, active) ON app_user TO %1").arg(group)));
        LIAISON_TRY(
            db.run(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(inSchema, group)));
        LIAISON_TRY(db.run(QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(group)));
    }
    const QString admin = groupRole(Role::Admin);
    LIAISON_TRY(db.run(QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA %1 TO %2")
                           .arg(inSchema, admin)));
    // The audit log stays append-only for everyone (AuditLog::protect).
    LIAISON_TRY(db.run(QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1").arg(admin)));
    const QString liaison = groupRole(Role::Liaison);
    LIAISON_TRY(db.run(QStringLiteral("GRANT UPDATE ON enterprise TO %1").arg(liaison)));
    for (const char* table : liaisonTables)
        LIAISON_TRY(db.run(
            QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2").arg(QLatin1StringView(table), liaison)));
    for (const char* table : supervisorTables) {
        LIAISON_TRY(db.run(QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2")
                               .arg(QLatin1StringView(table), groupRole(Role::Supervisor))));
    }
    return grantDeletes(db);
}

Result<ServerRoles::LoginRole> ServerRoles::loginRole(Database& db, const QString& userName)
{
    if (db.backend() != Database::Backend::Postgres)
        return LoginRole::NotManaged;
    auto may = mayCreateRoles(db);
    LIAISON_TRY(may);
    if (!*may)
        return LoginRole::NotManaged;
    auto privileged = db.scalar(
        QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = ?"), {userName});
    LIAISON_TRY(privileged);
    if (privileged->isNull())
        return LoginRole::Missing;
    // A server administrator's own role is left as it is.
    return privileged->toBool() ? LoginRole::NotManaged : LoginRole::Exists;
}

Status ServerRoles::userCreated(Database& db, const QString& userName, Role role)
{
    auto existing = loginRole(db, userName);
    LIAISON_TRY(existing);
    if (*existing == LoginRole::NotManaged)
        return {};
    // The name passed UserAccounts::checkName: lower-case letters, digits and . _ - only; quoted all the
    // same.
    if (*existing == LoginRole::Missing)
        LIAISON_TRY(db.run(onceOnServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(userName)))));
    // The same name in another LiaisonDesk database on this server may have another role there; the
    // server's role follows the latest.
    for (Role other : {Role::Admin, Role::Supervisor, Role::Liaison, Role::Officer}) {
        if (other == role)
            continue;
        auto member =
            db.scalar(QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"), {userName, groupRole(other)});
        LIAISON_TRY(member);
        if (member->toBool())
            LIAISON_TRY(db.run(QStringLiteral("REVOKE %1 FROM %2").arg(groupRole(other), quoted(userName))));
    }
    return toStatus(
        db.run(onceOnServer(QStringLiteral("GRANT %1 TO %2").arg(groupRole(role), quoted(userName)))));
}

Status ServerRoles::userActivated(Database& db, const QString& userName, bool active)
{
    auto existing = loginRole(db, userName);
    LIAISON_TRY(existing);
    if (*existing != LoginRole::Exists)
        return {};
    return toStatus(
        db.run(QStringLiteral("ALTER ROLE %1 %2")
                   .arg(quoted(userName), active ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN"))));
}

} // namespace liaison
