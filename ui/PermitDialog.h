#pragma once

#include "Entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PermitDialog;
}

namespace liaison {

class Database;
class EnterpriseCompleter;

// Adds or edits one transport pass (通行证, one vehicle one pass) or driver's white-list application
// (司机白名单). Each field is checked as it is typed and the first problem is shown under the form
// with the field marked; Ctrl+Return saves; Esc asks before throwing typed data away.
class PermitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermitDialog)

public:
    explicit PermitDialog(Database& db, QWidget* parent = nullptr);
    ~PermitDialog() override;

    // Edits a stored request instead of adding one.
    void setPermit(const PermitRequest& permit);
    void setEnterprise(const QString& name);
    // The request saved, once the dialog was accepted.
    OptionalId savedId() const { return m_savedId; }
    QString errorText() const;

public slots:
    void reject() override;

private:
    void onKindChanged();
    void onEdited();
    void onSave();
    // The request as typed, or the first problem with it and the field to correct.
    std::optional<PermitRequest> typedPermit(QString& problem, QWidget*& field) const;
    void showProblem(const QString& problem, QWidget* field);
    QWidget* widgetForField(const QString& field) const;

    Database& m_db;
    std::unique_ptr<Ui::PermitDialog> m_ui;
    EnterpriseCompleter* m_completer = nullptr;
    PermitRequest m_permit;
    bool m_edited = false;
    QWidget* m_markedField = nullptr;
    OptionalId m_savedId;
};

} // namespace liaison
