#pragma once

#include <QLocale>

class QCoreApplication;

namespace liaison {

// Loads the program's own translations (embedded) and Qt's (from the system) for a locale, so that
// messages, standard dialogs and buttons speak the same language. English is the source language.
class Translations final
{
public:
    // The language chosen in Settings when there is one, otherwise the system's.
    static QLocale chosenLocale();
    static void install(QCoreApplication& app, const QLocale& locale = chosenLocale());
    // "" follows the system; "zh_CN" or "en" choose. Applies at the next start.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString& language);
};

} // namespace liaison
