#include "Dialogs.h"

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

} // namespace

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
