#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace Takeout {

// The user guide (resources/help/<language>/*.md, one topic a file) in a window of its own: the topics
// on the left, the open one rendered from its Markdown, and a search field that keeps the topics that
// hold every word typed and marks those words in the open page.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // The guide's language folder ("en", "de"), which follows the installed translation.
    static QString language();

    QStringList topicTitles() const;
    QStringList visibleTopicTitles() const;
    QString currentTitle() const;
    void showTopic(int row);
    void search(const QString &text);

private:
    struct Topic
    {
        QString title;
        QString url;
        QString text; // the plain text the search looks in
    };

    void loadTopics();
    void applyFilter();
    void markWords();
    void findNext();
    QStringList words() const;

    QList<Topic> m_topics;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTextBrowser *m_page;
};

} // namespace Takeout
