#include "BackupChangesButton.h"

#include <QFileInfo>
#include <QMenu>

namespace Takeout {

BackupChangesButton::BackupChangesButton(QWidget *parent)
    : QPushButton(tr("What &changed?"), parent)
    , m_choices(new QMenu(this))
{
    setObjectName(QStringLiteral("backupChangesButton"));
    setAccessibleName(tr("What changed since the last backup"));
    connect(this, &QPushButton::clicked, this, [this] {
        if (m_items.size() == 1)
            Q_EMIT compareRequested(m_items.first().olderFile, m_items.first().newerFile);
    });
    setDirectory({});
}

void BackupChangesButton::setDirectory(const QString &directory)
{
    m_items = directory.isEmpty() ? QList<BackupChanges::Item>() : BackupChanges::between(directory);
    m_choices->clear();
    setMenu(m_items.size() > 1 ? m_choices : nullptr);
    setEnabled(!m_items.isEmpty());
    setToolTip(m_items.isEmpty() ? tr("Needs two complete backups in the backup folder to compare.")
                                 : tr("Compare the newest two complete backups."));
    for (const BackupChanges::Item &item : std::as_const(m_items)) {
        // A template is named by its file, which is named for the agent.
        const QString what = item.service == Service::Agentbot
                                 ? tr("Agentbot account")
                                 : tr("Template: %1").arg(QFileInfo(item.newerFile).completeBaseName());
        QAction *action =
            m_choices->addAction(what, this, [this, item] { Q_EMIT compareRequested(item.olderFile, item.newerFile); });
        action->setObjectName(item.service == Service::Agentbot ? QStringLiteral("compareAccount")
                                                                : QStringLiteral("compare-") + item.agentId);
    }
}

} // namespace Takeout
