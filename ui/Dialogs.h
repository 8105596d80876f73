#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>
#include <queue>

class QWidget;

namespace liaison {

// Every message box of the application goes through here, so that GUI tests can give the answer in
// advance (setNextAnswer) instead of blocking on a modal dialog, and can read what would have been shown.
class Dialogs final
{
public:
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // A file to open; empty when the person cancelled.
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    // A file to write or to open, existing or not; empty when the person cancelled.
    static QString saveFileName(QWidget* parent, const QString& title, const QString& filter);
    // A password typed without echo; nothing when the person cancelled.
    static std::optional<QString> password(QWidget* parent, const QString& title, const QString& label);

    // Test hooks: answers consumed in order by the next dialogs, and the last text shown.
    static void setNextFileName(const QString& path);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextText(const std::optional<QString>& text);
    static void clearAnswers();
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> takeAnswer(const QString& text);
};

} // namespace liaison
