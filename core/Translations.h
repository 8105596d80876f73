#pragma once

#include <QLocale>

class QCoreApplication;

namespace liaison {

// Loads the program's own translations (embedded) and Qt's (from the system) for a locale, so that
// messages, standard dialogs and buttons speak the same language. English is the source language.
class Translations final
{
public:
    static void install(QCoreApplication& app, const QLocale& locale = QLocale::system());
};

} // namespace liaison
