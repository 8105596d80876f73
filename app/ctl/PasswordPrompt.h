#pragma once

#include <QString>

#include <optional>

namespace liaison {

// Reads a password for liaisonctl: from the terminal without echoing it, or, when standard input is
// not a terminal (a script), its next line. The prompt goes to standard error. Nothing when there is
// nothing to read.
std::optional<QString> readPassword(const QString& prompt);

} // namespace liaison
