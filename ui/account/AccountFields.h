#pragma once

class QLabel;
class QLineEdit;
class QString;
class QWidget;

namespace liaison {

// The fields the account dialogs share: a password line (hidden as typed, capped just past the longest
// password allowed, so that a pasted novel is refused with a message instead of cut) and the line under
// a form that says in red what is wrong, hidden until then.
QLineEdit* passwordField(const char* objectName, QWidget* parent);
QLabel* problemLabel(QWidget* parent);
void showProblem(QLabel* label, const QString& message);

} // namespace liaison
