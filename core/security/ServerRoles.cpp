#include "ServerRoles.h"

#include "Database.h"
#include "security/ServerPassword.h"

#include <QStringList>

#include <span>

namespace liaison {
namespace {

// Server-wide names: each database's group and login roles carry its name, so that two LiaisonDesk
// databases on one server share no role.
const char* const roleCodes[] = {"admin", "supervisor", "liaison", "officer"};

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
const char* const liaisonTables[] = {"enterprise_tag", "contact",        "visit",
                                     "permit_request", "staff_transfer", "production_status_change",
                                     "supply_link",    "issue",          "issue_co_unit"};
const char* const supervisorTables[] = {"issue", "issue_extension", "issue_co_unit"};
// Written once and never changed: a problem's timeline; and by liaison officers, extension requests.
const char* const liaisonAppendOnly[] = {"issue_event", "issue_extension"};
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
// bound):
//   - a problem is registered new and its status moves along IssueWorkflow::isLegal's graph only;
//     steering it (assigning, escalating, verifying, reopening, deadlines, owners) is for supervisors
//     and administrators, and a liaison officer's change is one of the working steps (start, resolve)
//     with only the fields those write;
//   - a problem's timeline is written by its actor, at the server's time, and never rewritten; an
//     extension is requested pending, in the requester's name, and decided by a supervisor;
//   - an enterprise's identity in the register (EntityTraits<Enterprise>::authorizeChange) is the
//     administrator's.
const char* const guardTriggers[] = {
    R"(CREATE OR REPLACE FUNCTION liaisondesk_caller_role() RETURNS TEXT
       LANGUAGE sql STABLE SET search_path = {SEARCH_PATH} AS $$
         SELECT CASE WHEN pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'app_user'::regclass),
                                      'MEMBER') THEN 'owner'
                     ELSE (SELECT u.role FROM app_user u WHERE current_database() || '.' || u.name = session_user
                           AND u.active) END
       $$)",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_caller_name() RETURNS TEXT
       LANGUAGE sql STABLE SET search_path = {SEARCH_PATH} AS $$
         SELECT u.name FROM app_user u WHERE current_database() || '.' || u.name = session_user
       $$)",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_issue_workflow() RETURNS TRIGGER
       LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
       DECLARE
         caller TEXT := liaisondesk_caller_role();
         working TEXT[] := ARRAY['status', 'resolution', 'resolved_on', 'handoffs_since_progress', 'version'];
       BEGIN
         IF caller = 'owner' THEN
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
         IF TG_OP = 'UPDATE' AND caller IS DISTINCT FROM 'admin' AND caller IS DISTINCT FROM 'supervisor' THEN
           IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status, NEW.status) NOT IN (
               ('assigned', 'in_progress'), ('in_progress', 'resolved'), ('reopened', 'in_progress')) THEN
             RAISE EXCEPTION 'moving a problem from % to % is a supervisor''s step', OLD.status, NEW.status
               USING ERRCODE = 'insufficient_privilege';
           END IF;
           IF (to_jsonb(NEW) - working) IS DISTINCT FROM (to_jsonb(OLD) - working)
              OR (NEW.handoffs_since_progress <> OLD.handoffs_since_progress AND NEW.handoffs_since_progress <> 0) THEN
             RAISE EXCEPTION 'a liaison officer starts and resolves a problem; its owners, deadline and tier are a supervisor''s'
               USING ERRCODE = 'insufficient_privilege';
           END IF;
         END IF;
         RETURN NEW;
       END $$)",
    "DROP TRIGGER IF EXISTS liaisondesk_issue_workflow ON issue",
    "CREATE TRIGGER liaisondesk_issue_workflow BEFORE INSERT OR UPDATE ON issue "
    "FOR EACH ROW EXECUTE FUNCTION liaisondesk_issue_workflow()",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_issue_timeline() RETURNS TRIGGER
       LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
       DECLARE
         caller TEXT := liaisondesk_caller_role();
       BEGIN
         IF caller = 'owner' THEN
           RETURN NEW;
         END IF;
         IF TG_OP <> 'INSERT' THEN
           RAISE EXCEPTION 'a problem''s timeline is never rewritten' USING ERRCODE = 'insufficient_privilege';
         END IF;
         IF NEW.actor IS DISTINCT FROM liaisondesk_caller_name() THEN
           RAISE EXCEPTION 'an entry of a problem''s timeline is written in its actor''s own name'
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         NEW.at := date_trunc('milliseconds', clock_timestamp());
         RETURN NEW;
       END $$)",
    "DROP TRIGGER IF EXISTS liaisondesk_issue_timeline ON issue_event",
    "CREATE TRIGGER liaisondesk_issue_timeline BEFORE INSERT OR UPDATE ON issue_event "
    "FOR EACH ROW EXECUTE FUNCTION liaisondesk_issue_timeline()",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_issue_extension() RETURNS TRIGGER
       LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
       DECLARE
         caller TEXT := liaisondesk_caller_role();
       BEGIN
         IF caller = 'owner' OR caller = 'admin' OR caller = 'supervisor' THEN
           RETURN NEW;
         END IF;
         IF TG_OP <> 'INSERT' OR NEW.status <> 'pending' OR COALESCE(NEW.decided_by, '') <> ''
            OR NEW.decided_at IS NOT NULL
            OR NEW.requested_by IS DISTINCT FROM liaisondesk_caller_name() THEN
           RAISE EXCEPTION 'an extension is requested, pending, in the requester''s own name; a supervisor decides it'
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         RETURN NEW;
       END $$)",
    "DROP TRIGGER IF EXISTS liaisondesk_issue_extension ON issue_extension",
    "CREATE TRIGGER liaisondesk_issue_extension BEFORE INSERT OR UPDATE ON issue_extension "
    "FOR EACH ROW EXECUTE FUNCTION liaisondesk_issue_extension()",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_enterprise_identity() RETURNS TRIGGER
       LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
       BEGIN
         IF liaisondesk_caller_role() IN ('owner', 'admin') THEN
           RETURN NEW;
         END IF;
         IF (NEW.name, NEW.name_pinyin, NEW.name_initials, NEW.credit_code, NEW.area_id, NEW.scale,
             NEW.whitelist_batch_id) IS DISTINCT FROM
            (OLD.name, OLD.name_pinyin, OLD.name_initials, OLD.credit_code, OLD.area_id, OLD.scale,
             OLD.whitelist_batch_id) THEN
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
         SELECT EXISTS (SELECT 1 FROM app_user u WHERE current_database() || '.' || u.name = session_user
           AND u.active AND (u.role = 'admin'
           OR (u.role = 'liaison' AND EXISTS (SELECT 1 FROM person p JOIN duty_assignment d
               ON d.enterprise_id = target AND (d.area_id = p.area_id OR d.department_id = p.unit_id)
               WHERE p.id = u.person_id AND d.valid_from <= CURRENT_DATE
                 AND (d.valid_to IS NULL OR d.valid_to >= CURRENT_DATE)))))
       $$)",
    R"(CREATE OR REPLACE FUNCTION liaisondesk_may_work_issue(enterprise BIGINT, owner_person BIGINT,
           owner_unit BIGINT, owner_area BIGINT) RETURNS BOOLEAN
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
         SELECT EXISTS (SELECT 1 FROM app_user u WHERE current_database() || '.' || u.name = session_user
           AND u.active AND (u.role IN ('admin', 'supervisor') OR (u.role = 'liaison' AND (u.person_id = owner_person
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

// What a LiaisonDesk administrator may do to server roles, and no more: make the login of a user of
// this database ("<database>.<user>") match app_user (in the group of its role and no other, able to
// log in while the user is active, its password set from a SCRAM verifier, never from text). It runs
// with its owner's CREATEROLE right, so administrators need none, and it touches no role of another
// name, nor one with rights of its own.
const char* const accountFunctions[] = {
    R"(CREATE OR REPLACE FUNCTION liaisondesk_sync_login(user_name TEXT, verifier TEXT) RETURNS VOID
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
       DECLARE
         login TEXT := current_database() || '.' || user_name;
         account RECORD;
         other TEXT;
       BEGIN
         IF NOT (pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'app_user'::regclass), 'MEMBER')
                 OR EXISTS (SELECT 1 FROM app_user u WHERE current_database() || '.' || u.name = session_user
                            AND u.active AND u.role = 'admin')) THEN
           RAISE EXCEPTION 'only an administrator of this LiaisonDesk database manages its users'
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         IF user_name IS NULL OR user_name !~ '^[a-z][a-z0-9._-]{0,31}$' OR octet_length(login) > 63 THEN
           RAISE EXCEPTION 'there is no LiaisonDesk user %', user_name USING ERRCODE = 'no_data_found';
         END IF;
         SELECT id, role, active, must_change_password INTO account FROM app_user WHERE name = user_name;
         IF NOT FOUND THEN
           RAISE EXCEPTION 'there is no LiaisonDesk user %', user_name USING ERRCODE = 'no_data_found';
         END IF;
         IF verifier IS NOT NULL AND verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
           RAISE EXCEPTION 'a server password is given as a SCRAM-SHA-256 verifier, never as text'
             USING ERRCODE = 'invalid_password';
         END IF;
         -- An administrator sets an existing login's password only as LiaisonDesk's reset does: the user
         -- must choose their own at the next sign-in, and the change is on record.
         IF verifier IS NOT NULL AND login <> session_user AND NOT account.must_change_password
            AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login)
            AND NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'app_user'::regclass), 'MEMBER') THEN
           RAISE EXCEPTION 'another user''s password is set only with a reset (they choose their own at the next sign-in)'
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login
                    AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
           RAISE EXCEPTION 'the server role % has rights of its own and is left to the server''s administrator', login
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
           BEGIN
             EXECUTE format('CREATE ROLE %I NOLOGIN', login);
           EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
           END;
         END IF;
         FOREACH other IN ARRAY ARRAY['admin', 'supervisor', 'liaison', 'officer'] LOOP
           IF other <> account.role AND pg_has_role(login, current_database() || ':' || other, 'MEMBER') THEN
             EXECUTE format('REVOKE %I FROM %I', current_database() || ':' || other, login);
           END IF;
         END LOOP;
         IF NOT pg_has_role(login, current_database() || ':' || account.role, 'MEMBER') THEN
           EXECUTE format('GRANT %I TO %I', current_database() || ':' || account.role, login);
         END IF;
         IF verifier IS NOT NULL THEN
           EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
         END IF;
         EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN account.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
         -- On record, unless the owner calls (LiaisonDesk's own connection records its change itself).
         IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'app_user'::regclass), 'MEMBER') THEN
           PERFORM liaisondesk_audit_append('update', 'app_user', account.id, NULL,
             jsonb_build_object('login', login, 'role', account.role, 'active', account.active,
                                'server_password', CASE WHEN verifier IS NULL THEN 'unchanged' ELSE 'set' END)::TEXT);
         END IF;
       END $$)",
    // A user signed in with their own login changes their own password: LiaisonDesk's hash and the
    // server's verifier together.
    R"(CREATE OR REPLACE FUNCTION liaisondesk_set_own_password(new_hash TEXT, verifier TEXT) RETURNS VOID
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
       DECLARE
         account_id BIGINT;
       BEGIN
         SELECT id INTO account_id FROM app_user u
           WHERE current_database() || '.' || u.name = session_user AND u.active;
         IF NOT FOUND THEN
           RAISE EXCEPTION 'the server login % is not an active user of this LiaisonDesk database', session_user
             USING ERRCODE = 'insufficient_privilege';
         END IF;
         IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'
            OR new_hash IS NULL OR new_hash !~ '^\$argon2id\$' THEN
           RAISE EXCEPTION 'a password is given as an Argon2id hash and a SCRAM-SHA-256 verifier, never as text'
             USING ERRCODE = 'invalid_password';
         END IF;
         UPDATE app_user SET password_hash = new_hash, must_change_password = FALSE WHERE id = account_id;
         EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
       END $$)",
    // The stored hash of the signed-in login's own password, for UserAccounts::checkSession and the
    // check of the current password before a change.
    R"(CREATE OR REPLACE FUNCTION liaisondesk_own_password_hash() RETURNS TEXT
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
         SELECT password_hash FROM app_user u WHERE current_database() || '.' || u.name = session_user
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

