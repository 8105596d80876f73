#include "DailyBackup.h"

#include "Backup.h"
#include "Database.h"

#include <QDate>
#include <QThread>

namespace liaison {

DailyBackup::DailyBackup(QObject* parent) : QObject(parent) {}

DailyBackup::~DailyBackup()
{
    wait();
}

void DailyBackup::start(const QString& spec, const QString& folder)
{
    if (m_started)
        return;
    m_started = true;
    QPointer<DailyBackup> self(this);
    m_worker = QThread::create([self, spec, folder] {
        QString note;
        if (auto db = Database::open(spec, {false, -1}); !db) {
            note = Backup::tr("Today's backup could not be taken: %1").arg(db.error().message);
        } else if (const auto rotation = Backup::rotate(**db, folder, QDate::currentDate()); !rotation) {
            note = Backup::tr("Today's backup could not be taken: %1").arg(rotation.error().message);
        } else if (!rotation->taken.isEmpty()) {
            note = Backup::tr("Today's backup is in %1.").arg(folder);
        }
        QMetaObject::invokeMethod(
            self,
            [self, note] {
                if (self)
                    emit self->finished(note);
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start(QThread::LowPriority);
}

bool DailyBackup::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

void DailyBackup::wait()
{
    if (m_worker)
        m_worker->wait();
}

} // namespace liaison
