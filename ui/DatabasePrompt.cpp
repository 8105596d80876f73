#include "DatabasePrompt.h"

#include "ConnectionSettings.h"
#include "Dialogs.h"

#include <QCoreApplication>
#include <QUrl>

namespace liaison {

Result<std::unique_ptr<Database>> openWithPasswordPrompt(const QString& spec, QWidget* parent)
{
    auto opened = Database::open(spec);
    if (opened || !Database::isPostgresUrl(spec) || !QUrl(spec).password().isEmpty())
        return opened;
    const ConnectionSettings server = ConnectionSettings::fromSpec(spec);
    for (int attempt = 0; attempt < 3 && !opened; ++attempt) {
        const std::optional<QString> password = Dialogs::password(
            parent, QCoreApplication::translate("liaison::DatabasePrompt", "Connect to the server"),
            QCoreApplication::translate("liaison::DatabasePrompt", "%1\n\nPassword of %2 on %3:")
                .arg(opened.error().message, server.user, server.host));
        if (!password)
            break; // cancelled: the last refusal is the answer
        opened = Database::open(server.spec(*password));
    }
    return opened;
}

} // namespace liaison
