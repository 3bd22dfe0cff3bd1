#include "BackupView.h"

#include "accounts/Accounts.h"
#include "restore/BackupItemModel.h"
#include "services/XpanderClient.h"
#include "widgets/MessageWidget.h"

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
    , m_folder(QFileInfo(folder).absoluteFilePath())
    , m_accounts(accounts)
    , m_model(new BackupItemModel(this))
    , m_heading(new QLabel(this))
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
    m_heading->setToolTip(m_folder);
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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_restoreAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(m_listOrPlaceholder, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupView::updateActions);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const BackupItemModel::Row &row = m_model->row(index.row());
        if (!row.path.isEmpty())
            Q_EMIT openFileRequested(row.path);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0 && !m_model->row(row).path.isEmpty())
            Q_EMIT openFileRequested(m_model->row(row).path);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0 && m_model->row(row).restorable)
            Q_EMIT createAgentRequested(m_model->row(row).path);
    });
    connect(m_restoreAll, &QPushButton::clicked, this, &BackupView::restoreAll);
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
        return tr("Backup");
    return tr("Backup of %1")
        .arg(QLocale().toString(m_backup.manifest().startedAt.toLocalTime().date(), QLocale::ShortFormat));
}

bool BackupView::isRestoring() const
{
    return m_listing || m_run;
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
    const BackupManifest &manifest = m_backup.manifest();
    // Local time without seconds; the folder (in the tooltip) says the exact time in UTC.
    const QDateTime started = manifest.startedAt.toLocalTime();
    m_heading->setText(tr("Backup of %1, %2")
                           .arg(QLocale().toString(started.date(), QLocale::LongFormat),
                                QLocale().toString(started.time(), QLocale::ShortFormat)));
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
    const bool busy = isRestoring();
    const BackupItemModel::Row *item = row >= 0 ? &m_model->row(row) : nullptr;
    m_open->setEnabled(item && !item->path.isEmpty());
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
        runRestore(false);
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
    connect(box, &QMessageBox::finished, this, [this, box, skip, again](int) {
        if (box->clickedButton() == skip)
            runRestore(false);
        else if (box->clickedButton() == again)
            runRestore(true);
        else
            m_summary->clear();
        updateActions();
    });
    box->open();
}

void BackupView::runRestore(bool again)
{
    RestoreRunJob::Options options;
    options.again = again;
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
