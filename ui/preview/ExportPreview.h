#pragma once

#include "exports/ExportResult.h"

#include "json/JsonDocument.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;
class QTreeView;

namespace Takeout {

class ExportOverview;
class JsonView;

// One export in a tab: a summary of what is inside, the JSON tree, and Save / Discard. Nothing is
// written until the user saves; Save writes the exact bytes received, atomically.
class ExportPreview : public QWidget
{
    Q_OBJECT

public:
    enum class Origin
    {
        Download, // an export just received: nothing is on disk until Save
        File,     // a file opened from disk
        Embedded, // a JSON document found inside a string of another one
        Backup,   // an item of an encrypted backup, read into memory: Save writes a copy
    };

    // The result's document is used when it has one; else the bytes are indexed off the UI thread.
    ExportPreview(ExportResult result, Origin origin, const QString &savedPath = {}, QWidget *parent = nullptr);

    const ExportResult &result() const { return m_result; }
    Origin origin() const { return m_origin; }
    bool isSaved() const { return !m_savedPath.isEmpty(); }
    // True while closing it would lose an export that exists nowhere else.
    bool needsSaving() const { return m_origin == Origin::Download && m_savedPath.isEmpty(); }
    QString savedPath() const { return m_savedPath; }
    QString title() const;
    QString summaryText() const;
    QTreeView *tree() const;
    // Whether the file as it is (the tree) shows; folded away by default under an overview.
    bool showsFile() const;
    void showFile(bool shown);
    JsonView *jsonView() const { return m_view; }

    // Opens the save dialog in the last folder (else Documents) with the suggested name.
    void save();
    // Writes to `path` (the save dialog has already confirmed replacing it).
    bool saveTo(const QString &path);

Q_SIGNALS:
    void saved(const QString &path);
    void discardRequested();
    // "Compare With…": this export, saved on disk, against another file.
    void compareWithRequested();
    // "Create Agent…" on an xpander.ai template.
    void createAgentRequested();
    // "Copy Template ID" put the template's id on the clipboard.
    void templateIdCopied(const QString &templateId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void showSaved();
    // The overview's cards, above the tree, once the rest has been painted.
    void addOverview();

    ExportResult m_result;
    Origin m_origin;
    QString m_savedPath;
    QLabel *m_summary;
    QLabel *m_saveState;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_showInFolder;
    QPushButton *m_compareWith;
    QPushButton *m_createAgent;
    QPushButton *m_copyTemplateId;
    QToolButton *m_showFile = nullptr;
    QWidget *m_details = nullptr;
    JsonView *m_view;
    QSplitter *m_split = nullptr;
    ExportOverview *m_overview = nullptr;
    bool m_overviewScheduled = false;
};

} // namespace Takeout
