#include "BackupChangesButton.h"

#include <QCollator>
#include <QFileInfo>
#include <QMenu>
#include <algorithm>

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
    setMenu(m_items.size() > 1 ? m_choices : nullptr);
    setEnabled(!m_items.isEmpty());
    setToolTip(m_items.isEmpty() ? tr("Needs two complete backups in the backup folder to compare.")
                                 : tr("Compare the newest two complete backups."));
    fill({});
    // The agents' names and what changed need both files read: off the UI thread, then the menu
    // says them.
    m_describe = BackgroundTask::run(
        this,
        [items = m_items](const TaskControl &task) {
            QList<BackupChanges::Description> described;
            for (const BackupChanges::Item &item : items) {
                if (task.isCancelled())
                    return QList<BackupChanges::Description>();
                described << BackupChanges::describe(item);
            }
            return described;
        },
        [this](const QList<BackupChanges::Description> &described) {
            if (described.size() == m_items.size())
                fill(described);
        });
}

void BackupChangesButton::fill(const QList<BackupChanges::Description> &described)
{
    m_choices->clear();
    struct Entry
    {
        BackupChanges::Item item;
        QString name;
        bool changed = true;
        bool known = false;
    };
    QList<Entry> entries;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const BackupChanges::Item &item = m_items.at(i);
        const bool known = i < described.size();
        // Until it has been read, a template is named by its file, which is named for the agent.
        QString name = known ? described.at(i).name : QString();
        if (name.isEmpty())
            name = QFileInfo(item.newerFile).completeBaseName();
        entries.append({item, name, known ? described.at(i).changed : true, known});
    }
    // The account first, then the agents by name, as a person looks for one.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(entries.begin(), entries.end(), [&collator](const Entry &a, const Entry &b) {
        if ((a.item.service == Service::Agentbot) != (b.item.service == Service::Agentbot))
            return a.item.service == Service::Agentbot;
        return collator.compare(a.name, b.name) < 0;
    });
    for (const Entry &entry : std::as_const(entries)) {
        QString what = entry.item.service == Service::Agentbot ? tr("Agentbot account") : entry.name;
        if (entry.known)
            what = entry.changed ? tr("%1 — changed").arg(what) : tr("%1 — no changes").arg(what);
        const BackupChanges::Item item = entry.item;
        QAction *action =
            m_choices->addAction(what, this, [this, item] { Q_EMIT compareRequested(item.olderFile, item.newerFile); });
        action->setObjectName(item.service == Service::Agentbot ? QStringLiteral("compareAccount")
                                                                : QStringLiteral("compare-") + item.agentId);
        if (entry.known && entry.changed) {
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
    }
}

} // namespace Takeout
