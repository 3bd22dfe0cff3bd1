#include "BackupFailureNotice.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QVariantMap>

namespace Takeout {

namespace {

// Long enough for a notification service that is started on demand, short enough for a timer's run.
constexpr int replyTimeoutMs = 10000;

// "Agentbot did not accept your sign-in." without its final full stop, to go inside a sentence.
QString reason(QString sentence)
{
    sentence = sentence.trimmed();
    while (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

} // namespace

BackupFailureNotice::BackupFailureNotice(QObject *parent)
    : QObject(parent)
{
}

QString BackupFailureNotice::text(const BackupManifest &manifest, const Failure &runError, const QStringList &problems)
{
    if (runError)
        return tr("The automatic backup failed: %1. Open Agent Takeout to try again.").arg(reason(runError.message()));
    QStringList what;
    QString why;
    bool agentbot = false;
    bool agentList = false;
    int agents = 0;
    for (const BackupManifest::Item &item : manifest.items) {
        if (item.ok)
            continue;
        if (why.isEmpty())
            why = reason(item.error ? item.error.message() : item.errorText);
        if (item.service == Service::Agentbot)
            agentbot = true;
        else if (item.agentId.isEmpty())
            agentList = true;
        else
            ++agents;
    }
    if (agentbot)
        what << tr("your Agentbot account");
    if (agentList)
        what << tr("your xpander.ai agents");
    else if (agents > 0)
        what << tr("%n of your xpander.ai agents", nullptr, agents);
    if (!what.isEmpty())
        return tr("The automatic backup of %1 failed: %2. Open Agent Takeout to try again.")
            .arg(what.join(tr(" and ")), why);
    if (!problems.isEmpty())
        return tr("The automatic backup was saved, but old backups could not be removed: %1.")
            .arg(reason(problems.first()));
    return {};
}

void BackupFailureNotice::send(const QString &text)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(this, &BackupFailureNotice::finished, Qt::QueuedConnection);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("org.agenttakeout.AgentTakeout")},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the server's).
    // GNOME Shell and Plasma read the body as markup: a "<" or "&" in a reason must show as itself.
    call << QStringLiteral("Agent Takeout") << uint(0) << QStringLiteral("org.agenttakeout.AgentTakeout")
         << tr("Automatic backup failed") << text.toHtmlEscaped() << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, replyTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *done) {
        done->deleteLater();
        Q_EMIT finished();
    });
}

} // namespace Takeout
