#pragma once

#include "base/BackgroundTask.h"
#include "json/JsonDocument.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Takeout {

class FindBar;
class JsonTreeModel;
class MessageWidget;
class RawView;

// The JSON viewer: the tree (Key, Value, Type/size) with a breadcrumb of the current path, a side
// pane with the whole value, copy value / key / path (jq syntax), expand and collapse, find over keys
// and values off the UI thread (FindBar), a raw view (RawView), and strings that are JSON opened as
// documents of their own.
class JsonView : public QWidget
{
    Q_OBJECT

public:
    explicit JsonView(QWidget *parent = nullptr);

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
    int matchCount() const;

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
    quint32 currentNode() const;

    JsonTreeModel *m_model;
    QLabel *m_breadcrumb;
    FindBar *m_findBar;
    QStackedWidget *m_pages;
    QTreeView *m_tree;
    QPlainTextEdit *m_valuePane;
    QPushButton *m_openEmbedded;
    RawView *m_raw;
    MessageWidget *m_changedBanner;
    QTimer *m_diskCheck;
    // The check of a large string for embedded JSON; dropped when the selection moves on.
    BackgroundTask m_embeddedCheck;
};

} // namespace Takeout
