#pragma once

#include "ExportPreview.h"
#include "credentials/ServiceAccount.h"
#include "exports/ExportResult.h"
#include "net/ApiError.h"
#include "services/XpanderClient.h"
#include "json/JsonDocument.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace Takeout {

class Accounts;
class AgentBrowser;
class CredentialStore;
class SignInPanel;

// The application window: a sidebar with the two services (signed in or out) and the workspace;
// the workspace holds the agent browser and, as tabs, export previews and opened files.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        AgentbotPage,
        XpanderPage,
        WorkspacePage
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Points both services at the built-in demo service and pre-fills its credentials.
    void useDemoService(const QUrl &url);
    // Signs in with what the keychain remembers for the servers used last time.
    void restoreSignIns();

    void showPage(Page page);
    Page currentPage() const;
    SignInPanel *signInPanel(Service service) const;
    AgentBrowser *agentBrowser() const { return m_browser; }
    QTabWidget *tabs() const { return m_tabs; }
    ExportPreview *currentPreview() const;

    void openFile(const QString &path);
    // A tab comparing two exports (File › Compare Two Exports…).
    void compareFiles(const QString &oldPath, const QString &newPath);
    ExportPreview *addPreview(const ExportResult &result,
                              ExportPreview::Origin origin = ExportPreview::Origin::Download,
                              const QString &savedPath = {});

    void exportAccount();
    void exportTemplate(const AgentSummary &agent);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateSidebar();
    void updateActions();
    void updateRecentMenu();
    void signInNeeded(Service service, const ApiError &error);
    void closeTab(int index);
    void openWithDialog();
    void showHelp(Service service);
    void copySelection();
    bool hasUnsavedPreviews() const;

    Accounts *m_accounts;
    CredentialStore *m_credentials;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    SignInPanel *m_agentbotPanel;
    SignInPanel *m_xpanderPanel;
    QTabWidget *m_tabs;
    AgentBrowser *m_browser;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace Takeout
