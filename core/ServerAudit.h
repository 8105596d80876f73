#pragma once

#include "Error.h"

namespace liaison {

class Database;

// On PostgreSQL the server writes the audit log of everyone who signs in as their own login (schema 8):
// a trigger on every audited table appends an entry for each row created, changed or deleted, with
// who from session_user, when from the server's clock, the row before and after (without password
// hashes), and the hash chain extended inside the server by the same rule as AuditLog. No login may
// write audit_log itself, so entries can be neither forged nor skipped, and raw SQL is audited like
// the desktop's own writes. The tables' owner (a DBA, or LiaisonDesk connected with the owner's
// address) is not bound by the server and writes its entries through AuditLog as on SQLite.
class ServerAudit final
{
public:
    [[nodiscard]] static Status install(Database& db);
};

} // namespace liaison
