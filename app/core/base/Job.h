#pragma once

#include <QObject>

namespace Takeout {

// One lifetime rule for everything that talks to a service. Clients (AgentbotClient, XpanderClient)
// are plain values: a network manager pointer, a server, a credential and the limits; they create
// jobs. A job (HttpJob, AgentListJob, ExportJob) is a QObject parented to the caller's object, so it
// never outlives the one waiting for it. It emits finished() once and then deletes itself
// (deleteLater), unless the caller called setAutoDelete(false) to keep it and read it afterwards.
class Job : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    // Emitted once per start(); error() and the results are read in the slot.
    void finished();

protected:
    // Emits finished(), then lets the job go unless the caller keeps it.
    void emitFinished();

private:
    bool m_autoDelete = true;
};

} // namespace Takeout
