#pragma once

#include "backup/BackupChanges.h"
#include "base/BackgroundTask.h"

#include <QPushButton>

class QMenu;

namespace Takeout {

// "What changed since the last backup": opens the comparison of the same file in the two newest
// complete backups of the backup folder (BackupChanges): at once when there is one such file, else
// chosen from a menu (the Agentbot account, each agent's template). Disabled, with a
// tooltip that says why, while there are fewer than two complete backups to compare.
class BackupChangesButton : public QPushButton
{
    Q_OBJECT

public:
    explicit BackupChangesButton(QWidget *parent = nullptr);

    // Reads the backups in `directory` again.
    void setDirectory(const QString &directory);

Q_SIGNALS:
    void compareRequested(const QString &oldPath, const QString &newPath);

private:
    // The menu's entries, named by the agents, sorted, the changed ones marked (once described).
    void fill(const QList<BackupChanges::Description> &described);

    QMenu *m_choices;
    BackgroundTask m_describe;
    QList<BackupChanges::Item> m_items;
};

} // namespace Takeout
