#pragma once

#include <QDBusAbstractAdaptor>
#include <QStringList>
#include <QVariantMap>

// A desktop notification service of the test's own, on the session bus of the test's sandbox: it
// registers org.freedesktop.Notifications and keeps what Notify() was sent, so that a test sees the
// real D-Bus call a program makes. Unregisters itself when destroyed.
class NotificationService : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit NotificationService(QObject *parent);
    ~NotificationService() override;

    // False when there is no session bus or another service has the name.
    bool registerOnBus();

    QStringList summaries;
    QStringList bodies;
    QStringList appNames;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities() const;

Q_SIGNALS:
    void notified();

private:
    bool m_registered = false;
};
