#pragma once

#include <QString>

namespace liaison::PrivateFiles {

// An SQLite database and its backups are the whole register, users' password hashes included: on a
// shared machine no other account may read them. They are made readable by their owner only (0600) in
// folders only their owner may enter (0700), whatever the process's umask. Existing files and folders
// keep the permissions someone gave them.

// Makes the folder and any missing folders above it, each 0700. False when one cannot be made.
[[nodiscard]] bool makeFolder(const QString& folder);
// Creates the file empty and 0600 when it does not exist (SQLite keeps a file's permissions, and gives
// its write-ahead log the same). False when it cannot be created.
[[nodiscard]] bool createFile(const QString& path);
// Makes an existing file 0600.
[[nodiscard]] bool restrict(const QString& path);

} // namespace liaison::PrivateFiles
