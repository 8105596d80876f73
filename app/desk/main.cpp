#include "ConnectionSettings.h"
#include "DailyBackup.h"
#include "Database.h"
#include "DatabasePrompt.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Translations.h"
#include "account/SignInDialog.h"
#include "security/UserAccounts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LiaisonDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LiaisonDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
}

// The options; returns the --db option to read.
QCommandLineOption describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Enterprise liaison and problem coordination."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The database: an SQLite file or a postgresql:// URL."),
        QCoreApplication::translate("main", "path|url"));
    parser.addOption(dbOption);
    return dbOption;
}

// --help and --version are answered without starting the GUI, so they work without a display.
bool onlyAsksForHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// On X11 and Wayland systems a window needs DISPLAY or WAYLAND_DISPLAY; without either (a console, an
// SSH session without -X), Qt would abort with an error about platform plugins. True when neither is
// set and no platform is chosen (QT_QPA_PLATFORM, -platform).
bool lacksADisplay(int argc, char* argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return false;
    }
    return true;
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return false;
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyAsksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheApplication();
        liaison::Translations::install(app);
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    if (lacksADisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheApplication();
        liaison::Translations::install(app);
        const QString message = QCoreApplication::translate(
            "main",
            "LiaisonDesk needs a display, and there is none here (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set).\nStart it in a desktop session, over ssh -X, or with xvfb-run; with "
            "QT_QPA_PLATFORM=offscreen it runs without showing anything.\nliaisonctl does the same "
            "work without a window.");
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
        return 1;
    }

    QApplication app(argc, argv);
    nameTheApplication();
    liaison::Translations::install(app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "LiaisonDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.liaisondesk.LiaisonDesk"));
    QIcon icon;
    for (const int size : {16, 32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/liaisondesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    const QCommandLineOption dbOption = describe(parser);
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

    // Signing out closes the window and brings the sign-in back, saying why when it was not the user's
    // choice.
    QString notice;
    if (liaison::UserAccounts::signsInToServer(spec)) {
        // A shared server: each person connects as their own server login, so nothing is connected
        // before the sign-in, and signing out closes the connection.
        for (;;) {
            liaison::SignInDialog signIn(spec);
            signIn.showNotice(notice);
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            const std::unique_ptr<liaison::Database> db = signIn.takeDatabase();
            liaison::MainWindow window(*db);
            window.show();
            const int code = QApplication::exec();
            if (!window.signedOut())
                return code;
            notice = window.signOutNotice();
        }
    }

    auto db = liaison::openWithPasswordPrompt(spec, nullptr);
    if (!db) {
        liaison::Dialogs::critical(nullptr, QApplication::translate("main", "LiaisonDesk"),
                                   db.error().message);
        return 1;
    }
    // Today's backup of an SQLite database, in the backups folder next to it: taken in the background once
    // the first window is up; leaving the program waits for a copy under way.
    liaison::DailyBackup backup;

    for (;;) {
        liaison::SignInDialog signIn(**db);
        signIn.showNotice(notice);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        liaison::MainWindow window(**db);
        window.show();
        QObject::connect(&backup, &liaison::DailyBackup::finished, &window, [&window](const QString& note) {
            if (!note.isEmpty())
                window.statusBar()->showMessage(note, 15000);
        });
        if ((*db)->backend() == liaison::Database::Backend::Sqlite)
            backup.start((*db)->spec(),
                         QFileInfo((*db)->spec()).absoluteDir().filePath(QStringLiteral("backups")));
        QTimer::singleShot(0, &window, &liaison::MainWindow::offerDemoIfEmpty);
        const int code = QApplication::exec();
        if (!window.signedOut())
            return code;
        notice = window.signOutNotice();
    }
}
