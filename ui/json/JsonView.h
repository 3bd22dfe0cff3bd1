#pragma once

#include "json/JsonDocument.h"
#include "json/JsonSearch.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Takeout {

class JsonTreeModel;

// The JSON viewer: the tree (Key, Value, Type/size) with a breadcrumb of the current path, a side
// pane with the whole value, copy value / key / path (jq syntax), expand and collapse, find over keys
// and values off the UI thread, a raw view, and strings that are JSON opened as documents of their own.
class JsonView : public QWidget
{
    Q_OBJECT

public:
    explicit JsonView(QWidget *parent = nullptr);
    ~JsonView() override;

    void setDocument(std::shared_ptr<const JsonDocument> document);
    std::shared_ptr<const JsonDocument> document() const;
    QTreeView *tree() const { return m_tree; }
    JsonTreeModel *model() const { return m_model; }

    QString currentPath() const;
    // Selects the value at a record, opening its parents.
    void select(quint32 node);

    void showFind();
    void findNext();
    void findPrevious();
    int matchCount() const { return int(m_matches.size()); }

    void copyValue();
    void copyKey();
    void copyPath() const;
    void expandAllBelow();
    void collapseAll();
    void setRawView(bool raw);
    // Shows the "changed on disk" banner if the document's file changed (also checked every few
    // seconds and when the window is activated).
    void checkFileOnDisk();

Q_SIGNALS:
    // A string value that is itself a JSON document, to open on its own.
    void openEmbedded(const QByteArray &json, const QString &title);
    // The banner's Reload: open the document's file again.
    void reloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Whether a string value reads as a JSON object or array: its start, then (cancellable) all of it.
    static bool looksLikeJsonText(const JsonDocument &document, quint32 node);
    static bool isJsonDocument(const QString &text, const std::atomic_bool *cancel);
    void onCurrentChanged();
    void startSearch();
    void onSearchFinished();
    void jumpTo(size_t match);
    quint32 currentNode() const;

    JsonTreeModel *m_model;
    QLabel *m_breadcrumb;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QLabel *m_matchLabel;
    QStackedWidget *m_pages;
    QTreeView *m_tree;
    QPlainTextEdit *m_valuePane;
    QPushButton *m_openEmbedded;
    QPlainTextEdit *m_raw;
    QTimer *m_findDelay;
    QWidget *m_changedBanner;
    QTimer *m_diskCheck;
    QFutureWatcher<std::vector<quint32>> m_search;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_embeddedCancel;
    std::vector<quint32> m_matches;
    size_t m_currentMatch = 0;
    bool m_rawFilled = false;
};

} // namespace Takeout
