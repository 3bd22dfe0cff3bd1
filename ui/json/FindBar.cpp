#include "FindBar.h"

#include "json/JsonSearch.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace Takeout {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Re&gex"), this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_matchLabel(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in keys and values"));
    m_edit->setAccessibleName(tr("Find"));
    m_edit->setClearButtonEnabled(true);
    m_regex->setObjectName(QStringLiteral("regexCheck"));
    m_case->setObjectName(QStringLiteral("caseCheck"));
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setTextFormat(Qt::PlainText);
    auto *previous = new QPushButton(tr("&Previous"), this);
    previous->setObjectName(QStringLiteral("findPreviousButton"));
    auto *next = new QPushButton(tr("&Next"), this);
    next->setObjectName(QStringLiteral("findNextButton"));
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("closeFindButton"));
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setAccessibleName(tr("Close find"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchLabel);
    layout->addWidget(closeButton);

    // Typing searches once it pauses: a large document is not searched for every letter.
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &FindBar::startSearch);
    connect(m_regex, &QCheckBox::toggled, this, &FindBar::startSearch);
    connect(m_case, &QCheckBox::toggled, this, &FindBar::startSearch);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT closed();
    });
    hide();
}

void FindBar::setDocument(std::shared_ptr<const JsonDocument> document)
{
    m_search.cancel();
    m_delay->stop();
    m_matches.clear();
    m_currentMatch = 0;
    m_matchLabel->clear();
    m_document = std::move(document);
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::dismiss()
{
    m_search.cancel();
    m_delay->stop();
    hide();
}

void FindBar::startSearch()
{
    m_delay->stop();
    m_search.cancel();
    m_matches.clear();
    JsonSearch::Options options;
    options.text = m_edit->text();
    options.regularExpression = m_regex->isChecked();
    options.caseSensitive = m_case->isChecked();
    const QString problem = JsonSearch::problem(options);
    if (!m_document || !problem.isEmpty()) {
        m_matchLabel->setText(options.text.isEmpty() ? QString() : problem);
        return;
    }
    m_matchLabel->setText(tr("Searching…"));
    // The search holds its own reference to the document: it may outlive this bar.
    m_search = BackgroundTask::run(
        this,
        [document = m_document, options](const TaskControl &task) {
            return JsonSearch::run(*document, options, task.cancelFlag());
        },
        [this](std::vector<quint32> matches) { showMatches(std::move(matches)); });
}

void FindBar::showMatches(std::vector<quint32> matches)
{
    m_matches = std::move(matches);
    m_currentMatch = 0;
    if (m_matches.empty()) {
        m_matchLabel->setText(tr("No matches"));
        return;
    }
    jumpTo(0);
}

void FindBar::jumpTo(size_t match)
{
    if (m_matches.empty())
        return;
    m_currentMatch = match % m_matches.size();
    m_matchLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
    Q_EMIT matchSelected(m_matches[m_currentMatch]);
}

void FindBar::findNext()
{
    if (m_delay->isActive() || m_search.isRunning())
        return; // the search in progress jumps to its first match
    if (m_matches.empty() && !m_edit->text().isEmpty()) {
        startSearch();
        return;
    }
    jumpTo(m_currentMatch + 1);
}

void FindBar::findPrevious()
{
    if (m_matches.empty())
        return;
    jumpTo(m_currentMatch + m_matches.size() - 1);
}

} // namespace Takeout
