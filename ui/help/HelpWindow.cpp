#include "HelpWindow.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Takeout {

namespace {

const QString guideRoot = QStringLiteral(":/help/");

QString fileUrl(const QString &language, const QString &fileName)
{
    return QStringLiteral("qrc:/help/") + language + QLatin1Char('/') + fileName;
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
    , m_page(new QTextBrowser)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Agent Takeout User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setToolTip(tr("Shows the topics that hold every word; Enter goes to the next place in the page."));
    m_search->setClearButtonEnabled(true);

    m_list->setObjectName(QStringLiteral("helpTopics"));
    m_list->setAccessibleName(tr("Topics"));

    auto *noMatch = new QLabel(tr("No topic holds these words."));
    noMatch->setObjectName(QStringLiteral("helpNoMatch"));
    noMatch->setWordWrap(true);
    noMatch->hide();

    m_page->setObjectName(QStringLiteral("helpPage"));
    m_page->setAccessibleName(tr("Guide page"));
    m_page->setOpenExternalLinks(true);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(noMatch);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(side);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_page);

    connect(m_list, &QListWidget::currentRowChanged, this, &HelpWindow::showTopic);
    connect(m_search, &QLineEdit::textChanged, this, [this, noMatch] {
        applyFilter();
        noMatch->setVisible(visibleTopicTitles().isEmpty());
    });
    connect(m_search, &QLineEdit::returnPressed, this, &HelpWindow::findNext);
    // A link to another topic opens it: the list follows, and the search words are marked there too.
    connect(m_page, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        for (int row = 0; row < m_topics.size(); ++row) {
            if (QUrl(m_topics.at(row).url) == url) {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(row);
            }
        }
        markWords();
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    loadTopics();
    if (!m_topics.isEmpty())
        m_list->setCurrentRow(0);
    resize(960, 680);
}

QString HelpWindow::language()
{
    // The translation names its own guide, so the guide is in the language the menus are in.
    const QString code = tr("en", "The folder of the user guide in this translation's language: resources/help/<code>");
    return QDir(guideRoot + code).exists() ? code : QStringLiteral("en");
}

void HelpWindow::loadTopics()
{
    const QString language = HelpWindow::language();
    const QDir folder(guideRoot + language);
    for (const QString &fileName : folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString markdown = QString::fromUtf8(file.readAll());
        QTextDocument document;
        document.setMarkdown(markdown);
        Topic topic;
        topic.url = fileUrl(language, fileName);
        topic.text = document.toPlainText();
        topic.title = document.toPlainText().section(QLatin1Char('\n'), 0, 0).trimmed();
        m_topics.append(topic);
        m_list->addItem(topic.title);
    }
}

QStringList HelpWindow::topicTitles() const
{
    QStringList titles;
    for (const Topic &topic : m_topics)
        titles << topic.title;
    return titles;
}

QStringList HelpWindow::visibleTopicTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden())
            titles << m_topics.at(row).title;
    }
    return titles;
}

QString HelpWindow::currentTitle() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_topics.size() ? m_topics.at(row).title : QString();
}

void HelpWindow::showTopic(int row)
{
    if (row < 0 || row >= m_topics.size())
        return;
    if (m_list->currentRow() != row) {
        m_list->setCurrentRow(row); // comes back here through currentRowChanged
        return;
    }
    m_page->setSource(QUrl(m_topics.at(row).url), QTextDocument::MarkdownResource);
    markWords();
}

void HelpWindow::search(const QString &text)
{
    m_search->setText(text);
}

QStringList HelpWindow::words() const
{
    return m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void HelpWindow::applyFilter()
{
    const QStringList words = this->words();
    int firstVisible = -1;
    for (int row = 0; row < m_topics.size(); ++row) {
        const QString &text = m_topics.at(row).text;
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&text](const QString &word) {
            return text.contains(word, Qt::CaseInsensitive);
        });
        m_list->item(row)->setHidden(!matches);
        if (matches && firstVisible < 0)
            firstVisible = row;
    }
    const int current = m_list->currentRow();
    if (firstVisible >= 0 && (current < 0 || m_list->item(current)->isHidden()))
        showTopic(firstVisible);
    else
        markWords();
}

void HelpWindow::markWords()
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight));
    format.setForeground(palette().color(QPalette::HighlightedText));
    QTextDocument *document = m_page->document();
    for (const QString &word : words()) {
        for (QTextCursor cursor = document->find(word); !cursor.isNull(); cursor = document->find(word, cursor)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = cursor;
            mark.format = format;
            marks.append(mark);
        }
    }
    std::sort(marks.begin(), marks.end(), [](const QTextEdit::ExtraSelection &a, const QTextEdit::ExtraSelection &b) {
        return a.cursor.selectionStart() < b.cursor.selectionStart();
    });
    m_page->setExtraSelections(marks);
    if (!marks.isEmpty()) {
        m_page->setTextCursor(marks.constFirst().cursor);
        m_page->ensureCursorVisible();
    }
}

void HelpWindow::findNext()
{
    const QList<QTextEdit::ExtraSelection> marks = m_page->extraSelections();
    if (marks.isEmpty())
        return;
    const int from = m_page->textCursor().selectionStart();
    auto next = std::find_if(marks.cbegin(), marks.cend(), [from](const QTextEdit::ExtraSelection &mark) {
        return mark.cursor.selectionStart() > from;
    });
    m_page->setTextCursor(next == marks.cend() ? marks.constFirst().cursor : next->cursor);
    m_page->ensureCursorVisible();
}

} // namespace Takeout
