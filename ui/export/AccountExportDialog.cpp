#include "AccountExportDialog.h"

#include "accounts/Accounts.h"
#include "exports/ExportJob.h"
#include "services/AgentbotClient.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Takeout {

AccountExportDialog::AccountExportDialog(Accounts *accounts, QWidget *parent)
    : ExportDialog(Service::Agentbot, accounts, parent)
{
    setObjectName(QStringLiteral("accountExportDialog"));
    setWindowTitle(tr("Export my Agentbot account"));
    auto *text = new QLabel(tr("<p>The export holds everything Agentbot keeps about your account:</p>"
                               "<ul><li>your profile: name, email address, plan and referral credits</li>"
                               "<li>your agents, with their model and status</li>"
                               "<li>your scheduled tasks, with their schedules</li>"
                               "<li>your workflows</li></ul>"
                               "<p>You will see it before anything is saved on this computer.</p><p>Server: %1</p>")
                                .arg(accounts->server(Service::Agentbot).toString().toHtmlEscaped()),
                            this);
    text->setObjectName(QStringLiteral("explanation"));
    text->setWordWrap(true);
    formLayout()->addWidget(text);
}

ExportJob *AccountExportDialog::createJob(QObject *parent)
{
    return accounts()->agentbotClient().exportAccount(parent);
}

} // namespace Takeout
