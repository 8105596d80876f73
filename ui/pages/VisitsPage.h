#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace liaison {

class Database;
class VisitListModel;

// The visits (走访), newest first, with filters for enterprise, area, visitor, dates and mode, and the
// visit coverage: how many enterprises were visited in the last N days, and a way to those that were not.
class VisitsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitsPage)

public:
    explicit VisitsPage(Database& db, QWidget* parent = nullptr);

    VisitListModel* model() const { return m_model; }
    void reload();

signals:
    void logVisitRequested();
    // Show the enterprises nobody visited in this many days up to the day.
    void notVisitedRequested(int days, const QDate& asOf);

private:
    void fillAreas();
    void onFilterChanged();
    void updateCoverage();
    QDate coverageDay() const;

    Database& m_db;
    VisitListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_enterpriseLineEdit = nullptr;
    QComboBox* m_areaComboBox = nullptr;
    QLineEdit* m_visitorLineEdit = nullptr;
    QDateEdit* m_fromDateEdit = nullptr;
    QDateEdit* m_toDateEdit = nullptr;
    QComboBox* m_modeComboBox = nullptr;
    QLabel* m_countLabel = nullptr;
    QSpinBox* m_coverageDaysSpinBox = nullptr;
    QLabel* m_coverageLabel = nullptr;
};

} // namespace liaison
