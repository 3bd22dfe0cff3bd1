#include "ExportPreview.h"

#include "base/BackgroundTask.h"
#include "base/Settings.h"
#include "exports/ExportShape.h"
#include "exports/ExportWriter.h"
#include "exports/FileHistory.h"
#include "preview/ExportOverview.h"
#include "restore/TemplateFacts.h"
#include "text/Wording.h"
#include "widgets/Icons.h"
#include "json/JsonView.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Takeout {

ExportPreview::ExportPreview(ExportResult result, Origin origin, const QString &savedPath, QWidget *parent)
    : QWidget(parent)
    , m_result(std::move(result))
    , m_origin(origin)
    , m_savedPath(savedPath)
    , m_summary(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_save(new QPushButton(savedPath.isEmpty() ? tr("&Save…") : tr("Save &As…"), this))
    , m_discard(new QPushButton(savedPath.isEmpty() && origin != Origin::Backup ? tr("&Discard") : tr("&Close"), this))
    , m_showInFolder(new QPushButton(tr("Show in &Folder"), this))
    , m_compareWith(new QPushButton(tr("Compare &With…"), this))
    , m_createAgent(new QPushButton(tr("Create A&gent…"), this))
    , m_copyTemplateId(new QPushButton(tr("Copy Template &ID"), this))
    , m_view(new JsonView(this))
{
    setObjectName(QStringLiteral("exportPreview"));
    const bool overview = ExportOverview::hasOverview(m_result);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText); // the file's names
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // With an overview, the overview names the export; the line above it only counts, so that the
    // name and description are shown once.
    m_summary->setText(
        overview ? QStringLiteral("%1 · %2").arg(m_result.summary.countsText(), Wording::size(m_result.bytes.size()))
                 : summaryText());
    m_summary->setAccessibleName(tr("What the export holds"));
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setTextFormat(Qt::PlainText); // error texts
    m_saveState->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_showInFolder->setVisible(!m_savedPath.isEmpty());
    // A comparison reads files: it is offered once the export is on disk.
    m_compareWith->setObjectName(QStringLiteral("compareWithButton"));
    m_compareWith->setVisible(!m_savedPath.isEmpty());
    // A template can become an agent again, here or, through its id, in another organization.
    const bool isTemplate = m_result.kind == ExportKind::XpanderTemplate;
    m_createAgent->setObjectName(QStringLiteral("createAgentButton"));
    m_createAgent->setToolTip(tr("Create agent from this template…"));
    m_createAgent->setVisible(isTemplate);
    m_copyTemplateId->setObjectName(QStringLiteral("copyTemplateIdButton"));
    m_copyTemplateId->setToolTip(
        tr("Whoever gets the template ID can create the agent in their own xpander.ai organization."));
    m_copyTemplateId->setVisible(isTemplate);
    // The window's shortcuts for these, said where the buttons are.
    const auto keys = [](const QKeySequence &key) { return key.toString(QKeySequence::NativeText); };
    const QKeySequence close(Qt::CTRL | Qt::Key_W); // the window's File › Close
    m_save->setToolTip(tr("Save this export to a file (%1)").arg(keys(QKeySequence(QKeySequence::Save))));
    m_discard->setToolTip(savedPath.isEmpty() && origin != Origin::Backup
                              ? tr("Discard this export (%1)").arg(keys(close))
                              : tr("Close this export (%1)").arg(keys(close)));

    // The kind's icon and the title, like a document's heading.
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::exportKind(m_result.kind).pixmap(QSize(32, 32), devicePixelRatioF()));
    icon->setAccessibleName(m_result.kind == ExportKind::AgentbotAccount   ? tr("Agentbot account export")
                            : m_result.kind == ExportKind::XpanderTemplate ? tr("xpander.ai template")
                                                                           : tr("JSON document"));
    // With an overview, its card names the export; the heading says what kind it is.
    auto *heading = new QLabel(overview ? icon->accessibleName() : title(), this);
    heading->setObjectName(QStringLiteral("previewTitle"));
    heading->setTextFormat(Qt::PlainText); // the agent's name
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    heading->setFont(headingFont);
    auto *titleColumn = new QVBoxLayout;
    titleColumn->addWidget(heading);
    titleColumn->addWidget(m_summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(titleColumn, 1);

    // Save and Discard above everything that scrolls or resizes, so that they are always in sight:
    // Save, the default, at the end, Discard away from it at the start.
    m_save->setDefault(true);
    setTabOrder(m_discard, m_showInFolder);
    setTabOrder(m_showInFolder, m_compareWith);
    setTabOrder(m_compareWith, m_copyTemplateId);
    setTabOrder(m_copyTemplateId, m_createAgent);
    setTabOrder(m_createAgent, m_save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addWidget(m_saveState, 1);
    buttons->addWidget(m_showInFolder);
    buttons->addWidget(m_compareWith);
    buttons->addWidget(m_copyTemplateId);
    buttons->addWidget(m_createAgent);
    buttons->addWidget(m_save);

    // The file as it is, a tree for those who read JSON: with an overview, folded into one line
    // until asked for (the choice is remembered); without one, it is all there is to show.
    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("detailsBox"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_view);
    m_showFile = new QToolButton(this);
    m_showFile->setObjectName(QStringLiteral("showFileButton"));
    m_showFile->setText(tr("Show the file as it is"));
    m_showFile->setCheckable(true);
    m_showFile->setAutoRaise(true);
    m_showFile->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showFile->setVisible(overview);
    m_details = details;
    connect(m_showFile, &QToolButton::toggled, this, [this](bool shown) {
        showFile(shown);
        Settings::setPreviewShowsFile(shown);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    if (overview) {
        // The overview first, the tree below; the user decides how much of each, and it is remembered.
        // The overview joins the splitter once the rest has been shown (paintEvent).
        m_split = new QSplitter(Qt::Vertical, this);
        m_split->setObjectName(QStringLiteral("previewSplitter"));
        m_split->setChildrenCollapsible(false);
        m_split->addWidget(details);
        layout->addWidget(m_split, 1);
        layout->addWidget(m_showFile, 0, Qt::AlignLeft);
        showFile(Settings::previewShowsFile());
    } else {
        layout->addWidget(details, 1);
    }

    if (origin == Origin::Embedded)
        m_saveState->setText(tr("A JSON document found inside another one."));
    else if (origin == Origin::Backup && m_savedPath.isEmpty())
        m_saveState->setText(tr("From your encrypted backup. It stays there; Save writes a copy that is not "
                                "encrypted."));
    else if (m_savedPath.isEmpty())
        m_saveState->setText(tr("Not saved yet. Nothing is on your disk until you press Save."));
    else
        showSaved();

    connect(m_save, &QPushButton::clicked, this, &ExportPreview::save);
    connect(m_discard, &QPushButton::clicked, this, &ExportPreview::discardRequested);
    connect(m_compareWith, &QPushButton::clicked, this, &ExportPreview::compareWithRequested);
    connect(m_createAgent, &QPushButton::clicked, this, &ExportPreview::createAgentRequested);
    connect(m_copyTemplateId, &QPushButton::clicked, this, [this] {
        if (const std::optional<TemplateFacts> facts = TemplateFacts::fromJson(m_result.bytes)) {
            QApplication::clipboard()->setText(facts->templateId);
            Q_EMIT templateIdCopied(facts->templateId);
        }
    });
    connect(m_showInFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath())); });

    if (m_result.document && m_result.warningsPending) {
        // Shown first; the shape check runs on a worker thread and its findings join the overview. No
        // handle kept, here or for the parse below: the preview going ends either task.
        BackgroundTask::run(
            this,
            [document = m_result.document, kind = m_result.kind](const TaskControl &) {
                return ExportShape::warnings(*document, kind);
            },
            [this](QStringList warnings) {
                m_result.warnings = std::move(warnings);
                m_result.warningsPending = false;
                if (m_overview)
                    m_overview->showWarnings(m_result.warnings);
            });
    }
    if (m_result.document) {
        // This event shows the shell (heading, buttons, the tree's first rows); the overview follows its
        // first paint (paintEvent).
        m_view->setDocument(m_result.document);
        return;
    }
    // The index is built off the UI thread, over the same bytes (no copy).
    BackgroundTask::run(
        this,
        [bytes = m_result.bytes](const TaskControl &task) -> std::shared_ptr<const JsonDocument> {
            JsonDocument::Error error;
            JsonDocument::Control control;
            control.cancel = task.cancelFlag();
            return JsonDocument::fromBytes(bytes, &error, control);
        },
        [this](std::shared_ptr<const JsonDocument> document) { m_view->setDocument(std::move(document)); });
}

