#include "JsonView.h"

#include "text/Wording.h"
#include "widgets/MessageWidget.h"
#include "json/FindBar.h"
#include "json/JsonPath.h"
#include "json/JsonTreeModel.h"
#include "json/RawView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Takeout {

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

// A path that takes the room it is given and no more: cut at the start (the end says where the value
// is), the whole path in the tooltip.
class PathLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }
    QSize sizeHint() const override { return {0, QLabel::sizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        painter.setPen(palette().color(foregroundRole()));
        painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(text(), Qt::ElideLeft, area.width()));
    }
};

} // namespace

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_breadcrumb(new PathLabel(this))
    , m_findBar(new FindBar(this))
    , m_pages(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_valuePane(new QPlainTextEdit(this))
    , m_openEmbedded(button(tr("Open as &Document"), QStringLiteral("openEmbeddedButton"), this))
    , m_raw(new RawView(this))
    , m_changedBanner(new MessageWidget(this))
    , m_diskCheck(new QTimer(this))
{
    setObjectName(QStringLiteral("jsonView"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextFormat(Qt::PlainText); // the file's keys
    m_breadcrumb->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_breadcrumb->setFont(mono);
    m_breadcrumb->setAccessibleName(tr("Path of the selected value"));

    // Find bar
    connect(m_findBar, &FindBar::matchSelected, this, &JsonView::select);
    connect(m_findBar, &FindBar::closed, m_tree, qOverload<>(&QWidget::setFocus));
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

    // Toolbar: the path, Copy Path and Raw; what is used less in a menu, so that the view fits any width.
    auto *copyPath = button(tr("Copy Pa&th"), QStringLiteral("copyPathButton"), this);
    auto *raw = button(tr("&Raw"), QStringLiteral("rawButton"), this);
    raw->setCheckable(true);
    raw->setToolTip(tr("Show the text of the whole document"));
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("moreButton"));
    more->setText(tr("&More"));
    more->setAccessibleName(tr("More actions on the document"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(more);
    const auto action = [menu](const QString &text, const QString &name) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        return a;
    };
    QAction *expand = action(tr("E&xpand All Below"), QStringLiteral("expandAllAction"));
    QAction *collapse = action(tr("C&ollapse All"), QStringLiteral("collapseAllAction"));
    menu->addSeparator();
    QAction *copyKey = action(tr("Copy &Key"), QStringLiteral("copyKeyAction"));
    QAction *copyValue = action(tr("Copy &Value"), QStringLiteral("copyValueAction"));
    more->setMenu(menu);
    connect(expand, &QAction::triggered, this, &JsonView::expandAllBelow);
    connect(collapse, &QAction::triggered, this, &JsonView::collapseAll);
    connect(copyValue, &QAction::triggered, this, &JsonView::copyValue);
    connect(copyKey, &QAction::triggered, this, &JsonView::copyKey);
    connect(copyPath, &QPushButton::clicked, this, &JsonView::copyPath);
    connect(raw, &QPushButton::toggled, this, &JsonView::setRawView);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_breadcrumb, 1);
    toolbar->addWidget(copyPath);
    toolbar->addWidget(raw);
    toolbar->addWidget(more);

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

    m_pages->addWidget(splitter);
    m_pages->addWidget(m_raw);

    // The file under the document changed (or was cut short while mapped): say so, offer to reload.
    m_changedBanner->setObjectName(QStringLiteral("changedOnDiskBanner"));
    auto *reload = m_changedBanner->addButton(tr("Re&load"), QStringLiteral("reloadButton"));
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

void JsonView::setDocument(std::shared_ptr<const JsonDocument> document)
{
    m_embeddedCheck.cancel();
    m_findBar->setDocument(document);
    m_raw->setDocument(document);
    m_changedBanner->hideMessage();
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
        m_breadcrumb->setToolTip(QString());
        m_valuePane->clear();
        m_openEmbedded->hide();
        return;
    }
    const JsonDocument &doc = *document();
    m_breadcrumb->setText(JsonPath::of(doc, node));
    m_breadcrumb->setToolTip(m_breadcrumb->text());
    // The pane shows up to a megabyte of text: more would hold the UI thread for nothing anyone reads there.
    constexpr qsizetype paneLimit = 1 << 20;
    const qsizetype rawSize = doc.raw(node).size();
    const bool isString = doc.type(node) == JsonDocument::Type::String;
    QString full; // the whole value, when the pane shows all of it
    if (doc.isContainer(node) && rawSize > paneLimit) {
        m_valuePane->setPlainText(tr("%1 — too large to show here; use Raw or expand it in the tree.")
                                      .arg(JsonTreeModel::typeText(doc, node)));
    } else if (isString && rawSize > paneLimit) {
        m_valuePane->setPlainText(tr("%1\n\n[… The text goes on: %2 in all. Copy Value copies all of it.]")
                                      .arg(doc.preview(node, paneLimit), Wording::size(rawSize)));
    } else {
        full = m_model->indexOf(node).data(JsonTreeModel::FullValueRole).toString();
        m_valuePane->setPlainText(full);
    }

    // A string that holds a JSON object or array (a connector's openapi_spec) can open on its own. Small
    // ones are checked here and now; big ones on a worker thread, answered if still selected.
    m_openEmbedded->hide();
    m_embeddedCheck.cancel();
    if (!isString || !looksLikeJsonText(doc, node))
        return;
    if (rawSize <= qsizetype(256) * 1024) {
        m_openEmbedded->setVisible(isJsonDocument(full, nullptr)); // decoded for the pane already
        return;
    }
    m_embeddedCheck = BackgroundTask::run(
        this,
        [document = document(), node](const TaskControl &task) {
            return isJsonDocument(document->text(node), task.cancelFlag());
        },
        [this, node](bool embedded) {
            if (embedded && currentNode() == node)
                m_openEmbedded->show();
        });
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
    if (raw)
        m_raw->fill();
    m_pages->setCurrentWidget(raw ? static_cast<QWidget *>(m_raw) : m_pages->widget(0));
}

void JsonView::checkFileOnDisk()
{
    // Only while shown: a stat now and then, or the flag a read past a cut-short file has set.
    if (isVisible() && m_changedBanner->isHidden() && document() && document()->changedOnDisk())
        m_changedBanner->showMessage(tr("This file changed on disk."), MessageWidget::Type::Warning);
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
    m_findBar->open();
}

void JsonView::findNext()
{
    m_findBar->findNext();
}

void JsonView::findPrevious()
{
    m_findBar->findPrevious();
}

int JsonView::matchCount() const
{
    return m_findBar->matchCount();
}

} // namespace Takeout
