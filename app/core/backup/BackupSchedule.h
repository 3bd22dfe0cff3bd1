#pragma once

#include "base/Failure.h"
#include "base/KeepPolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Takeout {

// Backups that run by themselves (Linux): a systemd user timer and service, generated here as text and
// installed into $XDG_CONFIG_HOME/systemd/user/, that run `agent-takeout-cli backup` daily or weekly
// with the same settings as a backup by hand. Credentials come from the keychain at run time; the units
// hold no secret. Turning it off removes both files.
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    enum class Frequency
    {
        Off,
        Daily,
        Weekly,
    };

    struct Settings
    {
        Frequency frequency = Frequency::Off;
        QString directory;
        // Fully encoded (QUrl::FullyEncoded): a decoded "%20" is a space, which the run refuses.
        QString agentbotServer; // empty: Agentbot is not backed up
        QString xpanderServer;  // empty: xpander.ai's default, or none when agentbotServer is set
        bool withKnowledgeBases = false;
        KeepPolicy keep; // empty: keep every backup
    };

    static QString serviceFileName() { return QStringLiteral("agent-takeout-backup.service"); }
    static QString timerFileName() { return QStringLiteral("agent-takeout-backup.timer"); }
    // $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user).
    static QString unitDirectory();

    // The words after the program: "backup --to DIR …", with the policy as --keep, --keep-daily,
    // --keep-weekly and --keep-monthly.
    static QStringList backupArguments(const Settings &settings);
    // The unit files' text; `program` is the absolute path of agent-takeout-cli.
    static QByteArray serviceUnit(const Settings &settings, const QString &program);
    static QByteArray timerUnit(const Settings &settings);
    // One word of an ExecStart= line, quoted and escaped as systemd reads it back.
    static QString execWord(const QString &word);

    // Writes both units (atomically, never through a link) and enables the timer the way
    // `systemctl --user enable` does (a link in timers.target.wants/); Off removes them instead.
    static Failure install(const Settings &settings, const QString &program,
                           const QString &directory = unitDirectory());
    static Failure remove(const QString &directory = unitDirectory());
    // The installed frequency (Off when the units are not there).
    static Frequency installed(const QString &directory = unitDirectory());

    // Tells a running systemd user manager (reload; start or stop the timer). False when there is none:
    // the timer then starts with the next session.
    static bool activate(Frequency frequency);
};

} // namespace Takeout
