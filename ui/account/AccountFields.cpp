#include "AccountFields.h"

#include "security/PasswordHash.h"

#include <QLabel>
#include <QLineEdit>

namespace liaison {

QLineEdit* passwordField(const char* objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1StringView(objectName));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(PasswordHash::maximumLength + 1);
    return edit;
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& message)
{
    label->setText(message);
    label->show();
}

} // namespace liaison
