#pragma once

#include "exports/ExportResult.h"

#include <QFutureWatcher>
#include <QJsonValue>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Takeout {

class JsonTreeModel;

// One export in a tab: a summary of what is inside, the JSON tree, and Save / Discard. Nothing is
// written until the user saves; Save writes the exact bytes received, atomically.
class ExportPreview : public QWidget
{
    Q_OBJECT

public:
    // savedPath is set for a file opened from disk.
    explicit ExportPreview(ExportResult result, const QString &savedPath = {}, QWidget *parent = nullptr);

    const ExportResult &result() const { return m_result; }
    bool isSaved() const { return !m_savedPath.isEmpty(); }
    QString savedPath() const { return m_savedPath; }
    QString title() const;
    QString summaryText() const;
    QTreeView *tree() const { return m_tree; }

    // Opens the save dialog in the last folder (else Documents) with the suggested name.
    void save();
    // Writes to `path` (the save dialog has already confirmed replacing it).
    bool saveTo(const QString &path);

Q_SIGNALS:
    void saved(const QString &path);
    void discardRequested();

private:
    void showSaved();

    ExportResult m_result;
    QString m_savedPath;
    QLabel *m_summary;
    QLabel *m_saveState;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_showInFolder;
    QTreeView *m_tree;
    JsonTreeModel *m_model;
    QFutureWatcher<QJsonValue> m_parse;
};

} // namespace Takeout