Result<QString> databaseName(Database& db)
{
    auto name = db.scalar(QStringLiteral("SELECT current_database()"));
    LIAISON_TRY(name);
    return name->toString();
}

// The shared group roles of schemas 5 and 6, named for no database.
QString sharedGroup(const char* code)
{
    return QStringLiteral("liaisondesk_") + QLatin1StringView(code);
}

Result<bool> roleExists(Database& db, const QString& role)
{
    auto found = db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {role});
    LIAISON_TRY(found);
    return found->toInt() > 0;
}

} // namespace

QString ServerRoles::groupRole(const QString& database, Role role)
{
    return database + QLatin1Char(':') + DomainText::code(role);
}

QString ServerRoles::loginRole(const QString& database, const QString& userName)
{
    return database + QLatin1Char('.') + userName;
}

Status ServerRoles::checkDatabaseName(const QString& database)
{
    // A login is "<database>.<user>" with a user name of up to 32 characters, and PostgreSQL cuts names
    // at 63 bytes.
    if (database.toUtf8().size() + 1 + 32 > 63) {
        return std::unexpected(Error::validation(tr("The database name %1 is too long for LiaisonDesk's "
                                                    "server logins (\"%1.user\"): use at most 30 "
                                                    "bytes.")
                                                     .arg(database)));
    }
    return {};
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
         {std::span<const char* const>(scopeFunctions), std::span<const char* const>(guardTriggers),
          std::span<const char* const>(accountFunctions)}) {
        for (const char* sql : statements)
            LIAISON_TRY(
                db.run(QString::fromLatin1(sql).replace(QStringLiteral("{SEARCH_PATH}"), searchPath)));
    }
    return {};
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
    return {};
}

