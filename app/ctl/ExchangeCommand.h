#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "exchange/TableImport.h"

#include <optional>

namespace liaison {

class CtlApplication;

// liaisonctl import and export: enterprises, contacts, duty assignments, visits and problems in and out,
// as CSV (UTF-8 with a byte-order mark, or GB18030 as Excel writes it on a Chinese desktop) or as an
// Excel workbook.
class ExchangeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ExchangeCommand)

public:
    explicit ExchangeCommand(CtlApplication& app) : m_app(app) {}
    int runImport(const QStringList& args);
    int runExport(const QStringList& args);

private:
    // The kind named on the command line, or nothing after the usage message.
    std::optional<ImportKind> kindOf(const QString& name);
    int writeTemplate(const QString& kind, const QString& path);
    CtlApplication& m_app;
};

} // namespace liaison
