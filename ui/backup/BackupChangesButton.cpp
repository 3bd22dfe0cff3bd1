#include "BackupChangesButton.h"

#include "restore/TemplateFacts.h"
#include "json/JsonDocument.h"

#include <QCollator>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
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
            compare(m_items.first());
    });
    setDirectory({});
}

void BackupChangesButton::setDirectory(const QString &directory)
{
    m_repository.clear();
    m_password.clear();
    QList<Item> items;
    if (!directory.isEmpty()) {
        for (const BackupChanges::Item &change : BackupChanges::between(directory))
            items.append({change.service, change.agentId, change.olderFile, change.newerFile, {}, {}, {}, {}, {}});
    }
    setItems(items);
}

void BackupChangesButton::setRepository(const QString &repository, const QString &password,
                                        const QList<ResticRepository::Change> &changes)
{
    m_repository = repository;
    m_password = password;
    QList<Item> items;
    for (const ResticRepository::Change &change : changes)
        items.append({change.service, change.agentId, change.olderFile, change.newerFile, change.olderSnapshot,
                      change.newerSnapshot, change.olderTime, change.newerTime, change.same});
    setItems(items);
}

void BackupChangesButton::setItems(const QList<Item> &items)
{
    m_items = items;
    setMenu(m_items.size() > 1 ? m_choices : nullptr);
    setEnabled(!m_items.isEmpty());
    setToolTip(m_items.isEmpty() ? tr("Needs two complete backups to compare.")
                                 : tr("Compare the newest two complete backups."));
    fill({});
    // The agents' names and what changed need the files read: off the UI thread, then the menu
    // says them.
    m_describe = BackgroundTask::run(
        this,
        [items = m_items, repository = ResticRepository(m_repository, m_password)](const TaskControl &task) {
            QList<Description> described;
            for (const Item &item : items) {
                if (task.isCancelled())
                    return QList<Description>();
                if (item.newerSnapshot.isEmpty()) {
                    const BackupChanges::Description folder =
                        BackupChanges::describe({item.service, item.agentId, item.olderFile, item.newerFile});
                    described.append({folder.name, folder.changed});
                    continue;
                }
                // A snapshot's: the manifests said whether it changed; the template says its name.
                Description description;
                description.changed = !item.same.value_or(false);
                if (item.service == Service::Xpander) {
                    Failure error;
                    const QByteArray newer = repository.dump(item.newerSnapshot, item.newerFile, &error);
                    if (const std::optional<TemplateFacts> facts = TemplateFacts::fromBytes(newer, nullptr))
                        description.name = facts->name.simplified();
                }
                described.append(description);
            }
            return described;
        },
        [this](const QList<Description> &described) {
            if (described.size() == m_items.size())
                fill(described);
        });
}

void BackupChangesButton::fill(const QList<Description> &described)
{
    m_choices->clear();
    struct Entry
    {
        Item item;
        QString name;
        bool changed = true;
        bool known = false;
    };
    QList<Entry> entries;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
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
        const Item item = entry.item;
        QAction *action = m_choices->addAction(what, this, [this, item] { compare(item); });
        action->setObjectName(item.service == Service::Agentbot ? QStringLiteral("compareAccount")
                                                                : QStringLiteral("compare-") + item.agentId);
        if (entry.known && entry.changed) {
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
    }
}

void BackupChangesButton::compare(const Item &item)
{
    if (item.newerSnapshot.isEmpty()) {
        Q_EMIT compareRequested(item.olderFile, item.newerFile);
        return;
    }
    // Both sides read from the repository into memory, off the UI thread; the button waits meanwhile.
    struct Read
    {
        std::shared_ptr<const JsonDocument> older;
        std::shared_ptr<const JsonDocument> newer;
        QString error;
    };
    setEnabled(false);
    setToolTip(tr("Reading both backups…"));
    m_reading = BackgroundTask::run(
        this,
        [item, repository = ResticRepository(m_repository, m_password)](const TaskControl &) {
            Read read;
            const auto side = [&](const QString &snapshot, const QString &file) {
                Failure dumpError;
                const QByteArray bytes = repository.dump(snapshot, file, &dumpError);
                if (dumpError) {
                    read.error = dumpError.message();
                    return std::shared_ptr<const JsonDocument>();
                }
                JsonDocument::Error parseError;
                auto document = JsonDocument::fromBytes(bytes, &parseError);
                if (!document)
                    read.error = tr("The file in the backup is not valid JSON: %1").arg(parseError.message);
                return document;
            };
            read.older = side(item.olderSnapshot, item.olderFile);
            if (read.older)
                read.newer = side(item.newerSnapshot, item.newerFile);
            return read;
        },
        [this, item](const Read &read) {
            setEnabled(!m_items.isEmpty());
            setToolTip(tr("Compare the newest two complete backups."));
            if (!read.older || !read.newer) {
                auto *box =
                    new QMessageBox(QMessageBox::Warning, tr("Cannot compare"),
                                    tr("The backups cannot be read. %1").arg(read.error), QMessageBox::Ok, window());
                box->setObjectName(QStringLiteral("compareErrorBox"));
                box->setTextFormat(Qt::PlainText);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            Q_EMIT compareBackupsRequested(read.older, read.newer, item.olderTime, item.newerTime,
                                           tr("Encrypted, in %1").arg(m_repository));
        });
}

} // namespace Takeout
