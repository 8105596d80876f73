#pragma once

#include <QString>

#include <expected>

namespace liaison {

// A failure a caller can report to a person: what went wrong, in words they read, and what kind of
// failure it was so that the command line can choose its exit status and the GUI its dialog.
struct Error
{
    enum class Kind {
        Validation, // the input breaks a rule; nothing was written
        NotFound,   // the record asked for does not exist
        Conflict,   // someone else changed or holds the record
        Permission, // the acting user may not do this
        Storage,    // the database refused or could not be reached
    };

    Kind kind = Kind::Storage;
    QString message; // translated, one line, names what and where
    QString field;   // the offending field's name when the error is about one field

    static Error validation(QString message, QString field = {})
    {
        return {Kind::Validation, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message), {}}; }
    static Error permission(QString message) { return {Kind::Permission, std::move(message), {}}; }
    static Error storage(QString message) { return {Kind::Storage, std::move(message), {}}; }
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

// Keeps only the outcome of a result (libstdc++ 12 has no monadic std::expected operations).
template <typename T>
Status toStatus(const Result<T>& result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

} // namespace liaison

// Returns early from a function that returns a Result or a Status when expr (a Result or a Status)
// failed, passing its error on. Each use gets a variable of its own, so uses can nest.
#define LIAISON_TRY(expr) LIAISON_TRY_AS(expr, LIAISON_TRY_NAME(liaisonTry, __COUNTER__))
#define LIAISON_TRY_NAME(prefix, counter) LIAISON_TRY_JOIN(prefix, counter)
#define LIAISON_TRY_JOIN(prefix, counter) prefix##counter
#define LIAISON_TRY_AS(expr, name)                                                                           \
    do {                                                                                                     \
        if (auto name = (expr); !name)                                                                       \
            return std::unexpected(name.error());                                                            \
    } while (false)
