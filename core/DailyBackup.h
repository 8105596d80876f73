#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace liaison {

// The desktop's daily backup of an SQLite database (Backup::rotate), taken on a thread of its own with
// a connection of its own once the window is up: a copy of a province's gigabyte takes tens of seconds,
// which nobody should wait for before signing in. VACUUM INTO reads one snapshot, so the copy is
// consistent while the user goes on working. Destroying it waits for a copy under way to end, since a
// half-written copy is thrown away.
class DailyBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)

public:
    explicit DailyBackup(QObject* parent = nullptr);
    ~DailyBackup() override;

    // Starts today's backup of the SQLite database at spec into folder, once; a second call does nothing.
    void start(const QString& spec, const QString& folder);
    bool isRunning() const;
    // Waits for a backup under way to end.
    void wait();

signals:
    // What to tell the user: where today's backup is, or why it could not be taken; empty when today's
    // existed already.
    void finished(const QString& note);

private:
    QPointer<QThread> m_worker;
    bool m_started = false;
};

} // namespace liaison
