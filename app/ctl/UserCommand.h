#pragma once

#include "Entities.h"
#include "Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace liaison {

class CtlApplication;
class Database;

// liaisonctl user: the administrator's work on users (list, add, reset, disable, enable) and every
// user's own password (passwd).
class UserCommand final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::UserCommand)

public:
    explicit UserCommand(CtlApplication& app) : m_app(app) {}
    int run(const QStringList& args);
    static QString help();

private:
    int list(Database& db);
    int add(Database& db, const QStringList& args);
    int passwd(Database& db);
    int reset(Database& db, const QString& name);
    int setActive(Database& db, const QString& name, bool active);
    // A person by number or by a name only one person has.
    static Result<Id> findPerson(const Database& db, const QString& text);

    CtlApplication& m_app;
};

} // namespace liaison
