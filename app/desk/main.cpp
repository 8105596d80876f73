#include "ConnectionSettings.h"
#include "Database.h"
#include "DatabasePrompt.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LiaisonDesk"));
    QApplication::setApplicationName(QStringLiteral("LiaisonDesk"));
    QApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
    liaison::Translations::install(app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "LiaisonDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Enterprise liaison and problem coordination."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The database: an SQLite file or a postgresql:// URL."),
        QApplication::translate("main", "path|url"));
    parser.addOption(dbOption);
    parser.process(app);

    QString spec = parser.value(dbOption);
    if (spec.isEmpty())
        spec = qEnvironmentVariable("LIAISON_DB");
    if (spec.isEmpty()) {
        if (const auto saved = liaison::ConnectionSettings::load(); saved && saved->validate())
            spec = saved->spec();
    }
    if (spec.isEmpty())
        spec = liaison::Database::defaultLocation();

    auto db = liaison::openWithPasswordPrompt(spec, nullptr);
    if (!db) {
        liaison::Dialogs::critical(nullptr, QApplication::translate("main", "LiaisonDesk"),
                                   db.error().message);
        return 1;
    }
    (*db)->setActor(qEnvironmentVariable("LIAISON_USER", qEnvironmentVariable("USER")));

    liaison::MainWindow window(**db);
    window.show();
    QTimer::singleShot(0, &window, &liaison::MainWindow::offerDemoIfEmpty);
    return QApplication::exec();
}
