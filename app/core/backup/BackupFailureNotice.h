#pragma once

#include "BackupManifest.h"
#include "base/Failure.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace Takeout {

// A backup that ran by itself and failed, told as a desktop notification
// (org.freedesktop.Notifications on the session bus): what failed and why, in plain words, and what to
// do. Only the sentences of the errors go into it, never their details (which may quote a server).
// Without a session bus or a notification service nothing is shown and nothing is said.
class BackupFailureNotice : public QObject
{
    Q_OBJECT

public:
    // The notification's text for a backup with `manifest` that ended with `runError` (the run itself)
    // or failed items; `problems` are what else went wrong (old backups that could not be removed).
    // Empty when nothing failed.
    static QString text(const BackupManifest &manifest, const Failure &runError, const QStringList &problems = {});

    explicit BackupFailureNotice(QObject *parent = nullptr);

    // Sends `text` and emits finished() once the notification service answered, refused or did not
    // answer within a few seconds.
    void send(const QString &text);

Q_SIGNALS:
    void finished();
};

} // namespace Takeout
