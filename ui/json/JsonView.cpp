#include "JsonView.h"

#include "json/JsonPath.h"
#include "json/JsonTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QSyntaxHighlighter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Takeout {

namespace {

// Pretty-printed raw text gets colours up to this size; larger documents get a fast plain view.
constexpr qint64 colourLimit = 4 << 20;
constexpr qint64 rawLimit = 32 << 20;
// Re-indented text stops at this size: deep nesting can make it many times larger than the file.
constexpr qint64 indentedLimit = 16 << 20;

class JsonHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression token(
            QStringLiteral(R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"));
        // Dark text on a light base, light text on a dark one: readable in either palette.
        const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
        QTextCharFormat key;
        key.setForeground(dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x0b, 0x52, 0x94));
        key.setFontWeight(QFont::DemiBold);
        QTextCharFormat string;
        string.setForeground(dark ? QColor(0x8d, 0xdb, 0x9c) : QColor(0x1a, 0x7f, 0x37));
        QTextCharFormat number;
        number.setForeground(dark ? QColor(0xff, 0xb7, 0x7a) : QColor(0x95, 0x38, 0x00));
        QTextCharFormat literal;
        literal.setForeground(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf));
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(1))
                setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                          match.capturedLength(2) ? key : string);
            else if (match.capturedLength(3))
                setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), number);
            else
                setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), literal);
        }
    }
};

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_breadcrumb(new QLabel(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_regex(new QCheckBox(tr("Re&gex"), m_findBar))
    , m_case(new QCheckBox(tr("Match &case"), m_findBar))
    , m_matchLabel(new QLabel(m_findBar))
    , m_pages(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_valuePane(new QPlainTextEdit(this))
    , m_openEmbedded(button(tr("Open as &Document"), QStringLiteral("openEmbeddedButton"), this))
    , m_raw(new QPlainTextEdit(this))
    , m_findDelay(new QTimer(this))
    , m_changedBanner(new QWidget(this))
    , m_diskCheck(new QTimer(this))
{
    setObjectName(QStringLiteral("jsonView"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breadcrumb->setFont(mono);
    m_breadcrumb->setAccessibleName(tr("Path of the selected value"));

    // Find bar
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in keys and values"));
    m_findEdit->setAccessibleName(tr("Find"));
    m_findEdit->setClearButtonEnabled(true);
    m_regex->setObjectName(QStringLiteral("regexCheck"));
    m_case->setObjectName(QStringLiteral("caseCheck"));
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    auto *previous = button(tr("&Previous"), QStringLiteral("findPreviousButton"), m_findBar);
    auto *next = button(tr("&Next"), QStringLiteral("findNextButton"), m_findBar);
    auto *closeFind = new QToolButton(m_findBar);
    closeFind->setText(QStringLiteral("✕"));
    closeFind->setAccessibleName(tr("Close find"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_regex);
    findLayout->addWidget(m_case);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_matchLabel);
    findLayout->addWidget(closeFind);
    m_findBar->hide();
    m_findDelay->setSingleShot(true);
    m_findDelay->setInterval(250);
    connect(m_findEdit, &QLineEdit::textChanged, m_findDelay, qOverload<>(&QTimer::start));
    connect(m_regex, &QCheckBox::toggled, this, &JsonView::startSearch);
    connect(m_case, &QCheckBox::toggled, this, &JsonView::startSearch);
    connect(m_findDelay, &QTimer::timeout, this, &JsonView::startSearch);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &JsonView::findNext);
    connect(next, &QPushButton::clicked, this, &JsonView::findNext);
    connect(previous, &QPushButton::clicked, this, &JsonView::findPrevious);
    connect(closeFind, &QToolButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
        m_findBar->hide();
        m_tree->setFocus();
    });
    connect(&m_search, &QFutureWatcher<std::vector<quint32>>::finished, this, &JsonView::onSearchFinished);
    auto *findNextShortcut = new QAction(this);
    findNextShortcut->setShortcuts(QKeySequence::FindNext);
    findNextShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextShortcut, &QAction::triggered, this, &JsonView::findNext);
    addAction(findNextShortcut);
    auto *findPreviousShortcut = new QAction(this);
    findPreviousShortcut->setShortcuts(QKeySequence::FindPrevious);
    findPreviousShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPreviousShortcut, &QAction::triggered, this, &JsonView::findPrevious);
    addAction(findPreviousShortcut);

    // Toolbar
    auto *expand = button(tr("E&xpand All Below"), QStringLiteral("expandAllButton"), this);
    auto *collapse = button(tr("C&ollapse All"), QStringLiteral("collapseAllButton"), this);
    auto *copyValue = button(tr("Copy &Value"), QStringLiteral("copyValueButton"), this);
    auto *copyKey = button(tr("Copy &Key"), QStringLiteral("copyKeyButton"), this);
    auto *copyPath = button(tr("Copy Pa&th"), QStringLiteral("copyPathButton"), this);
    auto *raw = button(tr("&Raw"), QStringLiteral("rawButton"), this);
    raw->setCheckable(true);
    raw->setToolTip(tr("Show the text of the whole document"));
    connect(expand, &QPushButton::clicked, this, &JsonView::expandAllBelow);
    connect(collapse, &QPushButton::clicked, this, &JsonView::collapseAll);
    connect(copyValue, &QPushButton::clicked, this, &JsonView::copyValue);
    connect(copyKey, &QPushButton::clicked, this, &JsonView::copyKey);
    connect(copyPath, &QPushButton::clicked, this, &JsonView::copyPath);
    connect(raw, &QPushButton::toggled, this, &JsonView::setRawView);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_breadcrumb, 1);
    toolbar->addWidget(expand);
    toolbar->addWidget(collapse);
    toolbar->addWidget(copyPath);
    toolbar->addWidget(copyKey);
    toolbar->addWidget(copyValue);
    toolbar->addWidget(raw);

    // Tree and value pane
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setAccessibleName(tr("Document tree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setModel(m_model);
    m_tree->header()->resizeSection(JsonTreeModel::Key, 280);
    m_tree->header()->resizeSection(JsonTreeModel::Value, 380);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &JsonView::onCurrentChanged);
    m_valuePane->setObjectName(QStringLiteral("valuePane"));
    m_valuePane->setAccessibleName(tr("Whole value"));
    m_valuePane->setReadOnly(true);
    m_valuePane->setFont(mono);
    m_valuePane->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_valuePane->setPlaceholderText(tr("Select a value to see all of it here."));
    m_openEmbedded->setToolTip(tr("This text is itself a JSON document: open it in a tab of its own"));
    m_openEmbedded->hide();
    connect(m_openEmbedded, &QPushButton::clicked, this, [this] {
        const quint32 node = currentNode();
        if (node != JsonDocument::none)
            Q_EMIT openEmbedded(document()->string(node).toUtf8(), JsonPath::of(*document(), node));
    });
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_valuePane, 1);
    sideLayout->addWidget(m_openEmbedded);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_raw->setObjectName(QStringLiteral("rawView"));
    m_raw->setAccessibleName(tr("Document text"));
    m_raw->setReadOnly(true);
    m_raw->setFont(mono);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_raw);

    // The file under the document changed (or was cut short while mapped): say so, offer to reload.
    m_changedBanner->setObjectName(QStringLiteral("changedOnDiskBanner"));
    auto *changedLabel = new QLabel(tr("This file changed on disk."), m_changedBanner);
    auto *reload = button(tr("Re&load"), QStringLiteral("reloadButton"), m_changedBanner);
    auto *bannerLayout = new QHBoxLayout(m_changedBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(changedLabel, 1);
    bannerLayout->addWidget(reload);
    m_changedBanner->hide();
    connect(reload, &QPushButton::clicked, this, &JsonView::reloadRequested);
    m_diskCheck->setInterval(2000);
    connect(m_diskCheck, &QTimer::timeout, this, &JsonView::checkFileOnDisk);
    m_diskCheck->start();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_changedBanner);
    layout->addLayout(toolbar);
    layout->addWidget(m_findBar);
    layout->addWidget(m_pages, 1);
}

