#pragma once

#include <QWidget>

namespace liaison {

// A page whose feature is not in this version yet. It says so plainly, and says where the figures
// can be had meanwhile, rather than showing an empty frame.
class PlannedFeaturePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannedFeaturePage)

public:
    PlannedFeaturePage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};

} // namespace liaison
