#include "CtlApplication.h"
#include "Translations.h"

#include <QCoreApplication>
#ifdef LIAISON_CTL_PRINTS
#include <QApplication>
#endif

#include <cstring>
#include <memory>

namespace {

// Only the briefing's PDF needs fonts and painting (its charts are Qt Charts items, which want a
// QApplication); every other command starts as a plain core application.
bool drawsPages(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
#ifdef LIAISON_CTL_PRINTS
    if (drawsPages(argc, argv)) {
        // liaisonctl never opens a window: it draws on the offscreen platform, display or not.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#else
    Q_UNUSED(drawsPages);
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LiaisonDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LiaisonDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
    liaison::Translations::install(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    liaison::CtlApplication ctl(out, err);
    return ctl.run(QCoreApplication::arguments().mid(1));
}
