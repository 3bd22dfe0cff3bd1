#pragma once

#include "base/BackgroundTask.h"
#include "diff/LineDiff.h"
#include "json/JsonDocument.h"

#include <QWidget>
#include <memory>
#include <utility>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Takeout {

class ChangeListModel;
class JsonView;

// A result tab comparing two exports: a summary in words, then every change with its old and new
// value and its path (Copy Path), filterable by kind of change, and below it both documents as trees.
// Selecting a change selects it in both trees (for an addition, the old tree shows where it went in;
// for a removal, the new tree shows where it was) and, for a text of several lines, shows a line diff.
// Loading and comparing run off the UI thread, with progress and Cancel.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    CompareView(const QString &oldPath, const QString &newPath, QWidget *parent = nullptr);
    // Two documents already in memory (a template and the agent made from it), named by the caller.
    CompareView(std::shared_ptr<const JsonDocument> oldDocument, std::shared_ptr<const JsonDocument> newDocument,
                const QString &oldName, const QString &newName, QWidget *parent = nullptr);

    // The order of a comparison started from an open export: {old, new}. The open one (`current`) is
    // the new one unless `other` was modified later, so that the result reads as "what happened since".
    static std::pair<QString, QString> inOrder(const QString &current, const QString &other);

    QString title() const;
    QString summary() const;
    ChangeListModel *changes() const { return m_model; }
    QTableView *changeTable() const { return m_table; }
    JsonView *oldView() const { return m_oldView; }
    JsonView *newView() const { return m_newView; }
    // The line diff of the selected change, as plain text ("+", "-" and " " lines); empty when none.
    QString lineDiff() const;
    bool isRunning() const { return m_running; }
    void cancel();
    // Copies the path of the selected change.
    void copyPath();

Q_SIGNALS:
    void finished();

private:
    struct Outcome;
    void start();
    void show(Outcome outcome);
    // Out of the running state, saying `summary`.
    void end(const QString &summary);
    void filter();
    void showSelected();
    void showLines(const std::vector<LineDiff::Line> &lines);

    QString m_oldPath;
    QString m_newPath;
    // The names the two sides go by: the files' names, or the caller's.
    QString m_oldName;
    QString m_newName;
    // Given documents, when the comparison reads no files.
    std::shared_ptr<const JsonDocument> m_oldGiven;
    std::shared_ptr<const JsonDocument> m_newGiven;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QComboBox *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_lineDiff;
    JsonView *m_oldView;
    JsonView *m_newView;
    ChangeListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    BackgroundTask m_task;
    BackgroundTask m_lineTask; // the selected change's line diff
    bool m_running = false;
};

} // namespace Takeout
