#pragma once

#include "Database.h"
#include "Error.h"

#include <memory>

class QWidget;

namespace liaison {

// Opens the desktop's database. A PostgreSQL server that refuses the connection without a password
// (none in PostgreSQL's password file) gets one asked for, up to three times; the password stays in
// this process only.
[[nodiscard]] Result<std::unique_ptr<Database>> openWithPasswordPrompt(const QString& spec, QWidget* parent);

} // namespace liaison
