#include "NotificationService.h"

#include <QDBusConnection>

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

NotificationService::NotificationService(QObject *parent)
    : QDBusAbstractAdaptor(parent)
{
}

NotificationService::~NotificationService()
{
    if (!m_registered)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(serviceName);
    bus.unregisterObject(objectPath);
}

bool NotificationService::registerOnBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.registerObject(objectPath, parent()))
        return false;
    if (!bus.registerService(serviceName)) {
        bus.unregisterObject(objectPath);
        return false;
    }
    m_registered = true;
    return true;
}

uint NotificationService::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                 const QString &summary, const QString &body, const QStringList &actions,
                                 const QVariantMap &hints, int expireTimeout)
{
    Q_UNUSED(replacesId)
    Q_UNUSED(appIcon)
    Q_UNUSED(actions)
    Q_UNUSED(hints)
    Q_UNUSED(expireTimeout)
    appNames << appName;
    summaries << summary;
    bodies << body;
    Q_EMIT notified();
    return uint(bodies.size());
}

QStringList NotificationService::GetCapabilities() const
{
    return {QStringLiteral("body")};
}
