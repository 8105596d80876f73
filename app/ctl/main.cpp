#include "CtlApplication.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LiaisonDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LiaisonDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
    liaison::Translations::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    liaison::CtlApplication ctl(out, err);
    return ctl.run(QCoreApplication::arguments().mid(1));
}
