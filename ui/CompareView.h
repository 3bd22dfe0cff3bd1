#pragma once

#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Takeout {

class ChangeListModel;

// A result tab comparing two exports: a summary in words, then every change with its old and new
// value and its path (Copy Path), filterable by kind of change. Loading and comparing run off the UI
// thread, with progress and Cancel.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    CompareView(const QString &oldPath, const QString &newPath, QWidget *parent = nullptr);
    ~CompareView() override;

    QString title() const;
    QString summary() const;
    ChangeListModel *changes() const { return m_model; }
    bool isRunning() const { return m_running; }
    void cancel();
    // Copies the path of the selected change.
    void copyPath();

Q_SIGNALS:
    void finished();

private:
    struct Outcome;
    void start();
    void show(const std::shared_ptr<Outcome> &outcome);
    void filter();

    QString m_oldPath;
    QString m_newPath;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QComboBox *m_filter;
    QTableView *m_table;
    ChangeListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
};

} // namespace Takeout
