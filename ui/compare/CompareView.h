#pragma once

#include "base/BackgroundTask.h"
#include "diff/LineDiff.h"
#include "diff/WordDiff.h"
#include "json/JsonDocument.h"

#include <QDateTime>
#include <QWidget>
#include <memory>
#include <utility>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace Takeout {

class ChangeListModel;
class JsonView;

// A result tab comparing two exports, read as words: the summary as its headline, when each side was
// exported, then every change as a sentence (its jq path in the tooltip and Copy Path), filterable by
// kind. The selected change shows its old and new text with the changed words marked, or, for a
// text of several lines, a line diff. Both documents as trees are folded away under "Show both files
// (for experts)"; selecting a change selects it there too (for an addition, the old tree shows where
// it went in; for a removal, the new tree shows where it was). Nothing in it asks for a width of its
// own: the text wraps, paths elide, and the trees stack when the tab is narrow.
// Loading and comparing run off the UI thread, with progress and Cancel.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    CompareView(const QString &oldPath, const QString &newPath, QWidget *parent = nullptr);
    // Two documents already in memory (a template and the agent made from it), named by the caller.
    CompareView(std::shared_ptr<const JsonDocument> oldDocument, std::shared_ptr<const JsonDocument> newDocument,
                const QString &oldName, const QString &newName, QWidget *parent = nullptr);

    // The same item of two backups, read into memory (snapshots of an encrypted backup): named, like two
    // files, by what they are and when they were exported; `olderTime` and `newerTime` (the backups'
    // own) where a document does not say. `where` is the tab's tooltip.
    CompareView(std::shared_ptr<const JsonDocument> oldDocument, std::shared_ptr<const JsonDocument> newDocument,
                const QDateTime &olderTime, const QDateTime &newerTime, const QString &where,
                QWidget *parent = nullptr);

    // The order of a comparison started from an open export: {old, new}. The open one (`current`) is
    // the new one unless `other` was modified later, so that the result reads as "what happened since".
    static std::pair<QString, QString> inOrder(const QString &current, const QString &other);

    // What is compared: "Changes from 30 Nov to 7 Dec", "Café Übersetzer: 30 Nov → 7 Dec"; the file
    // names until the documents are read.
    QString title() const;
    // Both files' paths, for the tab's tooltip.
    QString toolTip() const;
    QString summary() const;
    ChangeListModel *changes() const { return m_model; }
    QTableView *changeTable() const { return m_table; }
    JsonView *oldView() const { return m_oldView; }
    JsonView *newView() const { return m_newView; }
    // The line diff of the selected change, as plain text ("+", "-" and " " lines, "⋯" between
    // parts); empty when none.
    QString lineDiff() const;
    // The selected change's old and new text with the changed words marked ([-old-] {+new+}); empty
    // when none.
    QString wordDiff() const;
    bool isRunning() const { return m_running; }
    void cancel();
    // Copies the path of the selected change.
    void copyPath();
    // Shows or folds the two trees.
    void showFiles(bool shown);

Q_SIGNALS:
    void finished();
    void titleChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Outcome;
    struct Detail;
    void start();
    void show(Outcome outcome);
    // Out of the running state, saying `summary`.
    void end(const QString &summary);
    void filter();
    void showSelected();
    void showDetail(const Detail &detail);
    void showLines(const std::vector<LineDiff::Line> &lines);
    void showWords(const std::vector<WordDiff::Piece> &pieces);

    QString m_oldPath;
    QString m_newPath;
    QString m_title;
    // Given documents, when the comparison reads no files.
    std::shared_ptr<const JsonDocument> m_oldGiven;
    std::shared_ptr<const JsonDocument> m_newGiven;
    // Two backups' documents: titled by their dates, as files are.
    bool m_namedByDates = false;
    QDateTime m_olderTime;
    QDateTime m_newerTime;
    QString m_where;
    QLabel *m_summary;
    QLabel *m_sides;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QComboBox *m_filter;
    QTableView *m_table;
    QTextBrowser *m_wordDiff;
    QPlainTextEdit *m_lineDiff;
    QToolButton *m_showFiles;
    QWidget *m_files;
    QSplitter *m_trees;
    QLabel *m_oldHeading;
    QLabel *m_newHeading;
    JsonView *m_oldView;
    JsonView *m_newView;
    ChangeListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    BackgroundTask m_task;
    BackgroundTask m_detailTask; // the selected change's line or word diff
    QString m_wordDiffText;
    bool m_running = false;
};

} // namespace Takeout