JsonView::~JsonView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_search.waitForFinished();
}

void JsonView::setDocument(std::shared_ptr<const JsonDocument> document)
{
    if (m_cancel)
        m_cancel->store(true);
    m_matches.clear();
    m_rawFilled = false;
    m_changedBanner->hide();
    m_model->setDocument(std::move(document));
    // Open the first level where it is small; a view lays out every row it shows, and a
    // 400,000-element array would hold the UI thread.
    if (m_model->rowCount() <= 50) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (m_model->rowCount(index) <= 1000)
                m_tree->expand(index);
        }
    }
    if (m_pages->currentWidget() == m_raw)
        setRawView(true);
}

std::shared_ptr<const JsonDocument> JsonView::document() const
{
    return m_model->document();
}

quint32 JsonView::currentNode() const
{
    return m_model->node(m_tree->currentIndex());
}

QString JsonView::currentPath() const
{
    const quint32 node = currentNode();
    return node == JsonDocument::none || !document() ? QString() : JsonPath::of(*document(), node);
}

void JsonView::onCurrentChanged()
{
    const quint32 node = currentNode();
    if (node == JsonDocument::none) {
        m_breadcrumb->clear();
        m_valuePane->clear();
        m_openEmbedded->hide();
        return;
    }
    const JsonDocument &doc = *document();
    m_breadcrumb->setText(JsonPath::of(doc, node));
    // The pane shows up to a megabyte of text: more would hold the UI thread for nothing anyone reads there.
    constexpr qsizetype paneLimit = 1 << 20;
    const qsizetype rawSize = doc.raw(node).size();
    const bool isString = doc.type(node) == JsonDocument::Type::String;
    QString full; // the whole value, when the pane shows all of it
    if (doc.isContainer(node) && rawSize > paneLimit) {
        m_valuePane->setPlainText(tr("%1 — too large to show here; use Raw or expand it in the tree.")
                                      .arg(JsonTreeModel::typeText(doc, node)));
    } else if (isString && rawSize > paneLimit) {
        m_valuePane->setPlainText(
            tr("%1\n\n[… The text goes on: %2 in all. Copy Value copies all of it.]")
                .arg(doc.preview(node, paneLimit), QLocale().formattedDataSize(rawSize, 1, QLocale::DataSizeSIFormat)));
    } else {
        full = m_model->indexOf(node).data(JsonTreeModel::FullValueRole).toString();
        m_valuePane->setPlainText(full);
    }

    // A string that holds a JSON object or array (a connector's openapi_spec) can open on its own. Small
    // ones are checked here and now; big ones on a worker thread, answered if still selected.
    m_openEmbedded->hide();
    if (m_embeddedCancel)
        m_embeddedCancel->store(true);
    if (!isString || !looksLikeJsonText(doc, node))
        return;
    if (rawSize <= qsizetype(256) * 1024) {
        m_openEmbedded->setVisible(isJsonDocument(full, nullptr)); // decoded for the pane already
        return;
    }
    m_embeddedCancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, node] {
        watcher->deleteLater();
        if (watcher->result() && currentNode() == node)
            m_openEmbedded->show();
    });
    watcher->setFuture(QtConcurrent::run([document = document(), node, cancel = m_embeddedCancel] {
        return isJsonDocument(document->text(node), cancel.get());
    }));
}

