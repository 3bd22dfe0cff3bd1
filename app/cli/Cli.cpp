#include "Cli.h"

#include "AgentsCommand.h"
#include "BackupCommand.h"
#include "BrowsersCommand.h"
#include "DiffCommand.h"
#include "DocumentCommand.h"
#include "ExportAccountCommand.h"
#include "ExportTemplateCommand.h"
#include "GetCommand.h"
#include "ImportTemplateCommand.h"
#include "InspectCommand.h"
#include "LoginCommand.h"
#include "RestoreCommand.h"
#include "ScheduleCommand.h"
#include "ServeDemoCommand.h"
#include "TableCommand.h"
#include "VerifyCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Takeout {

Cli::Cli(QObject *parent)
    : CommandGroup({}, {}, tr("Agent Takeout: export your data from Agentbot and xpander.ai."), parent)
{
    parser().addVersionOption();
    auto *exports = new CommandGroup(QStringLiteral("export"), tr("download an export into a file"),
                                     tr("Downloads an export into a file."));
    exports->add(new ExportAccountCommand);
    exports->add(new ExportTemplateCommand);
    exports->setHelpIncludesCommands(true);
    auto *imports = new CommandGroup(QStringLiteral("import"), tr("create an agent from a template"),
                                     tr("Creates an agent from a template."));
    imports->add(new ImportTemplateCommand);
    imports->setHelpIncludesCommands(true);

    add(new LoginCommand(LoginCommand::Action::SignIn));
    add(new LoginCommand(LoginCommand::Action::SignOut));
    add(new BrowsersCommand);
    add(new AgentsCommand);
    add(exports);
    add(imports);
    add(new ServeDemoCommand);
    add(new InspectCommand);
    add(new GetCommand);
    add(new DiffCommand);
    add(new DocumentCommand);
    add(new TableCommand);
    add(new BackupCommand);
    add(new VerifyCommand);
    add(new RestoreCommand);
    add(new ScheduleCommand);
    setEpilogue(tr("Run agent-takeout-cli COMMAND --help for the options of a command.\n\n"
                   "Credentials come from the system keychain, or from AGENT_TAKEOUT_AGENTBOT_SESSION and\n"
                   "AGENT_TAKEOUT_XPANDER_API_KEY when those are set.\n"
                   "Exit codes: 0 success, 1 usage, 2 file problem, 3 authentication, 4 network, 5 server,\n"
                   "6 created, but --verify found differences."));
}

void Cli::run()
{
    if (isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n'
              << Qt::flush;
        finish(Success);
        return;
    }
    CommandGroup::run();
}

} // namespace Takeout
