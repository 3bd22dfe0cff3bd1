#pragma once

#include "BackupManifest.h"
#include "BackupRetention.h"
#include "BackupVerifier.h"
#include "base/Failure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QProcess;

namespace Takeout {

// A restic repository as a backup destination (`--to restic:REPOSITORY`): anything restic accepts
// as a repository (a folder, sftp:, rest:, s3:, rclone:). Every backup is one snapshot tagged
// `agent-takeout` holding the backup's files and its manifest.json at the snapshot's top.
//
// The password is never on restic's command line or in its environment as set by this class: it is
// written to restic's standard input, which restic reads one line of when stdin is not a terminal.
// An empty password means restic reads RESTIC_PASSWORD, RESTIC_PASSWORD_FILE or
// RESTIC_PASSWORD_COMMAND from the environment itself. What restic prints goes nowhere but into
// the Failure's detail, and restic never prints the password.
//
// The calls below run restic and wait for it: call them off the UI thread (BackgroundTask).
class ResticRepository
{
    Q_DECLARE_TR_FUNCTIONS(ResticRepository)

public:
    static constexpr const char *scheme = "restic:";
    static constexpr const char *tag = "agent-takeout";

    explicit ResticRepository(QString repository, QString password = {});

    QString repository() const { return m_repository; }

    // "restic:REPOSITORY" as --to or verify take it.
    static bool isTarget(const QString &target);
    // Whether a folder holds a restic repository (its config file, keys and snapshots), as one on a
    // drive does.
    static bool isLocalRepository(const QString &folder);
    static QString fromTarget(const QString &target);
    // Whether the repository's address holds a password ("rest:https://me:secret@host/"). Such an
    // address is refused: it would be on restic's command line, in a scheduled unit and in error texts.
    static bool holdsPassword(const QString &repository);
    // A backup destination as a scheduled run needs it: a folder, or a repository in a folder, made
    // absolute; any other repository as it is.
    static QString absoluteTarget(const QString &target);
    // The keychain entry of a repository's password.
    static QString keychainKey(const QString &repository);
    // RESTIC_PASSWORD, RESTIC_PASSWORD_FILE or RESTIC_PASSWORD_COMMAND is set: restic reads that.
    static bool passwordInEnvironment();
    // restic's path, or empty when it is not installed.
    static QString program();
    // A strong password for a new repository (printable, 32 random characters).
    static QString generatePassword();

    // Sets up `process` to run restic on this repository with `arguments`; once it has started,
    // writePassword() hands over the password.
    void prepare(QProcess *process, const QStringList &arguments) const;
    void writePassword(QProcess *process) const;
    // What restic's exit and error output mean, as a sentence (none when it succeeded).
    Failure failureFor(int exitCode, bool crashed, const QByteArray &errors) const;
    static bool isLocked(const QByteArray &errors);

    struct Result
    {
        QByteArray output;
        QByteArray errors;
        Failure error;
    };
    // Runs restic and waits; a repository locked by another run is tried again for a while.
    Result run(const QStringList &arguments) const;

    // `restic unlock`: removes the locks of runs that were killed (their process is gone), never a live one.
    void removeStaleLocks() const;

    // Whether the repository is there, asked without a password; an error when it cannot be told
    // (unreachable, restic missing, a folder that is not a restic repository).
    Failure probe(bool *exists) const;
    Failure init() const;

    struct Snapshot
    {
        QString id;
        QString shortId;
        QDateTime time;
    };
    // The snapshots this app made, oldest first.
    QList<Snapshot> snapshots(Failure *error) const;
    // A file at the snapshot's top, read into memory.
    QByteArray dump(const QString &snapshot, const QString &file, Failure *error) const;
    bool readManifest(const QString &snapshot, BackupManifest *manifest, Failure *error) const;
    // The snapshot (an ID, or empty for the newest of this app's): restic's own check of the
    // repository, then every file the manifest lists against its size, SHA-256 and JSON. `error`
    // is set when the snapshot could not be read at all.
    QList<BackupVerifier::Problem> verify(const QString &snapshot, Failure *error, QString *snapshotId = nullptr) const;
    // The newest snapshot this app made and its manifest (Home's last backup); false with no error when
    // there is none yet.
    bool newest(Snapshot *snapshot, BackupManifest *manifest, Failure *error) const;

    // "What changed?" on a repository: the items saved in both of the two newest snapshots whose
    // backups are complete, the account first; each is read with dump() into memory when shown.
    struct Change
    {
        Service service = Service::Agentbot;
        QString agentId;
        QString olderSnapshot;
        QString olderFile;
        QString newerSnapshot;
        QString newerFile;
        bool same = false;   // the manifests give both the same SHA-256
        QDateTime olderTime; // the snapshots' times
        QDateTime newerTime;
    };
    QList<Change> changes(Failure *error) const;
    // The same from the snapshots() list a caller has read already.
    QList<Change> changes(const QList<Snapshot> &list, Failure *error) const;

    // `restic forget --prune` of this app's snapshots by the policy; the IDs it removed.
    Failure forget(const KeepPolicy &policy, QStringList *removed) const;

private:
    QString m_repository;
    QString m_password;
};

} // namespace Takeout
