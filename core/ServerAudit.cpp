#include "ServerAudit.h"

#include "Database.h"
#include "DomainEnums.h"
#include "security/ServerRoles.h"

namespace liaison {
namespace {

// Every table whose rows a person changes; audit_log and schema_version are not.
const char* const auditedTables[] = {
    "area",
    "unit",
    "person",
    "whitelist_batch",
    "enterprise",
    "enterprise_tag",
    "contact",
    "duty_assignment",
    "visit",
    "issue_category",
    "issue",
    "issue_event",
    "issue_extension",
    "issue_co_unit",
    "permit_request",
    "staff_transfer",
    "production_status_change",
    "supply_link",
    "app_user",
    "calendar_year",
    "calendar_day",
};

// AuditLog's hash, written in SQL: each field as its length in bytes, ":", and its UTF-8 bytes, a
// missing before or after as "-", the time as UTC ISO 8601 with milliseconds (Qt::ISODateWithMs).
const char* const hashFunction = R"(
    CREATE OR REPLACE FUNCTION liaisondesk_audit_hash(previous TEXT, stamp TIMESTAMPTZ, actor TEXT, act TEXT,
        table_name TEXT, record BIGINT, before_data TEXT, after_data TEXT) RETURNS TEXT
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
      SELECT encode(sha256(convert_to(
          octet_length(previous) || ':' || previous
        || octet_length(t) || ':' || t
        || octet_length(actor) || ':' || actor
        || octet_length(act) || ':' || act
        || octet_length(table_name) || ':' || table_name
        || octet_length(record::TEXT) || ':' || record::TEXT
        || COALESCE(octet_length(before_data) || ':' || before_data, '-')
        || COALESCE(octet_length(after_data) || ':' || after_data, '-'), 'UTF8')), 'hex')
      FROM (SELECT to_char(stamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS t) AS formatted
    $$)";

// Appends one entry to the chain. Called only by the functions below and by liaisondesk_sync_login
// (SECURITY DEFINER, owned like the tables): the one row of audit_chain_lock, which no login may lock
// itself, puts the writers of the chain in a row, and READ COMMITTED lets each see the head the one
// before it committed (a REPEATABLE READ snapshot taken before the lock would chain two entries to one
// head).
const char* const appendFunction = R"(
    CREATE OR REPLACE FUNCTION liaisondesk_audit_append(act TEXT, table_name TEXT, record BIGINT,
        before_data TEXT, after_data TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
    DECLARE
      who TEXT;
      stamp TIMESTAMPTZ;
      previous TEXT;
    BEGIN
      IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'changes to LiaisonDesk''s tables are made in READ COMMITTED transactions, not %',
          current_setting('transaction_isolation') USING ERRCODE = 'serialization_failure';
      END IF;
      SELECT u.name INTO who FROM app_user u WHERE current_database() || '.' || u.name = session_user;
      who := COALESCE(who, session_user);
      PERFORM 1 FROM audit_chain_lock WHERE id = 1 FOR UPDATE;
      stamp := date_trunc('milliseconds', clock_timestamp());
      SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
      previous := COALESCE(previous, '');
      INSERT INTO audit_log (at, actor, action, table_name, record_id, before_data, after_data, prev_hash, hash)
      VALUES (stamp, who, act, table_name, record, before_data, after_data, previous,
              liaisondesk_audit_hash(previous, stamp, who, act, table_name, record, before_data, after_data));
    END $$)";

const char* const rowFunction = R"(
    CREATE OR REPLACE FUNCTION liaisondesk_audit_row() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
    DECLARE
      before_row JSONB;
      after_row JSONB;
      old_secret TEXT;
      new_secret TEXT;
      record BIGINT;
    BEGIN
      -- The tables' owner writes its own entries (AuditLog), as LiaisonDesk does on SQLite.
      IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RETURN NULL;
      END IF;
      IF TG_OP <> 'INSERT' THEN
        old_secret := to_jsonb(OLD) ->> 'password_hash';
        before_row := to_jsonb(OLD) - 'password_hash';
      END IF;
      IF TG_OP <> 'DELETE' THEN
        new_secret := to_jsonb(NEW) ->> 'password_hash';
        after_row := to_jsonb(NEW) - 'password_hash';
      END IF;
      IF TG_OP = 'UPDATE' AND old_secret IS DISTINCT FROM new_secret THEN
        after_row := after_row || '{"password": "changed"}'::JSONB; -- never the hash itself
      ELSIF TG_OP = 'UPDATE' AND before_row = after_row THEN
        RETURN NULL; -- nothing changed
      END IF;
      record := COALESCE((COALESCE(after_row, before_row) ->> 'id')::BIGINT,
                         (COALESCE(after_row, before_row) ->> 'enterprise_id')::BIGINT,
                         (COALESCE(after_row, before_row) ->> 'issue_id')::BIGINT,
                         (COALESCE(after_row, before_row) ->> 'year')::BIGINT, 0);
      PERFORM liaisondesk_audit_append(CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update'
                                                  ELSE 'delete' END,
                                       TG_TABLE_NAME, record, before_row::TEXT, after_row::TEXT);
      RETURN NULL;
    END $$)";

} // namespace

