#pragma once

#include "base/Failure.h"
#include "base/Service.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Takeout {

// What one backup folder holds, as `manifest.json` says it: when it started and finished, whether it
// ran to the end, and one entry per item (the Agentbot account, each xpander.ai agent's template)
// with its file, size and SHA-256, or why it is missing. The manifest is also how a backup folder is
// recognised as one this app made (retention never touches anything else).
class BackupManifest
{
public:
    struct Item
    {
        Service service = Service::Agentbot;
        QString agentId;   // xpander.ai only
        QString agentName; // in memory only, for what is shown while the backup runs
        QString file;      // relative to the backup folder; empty when nothing was saved
        qint64 bytes = 0;
        QByteArray sha256; // lower-case hex
        Failure error;     // in memory; the manifest keeps its sentence
        QString errorText; // the sentence, as the manifest holds it
        bool ok = false;
    };

    QString appVersion;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid until the backup ran to the end
    // The run got to the end and every item was saved: only such a backup counts for `--keep`,
    // "What changed?" and the home page's "complete".
    bool complete = false;
    QList<Item> items;

    static constexpr const char *fileName = "manifest.json";
    // A manifest lists a few hundred items at most; anything far larger is not one of ours.
    static constexpr qint64 maxBytes = qint64(16) << 20;

    // What `complete` claims, checked against the items: an older version wrote `complete: true`
    // for a run whose items all failed.
    bool isWhole() const;

    QByteArray toJson() const;
    // False when `json` is not a manifest of this app (the fields and types it writes).
    static bool fromJson(const QByteArray &json, BackupManifest *manifest);
    // The manifest in `folder`, read without following a link at its name; false when there is none
    // or it is not one of ours.
    static bool read(const QString &folder, BackupManifest *manifest);

    // "2026-12-01T181220Z": the folder name of a backup started at `time` (UTC).
    static QString folderName(const QDateTime &time);
    // True for a name folderName() makes, with or without the "-2" that keeps it unique.
    static bool isFolderName(const QString &name);
    // The time in a name folderName() made, and the n of its "-n" (1 without one); invalid when the
    // name is not one of ours.
    static QDateTime folderTime(const QString &name, int *sequence = nullptr);

    struct Found; // a folder and its manifest
    // The backups in `directory` (complete or not), newest first. Ordered by the time in the folder
    // name, which this app chose when it made the folder, never by the manifest's dates, which a
    // copied folder or a wrong clock may have set to anything. A folder whose name or manifest is
    // dated after `now` is left out: nothing can say where it belongs. Links are left out too.
    // Retention, "What changed?" and the home page's last backup all go by this one order.
    static QList<Found> backupsIn(const QString &directory, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The newest of backupsIn() (the home page's "last backup"), with its manifest; empty when there
    // is none.
    static QString newestIn(const QString &directory, BackupManifest *manifest = nullptr);
};

struct BackupManifest::Found
{
    QString path; // absolute
    BackupManifest manifest;
};

} // namespace Takeout
