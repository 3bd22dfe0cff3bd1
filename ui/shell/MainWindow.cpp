#include "MainWindow.h"

#include "accounts/Accounts.h"
#include "agents/AgentBrowser.h"
#include "backup/BackupDialog.h"
#include "backup/BackupManifest.h"
#include "backup/ResticRepository.h"
#include "base/BackgroundTask.h"
#include "base/Settings.h"
#include "compare/CompareView.h"
#include "credentials/CredentialStore.h"
#include "documents/ExportTables.h"
#include "export/AccountExportDialog.h"
#include "export/TemplateExportDialog.h"
#include "exports/ExportFile.h"
#include "exports/FileHistory.h"
#include "help/HelpWindow.h"
#include "net/HttpJob.h"
#include "preview/DocumentActions.h"
#include "preview/ExportPreview.h"
#include "restore/BackupView.h"
#include "restore/CreateAgentDialog.h"
#include "shell/HomePage.h"
#include "signin/SignInPanel.h"
#include "tables/ReadOnlyTable.h"
#include "tables/TableExport.h"
#include "widgets/Icons.h"
#include "widgets/MessageWidget.h"
#include "widgets/PlainToolTips.h"
#include "json/JsonView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Takeout {

namespace {

// The sidebar: the pages, then a heading over the open exports, one row each.
constexpr int exportsHeadingRow = MainWindow::WorkspacePage + 1;
constexpr int firstExportRow = exportsHeadingRow + 1;

// A tab's close box in the palette's colours, as the rest of the tab bar is drawn (the style's own
// box turns red on the current tab): the theme's icon when there is one, else a cross in the text
// colour, drawn for every scale the screens have.
QIcon closeIcon(const QWidget *widget)
{
    QIcon themed = QIcon::fromTheme(QStringLiteral("window-close"));
    if (!themed.isNull())
        return themed;
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Active}) {
        const QColor colour =
            widget->palette().color(mode == QIcon::Active ? QPalette::Highlight : QPalette::WindowText);
        for (const qreal scale : {1.0, 1.5, 2.0, 3.0}) {
            QPixmap pixmap(QSize(16, 16) * scale);
            pixmap.setDevicePixelRatio(scale);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(4.5, 4.5), QPointF(11.5, 11.5));
            painter.drawLine(QPointF(11.5, 4.5), QPointF(4.5, 11.5));
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(new Accounts(HttpJob::createNetworkAccessManager(this), this))
    , m_credentials(new CredentialStore(CredentialStore::defaultKeychainService(), this))
    , m_sidebar(new QListWidget(this))
    , m_demoBanner(new MessageWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_home(new HomePage(m_accounts, this))
    , m_agentbotPanel(new SignInPanel(Service::Agentbot, m_accounts, m_credentials, this))
    , m_xpanderPanel(new SignInPanel(Service::Xpander, m_accounts, m_credentials, this))
    , m_tabs(new QTabWidget(this))
    , m_browser(new AgentBrowser(m_accounts, this))
{
    PlainToolTips::install();
    setWindowTitle(tr("Agent Takeout"));
    setWindowIcon(Icons::app());
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Services and views"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->addItem(new QListWidgetItem(Icons::home(), tr("Home")));
    m_sidebar->addItem(QStringLiteral("Agentbot"));
    m_sidebar->addItem(QStringLiteral("xpander.ai"));
    m_sidebar->addItem(new QListWidgetItem(Icons::workspace(), tr("Agents")));
    // The heading is drawn as text, not as a disabled row (greyed to a contrast too low to read); it
    // cannot be selected.
    auto *exportsHeading = new QListWidgetItem(tr("Open exports"), m_sidebar);
    exportsHeading->setFlags(Qt::ItemIsEnabled);
    QFont headingFont = m_sidebar->font();
    headingFont.setBold(true);
    exportsHeading->setFont(headingFont);
    exportsHeading->setHidden(true);
    m_sidebar->setMaximumWidth(260);
    m_sidebar->setMinimumWidth(180);
    // Long names are cut with their whole text in the tooltip; the sidebar never scrolls sideways.
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setWordWrap(false);

    // The demo says so on every page, and how to leave it.
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setTextFormat(Qt::RichText);
    auto *leaveDemo = m_demoBanner->addButton(tr("&Leave demo"), QStringLiteral("leaveDemoButton"));
    leaveDemo->setToolTip(tr("Sign out of the demo service and start with your own accounts."));
    connect(leaveDemo, &QPushButton::clicked, this, &MainWindow::leaveDemo);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_browser, tr("Agents"));
    // The agent browser stays; only previews and files close.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    m_stack->addWidget(m_home);
    m_stack->addWidget(m_agentbotPanel);
    m_stack->addWidget(m_xpanderPanel);
    m_stack->addWidget(m_tabs);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_demoBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::sidebarRowChosen);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    // A status message is about the page it was given on; Home has none (its tasks say it all).
    connect(m_stack, &QStackedWidget::currentChanged, statusBar(), &QStatusBar::clearMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::selectSidebarRow);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &MainWindow::updateOpenExports);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_accounts, &Accounts::changed, this, &MainWindow::updateSidebar);
    connect(m_accounts, &Accounts::changed, this, &MainWindow::signedInOrOut);
    connect(m_xpanderPanel, &SignInPanel::agentsLoaded, this, [this](const QList<AgentSummary> &agents) {
        // Only a sign-in made on its page moves on to the agents; a remembered one leaves Home be.
        const bool onPanel = currentPage() == XpanderPage;
        m_browser->setXpanderAgents(agents);
        if (onPanel || currentPage() == WorkspacePage)
            chooseAgentForTemplate();
    });
    connect(m_browser, &AgentBrowser::xpanderAgentsChanged, m_home, &HomePage::setXpanderAgentCount);
    connect(m_home, &HomePage::exportAccountRequested, this, [this] { startTask(Task::BackUpAccount); });
    connect(m_home, &HomePage::exportTemplateRequested, this, [this] { startTask(Task::ExportTemplate); });
    connect(m_home, &HomePage::backUpNowRequested, this, [this] { openBackupDialog(true); });
    connect(m_home, &HomePage::backupSettingsRequested, this, [this] { openBackupDialog(false); });
    connect(m_home, &HomePage::compareRequested, this, &MainWindow::compareFiles);
    connect(m_home, &HomePage::openRequested, this, &MainWindow::openWithDialog);
    connect(m_home, &HomePage::openFileRequested, this, &MainWindow::openFile);
    connect(m_home, &HomePage::unsavedExportRequested, this, [this](int index) {
        for (int i = 1; i < m_tabs->count(); ++i) {
            auto *preview = qobject_cast<ExportPreview *>(m_tabs->widget(i));
            if (preview && preview->needsSaving() && index-- == 0) {
                m_tabs->setCurrentIndex(i);
                showPage(WorkspacePage);
                return;
            }
        }
    });
    connect(m_home, &HomePage::compareWithRequested, this, &MainWindow::compareWith);
    connect(m_home, &HomePage::compareTwoRequested, this, [this](const QString &first, const QString &second) {
        const auto [before, after] = CompareView::inOrder(first, second);
        compareFiles(before, after);
    });
    connect(m_home, &HomePage::signInRequested, this,
            [this](Service service) { showPage(service == Service::Agentbot ? AgentbotPage : XpanderPage); });
    connect(m_browser, &AgentBrowser::exportTemplateRequested, this, &MainWindow::exportTemplate);
    connect(m_browser, &AgentBrowser::exportAccountRequested, this, &MainWindow::exportAccount);
    connect(m_browser, &AgentBrowser::signInRequested, this,
            [this](Service service) { showPage(service == Service::Agentbot ? AgentbotPage : XpanderPage); });
    connect(m_browser, &AgentBrowser::signInNeeded, this, &MainWindow::signInNeeded);
    connect(m_browser, &AgentBrowser::createFromTemplateIdRequested, this, &MainWindow::askForTemplateId);
    connect(m_home, &HomePage::createAgentRequested, this, &MainWindow::createAgentFromFile);
    connect(m_home, &HomePage::openBackupRequested, this, &MainWindow::openBackup);
    connect(m_home, &HomePage::compareBackupsRequested, this, &MainWindow::compareBackups);

    createMenus();
    statusBar();
    updateSidebar();
    showPage(StartPage);

    if (!restoreGeometry(Settings::windowGeometry()))
        resize(1100, 720);
    // Not in the interface: for slow links and tests (the guide's Settings page).
    m_accounts->setLimits(ClientLimits::fromSettings());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addAction(tr("Co&mpare Two Exports…"), this, [this] {
        const QString before = QFileDialog::getOpenFileName(this, tr("The Earlier Export"), {}, tr("JSON (*.json)"));
        const QString after = before.isEmpty()
                                  ? QString()
                                  : QFileDialog::getOpenFileName(this, tr("The Later Export"), QFileInfo(before).path(),
                                                                 tr("JSON (*.json)"));
        if (!after.isEmpty())
            compareFiles(before, after);
    });
    QAction *backUp = file->addAction(tr("&Back Up Now…"), this, [this] { openBackupDialog(false); });
    backUp->setObjectName(QStringLiteral("backUpNowAction"));
    QAction *exportAccount =
        file->addAction(tr("&Export My Agentbot Account…"), this, [this] { startTask(Task::BackUpAccount); });
    exportAccount->setObjectName(QStringLiteral("exportAccountAction"));
    QAction *openBackupAction = file->addAction(tr("Open Bac&kup…"), this, [this] {
        auto *dialog = new QFileDialog(this, tr("Open Backup"), Settings::backupFolder());
        dialog->setObjectName(QStringLiteral("openBackupDialog"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFile);
        dialog->open();
    });
    openBackupAction->setObjectName(QStringLiteral("openBackupAction"));
    QAction *fromId = file->addAction(tr("Create Agent from a Template &ID…"), this, &MainWindow::askForTemplateId);
    fromId->setObjectName(QStringLiteral("createFromTemplateIdAction"));
    file->addSeparator();
    m_saveAs = file->addAction(tr("&Save As…"), this, [this] {
        if (ExportPreview *preview = currentPreview())
            preview->save();
    });
    m_saveAs->setShortcut(QKeySequence::Save);
    // A copy people can read without the app, laid out as the overview.
    m_saveDocument = file->addAction(tr("Save as &Document…"), this, [this] {
        if (ExportPreview *preview = currentPreview())
            DocumentActions::saveAsDocument(this, preview->result(), previewSource(preview));
    });
    m_saveDocument->setObjectName(QStringLiteral("saveDocumentAction"));
    m_print = file->addAction(tr("&Print…"), this, [this] {
        if (ExportPreview *preview = currentPreview())
            DocumentActions::print(this, preview->result(), previewSource(preview));
    });
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_exportTable = file->addMenu(tr("Export &Table"));
    m_exportTable->setObjectName(QStringLiteral("exportTableMenu"));
    connect(m_exportTable, &QMenu::aboutToShow, this, [this] {
        m_exportTable->clear();
        ExportPreview *preview = currentPreview();
        if (!preview || !preview->result().document)
            return;
        const ExportResult &result = preview->result();
        for (const QString &name : ExportTables::names(result.kind)) {
            m_exportTable->addAction(
                ExportTables::title(name) + QStringLiteral("…"), this,
                [this, document = result.document, name] { TableExport::save(this, document, name); });
        }
    });
    m_close = file->addAction(tr("&Close"), this, [this] {
        if (m_stack->currentWidget() == m_tabs && m_tabs->currentIndex() > 0)
            closeTab(m_tabs->currentIndex());
    });
    // Ctrl+W first, so that the menu shows it (the platform's Close may list Ctrl+F4 first), then the rest.
    QList<QKeySequence> closeKeys{QKeySequence(Qt::CTRL | Qt::Key_W)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!closeKeys.contains(key))
            closeKeys << key;
    }
    m_close->setShortcuts(closeKeys);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (ExportPreview *preview = currentPreview()) {
            preview->jsonView()->showFind();
            return;
        }
        showPage(WorkspacePage);
        m_tabs->setCurrentWidget(m_browser);
        m_browser->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut); // line edits keep their own Copy

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *home = view->addAction(Icons::home(), tr("&Home"), this, [this] { showPage(StartPage); });
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    QAction *agentbot = view->addAction(Icons::service(Service::Agentbot), tr("&Agentbot Sign-in"), this,
                                        [this] { showPage(AgentbotPage); });
    agentbot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *xpander = view->addAction(Icons::service(Service::Xpander), tr("&xpander.ai Sign-in"), this,
                                       [this] { showPage(XpanderPage); });
    xpander->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *agents =
        view->addAction(Icons::workspace(), tr("A&gents and Exports"), this, [this] { showPage(WorkspacePage); });
    agents->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *refresh = view->addAction(tr("&Refresh Agents"), m_browser, &AgentBrowser::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    // The sidebar's rows say their shortcut, as the menu does.
    const QList<QPair<Page, QAction *>> pages = {
        {StartPage, home}, {AgentbotPage, agentbot}, {XpanderPage, xpander}, {WorkspacePage, agents}};
    for (const auto &[page, action] : pages)
        m_sidebar->item(page)->setToolTip(tr("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                            action->shortcut().toString(QKeySequence::NativeText)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] {
        // One guide window at a time; it closes with the main window.
        auto *window = findChild<HelpWindow *>();
        if (!window)
            window = new HelpWindow(this);
        window->show();
        window->raise();
        window->activateWindow();
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("How do I find my &Agentbot session?"), this, [this] { showHelp(Service::Agentbot); });
    help->addAction(tr("How do I create an &xpander.ai API key?"), this, [this] { showHelp(Service::Xpander); });
    QAction *about = help->addAction(tr("&About Agent Takeout"), this, [this] {
        QMessageBox::about(this, tr("About Agent Takeout"),
                           tr("<h3>Agent Takeout %1</h3><p>Get your data out of Agentbot and xpander.ai, look at it "
                              "before it is saved, and find what you need in it later.</p><p>Your sign-in is kept "
                              "only in the system keychain.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    updateActions();
}

void MainWindow::useDemoService(const QUrl &url)
{
    const ServerUrl server(url);
    m_agentbotPanel->prefill(server, QStringLiteral("demo-session"));
    m_xpanderPanel->prefill(server, QStringLiteral("demo-key"));
    statusBar()->showMessage(tr("Demo mode: both services are the built-in demo at %1.").arg(url.toString()));
}

void MainWindow::startDemo(const QUrl &url)
{
    m_agentbotBeforeDemo = m_accounts->server(Service::Agentbot);
    m_xpanderBeforeDemo = m_accounts->server(Service::Xpander);
    useDemoService(url);
    // Straight into Accounts, not through SignInFlow: the demo credentials are never stored.
    const ServerUrl server(url);
    m_accounts->signIn(Service::Agentbot, server, QStringLiteral("demo-session"));
    m_accounts->signIn(Service::Xpander, server, QStringLiteral("demo-key")); // the browser lists the agents
    m_demoBanner->showMessage(tr("<b>Demo</b> — none of this is your data."), MessageWidget::Type::Information);
    setWindowTitle(tr("Agent Takeout — Demo"));
    // Home first, as any start: the tasks are where a newcomer looks; the banner says it is the demo.
    m_tabs->setCurrentWidget(m_browser);
    showPage(StartPage);
}

void MainWindow::leaveDemo()
{
    m_accounts->signOut(Service::Agentbot);
    m_accounts->signOut(Service::Xpander);
    m_agentbotPanel->prefill(m_agentbotBeforeDemo, QString());
    m_xpanderPanel->prefill(m_xpanderBeforeDemo, QString());
    m_browser->setXpanderAgents({});
    m_browser->setAgentbotExport({}, nullptr);
    m_demoBanner->hide();
    setWindowTitle(tr("Agent Takeout"));
    statusBar()->clearMessage();
    showPage(StartPage);
}

bool MainWindow::isDemo() const
{
    return !m_demoBanner->isHidden();
}

void MainWindow::startTask(Task task)
{
    m_pendingTask = Task::None;
    const Service service = task == Task::BackUpAccount ? Service::Agentbot : Service::Xpander;
    if (task == Task::None)
        return;
    if (!m_accounts->isSignedIn(service)) {
        // The sign-in first; signedInOrOut() comes back here.
        m_pendingTask = task;
        showPage(service == Service::Agentbot ? AgentbotPage : XpanderPage);
        statusBar()->showMessage(tr("Sign in to %1 first; the export follows.").arg(serviceDisplayName(service)));
        return;
    }
    if (task == Task::BackUpAccount) {
        showPage(WorkspacePage);
        m_tabs->setCurrentWidget(m_browser);
        exportAccount();
    } else {
        chooseAgentForTemplate();
    }
}

void MainWindow::chooseAgentForTemplate()
{
    showPage(WorkspacePage);
    m_tabs->setCurrentWidget(m_browser);
    m_browser->focusFilter();
    statusBar()->showMessage(tr("Choose an agent, then press Export as template."), 8000);
}

void MainWindow::signedInOrOut(Service service)
{
    if (!m_accounts->isSignedIn(service))
        return;
    const Page panel = service == Service::Agentbot ? AgentbotPage : XpanderPage;
    if (service == Service::Xpander && m_waitingDialog) {
        // Straight back to the create dialog, as it was left.
        CreateAgentDialog *dialog = m_waitingDialog;
        m_waitingDialog.clear();
        showPage(WorkspacePage);
        dialog->open();
        return;
    }
    const Task waiting = m_pendingTask;
    if (waiting == Task::BackUpAccount && service == Service::Agentbot) {
        startTask(waiting);
        return;
    }
    if (waiting == Task::ExportTemplate && service == Service::Xpander)
        m_pendingTask = Task::None; // the agent list proves the key good and then shows the agents
    // Once signed in, the next step is in the workspace: the agents and the export buttons.
    if (currentPage() == panel)
        showPage(WorkspacePage);
}

void MainWindow::restoreSignIns()
{
    m_agentbotPanel->restore();
    m_xpanderPanel->restore();
}

void MainWindow::showPage(Page page)
{
    m_stack->setCurrentIndex(page);
    selectSidebarRow();
}

void MainWindow::sidebarRowChosen(int row)
{
    if (row < 0)
        return;
    if (row < WorkspacePage) {
        m_stack->setCurrentIndex(row);
        return;
    }
    // The Agents row shows the agents; an export's row shows that export.
    QWidget *view = row == WorkspacePage ? m_browser : openExportAt(row);
    if (!view)
        return;
    m_tabs->setCurrentWidget(view);
    m_stack->setCurrentIndex(WorkspacePage);
}

QWidget *MainWindow::openExportAt(int row) const
{
    const QListWidgetItem *item = m_sidebar->item(row);
    return item ? qobject_cast<QWidget *>(item->data(Qt::UserRole).value<QObject *>()) : nullptr;
}

void MainWindow::selectSidebarRow()
{
    // Follows the page and the tab without choosing anything itself.
    const QSignalBlocker blocker(m_sidebar);
    int row = currentPage();
    if (row == WorkspacePage && m_tabs->currentIndex() > 0) {
        for (int i = firstExportRow; i < m_sidebar->count(); ++i) {
            if (openExportAt(i) == m_tabs->currentWidget())
                row = i;
        }
    }
    m_sidebar->setCurrentRow(row);
}

void MainWindow::updateOpenExports()
{
    // One row per open export or comparison, in the tabs' order, with its kind's icon and its name.
    {
        const QSignalBlocker blocker(m_sidebar);
        while (m_sidebar->count() > firstExportRow)
            delete m_sidebar->takeItem(m_sidebar->count() - 1);
        for (int i = 1; i < m_tabs->count(); ++i) {
            QWidget *view = m_tabs->widget(i);
            const auto *preview = qobject_cast<ExportPreview *>(view);
            auto *item = new QListWidgetItem(Icons::exportKind(preview ? preview->result().kind : ExportKind::Json),
                                             m_tabs->tabText(i), m_sidebar);
            // The whole name, which the sidebar may cut, and where the file is.
            const QString where = m_tabs->tabToolTip(i);
            item->setToolTip(where.isEmpty()                 ? m_tabs->tabText(i)
                             : QFileInfo(where).isAbsolute() ? where
                                                             : tr("%1\n%2").arg(m_tabs->tabText(i), where));
            item->setData(Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(view)));
        }
        m_sidebar->item(exportsHeadingRow)->setHidden(m_tabs->count() < 2);
    }
    // Home lists what is open and not saved yet among its recent exports.
    QStringList unsaved;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (const auto *preview = qobject_cast<ExportPreview *>(m_tabs->widget(i)); preview && preview->needsSaving())
            unsaved << preview->title();
    }
    m_home->setUnsavedExports(unsaved);
    selectSidebarRow();
}

void MainWindow::addCloseButton(QWidget *view)
{
    auto *button = new QToolButton(m_tabs->tabBar());
    button->setObjectName(QStringLiteral("tabCloseButton"));
    button->setIcon(closeIcon(m_tabs->tabBar()));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // Ctrl+W and the menu close a tab from the keyboard
    button->setAccessibleName(tr("Close tab"));
    button->setToolTip(tr("Close"));
    const int size = m_tabs->tabBar()->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tabs->tabBar());
    button->setIconSize(QSize(size, size));
    connect(button, &QToolButton::clicked, this, [this, view] {
        const int index = m_tabs->indexOf(view);
        if (index >= 0)
            closeTab(index);
    });
    m_tabs->tabBar()->setTabButton(m_tabs->indexOf(view), QTabBar::RightSide, button);
}

void MainWindow::closeView(QWidget *view)
{
    m_tabs->removeTab(m_tabs->indexOf(view));
    view->deleteLater();
    updateOpenExports();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

SignInPanel *MainWindow::signInPanel(Service service) const
{
    return service == Service::Agentbot ? m_agentbotPanel : m_xpanderPanel;
}

ExportPreview *MainWindow::currentPreview() const
{
    if (m_stack->currentWidget() != m_tabs)
        return nullptr;
    return qobject_cast<ExportPreview *>(m_tabs->currentWidget());
}

ExportPreview *MainWindow::addPreview(const ExportResult &result, ExportPreview::Origin origin,
                                      const QString &savedPath)
{
    auto *preview = new ExportPreview(result, origin, savedPath, m_tabs);
    const int index = m_tabs->addTab(preview, preview->title());
    m_tabs->setTabToolTip(index, preview->needsSaving() ? tr("Not saved yet") : savedPath);
    addCloseButton(preview);
    m_tabs->setCurrentIndex(index);
    updateOpenExports();
    showPage(WorkspacePage);
    if (result.kind == ExportKind::AgentbotAccount)
        m_browser->setAgentbotExport(result.summary, result.document);
    connect(preview, &ExportPreview::saved, this, [this, preview](const QString &path) {
        const int at = m_tabs->indexOf(preview);
        m_tabs->setTabText(at, preview->title());
        m_tabs->setTabToolTip(at, path);
        updateOpenExports();
        statusBar()->showMessage(tr("Saved to %1").arg(path), 5000);
    });
    connect(preview->jsonView(), &JsonView::openEmbedded, this, [this](const QByteArray &json, const QString &where) {
        ExportResult embedded;
        embedded.kind = ExportKind::Json;
        embedded.bytes = json;
        embedded.suggestedFileName = where;
        embedded.summary.kind = ExportKind::Json;
        addPreview(embedded, ExportPreview::Origin::Embedded);
    });
    connect(preview->jsonView(), &JsonView::reloadRequested, this, [this, preview] {
        // The file changed on disk: this tab makes way for the file as it is now.
        const QString path = preview->savedPath();
        closeView(preview);
        openFile(path);
    });
    connect(preview, &ExportPreview::compareWithRequested, this,
            [this, preview] { compareWith(preview->savedPath()); });
    connect(preview, &ExportPreview::createAgentRequested, this,
            [this, preview] { createAgentFromTemplate(preview->result().bytes); });
    connect(preview, &ExportPreview::templateIdCopied, this, [this] {
        statusBar()->showMessage(
            tr("Template ID copied. Whoever gets it can create the agent in their own xpander.ai organization."),
            10000);
    });
    connect(preview, &ExportPreview::discardRequested, this, [this, preview] {
        // The button says Discard: the user has decided already.
        closeView(preview);
    });
    updateActions();
    return preview;
}

void MainWindow::exportAccount()
{
    auto *dialog = new AccountExportDialog(m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const ExportResult &result) { addPreview(result); });
    connect(dialog, &ExportDialog::signInNeeded, this, &MainWindow::signInNeeded);
    dialog->open();
}

void MainWindow::exportTemplate(const AgentSummary &agent)
{
    auto *dialog = new TemplateExportDialog(agent, m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const ExportResult &result) { addPreview(result); });
    connect(dialog, &ExportDialog::signInNeeded, this, &MainWindow::signInNeeded);
    dialog->open();
}

BackupDialog *MainWindow::openBackupDialog(bool startNow, std::optional<Service> only)
{
    auto *dialog = new BackupDialog(m_accounts, this);
    dialog->setObjectName(QStringLiteral("backupDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (only)
        dialog->setOnly(*only);
    connect(dialog, &BackupDialog::backupFinished, m_home, &HomePage::updateLastBackup);
    connect(dialog, &BackupDialog::compareRequested, this, &MainWindow::compareFiles);
    connect(dialog, &BackupDialog::compareBackupsRequested, this, &MainWindow::compareBackups);
    dialog->show();
    // The first time, the folder is chosen first; after that, one press backs up.
    if (startNow && (!Settings::backupFolder().isEmpty() || !Settings::backupRepository().isEmpty()))
        dialog->startBackup();
    return dialog;
}

CreateAgentDialog *MainWindow::createAgentFromTemplate(const QByteArray &templateJson)
{
    const std::optional<TemplateFacts> facts = TemplateFacts::fromJson(templateJson);
    if (!facts) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not a template"),
                                    tr("This is not an xpander.ai template with an ID, so no agent can be created "
                                       "from it."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("notATemplateBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    return openCreateDialog(*facts, templateJson);
}

CreateAgentDialog *MainWindow::createAgentFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open file"),
                                    tr("%1 cannot be read.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    return createAgentFromTemplate(file.readAll());
}

CreateAgentDialog *MainWindow::createAgentFromTemplateId(const QString &templateId)
{
    TemplateFacts facts;
    facts.templateId = templateId.trimmed();
    return openCreateDialog(facts, {});
}

void MainWindow::askForTemplateId()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("templateIdDialog"));
    dialog->setWindowTitle(tr("Create Agent from a Template ID"));
    dialog->setLabelText(tr("The template ID someone sent you:"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &id) {
        if (!id.trimmed().isEmpty())
            createAgentFromTemplateId(id);
    });
    dialog->open();
}

CreateAgentDialog *MainWindow::openCreateDialog(const TemplateFacts &facts, const QByteArray &templateJson)
{
    auto *dialog = new CreateAgentDialog(facts, templateJson, m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateAgentDialog::agentCreated, m_browser, &AgentBrowser::refresh);
    connect(dialog, &CreateAgentDialog::showAgentListRequested, this,
            [this, dialog] { showAgentList(dialog->createdAgent() ? dialog->createdAgent()->id : QString()); });
    connect(dialog, &CreateAgentDialog::compareRequested, this, &MainWindow::compareCheck);
    connect(dialog, &CreateAgentDialog::signInNeeded, this, [this, dialog](Service service, const Failure &error) {
        m_waitingDialog = dialog;
        signInNeeded(service, error);
    });
    if (!m_accounts->isSignedIn(Service::Xpander)) {
        // The sign-in first; signedInOrOut() opens the dialog then.
        m_waitingDialog = dialog;
        showPage(XpanderPage);
        statusBar()->showMessage(tr("Sign in to xpander.ai first; the agent follows."));
        return dialog;
    }
    dialog->open();
    return dialog;
}

void MainWindow::showAgentList(const QString &selectId)
{
    showPage(WorkspacePage);
    m_tabs->setCurrentWidget(m_browser);
    if (!selectId.isEmpty())
        m_browser->selectAgent(selectId);
    m_browser->refresh();
}

BackupView *MainWindow::openBackup(const QString &folder)
{
    // One tab per backup folder or repository.
    const QString key = ResticRepository::isTarget(folder) ? folder : QFileInfo(folder).absoluteFilePath();
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *open = qobject_cast<BackupView *>(m_tabs->widget(i)); open && open->folder() == key) {
            m_tabs->setCurrentIndex(i);
            showPage(WorkspacePage);
            return open;
        }
    }
    auto *view = new BackupView(folder, m_accounts, m_tabs);
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setTabToolTip(index, view->folder());
    m_tabs->setCurrentIndex(index);
    connect(view, &BackupView::openFileRequested, this, &MainWindow::openFile);
    connect(view, &BackupView::createAgentRequested, this, &MainWindow::createAgentFromFile);
    connect(view, &BackupView::createAgentFromTemplateRequested, this, &MainWindow::createAgentFromTemplate);
    connect(view, &BackupView::openExportRequested, this,
            [this](const ExportResult &result) { addPreview(result, ExportPreview::Origin::Backup); });
    connect(view, &BackupView::loaded, this, [this, view] {
        m_tabs->setTabText(m_tabs->indexOf(view), view->title());
        updateOpenExports();
    });
    connect(view, &BackupView::signInNeeded, this, &MainWindow::signInNeeded);
    connect(view, &BackupView::agentsCreated, m_browser, &AgentBrowser::refresh);
    updateOpenExports();
    showPage(WorkspacePage);
    return view;
}

void MainWindow::compareBackups(std::shared_ptr<const JsonDocument> older, std::shared_ptr<const JsonDocument> newer,
                                const QDateTime &olderTime, const QDateTime &newerTime, const QString &where)
{
    addComparison(new CompareView(std::move(older), std::move(newer), olderTime, newerTime, where, m_tabs));
}

void MainWindow::compareCheck(const RestoreCheck::Result &result, const QString &agentName)
{
    auto *view = new CompareView(result.templateSide, result.agentSide, tr("the template"),
                                 tr("the new agent “%1”").arg(agentName), m_tabs);
    const int index = m_tabs->addTab(view, tr("Template → %1").arg(agentName));
    m_tabs->setCurrentIndex(index);
    updateOpenExports();
    showPage(WorkspacePage);
}

void MainWindow::signInNeeded(Service service, const Failure &error)
{
    signInPanel(service)->showSignInAgain(error);
    showPage(service == Service::Agentbot ? AgentbotPage : XpanderPage);
}

void MainWindow::openWithDialog()
{
    auto *dialog =
        new QFileDialog(this, tr("Open export"), FileHistory::lastFolder(), tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFile);
    dialog->open();
}

void MainWindow::compareFiles(const QString &oldPath, const QString &newPath)
{
    addComparison(new CompareView(oldPath, newPath, m_tabs));
}

void MainWindow::addComparison(CompareView *view)
{
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setTabToolTip(index, view->toolTip());
    addCloseButton(view);
    m_tabs->setCurrentIndex(index);
    // The title says what is compared once the documents have been read.
    connect(view, &CompareView::titleChanged, this, [this, view] {
        m_tabs->setTabText(m_tabs->indexOf(view), view->title());
        updateOpenExports();
    });
    updateOpenExports();
    showPage(WorkspacePage);
}

void MainWindow::compareWith(const QString &path)
{
    auto *dialog = new QFileDialog(this, tr("Compare “%1” With").arg(QFileInfo(path).fileName()),
                                   QFileInfo(path).path(), tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("compareWithDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, path](const QString &other) {
        const auto [before, after] = CompareView::inOrder(path, other);
        compareFiles(before, after);
    });
    dialog->open();
}

void MainWindow::openFile(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        if (BackupView::isBackupFolder(path)) {
            openBackup(path);
        } else if (ResticRepository::isLocalRepository(path)) {
            // An encrypted backup's repository, on a drive or in a folder.
            openBackup(QLatin1String(ResticRepository::scheme) + QFileInfo(path).absoluteFilePath());
        } else {
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Cannot open folder"),
                                tr("%1 is not a backup made by Agent Takeout: it has no %2.")
                                    .arg(QFileInfo(path).fileName(), QString::fromLatin1(BackupManifest::fileName)),
                                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("openErrorBox"));
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return;
    }
    // Loading runs on a worker thread; the status bar shows how far it is, with Cancel. The load is the
    // progress widget's task: Cancel, or the window going (quitting during a large load), ends it, and
    // no answer comes back to a window that is gone.
    auto *loading = new QWidget(statusBar());
    loading->setObjectName(QStringLiteral("openProgress"));
    const QString name = QFileInfo(path).fileName();
    auto *label = new QLabel(tr("Opening %1…").arg(name), loading);
    label->setTextFormat(Qt::PlainText);
    auto *bar = new QProgressBar(loading);
    bar->setRange(0, 1000);
    bar->setMaximumWidth(200);
    bar->setAccessibleName(tr("Opening progress"));
    auto *cancel = new QPushButton(tr("Cancel"), loading);
    cancel->setObjectName(QStringLiteral("cancelOpenButton"));
    auto *row = new QHBoxLayout(loading);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(bar);
    row->addWidget(cancel);
    statusBar()->addPermanentWidget(loading);

    // Set below; the Cancel button's connection holds it for as long as the button exists.
    auto task = std::make_shared<BackgroundTask>();
    connect(cancel, &QPushButton::clicked, loading, [this, task, loading, name] {
        // Dropped at once, though the worker may take a moment to notice; the widget goes after this
        // signal, which its own button is still emitting.
        task->cancel();
        loading->deleteLater();
        statusBar()->showMessage(tr("Opening %1 was cancelled.").arg(name), 5000);
    });
    *task = BackgroundTask::run(
        loading,
        [path](const TaskControl &control) {
            JsonDocument::Control load;
            load.cancel = control.cancelFlag();
            load.progress = [&control](qint64 done, qint64 total) { control.setProgress(done, total); };
            // The shape check comes after the file is on screen (ExportPreview runs it).
            return ExportFile::open(path, load, ExportFile::Check::Later);
        },
        [this, loading, path, name](const ExportFile &opened) {
            loading->deleteLater();
            if (!opened.isOpen()) {
                QString reason = opened.error.message;
                if (!reason.isEmpty())
                    reason[0] = reason[0].toUpper();
                // A parse error has a place in the file; a file that could not be read at all has none.
                const QString text = opened.error.offset >= 0
                                         ? tr("%1 cannot be opened: it is not valid JSON.\n\n%2").arg(name, reason)
                                         : tr("%1 cannot be opened.\n\n%2").arg(name, reason);
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open file"), text, QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("openErrorBox"));
                box->setTextFormat(Qt::PlainText); // the file's name and the parser's words
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            addPreview(opened.result, ExportPreview::Origin::File, QFileInfo(path).absoluteFilePath());
            // QSettings writes its file at once: the recent list waits until the preview has been painted.
            // A timer, not a posted call, which would run before the paint.
            QTimer::singleShot(1, this, [path, kind = opened.result.kind] { FileHistory::add(path, kind); });
        },
        [bar](int permille) { bar->setValue(permille); });
}

void MainWindow::closeTab(int index)
{
    if (auto *comparison = qobject_cast<CompareView *>(m_tabs->widget(index))) {
        closeView(comparison);
        return;
    }
    if (auto *backup = qobject_cast<BackupView *>(m_tabs->widget(index)); backup && !backup->isRestoring()) {
        closeView(backup);
        return;
    }
    auto *preview = qobject_cast<ExportPreview *>(m_tabs->widget(index));
    if (!preview)
        return;
    if (!preview->needsSaving()) {
        closeView(preview);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard export?"),
                                tr("“%1” has not been saved. Discard it?").arg(preview->title()),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // the title may be an agent's name
    box->setObjectName(QStringLiteral("discardBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, preview, box](int) {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            closeView(preview);
    });
    box->open();
}

bool MainWindow::hasUnsavedPreviews() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *preview = qobject_cast<ExportPreview *>(m_tabs->widget(i)); preview && preview->needsSaving())
            return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (hasUnsavedPreviews() && !m_closeConfirmed) {
        event->ignore();
        auto *box = new QMessageBox(QMessageBox::Question, tr("Quit without saving?"),
                                    tr("Some exports have not been saved. Quit and discard them?"),
                                    QMessageBox::Discard | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("quitBox"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box](int) {
            if (box->clickedButton() == box->button(QMessageBox::Discard)) {
                m_closeConfirmed = true;
                close();
            }
        });
        box->open();
        return;
    }
    Settings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
}

