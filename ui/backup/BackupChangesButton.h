#pragma once

#include "backup/BackupChanges.h"
#include "backup/ResticRepository.h"
#include "base/BackgroundTask.h"

#include <QDateTime>
#include <QPushButton>
#include <memory>

class QMenu;

namespace Takeout {

class JsonDocument;

// "What changed since the last backup": opens the comparison of the same item in the two newest
// complete backups: at once when there is one such item, else chosen from a menu (the Agentbot
// account, each agent's template), named by the agents, sorted, the changed ones marked. Disabled,
// with a tooltip that says why, while there are fewer than two complete backups to compare.
// The backups are dated folders (BackupChanges), or snapshots of an encrypted backup
// (ResticRepository::changes), whose files are read into memory, never onto the disk.
class BackupChangesButton : public QPushButton
{
    Q_OBJECT

public:
    explicit BackupChangesButton(QWidget *parent = nullptr);

    // Reads the backups in `directory` again.
    void setDirectory(const QString &directory);
    // The items of an encrypted backup's two newest complete snapshots, as the caller has read them.
    void setRepository(const QString &repository, const QString &password,
                       const QList<ResticRepository::Change> &changes);

Q_SIGNALS:
    void compareRequested(const QString &oldPath, const QString &newPath);
    // An encrypted backup's item: both sides read.
    void compareBackupsRequested(std::shared_ptr<const Takeout::JsonDocument> older,
                                 std::shared_ptr<const Takeout::JsonDocument> newer, const QDateTime &olderTime,
                                 const QDateTime &newerTime, const QString &where);

private:
    // One item that can be compared, of either kind of backup.
    struct Item
    {
        Service service = Service::Agentbot;
        QString agentId;
        QString olderFile; // a folder's: absolute; a snapshot's: in the snapshot
        QString newerFile;
        QString olderSnapshot; // empty for a folder
        QString newerSnapshot;
        QDateTime olderTime;
        QDateTime newerTime;
        std::optional<bool> same; // known without reading (the manifests' SHA-256)
    };
    struct Description
    {
        QString name;
        bool changed = true;
    };
    void setItems(const QList<Item> &items);
    // The menu's entries, named by the agents, sorted, the changed ones marked (once described).
    void fill(const QList<Description> &described);
    void compare(const Item &item);

    QMenu *m_choices;
    BackgroundTask m_describe;
    BackgroundTask m_reading;
    QList<Item> m_items;
    QString m_repository;
    QString m_password;
};

} // namespace Takeout