void ExportPreview::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // The overview in an event of its own, after the shell has been laid out and painted, so that neither
    // holds the UI thread long. A timer, not a posted call, which would run in the same batch as the paint.
    if (m_split && !m_overviewScheduled) {
        m_overviewScheduled = true;
        QTimer::singleShot(1, this, &ExportPreview::addOverview);
    }
}

void ExportPreview::addOverview()
{
    m_overview = new ExportOverview(m_result, m_split);
    m_split->insertWidget(0, m_overview);
    // Tab goes as the eye does: the buttons, the overview, then the tree.
    QWidget *last = m_save;
    for (QWidget *control : m_overview->findChildren<QWidget *>()) {
        if (control->focusPolicy() & Qt::TabFocus) {
            setTabOrder(last, control);
            last = control;
        }
    }
    setTabOrder(last, m_view);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->restoreState(Settings::previewSplitter());
    connect(m_split, &QSplitter::splitterMoved, this,
            [split = m_split] { Settings::setPreviewSplitter(split->saveState()); });
}

void ExportPreview::showFile(bool shown)
{
    const QSignalBlocker blocker(m_showFile);
    m_showFile->setChecked(shown);
    m_showFile->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(shown);
}

bool ExportPreview::showsFile() const
{
    return !m_details->isHidden();
}

