#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace liaison {

QString Translations::chosenLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void Translations::setChosenLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QLocale Translations::chosenLocale()
{
    const QString language = chosenLanguage();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void Translations::install(QCoreApplication& app, const QLocale& locale)
{
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("liaisondesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace liaison
