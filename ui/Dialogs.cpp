#include "Dialogs.h"

#include <QFileDialog>

namespace liaison {
namespace {

std::queue<QMessageBox::StandardButton>& answers()
{
    static std::queue<QMessageBox::StandardButton> queue;
    return queue;
}

QString& shownText()
{
    static QString text;
    return text;
}

std::queue<QString>& fileNames()
{
    static std::queue<QString> queue;
    return queue;
}

} // namespace

void Dialogs::setNextFileName(const QString& path)
{
    fileNames().push(path);
}

QString Dialogs::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (!fileNames().empty()) {
        const QString path = fileNames().front();
        fileNames().pop();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    answers().push(answer);
}

void Dialogs::clearAnswers()
{
    answers() = {};
}

QString Dialogs::lastText()
{
    return shownText();
}

std::optional<QMessageBox::StandardButton> Dialogs::takeAnswer(const QString& text)
{
    shownText() = text;
    if (answers().empty())
        return std::nullopt;
    const QMessageBox::StandardButton answer = answers().front();
    answers().pop();
    return answer;
}

void Dialogs::critical(QWidget* parent, const QString& title, const QString& text)
{
    if (!takeAnswer(text))
        QMessageBox::critical(parent, title, text);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    if (!takeAnswer(text))
        QMessageBox::information(parent, title, text);
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (auto answer = takeAnswer(text))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

} // namespace liaison
