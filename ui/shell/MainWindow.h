#pragma once

#include "base/Failure.h"
#include "credentials/ServiceAccount.h"
#include "exports/ExportResult.h"
#include "preview/ExportPreview.h"
#include "restore/RestoreCheck.h"
#include "restore/TemplateFacts.h"
#include "services/XpanderClient.h"
#include "json/JsonDocument.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>
#include <optional>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace Takeout {

class Accounts;
class AgentBrowser;
class BackupDialog;
class BackupView;
class CompareView;
class CreateAgentDialog;
class CredentialStore;
class HomePage;
class MessageWidget;
class SignInPanel;

// The application window: a sidebar with Home, the two services (signed in or out, in colour and
// words), the agents, and then each open export (its kind's icon and name); the workspace holds the
// agent browser and, as tabs that the sidebar's rows mirror, export previews and opened files. Home offers the three
// tasks; a task that needs a sign-in goes there first and then comes straight back to the task.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        StartPage, // Home: the three tasks, the accounts, the recent exports
        AgentbotPage,
        XpanderPage,
        WorkspacePage
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The tasks Home offers.
    enum class Task
    {
        None,
        BackUpAccount,  // Agentbot: the account export
        ExportTemplate, // xpander.ai: choose an agent, export it as a template
    };

    // Points both services at the built-in demo service and pre-fills its credentials.
    void useDemoService(const QUrl &url);
    // The ready demo: both services signed in to the demo service for this session only (nothing
    // goes to the keychain), the agents listed, and a banner that says so, with "Leave demo".
    void startDemo(const QUrl &url);
    void leaveDemo();
    bool isDemo() const;
    // Signs in with what the keychain remembers for the servers used last time.
    void restoreSignIns();

    void showPage(Page page);
    Page currentPage() const;
    SignInPanel *signInPanel(Service service) const;
    Takeout::HomePage *homePage() const { return m_home; }
    // Starts a task from Home; when it needs a sign-in, that comes first and the task follows it.
    void startTask(Task task);
    Task pendingTask() const { return m_pendingTask; }
    AgentBrowser *agentBrowser() const { return m_browser; }
    QTabWidget *tabs() const { return m_tabs; }
    ExportPreview *currentPreview() const;

    void openFile(const QString &path);
    // A tab comparing two exports (File › Compare Two Exports…).
    void compareFiles(const QString &oldPath, const QString &newPath);
    // "Compare With…" on an open export or a recent file: asks for the other file, then compares the
    // two in the order CompareView::inOrder gives.
    void compareWith(const QString &path);
    ExportPreview *addPreview(const ExportResult &result,
                              ExportPreview::Origin origin = ExportPreview::Origin::Download,
                              const QString &savedPath = {});

    void exportAccount();
    void exportTemplate(const AgentSummary &agent);
    // The backup dialog, of `only` that service when given; with `startNow` and a remembered backup
    // folder, the backup starts at once.
    BackupDialog *openBackupDialog(bool startNow, std::optional<Service> only = std::nullopt);

    // "Create agent from this template…": on a template in memory, a file, or an id someone sent.
    CreateAgentDialog *createAgentFromTemplate(const QByteArray &templateJson);
    CreateAgentDialog *createAgentFromFile(const QString &path);
    CreateAgentDialog *createAgentFromTemplateId(const QString &templateId);
    // Asks for the id first (File › Create Agent from a Template ID…).
    void askForTemplateId();
    // A backup folder as a tab: its items, Restore and Restore All.
    BackupView *openBackup(const QString &folder);
    // A tab comparing a template with the agent made from it (the check's two normalised documents).
    // "What changed?" on an encrypted backup: the same item of two snapshots, read into memory.
    void compareBackups(std::shared_ptr<const Takeout::JsonDocument> older,
                        std::shared_ptr<const Takeout::JsonDocument> newer, const QDateTime &olderTime,
                        const QDateTime &newerTime, const QString &where);
    void compareCheck(const RestoreCheck::Result &result, const QString &agentName);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateSidebar();
    void updateActions();
    void updateRecentMenu();
    void signInNeeded(Service service, const Failure &error);
    void signedInOrOut(Service service);
    void chooseAgentForTemplate();
    void closeTab(int index);
    // The tab's close box, in the palette's colours.
    void addCloseButton(QWidget *view);
    // A comparison's tab, titled and closable, made current.
    void addComparison(CompareView *view);
    // Removes an export's or a comparison's tab and its sidebar row.
    void closeView(QWidget *view);
    // The sidebar's rows for the open exports, made again from the tabs.
    void updateOpenExports();
    void selectSidebarRow();
    void sidebarRowChosen(int row);
    QWidget *openExportAt(int row) const;
    void openWithDialog();
    void showHelp(Service service);
    void copySelection();
    bool hasUnsavedPreviews() const;
    CreateAgentDialog *openCreateDialog(const TemplateFacts &facts, const QByteArray &templateJson);
    // The agent list, read again; `selectId`: the agent to select once it is listed.
    void showAgentList(const QString &selectId = {});
    // The file a preview's export came from, or the name it would be saved under.
    static QString previewSource(const ExportPreview *preview);

    Accounts *m_accounts;
    CredentialStore *m_credentials;
    QListWidget *m_sidebar;
    MessageWidget *m_demoBanner;
    QStackedWidget *m_stack;
    Takeout::HomePage *m_home;
    SignInPanel *m_agentbotPanel;
    SignInPanel *m_xpanderPanel;
    QTabWidget *m_tabs;
    AgentBrowser *m_browser;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_saveDocument = nullptr;
    QAction *m_print = nullptr;
    QMenu *m_exportTable = nullptr;
    QAction *m_close = nullptr;
    bool m_closeConfirmed = false;
    Task m_pendingTask = Task::None;
    ServerUrl m_agentbotBeforeDemo;
    ServerUrl m_xpanderBeforeDemo;
    // A create dialog that waits for a sign-in; it comes back once signed in.
    QPointer<CreateAgentDialog> m_waitingDialog;
};

} // namespace Takeout