Status ServerAudit::install(Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return {};
    auto schema = db.scalar(QStringLiteral("SELECT quote_ident(current_schema())"));
    LIAISON_TRY(schema);
    const QString searchPath = schema->toString() + QStringLiteral(", pg_temp");
    LIAISON_TRY(db.run(QStringLiteral("CREATE TABLE IF NOT EXISTS audit_chain_lock (id INTEGER PRIMARY KEY "
                                      "CHECK (id = 1))")));
    LIAISON_TRY(
        db.run(QStringLiteral("INSERT INTO audit_chain_lock (id) VALUES (1) ON CONFLICT DO NOTHING")));
    LIAISON_TRY(db.run(QString::fromLatin1(hashFunction)));
    for (const char* function : {appendFunction, rowFunction})
        LIAISON_TRY(
            db.run(QString::fromLatin1(function).replace(QStringLiteral("{SEARCH_PATH}"), searchPath)));
    for (const char* function :
         {"liaisondesk_audit_row()", "liaisondesk_audit_append(TEXT, TEXT, BIGINT, TEXT, TEXT)"})
        LIAISON_TRY(
            db.run(QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1StringView(function))));
    for (const char* table : auditedTables) {
        const QString name = QString::fromLatin1(table);
        LIAISON_TRY(db.run(QStringLiteral("DROP TRIGGER IF EXISTS liaisondesk_audit ON %1").arg(name)));
        LIAISON_TRY(
            db.run(QStringLiteral("CREATE TRIGGER liaisondesk_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                  "FOR EACH ROW EXECUTE FUNCTION liaisondesk_audit_row()")
                       .arg(name)));
    }
    // No login writes the log itself any more: the triggers do, with the owner's rights.
    auto database = db.scalar(QStringLiteral("SELECT current_database()"));
    LIAISON_TRY(database);
    auto sequenceName = db.scalar(QStringLiteral("SELECT pg_get_serial_sequence('audit_log', 'id')"));
    LIAISON_TRY(sequenceName);
    const QString sequence = sequenceName->toString();
    for (Role role : {Role::Admin, Role::Supervisor, Role::Liaison, Role::Officer}) {
        const QString group = ServerRoles::groupRole(database->toString(), role);
        auto exists = db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {group});
        LIAISON_TRY(exists);
        if (exists->toInt() == 0)
            continue;
        const QString quotedGroup = QStringLiteral("\"%1\"").arg(group);
        LIAISON_TRY(db.run(QStringLiteral("REVOKE INSERT ON audit_log FROM %1").arg(quotedGroup)));
        // Nor does it draw numbers from the log's sequence (gaps in the entries' numbers).
        LIAISON_TRY(db.run(QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM %2").arg(sequence, quotedGroup)));
    }
    return {};
}

} // namespace liaison
