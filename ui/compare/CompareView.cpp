#include "CompareView.h"

#include "compare/ChangeListModel.h"
#include "diff/DiffSummary.h"
#include "diff/DocumentPair.h"
#include "diff/JsonDiff.h"
#include "diff/LineDiff.h"
#include "exports/AgentbotFormat.h"
#include "exports/ExportShape.h"
#include "exports/XpanderFormat.h"
#include "text/Wording.h"
#include "json/JsonView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
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
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace Takeout {

namespace {

// When a side was exported: the export's own time when it says one, else its file's.
// When a document was exported: its own date (an account says it), else `fallback` when given (the
// backup's time), else the file's.
QDateTime exportedAt(const JsonDocument &document, const QString &path, const QDateTime &fallback)
{
    const quint32 at = document.member(JsonDocument::root(), AgentbotFormat::exportedAt);
    if (at != JsonDocument::none && document.type(at) == JsonDocument::Type::String) {
        QDateTime when = QDateTime::fromString(document.string(at), Qt::ISODateWithMs);
        if (when.isValid())
            return when;
    }
    return fallback.isValid() ? fallback : QFileInfo(path).lastModified();
}

// What a template is called, from the newer side.
QString templateName(const JsonDocument &document)
{
    const quint32 name = document.member(JsonDocument::root(), XpanderFormat::name);
    return name != JsonDocument::none && document.type(name) == JsonDocument::Type::String
               ? document.string(name).simplified()
               : QString();
}

// Tints of the palette's base colour towards a colour: the marks of the diffs.
QColor tint(const QColor &base, const QColor &towards)
{
    return QColor::fromRgbF(0.75f * base.redF() + 0.25f * towards.redF(),
                            0.75f * base.greenF() + 0.25f * towards.greenF(),
                            0.75f * base.blueF() + 0.25f * towards.blueF());
}

} // namespace

// What the worker hands back.
struct CompareView::Outcome
{
    DocumentPair pair;
    JsonDiff::Result result;
    QString summary;
    QString error;
    ExportKind kind = ExportKind::Json;
    QDateTime oldWhen;
    QDateTime newWhen;
    QString name;
};

// The selected change in detail, worked out off the UI thread.
struct CompareView::Detail
{
    std::vector<LineDiff::Line> lines;
    std::vector<WordDiff::Piece> words;
};

CompareView::CompareView(const QString &oldPath, const QString &newPath, QWidget *parent)
    : QWidget(parent)
    , m_oldPath(oldPath)
    , m_newPath(newPath)
    , m_summary(new QLabel(this))
    , m_sides(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_wordDiff(new QTextBrowser(this))
    , m_lineDiff(new QPlainTextEdit(this))
    , m_showFiles(new QToolButton(this))
    , m_files(new QWidget(this))
    , m_trees(new QSplitter(Qt::Horizontal, m_files))
    , m_oldHeading(new QLabel(m_files))
    , m_newHeading(new QLabel(m_files))
    , m_oldView(new JsonView(m_files))
    , m_newView(new JsonView(m_files))
    , m_model(new ChangeListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_title = tr("%1 → %2").arg(QFileInfo(m_oldPath).fileName(), QFileInfo(m_newPath).fileName());
    // The summary is the tab's headline.
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // it quotes the files
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headline = m_summary->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.2);
    m_summary->setFont(headline);
    m_sides->setObjectName(QStringLiteral("compareSides"));
    m_sides->setWordWrap(true);
    m_sides->setTextFormat(Qt::PlainText);
    m_sides->setToolTip(toolTip());
    m_progress->setObjectName(QStringLiteral("compareProgress"));
    m_progress->setRange(0, 1000);
    m_cancel->setObjectName(QStringLiteral("cancelCompareButton"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setAccessibleName(tr("Show changes"));
    m_filter->addItem(tr("All changes"), QString());
    m_filter->addItem(tr("Added"), QStringLiteral("added"));
    m_filter->addItem(tr("Removed"), QStringLiteral("removed"));
    m_filter->addItem(tr("Changed"), QStringLiteral("changed"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(ChangeListModel::Sentence);
    m_proxy->setFilterRole(ChangeListModel::OpRole);
    m_table->setObjectName(QStringLiteral("changes"));
    m_table->setAccessibleName(tr("What changed"));
    m_table->setModel(m_proxy);
    m_table->setColumnHidden(ChangeListModel::Path, true); // in each row's tooltip, and Copy Path
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->hide();
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy Path"), m_table);
    copy->setObjectName(QStringLiteral("copyChangePath"));
    connect(copy, &QAction::triggered, this, &CompareView::copyPath);
    m_table->addAction(copy);

    m_wordDiff->setObjectName(QStringLiteral("wordDiff"));
    m_wordDiff->setAccessibleName(tr("Old and new text of the selected change"));
    m_wordDiff->setOpenLinks(false);
    m_wordDiff->hide();
    m_lineDiff->setObjectName(QStringLiteral("lineDiff"));
    m_lineDiff->setReadOnly(true);
    m_lineDiff->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_lineDiff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lineDiff->setAccessibleName(tr("Lines of the selected change"));
    m_lineDiff->hide();

    // The files as trees, for those who read JSON: folded away until asked for.
    m_showFiles->setObjectName(QStringLiteral("showFilesButton"));
    m_showFiles->setText(tr("Show both files (for experts)"));
    m_showFiles->setCheckable(true);
    m_showFiles->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showFiles->setArrowType(Qt::RightArrow);
    m_showFiles->setAutoRaise(true);
    m_files->setObjectName(QStringLiteral("compareFiles"));
    m_oldView->setObjectName(QStringLiteral("oldView"));
    m_newView->setObjectName(QStringLiteral("newView"));
    const auto titled = [this](QLabel *heading, JsonView *view) {
        heading->setTextFormat(Qt::PlainText);
        heading->setWordWrap(true);
        auto *box = new QWidget(m_trees);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(heading);
        boxLayout->addWidget(view, 1);
        return box;
    };
    m_trees->setObjectName(QStringLiteral("compareTrees"));
    m_trees->setChildrenCollapsible(false);
    m_trees->addWidget(titled(m_oldHeading, m_oldView));
    m_trees->addWidget(titled(m_newHeading, m_newView));
    auto *filesLayout = new QVBoxLayout(m_files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_trees);
    m_files->hide();

    auto *status = new QHBoxLayout;
    status->addWidget(m_progress, 1);
    status->addWidget(m_cancel);
    status->addStretch();
    status->addWidget(m_filter);
    // The change list, the selected change in detail, then the files; every part resizable.
    auto *parts = new QSplitter(Qt::Vertical, this);
    parts->setObjectName(QStringLiteral("compareSplitter"));
    parts->setChildrenCollapsible(false);
    parts->addWidget(m_table);
    parts->addWidget(m_wordDiff);
    parts->addWidget(m_lineDiff);
    parts->addWidget(m_files);
    parts->setStretchFactor(0, 2);
    parts->setStretchFactor(1, 1);
    parts->setStretchFactor(2, 1);
    parts->setStretchFactor(3, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_sides);
    layout->addLayout(status);
    layout->addWidget(parts, 1);
    layout->addWidget(m_showFiles, 0, Qt::AlignLeft);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_showFiles);

    m_sides->setText(
        tr("Before: %1 · After: %2").arg(QFileInfo(m_oldPath).fileName(), QFileInfo(m_newPath).fileName()));
    m_oldHeading->setText(tr("Before: %1").arg(QFileInfo(m_oldPath).fileName()));
    m_newHeading->setText(tr("After: %1").arg(QFileInfo(m_newPath).fileName()));

    connect(m_cancel, &QPushButton::clicked, this, &CompareView::cancel);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CompareView::filter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompareView::showSelected);
    connect(m_showFiles, &QToolButton::toggled, this, &CompareView::showFiles);
    // Without files, the documents come from the other constructor, which starts.
    if (!m_oldPath.isEmpty() || !m_newPath.isEmpty())
        start();
}

CompareView::CompareView(std::shared_ptr<const JsonDocument> oldDocument,
                         std::shared_ptr<const JsonDocument> newDocument, const QString &oldName,
                         const QString &newName, QWidget *parent)
    : CompareView(QString(), QString(), parent)
{
    m_oldGiven = std::move(oldDocument);
    m_newGiven = std::move(newDocument);
    m_title = tr("%1 → %2").arg(oldName, newName);
    m_sides->setText(tr("Before: %1 · After: %2").arg(oldName, newName));
    m_oldHeading->setText(tr("Before: %1").arg(oldName));
    m_newHeading->setText(tr("After: %1").arg(newName));
    if (m_oldGiven && m_newGiven)
        start();
}

CompareView::CompareView(std::shared_ptr<const JsonDocument> oldDocument,
                         std::shared_ptr<const JsonDocument> newDocument, const QDateTime &olderTime,
                         const QDateTime &newerTime, const QString &where, QWidget *parent)
    : CompareView(QString(), QString(), parent)
{
    m_oldGiven = std::move(oldDocument);
    m_newGiven = std::move(newDocument);
    m_namedByDates = true;
    m_olderTime = olderTime;
    m_newerTime = newerTime;
    m_where = where;
    m_title = tr("Changes from %1 to %2")
                  .arg(Wording::shortDate(olderTime.toLocalTime().date()),
                       Wording::shortDate(newerTime.toLocalTime().date()));
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
    return m_title;
}

QString CompareView::toolTip() const
{
    if (m_namedByDates)
        return m_where;
    return tr("Before: %1\nAfter: %2").arg(QDir::toNativeSeparators(m_oldPath), QDir::toNativeSeparators(m_newPath));
}

QString CompareView::summary() const
{
    return m_summary->text();
}

void CompareView::showFiles(bool shown)
{
    const QSignalBlocker blocker(m_showFiles);
    m_showFiles->setChecked(shown);
    m_showFiles->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_files->setVisible(shown);
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side when there is room for two trees, one above the other when not.
    const int roomForTwo = 2 * fontMetrics().averageCharWidth() * 60;
    m_trees->setOrientation(width() >= roomForTwo ? Qt::Horizontal : Qt::Vertical);
}

void CompareView::start()
{
    m_running = true;
    m_summary->setText(tr("Comparing…"));
    // The worker owns what it reads; this view going cancels it (BackgroundTask).
    m_task = BackgroundTask::run(
        this,
        [oldPath = m_oldPath, newPath = m_newPath, oldGiven = m_oldGiven, newGiven = m_newGiven,
         olderTime = m_olderTime, newerTime = m_newerTime](const TaskControl &task) {
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
            const JsonDocument &before = *outcome.pair.oldDocument;
            const JsonDocument &after = *outcome.pair.newDocument;
            outcome.kind = ExportShape::detect(after);
            if (ExportShape::detect(before) != outcome.kind)
                outcome.kind = ExportKind::Json;
            outcome.oldWhen = exportedAt(before, oldPath, olderTime);
            outcome.newWhen = exportedAt(after, newPath, newerTime);
            if (outcome.kind == ExportKind::XpanderTemplate)
                outcome.name = templateName(after);
            JsonDiffControl control;
            control.cancel = task.cancelFlag();
            control.progress = [&task](qint64 done, qint64 total) { task.setProgress(total + done, 2 * total); };
            outcome.result = JsonDiff::compare(before, after, control);
            if (!outcome.result.cancelled)
                outcome.summary = DiffSummary::text(before, after, outcome.result.changes, task.cancelFlag());
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
    if (outcome.pair.isLoaded() && m_oldGiven && !m_namedByDates) {
        // Documents without files keep the names their caller gave.
        m_oldView->setDocument(outcome.pair.oldDocument);
        m_newView->setDocument(outcome.pair.newDocument);
        m_model->setChanges(outcome.pair.oldDocument, outcome.pair.newDocument, std::move(outcome.result.changes));
        Q_EMIT finished();
        return;
    }
    if (outcome.pair.isLoaded()) {
        // The title says what is compared, in the days a person remembers; a day alone when the two
        // differ by days, the time too when they do not.
        const bool sameDay = outcome.oldWhen.toLocalTime().date() == outcome.newWhen.toLocalTime().date();
        const auto when = [sameDay](const QDateTime &at) {
            return sameDay ? Wording::dateTime(at) : Wording::shortDate(at.toLocalTime().date());
        };
        const QString from = when(outcome.oldWhen);
        const QString to = when(outcome.newWhen);
        if (outcome.kind == ExportKind::AgentbotAccount)
            m_title = tr("Changes from %1 to %2").arg(from, to);
        else if (outcome.kind == ExportKind::XpanderTemplate && !outcome.name.isEmpty())
            m_title = tr("%1: %2 → %3").arg(outcome.name, from, to);
        m_sides->setText(
            tr("Before: %1 · After: %2").arg(Wording::dateTime(outcome.oldWhen), Wording::dateTime(outcome.newWhen)));
        m_oldHeading->setText(tr("Before: %1").arg(Wording::dateTime(outcome.oldWhen)));
        m_newHeading->setText(tr("After: %1").arg(Wording::dateTime(outcome.newWhen)));
        m_oldHeading->setToolTip(tr("%1\n%2").arg(m_oldPath.isEmpty() ? m_where : QDir::toNativeSeparators(m_oldPath),
                                                  Wording::utc(outcome.oldWhen)));
        m_newHeading->setToolTip(tr("%1\n%2").arg(m_newPath.isEmpty() ? m_where : QDir::toNativeSeparators(m_newPath),
                                                  Wording::utc(outcome.newWhen)));
        m_oldView->setDocument(outcome.pair.oldDocument);
        m_newView->setDocument(outcome.pair.newDocument);
        m_model->setChanges(outcome.pair.oldDocument, outcome.pair.newDocument, std::move(outcome.result.changes));
        Q_EMIT titleChanged();
    }
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
    m_wordDiff->clear();
    m_wordDiff->hide();
    m_wordDiffText.clear();
    m_detailTask.cancel(); // the diff of the change selected before
    if (!current.isValid())
        return;
    const JsonChange &change = m_model->change(current.row());
    // The documents' own records, not paths read back: the same value, and no search by index.
    m_oldView->select(change.oldNode);
    m_newView->select(change.newNode);

    // A long text takes time to compare: off the UI thread, and a new selection drops the diff of the
    // one before.
    m_detailTask = BackgroundTask::run(
        this,
        [before = m_model->oldDocument(), after = m_model->newDocument(), change](const TaskControl &) {
            Detail detail;
            detail.lines = LineDiff::ofChange(*before, *after, change);
            if (detail.lines.empty() && change.op == JsonChange::Op::Changed &&
                before->type(change.oldNode) == JsonDocument::Type::String &&
                after->type(change.newNode) == JsonDocument::Type::String) {
                const QString oldText = before->string(change.oldNode);
                const QString newText = after->string(change.newNode);
                if (oldText.size() <= LineDiff::maxChars && newText.size() <= LineDiff::maxChars)
                    detail.words = WordDiff::compare(oldText, newText);
            }
            return detail;
        },
        [this](const Detail &detail) { showDetail(detail); });
}

void CompareView::showDetail(const Detail &detail)
{
    if (!detail.lines.empty())
        showLines(detail.lines);
    else if (!detail.words.empty())
        showWords(detail.words);
}

void CompareView::showWords(const std::vector<WordDiff::Piece> &pieces)
{
    // Old and new, one above the other, the words that went struck out and those that came
    // underlined; the tints repeat it for the eye.
    const QColor base = palette().color(QPalette::Base);
    const QString removedColour = tint(base, Qt::red).name();
    const QString addedColour = tint(base, Qt::green).name();
    QString before;
    QString after;
    for (const WordDiff::Piece &piece : pieces) {
        using Kind = WordDiff::Piece::Kind;
        const QString text = piece.text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        switch (piece.kind) {
        case Kind::Same:
            before += text;
            after += text;
            m_wordDiffText += piece.text;
            break;
        case Kind::Removed:
            before += QStringLiteral("<s style=\"background-color:%1\">%2</s>").arg(removedColour, text);
            m_wordDiffText += QStringLiteral("[-") + piece.text + QStringLiteral("-]");
            break;
        case Kind::Added:
            after += QStringLiteral("<u style=\"background-color:%1\">%2</u>").arg(addedColour, text);
            m_wordDiffText += QStringLiteral("{+") + piece.text + QStringLiteral("+}");
            break;
        }
    }
    m_wordDiff->setHtml(QStringLiteral("<p><b>%1</b><br>%2</p><p><b>%3</b><br>%4</p>")
                            .arg(tr("Before").toHtmlEscaped(), before, tr("After").toHtmlEscaped(), after));
    m_wordDiff->show();
}

void CompareView::showLines(const std::vector<LineDiff::Line> &lines)
{
    // Tints of the palette's base colour towards red and green; the signs say the same without colour.
    const QColor base = palette().color(QPalette::Base);
    QTextBlockFormat removed;
    removed.setBackground(tint(base, Qt::red));
    QTextBlockFormat added;
    added.setBackground(tint(base, Qt::green));
    QTextBlockFormat gap;
    gap.setBackground(palette().color(QPalette::AlternateBase));
    const QTextBlockFormat same;
    QTextCursor cursor(m_lineDiff->document());
    bool first = true;
    for (const LineDiff::Line &line : lines) {
        using Kind = LineDiff::Line::Kind;
        // A part's line numbers mean nothing to a reader: the first part needs no mark, the others a
        // gap; a text too long to compare says so in words.
        const bool hunk = line.kind == Kind::Hunk;
        if (hunk && first && line.text.startsWith(QLatin1String("@@")))
            continue;
        const QTextBlockFormat &format = line.kind == Kind::Removed ? removed
                                         : line.kind == Kind::Added ? added
                                         : hunk                     ? gap
                                                                    : same;
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        first = false;
        cursor.insertText(hunk && line.text.startsWith(QLatin1String("@@")) ? QString(QChar(0x22ef))
                                                                            : LineDiff::prefixed(line));
    }
    if (first)
        return;
    m_lineDiff->moveCursor(QTextCursor::Start);
    m_lineDiff->show();
}

QString CompareView::lineDiff() const
{
    return m_lineDiff->isHidden() ? QString() : m_lineDiff->toPlainText();
}

QString CompareView::wordDiff() const
{
    return m_wordDiff->isHidden() ? QString() : m_wordDiffText;
}

void CompareView::copyPath()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->path(m_proxy->mapToSource(rows.first()).row()));
}

} // namespace Takeout