bool JsonView::looksLikeJsonText(const JsonDocument &document, quint32 node)
{
    const QString start = document.preview(node, 64).trimmed();
    return start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('['));
}

bool JsonView::isJsonDocument(const QString &text, const std::atomic_bool *cancel)
{
    JsonDocument::Control control;
    control.cancel = cancel;
    JsonDocument::Error error;
    return JsonDocument::fromBytes(text.toUtf8(), &error, control) != nullptr;
}

void JsonView::select(quint32 node)
{
    const QModelIndex index = m_model->indexOf(node);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void JsonView::copyValue()
{
    const quint32 node = currentNode();
    if (node != JsonDocument::none)
        QApplication::clipboard()->setText(m_model->indexOf(node).data(JsonTreeModel::FullValueRole).toString());
}

void JsonView::copyKey()
{
    const quint32 node = currentNode();
    if (node != JsonDocument::none)
        QApplication::clipboard()->setText(m_model->indexOf(node, JsonTreeModel::Key).data().toString());
}

void JsonView::copyPath() const
{
    if (!currentPath().isEmpty())
        QApplication::clipboard()->setText(currentPath());
}

void JsonView::expandAllBelow()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        m_tree->expandRecursively(index.siblingAtColumn(0));
    else
        m_tree->expandAll();
}

