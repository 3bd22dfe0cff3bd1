#include "CompareView.h"

#include "compare/ChangeListModel.h"
#include "diff/DiffSummary.h"
#include "diff/DocumentPair.h"
#include "diff/JsonDiff.h"
#include "diff/LineDiff.h"
#include "json/JsonView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Takeout {

// What the worker hands back.
struct CompareView::Outcome
{
    DocumentPair pair;
    JsonDiff::Result result;
    QString summary;
    QString error;
};

CompareView::CompareView(const QString &oldPath, const QString &newPath, QWidget *parent)
    : CompareView(nullptr, nullptr, QFileInfo(oldPath).fileName(), QFileInfo(newPath).fileName(), parent)
{
    m_oldPath = oldPath;
    m_newPath = newPath;
    start();
}

CompareView::CompareView(std::shared_ptr<const JsonDocument> oldDocument,
                         std::shared_ptr<const JsonDocument> newDocument, const QString &oldName,
                         const QString &newName, QWidget *parent)
    : QWidget(parent)
    , m_oldName(oldName)
    , m_newName(newName)
    , m_oldGiven(std::move(oldDocument))
    , m_newGiven(std::move(newDocument))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_lineDiff(new QPlainTextEdit(this))
    , m_oldView(new JsonView(this))
    , m_newView(new JsonView(this))
    , m_model(new ChangeListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // it quotes the files
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("compareProgress"));
    m_progress->setRange(0, 1000);
    m_cancel->setObjectName(QStringLiteral("cancelCompareButton"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->addItem(tr("All changes"), QString());
    m_filter->addItem(tr("Added"), QStringLiteral("added"));
    m_filter->addItem(tr("Removed"), QStringLiteral("removed"));
    m_filter->addItem(tr("Changed"), QStringLiteral("changed"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(ChangeListModel::Kind);
    m_proxy->setFilterRole(ChangeListModel::OpRole);
    m_table->setObjectName(QStringLiteral("changes"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy Path"), m_table);
    connect(copy, &QAction::triggered, this, &CompareView::copyPath);
    m_table->addAction(copy);

    m_lineDiff->setObjectName(QStringLiteral("lineDiff"));
    m_lineDiff->setReadOnly(true);
    m_lineDiff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lineDiff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lineDiff->setAccessibleName(tr("Line diff of the selected change"));
    m_lineDiff->hide();
    m_oldView->setObjectName(QStringLiteral("oldView"));
    m_newView->setObjectName(QStringLiteral("newView"));

    auto *status = new QHBoxLayout;
    status->addWidget(m_progress, 1);
    status->addWidget(m_cancel);
    status->addWidget(m_filter);
    // The change list, the selected change's line diff, then the two trees side by side; every part resizable.
    const auto titled = [this](const QString &title, QWidget *inside) {
        auto *box = new QGroupBox(title, this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        boxLayout->addWidget(inside);
        return box;
    };
    auto *trees = new QSplitter(Qt::Horizontal, this);
    trees->setObjectName(QStringLiteral("compareTrees"));
    trees->addWidget(titled(tr("Before: %1").arg(m_oldName), m_oldView));
    trees->addWidget(titled(tr("After: %1").arg(m_newName), m_newView));
    auto *parts = new QSplitter(Qt::Vertical, this);
    parts->setObjectName(QStringLiteral("compareSplitter"));
    parts->setChildrenCollapsible(false);
    parts->addWidget(m_table);
    parts->addWidget(m_lineDiff);
    parts->addWidget(trees);
    parts->setStretchFactor(0, 1);
    parts->setStretchFactor(1, 1);
    parts->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(status);
    layout->addWidget(parts, 1);

    connect(m_cancel, &QPushButton::clicked, this, &CompareView::cancel);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CompareView::filter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompareView::showSelected);
    if (m_oldGiven && m_newGiven)
        start();
}

std::pair<QString, QString> CompareView::inOrder(const QString &current, const QString &other)
{
    if (QFileInfo(other).lastModified() > QFileInfo(current).lastModified())
        return {current, other};
    return {other, current};
}

QString CompareView::title() const
{
    return tr("%1 → %2").arg(m_oldName, m_newName);
}

QString CompareView::summary() const
{
    return m_summary->text();
}

void CompareView::start()
{
    m_running = true;
    m_summary->setText(tr("Comparing…"));
    // The worker owns what it reads; this view going cancels it (BackgroundTask).
    m_task = BackgroundTask::run(
        this,
        [oldPath = m_oldPath, newPath = m_newPath, oldGiven = m_oldGiven,
         newGiven = m_newGiven](const TaskControl &task) {
            Outcome outcome;
            // Loading is the first half of the bar, comparing the second.
            JsonLoadControl load;
            load.cancel = task.cancelFlag();
            load.progress = [&task](qint64 done, qint64 total) { task.setProgress(done, 2 * total); };
            if (oldGiven && newGiven) {
                outcome.pair.oldDocument = oldGiven;
                outcome.pair.newDocument = newGiven;
            } else {
                outcome.pair = DocumentPair::load(oldPath, newPath, load);
            }
            if (!outcome.pair.isLoaded()) {
                const bool oldFailed = !outcome.pair.oldDocument;
                const JsonDocument::Error &error = oldFailed ? outcome.pair.oldError : outcome.pair.newError;
                outcome.error = tr("%1: %2").arg(QFileInfo(oldFailed ? oldPath : newPath).fileName(), error.message);
                return outcome;
            }
            JsonDiffControl control;
            control.cancel = task.cancelFlag();
            control.progress = [&task](qint64 done, qint64 total) { task.setProgress(total + done, 2 * total); };
            outcome.result = JsonDiff::compare(*outcome.pair.oldDocument, *outcome.pair.newDocument, control);
            if (!outcome.result.cancelled)
                outcome.summary = DiffSummary::text(*outcome.pair.oldDocument, *outcome.pair.newDocument,
                                                    outcome.result.changes, task.cancelFlag());
            return outcome;
        },
        [this](Outcome outcome) { show(std::move(outcome)); },
        [this](int permille) { m_progress->setValue(permille); });
}

void CompareView::end(const QString &summary)
{
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    m_summary->setText(summary);
}

void CompareView::show(Outcome outcome)
{
    // Only this view cancels the work, and then drops its answer: a result here is a whole one.
    end(outcome.error.isEmpty() ? outcome.summary : outcome.error);
    if (outcome.pair.isLoaded()) {
        m_oldView->setDocument(outcome.pair.oldDocument);
        m_newView->setDocument(outcome.pair.newDocument);
        m_model->setChanges(outcome.pair.oldDocument, outcome.pair.newDocument, std::move(outcome.result.changes));
    }
    m_table->resizeColumnToContents(ChangeListModel::Kind);
    Q_EMIT finished();
}

void CompareView::cancel()
{
    if (!m_running)
        return;
    m_task.cancel();
    end(tr("The comparison was cancelled."));
    Q_EMIT finished();
}

void CompareView::filter()
{
    const QString op = m_filter->currentData().toString();
    m_proxy->setFilterRegularExpression(op.isEmpty() ? QString() : QLatin1Char('^') + op + QLatin1Char('$'));
}

void CompareView::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_lineDiff->clear();
    m_lineDiff->hide();
    m_lineTask.cancel(); // the diff of the change selected before
    if (!current.isValid())
        return;
    const JsonChange &change = m_model->change(current.row());
    // The documents' own records, not paths read back: the same value, and no search by index.
    m_oldView->select(change.oldNode);
    m_newView->select(change.newNode);

    // A long text takes time to compare line by line: off the UI thread, and a new selection drops
    // the diff of the one before.
    m_lineTask = BackgroundTask::run(
        this,
        [before = m_model->oldDocument(), after = m_model->newDocument(), change](const TaskControl &) {
            return LineDiff::ofChange(*before, *after, change);
        },
        [this](const std::vector<LineDiff::Line> &lines) { showLines(lines); });
}

void CompareView::showLines(const std::vector<LineDiff::Line> &lines)
{
    if (lines.empty())
        return;
    // Tints of the palette's base colour towards red and green; the signs say the same without colour.
    const QColor base = palette().color(QPalette::Base);
    const auto tint = [&base](const QColor &towards) {
        return QColor::fromRgbF(0.8f * base.redF() + 0.2f * towards.redF(),
                                0.8f * base.greenF() + 0.2f * towards.greenF(),
                                0.8f * base.blueF() + 0.2f * towards.blueF());
    };
    QTextBlockFormat removed;
    removed.setBackground(tint(Qt::red));
    QTextBlockFormat added;
    added.setBackground(tint(Qt::green));
    QTextBlockFormat hunk;
    hunk.setBackground(palette().color(QPalette::AlternateBase));
    const QTextBlockFormat same;
    QTextCursor cursor(m_lineDiff->document());
    bool first = true;
    for (const LineDiff::Line &line : lines) {
        using Kind = LineDiff::Line::Kind;
        const QTextBlockFormat &format = line.kind == Kind::Removed ? removed
                                         : line.kind == Kind::Added ? added
                                         : line.kind == Kind::Hunk  ? hunk
                                                                    : same;
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        first = false;
        cursor.insertText(LineDiff::prefixed(line));
    }
    m_lineDiff->moveCursor(QTextCursor::Start);
    m_lineDiff->show();
}

QString CompareView::lineDiff() const
{
    return m_lineDiff->isHidden() ? QString() : m_lineDiff->toPlainText();
}

void CompareView::copyPath()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->path(m_proxy->mapToSource(rows.first()).row()));
}

} // namespace Takeout