QTreeView *ExportPreview::tree() const
{
    return m_view->tree();
}

QString ExportPreview::title() const
{
    // An export received here keeps its name in words once saved; a file opened is its file.
    if (!m_savedPath.isEmpty() && m_origin != Origin::Download)
        return QFileInfo(m_savedPath).fileName();
    if (m_origin == Origin::Embedded || m_result.kind == ExportKind::Json)
        return m_result.suggestedFileName;
    const ExportSummary &s = m_result.summary;
    if (m_result.kind == ExportKind::XpanderTemplate)
        return tr("Template: %1").arg(s.templateName.isEmpty() ? s.agentName : s.templateName);
    return tr("Agentbot account");
}

QString ExportPreview::summaryText() const
{
    const ExportSummary &s = m_result.summary;
    const QString size = Wording::size(m_result.bytes.size());
    if (m_result.kind == ExportKind::Json)
        return tr("<b>JSON document</b><br>Not an Agentbot or xpander.ai export; shown as a plain tree.<br>Size: %1")
            .arg(size);
    if (m_result.kind == ExportKind::XpanderTemplate) {
        QString agent = s.agentName;
        QStringList facts;
        if (!s.agentType.isEmpty())
            facts << s.agentType;
        if (!s.modelProvider.isEmpty() || !s.modelName.isEmpty())
            facts << QStringList{s.modelProvider, s.modelName}.join(QLatin1Char(' ')).trimmed();
        if (!s.status.isEmpty())
            facts << Wording::status(s.status);
        if (!facts.isEmpty())
            agent += QStringLiteral(" (") + facts.join(QStringLiteral(", ")) + QLatin1Char(')');
        return tr("<b>%1 %2</b><br>%3<br>Agent definition: %4<br>%5<br>Size on disk: %6")
            .arg(s.icon.toHtmlEscaped(), s.templateName.toHtmlEscaped(), s.description.toHtmlEscaped(),
                 agent.toHtmlEscaped(), s.countsText().toHtmlEscaped(), size);
    }
    QString who = s.userName.isEmpty() ? s.userEmail : QStringLiteral("%1 <%2>").arg(s.userName, s.userEmail);
    if (!s.plan.isEmpty())
        who += tr(", plan %1").arg(s.plan);
    return tr("<b>Agentbot account</b><br>Profile: %1<br>Exported %2 (format %3)<br>%4<br>Size on disk: %5")
        .arg(who.toHtmlEscaped(), s.exportedAt.toHtmlEscaped(), s.version.toHtmlEscaped(),
             s.countsText().toHtmlEscaped(), size);
}

void ExportPreview::save()
{
    const QString folder = FileHistory::lastFolder();
    const QString name = m_savedPath.isEmpty() ? m_result.suggestedFileName : QFileInfo(m_savedPath).fileName();

    // A dialog that does not block, so the rest of the app keeps running.
    auto *dialog = new QFileDialog(this, tr("Save export"), folder, tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setOption(QFileDialog::DontResolveSymlinks); // a link stays a link, for ExportWriter to refuse
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

bool ExportPreview::saveTo(const QString &path)
{
    const Failure error = ExportWriter::write(m_result.bytes, path, ExportWriter::Existing::Replace);
    if (error) {
        m_saveState->setText(error.message());
        m_saveState->setToolTip(error.detail());
        return false;
    }
    m_savedPath = path;
    FileHistory::add(path, m_result.kind);
    showSaved();
    Q_EMIT saved(path);
    return true;
}

void ExportPreview::showSaved()
{
    m_saveState->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(m_savedPath)));
    m_saveState->setToolTip(QString());
    m_save->setText(tr("Save &As…"));
    m_discard->setText(tr("&Close"));
    m_showInFolder->show();
    m_compareWith->show();
}

} // namespace Takeout