void JsonView::collapseAll()
{
    m_tree->collapseAll();
}

void JsonView::setRawView(bool raw)
{
    if (raw && !m_rawFilled && document()) {
        const JsonDocument &doc = *document();
        // Small documents pretty-printed with colours; large ones as they are, quickly.
        if (doc.bytes().size() <= colourLimit) {
            bool cut = false;
            QString text = QString::fromUtf8(doc.indented(indentedLimit, &cut));
            if (cut)
                text += tr(" (the indented text stops here, at %1 MB)").arg(indentedLimit >> 20);
            m_raw->setPlainText(text);
            if (!cut)
                new JsonHighlighter(m_raw->document());
        } else {
            QString text = QString::fromUtf8(doc.bytes().first(qMin<qint64>(doc.bytes().size(), rawLimit)));
            if (doc.bytes().size() > rawLimit)
                text +=
                    tr("\n… (the first %1 MB of %2 MB are shown)").arg(rawLimit >> 20).arg(doc.bytes().size() >> 20);
            m_raw->setPlainText(text);
        }
        m_rawFilled = true;
    }
    m_pages->setCurrentWidget(raw ? static_cast<QWidget *>(m_raw) : m_pages->widget(0));
}

void JsonView::checkFileOnDisk()
{
    // Only while shown: a stat now and then, or the flag a read past a cut-short file has set.
    if (isVisible() && m_changedBanner->isHidden() && document() && document()->changedOnDisk())
        m_changedBanner->show();
}

void JsonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkFileOnDisk();
    QWidget::changeEvent(event);
}

void JsonView::showFind()
{
    setRawView(false);
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void JsonView::startSearch()
{
    m_findDelay->stop();
    if (m_cancel)
        m_cancel->store(true);
    m_matches.clear();
    JsonSearch::Options options;
    options.text = m_findEdit->text();
    options.regularExpression = m_regex->isChecked();
    options.caseSensitive = m_case->isChecked();
    const QString problem = JsonSearch::problem(options);
    if (!document() || !problem.isEmpty()) {
        m_matchLabel->setText(options.text.isEmpty() ? QString() : problem);
        return;
    }
    m_matchLabel->setText(tr("Searching…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The search holds its own references: the document and the flag outlive this view if need be.
    m_search.setFuture(QtConcurrent::run(
        [doc = document(), options, cancel = m_cancel] { return JsonSearch::run(*doc, options, cancel.get()); }));
}

void JsonView::onSearchFinished()
{
    if (!m_cancel || m_cancel->load())
        return; // superseded or closed
    m_matches = m_search.result();
    m_currentMatch = 0;
    if (m_matches.empty()) {
        m_matchLabel->setText(tr("No matches"));
        return;
    }
    jumpTo(0);
}

void JsonView::jumpTo(size_t match)
{
    if (m_matches.empty())
        return;
    m_currentMatch = match % m_matches.size();
    m_matchLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
    select(m_matches[m_currentMatch]);
}

void JsonView::findNext()
{
    if (m_findDelay->isActive() || m_search.isRunning())
        return; // the search in progress jumps to its first match
    if (m_matches.empty() && !m_findEdit->text().isEmpty()) {
        startSearch();
        return;
    }
    jumpTo(m_currentMatch + 1);
}

void JsonView::findPrevious()
{
    if (m_matches.empty())
        return;
    jumpTo(m_currentMatch + m_matches.size() - 1);
}

} // namespace Takeout
