#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

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

std::queue<std::optional<QString>>& texts()
{
    static std::queue<std::optional<QString>> queue;
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

QString Dialogs::saveFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (!fileNames().empty()) {
        const QString path = fileNames().front();
        fileNames().pop();
        return path;
    }
    // Choosing an existing database file is the usual case, not a mistake to warn about.
    return QFileDialog::getSaveFileName(parent, title, QString(), filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

std::optional<QString> Dialogs::password(QWidget* parent, const QString& title, const QString& label)
{
    shownText() = label;
    if (!texts().empty()) {
        const std::optional<QString> text = texts().front();
        texts().pop();
        return text;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void Dialogs::setNextText(const std::optional<QString>& text)
{
    texts().push(text);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    answers().push(answer);
}

void Dialogs::clearAnswers()
{
    answers() = {};
    fileNames() = {};
    texts() = {};
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
