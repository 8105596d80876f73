#pragma once

#include "Entities.h"
#include "Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace liaison {

class CommandArguments;
class CtlApplication;
class Database;
class IssueWorkflow;
struct IssueRow;

// liaisonctl issue: list and show problems with their supervision colour, and every step of the
// workflow (add, assign, start, escalate, urge, extend, approve-extension, resolve, verify, reopen).
class IssueCommand final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::IssueCommand)

public:
    explicit IssueCommand(CtlApplication& app) : m_app(app) {}
    int run(const QStringList& args);

private:
    int list(const CommandArguments& arguments);
    int show(const CommandArguments& arguments);
    int add(const CommandArguments& arguments);
    int act(const QString& action, const CommandArguments& arguments);
    void printHelp();

    // Name look-ups for arguments a person types: an id, or a name (a credit code for enterprises).
    Result<OptionalId> lookUp(const char* table, const QStringList& keyColumns, const QString& text) const;
    Result<Id> enterpriseId(const QString& text) const;
    Result<Id> unitId(const QString& text) const;
    Result<Id> issueId(const QString& text) const;
    Result<std::optional<int>> expectedVersion(const CommandArguments& arguments) const;
    Result<QJsonObject> describe(const Issue& issue, const QDate& asOf) const;
    static QJsonObject describe(const IssueRow& row);

    CtlApplication& m_app;
    Database* m_db = nullptr;
    IssueWorkflow* m_workflow = nullptr;
};

} // namespace liaison