void MainWindow::updateSidebar()
{
    // The state in words and in the icon's colour; never the colour alone.
    for (const Service service : {Service::Agentbot, Service::Xpander}) {
        const bool in = m_accounts->isSignedIn(service);
        QListWidgetItem *item = m_sidebar->item(service == Service::Agentbot ? AgentbotPage : XpanderPage);
        item->setText(in ? tr("%1 — signed in").arg(serviceDisplayName(service))
                         : tr("%1 — signed out").arg(serviceDisplayName(service)));
        item->setIcon(Icons::serviceWithState(service, in));
    }
    updateActions();
}

void MainWindow::updateActions()
{
    if (m_saveAs)
        m_saveAs->setEnabled(currentPreview() != nullptr);
    const bool hasDocument = currentPreview() && currentPreview()->result().document;
    if (m_saveDocument)
        m_saveDocument->setEnabled(hasDocument);
    if (m_print)
        m_print->setEnabled(hasDocument);
    if (m_exportTable)
        m_exportTable->setEnabled(hasDocument && !ExportTables::names(currentPreview()->result().kind).isEmpty());
    if (m_close)
        m_close->setEnabled(currentPreview() != nullptr);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = FileHistory::recentFiles();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { FileHistory::clear(); });
}

void MainWindow::showHelp(Service service)
{
    const QString text =
        service == Service::Agentbot
            ? tr("<h3>Your Agentbot session</h3>"
                 "<p>Agentbot has no API keys: it signs you in through your web browser, and Agent Takeout uses "
                 "that sign-in.</p>"
                 "<ol><li>Open your Agentbot site in your browser and sign in.</li>"
                 "<li>In the Agentbot sign-in here, enter the site's address and press <i>Use my sign-in from "
                 "Firefox</i> (or the browser you use). Only the Agentbot cookies are read, and only then.</li></ol>"
                 "<p>If that does not work, open <i>Other ways</i>: press F12 in your browser, choose "
                 "<i>Storage</i> (Firefox) or <i>Application</i> (Chrome, Edge), then <i>Cookies</i> and your "
                 "Agentbot site, and copy the cookies as <i>name=value; name=value</i> (or the token your site "
                 "gives you) into the box.</p>"
                 "<p>It is checked with Agentbot right away. Agent Takeout keeps it only in your system keychain, and "
                 "only if you ask it to.</p>")
            : tr("<h3>Your xpander.ai API key</h3>"
                 "<ol><li>Sign in to the xpander.ai app.</li>"
                 "<li>Open <i>Settings</i>, then <i>API Keys</i>.</li>"
                 "<li>Press <i>Create API key</i>, give it a name you will recognise (for example "
                 "“Agent Takeout”), and copy it.</li>"
                 "<li>Paste it into the xpander.ai sign-in. It is checked right away.</li></ol>"
                 "<p>Agent Takeout keeps it only in your system keychain, and only if you ask it to. You can "
                 "delete the key in xpander.ai at any time.</p>");
    auto *box = new QMessageBox(QMessageBox::Information, tr("Finding your sign-in"), text, QMessageBox::Close, this);
    box->setObjectName(service == Service::Agentbot ? QStringLiteral("agentbotHelpBox")
                                                    : QStringLiteral("xpanderHelpBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::copySelection()
{
    auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    if (!view || !view->currentIndex().isValid())
        return;
    // A table of records selects whole rows: they are copied as tab-separated text, for a spreadsheet.
    if (auto *table = qobject_cast<ReadOnlyTable *>(view); table && TableExport::copySelectedRows(table))
        return;
    QApplication::clipboard()->setText(view->currentIndex().data(Qt::ToolTipRole).toString().isEmpty()
                                           ? view->currentIndex().data().toString()
                                           : view->currentIndex().data(Qt::ToolTipRole).toString());
}

QString MainWindow::previewSource(const ExportPreview *preview)
{
    return preview->isSaved() ? preview->savedPath() : preview->result().suggestedFileName;
}

} // namespace Takeout
