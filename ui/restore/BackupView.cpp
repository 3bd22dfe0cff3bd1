#include "BackupView.h"

#include "accounts/Accounts.h"
#include "backup/ResticPassword.h"
#include "exports/ExportFile.h"
#include "restore/BackupItemModel.h"
#include "services/XpanderClient.h"
#include "text/Wording.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Takeout {

BackupView::BackupView(const QString &folder, Accounts *accounts, QWidget *parent)
    : QWidget(parent)
    , m_folder(ResticRepository::isTarget(folder) ? folder : QFileInfo(folder).absoluteFilePath())
    , m_repository(ResticRepository::isTarget(folder) ? ResticRepository::fromTarget(folder) : QString())
    , m_accounts(accounts)
    , m_model(new BackupItemModel(this))
    , m_heading(new QLabel(this))
    , m_snapshots(new QComboBox(this))
    , m_message(new MessageWidget(this))
    , m_listOrPlaceholder(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(tr("&Open Export"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_restoreAll(new QPushButton(tr("Restore &All"), this))
{
    setObjectName(QStringLiteral("backupView"));
    m_heading->setObjectName(QStringLiteral("backupHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setToolTip(isRepository() ? m_repository : m_folder);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->hide();

    m_table->setObjectName(QStringLiteral("backupItems"));
    m_table->setAccessibleName(tr("Items of the backup"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The agent's name takes what room there is; nothing here makes the window wider.
    m_table->horizontalHeader()->setSectionResizeMode(BackupItemModel::Agent, QHeaderView::Stretch);
    for (const int column :
         {BackupItemModel::ServiceColumn, BackupItemModel::Size, BackupItemModel::Date, BackupItemModel::Saved})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setMinimumWidth(0);
    auto *placeholder = new QLabel(tr("This backup holds no items. Back up again to fill a new one."), this);
    placeholder->setObjectName(QStringLiteral("backupPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_listOrPlaceholder->addWidget(m_table);
    m_listOrPlaceholder->addWidget(placeholder);

    m_note->setObjectName(QStringLiteral("itemNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setAccessibleName(tr("Restore progress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("restoreSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openItemButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Create an agent from this item's template"));
    m_restoreAll->setObjectName(QStringLiteral("restoreAllButton"));
    m_restoreAll->setToolTip(tr("Create every xpander.ai agent of this backup again"));

    // An encrypted backup holds many: the newest is shown first, and any other is a choice away.
    m_snapshots->setObjectName(QStringLiteral("snapshotCombo"));
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *snapshotLabel = new QLabel(tr("&Backup of:"), this);
    snapshotLabel->setBuddy(m_snapshots);
    auto *snapshotRow = new QHBoxLayout;
    snapshotRow->addWidget(snapshotLabel);
    snapshotRow->addWidget(m_snapshots);
    snapshotRow->addStretch(1);
    snapshotLabel->setVisible(isRepository());
    m_snapshots->setVisible(isRepository());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_restoreAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(snapshotRow);
    layout->addWidget(m_message);
    layout->addWidget(m_listOrPlaceholder, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupView::updateActions);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openItem(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openItem(selectedRow()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreItem(selectedRow()); });
    connect(m_restoreAll, &QPushButton::clicked, this, &BackupView::restoreAll);
    connect(m_snapshots, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            readSnapshot(m_snapshots->itemData(index).toString());
    });
    reload();
}

BackupView::~BackupView() = default;

bool BackupView::isBackupFolder(const QString &path)
{
    BackupManifest manifest;
    return QFileInfo(path).isDir() && BackupManifest::read(path, &manifest);
}

QString BackupView::title() const
{
    if (!m_read)
        return isRepository() ? tr("Encrypted backup") : tr("Backup");
    const QString day = Wording::shortDate(m_backup.manifest().startedAt.toLocalTime().date());
    return isRepository() ? tr("Encrypted backup of %1").arg(day) : tr("Backup of %1").arg(day);
}

bool BackupView::isRestoring() const
{
    return m_listing || m_run;
}

void BackupView::showError(const Failure &error)
{
    m_progress->hide();
    m_summary->clear();
    m_message->showMessage(error.message(), MessageWidget::Type::Error);
    updateActions();
    Q_EMIT loaded();
}

void BackupView::readSnapshots()
{
    m_read = false;
    m_heading->setText(tr("Encrypted backup in %1").arg(m_repository));
    m_summary->setText(tr("Reading the encrypted backup…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_model->setRows({});
    updateActions();
    ResticPassword::read(m_repository, false, this, [this](const Failure &error, const QString &password, bool) {
        if (error) {
            showError(error);
            return;
        }
        m_password = password;
        struct Listed
        {
            QList<ResticRepository::Snapshot> snapshots;
            Failure error;
        };
        m_reading = BackgroundTask::run(
            this,
            [repository = ResticRepository(m_repository, m_password)](const TaskControl &) {
                Listed listed;
                listed.snapshots = repository.snapshots(&listed.error);
                return listed;
            },
            [this](const Listed &listed) {
                if (listed.error) {
                    showError(listed.error);
                    return;
                }
                if (listed.snapshots.isEmpty()) {
                    showError(Failure(Failure::Kind::NotFound, QStringLiteral("no snapshot"))
                                  .setMessage(tr("There is no backup in %1 yet.").arg(m_repository)));
                    return;
                }
                m_snapshots->clear();
                // Newest first, as a person looks for the last one; the short ID for the command line.
                for (auto it = listed.snapshots.crbegin(); it != listed.snapshots.crend(); ++it) {
                    m_snapshots->addItem(Wording::dateTime(it->time), it->id);
                    m_snapshots->setItemData(m_snapshots->count() - 1,
                                             tr("Snapshot %1, %2").arg(it->shortId, Wording::utc(it->time)),
                                             Qt::ToolTipRole);
                }
                m_snapshots->setCurrentIndex(0);
                readSnapshot(m_snapshots->itemData(0).toString());
            });
    });
}

void BackupView::readSnapshot(const QString &id)
{
    m_summary->setText(tr("Reading the backup…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_message->hideMessage();
    struct Read
    {
        BackupRestore backup;
        Failure error;
    };
    m_reading = BackgroundTask::run(
        this,
        [repository = ResticRepository(m_repository, m_password), id](const TaskControl &) {
            Read read;
            BackupRestore::readSnapshot(repository, id, &read.backup, &read.error);
            return read;
        },
        [this](const Read &read) {
            if (read.error) {
                m_read = false;
                m_model->setRows({});
                showError(read.error);
                return;
            }
            m_progress->hide();
            m_summary->clear();
            m_backup = read.backup;
            m_read = true;
            showBackup();
            Q_EMIT loaded();
        });
    updateActions();
}

void BackupView::openItem(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (!isRepository()) {
        if (!m_model->row(row).path.isEmpty())
            Q_EMIT openFileRequested(m_model->row(row).path);
        return;
    }
    if (!m_read || row >= m_backup.items().size())
        return;
    const BackupRestore::Item item = m_backup.items().at(row);
    if (!item.entry.ok || item.entry.file.isEmpty() || isReading())
        return;
    // A template is in memory already; the account is read now. Either way, nothing goes to disk.
    m_summary->setText(tr("Reading “%1” from the backup…").arg(item.entry.file));
    m_progress->setRange(0, 0);
    m_progress->show();
    struct Opened
    {
        ExportFile file;
        Failure error;
    };
    m_reading = BackgroundTask::run(
        this,
        [repository = ResticRepository(m_repository, m_password), snapshot = m_backup.snapshot(),
         item](const TaskControl &task) {
            Opened opened;
            QByteArray bytes = item.content;
            if (bytes.isEmpty())
                bytes = repository.dump(snapshot, item.entry.file, &opened.error);
            if (opened.error)
                return opened;
            JsonDocument::Control load;
            load.cancel = task.cancelFlag();
            opened.file = ExportFile::fromBytes(bytes, item.entry.file, load, ExportFile::Check::Later);
            return opened;
        },
        [this](const Opened &opened) {
            m_progress->hide();
            m_summary->clear();
            updateActions();
            if (opened.error) {
                m_message->showMessage(opened.error.message(), MessageWidget::Type::Error);
                return;
            }
            if (!opened.file.isOpen()) {
                m_message->showMessage(
                    tr("This item of the backup is not valid JSON: %1").arg(opened.file.error.message),
                    MessageWidget::Type::Error);
                return;
            }
            Q_EMIT openExportRequested(opened.file.result);
        });
    updateActions();
}

void BackupView::restoreItem(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_model->row(row).restorable)
        return;
    if (!isRepository()) {
        Q_EMIT createAgentRequested(m_model->row(row).path);
        return;
    }
    if (row < m_backup.items().size())
        Q_EMIT createAgentFromTemplateRequested(m_backup.items().at(row).content);
}

QString BackupView::summary() const
{
    return m_summary->text();
}

int BackupView::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void BackupView::reload()
{
    if (isRepository()) {
        if (m_snapshots->count() > 0 && m_snapshots->currentIndex() >= 0)
            readSnapshot(m_snapshots->currentData().toString());
        else
            readSnapshots();
        return;
    }
    Failure error;
    m_read = BackupRestore::read(m_folder, &m_backup, &error);
    if (!m_read) {
        m_heading->setText(tr("Not a backup"));
        m_message->showMessage(error.message(), MessageWidget::Type::Error);
        m_model->setRows({});
        m_listOrPlaceholder->setCurrentIndex(1);
        updateActions();
        return;
    }
    showBackup();
}

void BackupView::showBackup()
{
    const BackupManifest &manifest = m_backup.manifest();
    // Local time without seconds; the folder (in the tooltip) says the exact time in UTC.
    const QDateTime started = manifest.startedAt.toLocalTime();
    m_heading->setText(
        (isRepository() ? tr("Encrypted backup of %1, %2") : tr("Backup of %1, %2"))
            .arg(QLocale().toString(started.date(), QLocale::LongFormat), Wording::timeOfDay(started.time())));
    QList<BackupItemModel::Row> rows;
    for (const BackupRestore::Item &item : m_backup.items()) {
        BackupItemModel::Row row;
        row.service = item.entry.service;
        row.agentId = item.entry.agentId;
        row.path = item.path;
        row.bytes = item.entry.bytes;
        row.date = manifest.startedAt;
        row.saved = item.entry.ok;
        row.restorable = item.canRestore();
        row.problem = item.entry.ok ? item.problem : item.entry.errorText;
        row.name = item.isXpander() ? item.name() : tr("Agentbot account");
        if (row.name.isEmpty())
            row.name = item.entry.agentId;
        rows << row;
    }
    m_model->setRows(rows);
    m_listOrPlaceholder->setCurrentIndex(rows.isEmpty() ? 1 : 0);
    if (!manifest.isWhole())
        m_message->showMessage(tr("This backup did not save everything: the items marked “Not saved” cannot be "
                                  "restored from it."),
                               MessageWidget::Type::Warning);
    else
        m_message->hideMessage();
    updateActions();
}

void BackupView::updateActions()
{
    const int row = selectedRow();
    const bool busy = isRestoring() || isReading();
    const BackupItemModel::Row *item = row >= 0 && row < m_model->rowCount() ? &m_model->row(row) : nullptr;
    m_open->setEnabled(!isReading() && item && (isRepository() ? item->saved : !item->path.isEmpty()));
    m_snapshots->setEnabled(!busy);
    m_restore->setEnabled(!busy && item && item->restorable);
    bool anyRestorable = false;
    for (const BackupItemModel::Row &each : m_model->rows())
        anyRestorable = anyRestorable || each.restorable;
    m_restoreAll->setEnabled(!busy && anyRestorable);
    if (item && item->service == Service::Agentbot) {
        m_note->setText(tr("The Agentbot account cannot be put back: Agentbot has no way to bring an account in. "
                           "You can still open the export and look at everything in it."));
        m_note->show();
    } else if (item && !item->restorable && !item->problem.isEmpty()) {
        m_note->setText(tr("This item cannot be restored: %1").arg(item->problem));
        m_note->show();
    } else {
        m_note->hide();
    }
}

void BackupView::restoreAll()
{
    if (isRestoring())
        return;
    if (!m_accounts->isSignedIn(Service::Xpander)) {
        Q_EMIT signInNeeded(Service::Xpander, Failure(Failure::Kind::NoCredentials));
        return;
    }
    // The agent list first: an agent of the same name is asked about before anything is created.
    m_summary->setText(tr("Looking in your agent list…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_listing = m_accounts->xpanderClient().listAgents(this);
    connect(m_listing, &AgentListJob::finished, this, [this] {
        AgentListJob *job = m_listing;
        m_listing.clear();
        m_progress->hide();
        if (job->error()) {
            m_summary->clear();
            if (job->error().needsSignIn()) {
                Q_EMIT signInNeeded(Service::Xpander, job->error());
            } else {
                m_message->showMessage(job->error().message(), MessageWidget::Type::Error);
            }
            updateActions();
            return;
        }
        askAboutSameNames(job->agents());
    });
    updateActions();
    m_listing->start();
}

void BackupView::askAboutSameNames(const QList<AgentSummary> &agents)
{
    QStringList existingNames;
    for (const BackupRestore::Item &item : m_backup.xpanderItems()) {
        if (item.canRestore() && BackupRestore::sameAgent(item, agents))
            existingNames << QStringLiteral("“%1”").arg(item.name());
    }
    if (existingNames.isEmpty()) {
        runRestore(false, agents);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Create them again?"),
                                tr("Your agent list already has an agent named %1. Create it again, or skip it?",
                                   nullptr, int(existingNames.size()))
                                    .arg(QLocale().createSeparatedList(existingNames)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("sameNameBox"));
    box->setTextFormat(Qt::PlainText); // agents' names
    QPushButton *skip = box->addButton(tr("&Skip Them"), QMessageBox::AcceptRole);
    skip->setObjectName(QStringLiteral("skipButton"));
    QPushButton *again = box->addButton(tr("Create &Again"), QMessageBox::DestructiveRole);
    again->setObjectName(QStringLiteral("createAgainButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(skip);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, skip, again, agents](int) {
        if (box->clickedButton() == skip)
            runRestore(false, agents);
        else if (box->clickedButton() == again)
            runRestore(true, agents);
        else
            m_summary->clear();
        updateActions();
    });
    box->open();
}

void BackupView::runRestore(bool again, const QList<AgentSummary> &agents)
{
    RestoreRunJob::Options options;
    options.again = again;
    options.agents = agents; // just read: the run does not read the list again
    QList<BackupRestore::Item> items;
    for (const BackupRestore::Item &item : m_backup.xpanderItems()) {
        if (item.canRestore())
            items << item;
    }
    m_run = new RestoreRunJob(m_accounts->xpanderClient(), items, options, this);
    m_run->setAutoDelete(false);
    m_progress->setRange(0, int(items.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Creating the agents…"));
    connect(m_run, &RestoreRunJob::itemStarted, this, [this, items](int index) {
        m_progress->setValue(index);
        if (index >= 0 && index < items.size())
            m_summary->setText(
                tr("Creating “%1” (%2 of %3)…").arg(items.at(index).name()).arg(index + 1).arg(items.size()));
    });
    connect(m_run, &RestoreRunJob::finished, this, &BackupView::onRestoreFinished);
    updateActions();
    m_run->start();
}

void BackupView::onRestoreFinished()
{
    RestoreRunJob *job = m_run;
    m_run.clear();
    job->deleteLater();
    m_progress->hide();
    if (job->error() && job->outcomes().isEmpty()) {
        m_summary->clear();
        if (job->error().needsSignIn())
            Q_EMIT signInNeeded(Service::Xpander, job->error());
        else if (job->error().kind() != Failure::Kind::Cancelled)
            m_message->showMessage(job->error().message(), MessageWidget::Type::Error);
        updateActions();
        Q_EMIT restoreFinished();
        return;
    }
    int created = 0;
    int skipped = 0;
    int failed = 0;
    for (const RestoreRunJob::Outcome &outcome : job->outcomes()) {
        const int row = m_model->rowOf(outcome.item.entry.agentId);
        using State = RestoreRunJob::Outcome::State;
        switch (outcome.state) {
        case State::Created:
        case State::WouldCreate:
            ++created;
            m_model->setRestored(row, tr("Created as “%1”").arg(outcome.agent.name));
            break;
        case State::Skipped:
            ++skipped;
            m_model->setRestored(row, tr("Skipped: %1").arg(outcome.reason));
            break;
        case State::Failed:
            ++failed;
            m_model->setRestored(row, tr("Failed: %1").arg(outcome.error ? outcome.error.message() : outcome.reason));
            break;
        }
    }
    m_summary->setText(tr("%1 created, %2 skipped, %3 failed.")
                           .arg(QLocale().toString(created), QLocale().toString(skipped), QLocale().toString(failed)));
    m_table->resizeColumnToContents(BackupItemModel::Restored);
    if (created > 0)
        Q_EMIT agentsCreated();
    updateActions();
    Q_EMIT restoreFinished();
}

} // namespace Takeout