Status ServerRoles::harden(Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return {};
    return installFunctions(db);
}

Status ServerRoles::scopeToDatabase(Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return {};
    auto database = databaseName(db);
    LIAISON_TRY(database);
    auto schemaName = schema(db);
    LIAISON_TRY(schemaName);
    const QString inSchema = *schemaName;
    LIAISON_TRY(installFunctions(db));
    // The shared groups of schemas 5 and 6 keep nothing in this database.
    for (const char* code : roleCodes) {
        auto shared = roleExists(db, sharedGroup(code));
        LIAISON_TRY(shared);
        if (!*shared)
            continue;
        const QString group = sharedGroup(code);
        LIAISON_TRY(
            db.run(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(inSchema, group)));
        LIAISON_TRY(
            db.run(QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(inSchema, group)));
        LIAISON_TRY(db.run(QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM %2").arg(inSchema, group)));
    }
    auto may = mayCreateRoles(db);
    LIAISON_TRY(may);
    if (!*may)
        return {}; // the groups and their rights are left to the server's administrator (README)
    LIAISON_TRY(checkDatabaseName(*database));
    const QString quotedDatabase = quoted(*database);
    // Only this database's own roles may connect to it (and its owner, and the server's administrators).
    LIAISON_TRY(db.run(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(quotedDatabase)));
    for (const char* function :
         {"liaisondesk_sync_login(TEXT, TEXT)", "liaisondesk_set_own_password(TEXT, TEXT)",
          "liaisondesk_own_password_hash()"}) {
        LIAISON_TRY(
            db.run(QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1StringView(function))));
    }
    for (Role role : {Role::Admin, Role::Supervisor, Role::Liaison, Role::Officer}) {
        const QString group = quoted(groupRole(*database, role));
        LIAISON_TRY(db.run(onceOnServer(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group))));
        LIAISON_TRY(db.run(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(quotedDatabase, group)));
        LIAISON_TRY(db.run(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(inSchema, group)));
        LIAISON_TRY(
            db.run(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(inSchema, group)));
        LIAISON_TRY(
            db.run(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(inSchema, group)));
        // Everything of the users but their password hashes and the count of wrong passwords.
        LIAISON_TRY(db.run(QStringLiteral("REVOKE SELECT ON app_user FROM %1").arg(group)));
        LIAISON_TRY(
            db.run(QStringLiteral("GRANT SELECT (id, name, person_id, role, active, must_change_password, "
                                  "locked_until) ON app_user TO %1")
                       .arg(group)));
        LIAISON_TRY(
            db.run(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(inSchema, group)));
        LIAISON_TRY(db.run(QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(group)));
        LIAISON_TRY(
            db.run(QStringLiteral("GRANT EXECUTE ON FUNCTION liaisondesk_set_own_password(TEXT, TEXT) TO %1")
                       .arg(group)));
        LIAISON_TRY(db.run(
            QStringLiteral("GRANT EXECUTE ON FUNCTION liaisondesk_own_password_hash() TO %1").arg(group)));
    }
    const QString admin = quoted(groupRole(*database, Role::Admin));
    LIAISON_TRY(db.run(QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA %1 TO %2")
                           .arg(inSchema, admin)));
    // Administrators see and manage the accounts, never their password hashes.
    LIAISON_TRY(db.run(QStringLiteral("REVOKE SELECT ON app_user FROM %1").arg(admin)));
    LIAISON_TRY(
        db.run(QStringLiteral("GRANT SELECT (id, name, person_id, role, active, must_change_password, "
                              "failed_attempts, locked_until) ON app_user TO %1")
                   .arg(admin)));
    // The schema's version is the upgrading owner's.
    LIAISON_TRY(db.run(
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_version FROM %1").arg(admin)));
    LIAISON_TRY(db.run(
        QStringLiteral("GRANT EXECUTE ON FUNCTION liaisondesk_sync_login(TEXT, TEXT) TO %1").arg(admin)));
    // The audit log stays append-only for everyone (AuditLog::protect).
    LIAISON_TRY(db.run(QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1").arg(admin)));
    const QString liaison = quoted(groupRole(*database, Role::Liaison));
    LIAISON_TRY(db.run(QStringLiteral("GRANT UPDATE ON enterprise TO %1").arg(liaison)));
    for (const char* table : liaisonTables)
        LIAISON_TRY(db.run(
            QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2").arg(QLatin1StringView(table), liaison)));
    for (const char* table : liaisonAppendOnly)
        LIAISON_TRY(
            db.run(QStringLiteral("GRANT INSERT ON %1 TO %2").arg(QLatin1StringView(table), liaison)));
    LIAISON_TRY(db.run(QStringLiteral("GRANT INSERT ON issue_event TO %1")
                           .arg(quoted(groupRole(*database, Role::Supervisor)))));
    for (const char* table : supervisorTables) {
        LIAISON_TRY(
            db.run(QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2")
                       .arg(QLatin1StringView(table), quoted(groupRole(*database, Role::Supervisor)))));
    }
    for (const Deletable& deletable : deletableTables) {
        LIAISON_TRY(db.run(
            QStringLiteral("GRANT DELETE ON %1 TO %2")
                .arg(QLatin1StringView(deletable.table), quoted(groupRole(*database, deletable.role)))));
    }
    // The users of a database of schema 6 get their logins here; the passwords follow when an
    // administrator sets each one anew.
    auto users = db.run(QStringLiteral("SELECT name FROM app_user WHERE password_hash <> '' ORDER BY name"));
    LIAISON_TRY(users);
    QStringList names;
    while (users->next())
        names << users->value(0).toString();
    users->finish();
    for (const QString& name : names)
        LIAISON_TRY(db.run(QStringLiteral("SELECT liaisondesk_sync_login(?, NULL)"), {name}));
    return {};
}

Result<bool> ServerRoles::managesLogins(Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return false;
    auto database = databaseName(db);
    LIAISON_TRY(database);
    return roleExists(db, groupRole(*database, Role::Admin));
}

Status ServerRoles::syncLogin(Database& db, const QString& userName, const QString& password)
{
    auto managed = managesLogins(db);
    LIAISON_TRY(managed);
    if (!*managed)
        return {};
    const QVariant verifier = password.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(ServerPassword::verifier(password));
    return toStatus(db.run(QStringLiteral("SELECT liaisondesk_sync_login(?, ?)"), {userName, verifier}));
}

} // namespace liaison
