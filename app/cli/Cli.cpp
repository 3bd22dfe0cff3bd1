#include "Cli.h"

#include "DemoService.h"
#include "exports/ExportFile.h"
#include "exports/ExportJob.h"
#include "exports/ExportShape.h"
#include "exports/ExportWriter.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"
#include "json/JsonPath.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define isatty _isatty
#define STDIN_FILENO 0
#define STDERR_FILENO 2
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Takeout {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One line from standard input; without echo when it is a terminal.
QString readSecretLine(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    if (terminal) {
        err() << prompt << Qt::flush;
    }
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (terminal) {
        GetConsoleMode(input, &mode);
        SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
    }
#else
    termios saved{};
    if (terminal) {
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_WIN
    if (terminal)
        SetConsoleMode(input, mode);
#else
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    if (terminal)
        err() << "\n" << Qt::flush;
    return QString::fromStdString(line).trimmed();
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

Cli::Cli(QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
{
    m_parser.setApplicationDescription(
        tr("Agent Takeout: export your data from Agentbot and xpander.ai.\n\n"
           "Commands:\n"
           "  login agentbot|xpander --server URL    store a session or API key (read from stdin)\n"
           "  logout agentbot|xpander --server URL   delete it from the keychain\n"
           "  agents --server URL [--json]           list your xpander.ai agents\n"
           "  export account --server URL [-o FILE | --out-dir DIR]\n"
           "  export template --server URL --agent ID [--name N] [--description D] [--icon I]\n"
           "                  [--with-knowledge-bases] [-o FILE | --out-dir DIR]\n"
           "  serve-demo [--port N] [--fault NAME]   run the demo service in the foreground\n"
           "  inspect FILE [--json]                  what a saved export holds, and how it departs\n"
           "                                         from the documented shape\n"
           "  get FILE PATH                          the value at a jq-style path, as compact JSON\n\n"
           "Credentials come from the system keychain, or from AGENT_TAKEOUT_AGENTBOT_SESSION and\n"
           "AGENT_TAKEOUT_XPANDER_API_KEY when those are set.\n"
           "Exit codes: 0 success, 1 usage, 2 file problem, 3 authentication, 4 network, 5 server."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("login, logout, agents, export or serve-demo"));
    m_parser.addOptions({
        {QStringLiteral("server"), tr("Base URL of the service."), QStringLiteral("URL")},
        {QStringLiteral("json"), tr("Print the agent list as JSON.")},
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the export to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("out-dir"), tr("Write the export into DIR under the suggested name."), QStringLiteral("DIR")},
        {QStringLiteral("overwrite"), tr("Replace the output file if it exists.")},
        {QStringLiteral("agent"), tr("The xpander.ai agent id."), QStringLiteral("ID")},
        {QStringLiteral("name"), tr("Template name (default: the agent's)."), QStringLiteral("N")},
        {QStringLiteral("description"), tr("Template description (default: the agent's)."), QStringLiteral("D")},
        {QStringLiteral("icon"), tr("Template icon, an emoji (default: the agent's)."), QStringLiteral("I")},
        {QStringLiteral("with-knowledge-bases"), tr("Include knowledge bases with their documents.")},
        {QStringLiteral("timeout"), tr("Give up after SECONDS without data (default 120)."), QStringLiteral("SECONDS")},
        {QStringLiteral("max-size"), tr("Refuse responses larger than MB megabytes (default 4096)."),
         QStringLiteral("MB")},
        {QStringLiteral("port"), tr("serve-demo: the port to listen on (default: a free one)."), QStringLiteral("N")},
    });
}

void Cli::start()
{
    if (!m_parser.parse(m_arguments)) {
        usage(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText() << Qt::flush;
        finish(Success);
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n'
              << Qt::flush;
        finish(Success);
        return;
    }
    m_positional = m_parser.positionalArguments();
    const QString command = m_positional.value(0);
    const QString what = m_positional.value(1);
    m_network = HttpJob::createNetworkAccessManager(this);

    Service service = Service::Agentbot;
    if ((command == QLatin1String("login") || command == QLatin1String("logout")) && m_positional.size() == 2 &&
        parseServiceId(what, &service)) {
        runLogin(service, command == QLatin1String("login"));
    } else if (command == QLatin1String("agents") && m_positional.size() == 1) {
        runAgents();
    } else if (command == QLatin1String("export") && what == QLatin1String("account") && m_positional.size() == 2) {
        runExportAccount();
    } else if (command == QLatin1String("export") && what == QLatin1String("template") && m_positional.size() == 2) {
        runExportTemplate();
    } else if (command == QLatin1String("serve-demo") && m_positional.size() == 1) {
        runServeDemo();
    } else if (command == QLatin1String("inspect") && m_positional.size() == 2) {
        runInspect();
    } else if (command == QLatin1String("get") && m_positional.size() == 3) {
        runGet();
    } else if (command.isEmpty()) {
        usage(tr("No command given."));
    } else {
        usage(tr("Unknown command: %1").arg(m_positional.join(QLatin1Char(' '))));
    }
}

int Cli::exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::None:
        return Success;
    case Kind::InvalidUrl:
    case Kind::InsecureUrl:
        return Usage;
    case Kind::FileExists:
    case Kind::FileWriteFailed:
        return BadFile;
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NoCredentials:
    case Kind::InvalidCredentials:
    case Kind::KeychainUnavailable:
    case Kind::KeychainDenied:
    case Kind::KeychainFailed:
        return Authentication;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::CrossOriginRedirect:
    case Kind::Cancelled:
        return Network;
    case Kind::NotFound:
    case Kind::Validation:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::TooLarge:
    case Kind::NotJson:
    case Kind::InvalidJson:
    case Kind::NotAnExport:
        return Server;
    }
    return Server;
}

bool Cli::readServer(ServerUrl *server, bool required)
{
    if (!m_parser.isSet(QStringLiteral("server"))) {
        if (required)
            usage(tr("--server URL is required."));
        return !required;
    }
    *server = ServerUrl::fromUserInput(m_parser.value(QStringLiteral("server")));
    if (const ApiError problem = server->check()) {
        fail(problem);
        return false;
    }
    return true;
}

bool Cli::readTimeout()
{
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = m_parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            usage(tr("--timeout takes a number of seconds greater than 0."));
            return false;
        }
        m_limits.inactivityTimeoutMs = qMax(1, int(seconds * 1000));
    }
    if (m_parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double megabytes = m_parser.value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || megabytes <= 0) {
            usage(tr("--max-size takes a number of megabytes greater than 0."));
            return false;
        }
        m_limits.maxExportBytes = qint64(megabytes * 1024 * 1024);
    }
    return true;
}

bool Cli::readOutput()
{
    const bool file = m_parser.isSet(QStringLiteral("output"));
    const bool dir = m_parser.isSet(QStringLiteral("out-dir"));
    if (file && dir) {
        usage(tr("Use either -o FILE or --out-dir DIR, not both."));
        return false;
    }
    const bool overwrite = m_parser.isSet(QStringLiteral("overwrite"));
    if (file) {
        m_outputFile = QFileInfo(m_parser.value(QStringLiteral("output"))).absoluteFilePath();
        const QFileInfo info(m_outputFile);
        if (!info.absoluteDir().exists()) {
            fail(ApiError(ApiError::Kind::FileWriteFailed,
                          QStringLiteral("folder %1 does not exist").arg(info.absolutePath())));
            return false;
        }
        if (info.exists() && !overwrite) {
            fail(ApiError(ApiError::Kind::FileExists, m_outputFile));
            return false;
        }
        return true;
    }
    m_outputDir = dir ? m_parser.value(QStringLiteral("out-dir")) : QDir::currentPath();
    if (!QFileInfo(m_outputDir).isDir()) {
        fail(ApiError(ApiError::Kind::FileWriteFailed, QStringLiteral("folder %1 does not exist").arg(m_outputDir)));
        return false;
    }
    return true;
}

void Cli::withSecret(Service service, const ServerUrl &server, const std::function<void(const QString &)> &next)
{
    const char *variable =
        service == Service::Agentbot ? "AGENT_TAKEOUT_AGENTBOT_SESSION" : "AGENT_TAKEOUT_XPANDER_API_KEY";
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty()) {
        next(fromEnvironment);
        return;
    }
    m_credentials.load(
        {service, server}, this, [this, service, server, next](const ApiError &error, const QString &secret) {
            if (error.kind() == ApiError::Kind::NoCredentials) {
                err() << tr("You are not signed in to %1 at %2. Run: agent-takeout-cli login %3 --server %2")
                             .arg(serviceDisplayName(service), server.toString(), serviceId(service))
                      << '\n'
                      << Qt::flush;
                finish(Authentication);
            } else if (error) {
                fail(error);
            } else {
                next(secret);
            }
        });
}

void Cli::runLogin(Service service, bool login)
{
    ServerUrl server;
    if (!readServer(&server))
        return;
    const ServiceAccount account{service, server};
    if (!login) {
        m_credentials.remove(account, this, [this, account](const ApiError &error) {
            if (error) {
                fail(error);
                return;
            }
            err() << tr("Signed out of %1 at %2.").arg(serviceDisplayName(account.service), account.server.toString())
                  << '\n'
                  << Qt::flush;
            finish(Success);
        });
        return;
    }
    const QString secret =
        readSecretLine(service == Service::Agentbot ? tr("Paste your Agentbot session (it is not shown): ")
                                                    : tr("Paste your xpander.ai API key (it is not shown): "));
    if (secret.isEmpty()) {
        usage(tr("Nothing was entered on standard input."));
        return;
    }
    if (service == Service::Agentbot) {
        if (const ApiError problem = AgentbotSession::fromUserText(secret).problem()) {
            fail(problem);
            return;
        }
    }
    m_credentials.save(account, secret, this, [this, account](const ApiError &error) {
        if (error) {
            fail(error);
            return;
        }
        err() << tr("Saved your %1 sign-in for %2 in the system keychain.")
                     .arg(serviceDisplayName(account.service), account.server.toString())
              << '\n'
              << Qt::flush;
        finish(Success);
    });
}

void Cli::runAgents()
{
    ServerUrl server;
    if (!readServer(&server) || !readTimeout())
        return;
    withSecret(Service::Xpander, server, [this, server](const QString &key) {
        const XpanderClient client(m_network, server, key, m_limits);
        AgentListJob *job = client.listAgents(this);
        connect(job, &AgentListJob::finished, this, [this, job] {
            if (job->error()) {
                fail(job->error());
                return;
            }
            if (m_parser.isSet(QStringLiteral("json"))) {
                QJsonArray array;
                for (const AgentSummary &agent : job->agents())
                    array.append(agent.raw);
                out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
            } else {
                for (const AgentSummary &agent : job->agents()) {
                    out() << agent.id << '\t' << agent.icon << ' ' << agent.name << '\t' << agent.status << '\t'
                          << agent.modelProvider
                          << (agent.modelName.isEmpty() ? QString() : QLatin1Char('/') + agent.modelName) << '\n';
                }
                out() << Qt::flush;
                err() << tr("%n agent(s).", nullptr, int(job->agents().size())) << '\n' << Qt::flush;
            }
            finish(Success);
        });
        job->start();
    });
}

void Cli::runExportAccount()
{
    ServerUrl server;
    if (!readServer(&server) || !readTimeout() || !readOutput())
        return;
    withSecret(Service::Agentbot, server, [this, server](const QString &secret) {
        const AgentbotSession session = AgentbotSession::fromUserText(secret);
        if (const ApiError problem = session.problem()) {
            fail(problem);
            return;
        }
        runExport(AgentbotClient(m_network, server, session, m_limits).exportAccount(this));
    });
}

void Cli::runExportTemplate()
{
    ServerUrl server;
    if (!readServer(&server) || !readTimeout())
        return;
    const QString agentId = m_parser.value(QStringLiteral("agent"));
    if (agentId.isEmpty()) {
        usage(QStringLiteral("--agent ID is required."));
        return;
    }
    if (!readOutput())
        return;
    withSecret(Service::Xpander, server, [this, server, agentId](const QString &key) {
        const XpanderClient client(m_network, server, key, m_limits);
        TemplateRequest request;
        request.name = m_parser.value(QStringLiteral("name"));
        request.description = m_parser.value(QStringLiteral("description"));
        request.icon = m_parser.value(QStringLiteral("icon"));
        request.withKnowledgeBases = m_parser.isSet(QStringLiteral("with-knowledge-bases"));
        const bool complete = m_parser.isSet(QStringLiteral("name")) && m_parser.isSet(QStringLiteral("description")) &&
                              m_parser.isSet(QStringLiteral("icon"));
        if (complete) {
            runExport(client.exportTemplate(agentId, request, {}, this));
            return;
        }
        // The defaults are the agent's own name, description and icon: look the agent up first.
        AgentListJob *list = client.listAgents(this);
        connect(list, &AgentListJob::finished, this, [this, client, list, agentId, request]() mutable {
            if (list->error()) {
                fail(list->error());
                return;
            }
            const auto &agents = list->agents();
            const auto agent = std::find_if(agents.cbegin(), agents.cend(),
                                            [&agentId](const AgentSummary &a) { return a.id == agentId; });
            if (agent == agents.cend()) {
                fail(
                    ApiError(ApiError::Kind::NotFound, QStringLiteral("agent %1 is not in the agent list").arg(agentId))
                        .setServiceName(XpanderClient::serviceName()));
                return;
            }
            if (!m_parser.isSet(QStringLiteral("name")))
                request.name = agent->name;
            if (!m_parser.isSet(QStringLiteral("description")))
                request.description = agent->description;
            if (!m_parser.isSet(QStringLiteral("icon")))
                request.icon = agent->icon;
            runExport(client.exportTemplate(agentId, request, agent->name, this));
        });
        list->start();
    });
}

void Cli::runExport(ExportJob *job)
{
    connect(job, &ExportJob::progress, this, &Cli::showProgress);
    connect(job, &ExportJob::finished, this, [this, job] {
        if (m_progressShown)
            err() << '\n' << Qt::flush;
        if (job->error()) {
            fail(job->error());
            return;
        }
        const ExportResult &result = job->result();
        const QString path =
            m_outputFile.isEmpty() ? QDir(m_outputDir).absoluteFilePath(result.suggestedFileName) : m_outputFile;
        const auto existing = m_parser.isSet(QStringLiteral("overwrite")) ? ExportWriter::Existing::Replace
                                                                          : ExportWriter::Existing::Refuse;
        if (const ApiError error = ExportWriter::write(result.bytes, path, existing)) {
            fail(error);
            return;
        }
        out() << QDir::toNativeSeparators(path) << '\n' << Qt::flush;
        err() << tr("Saved %1 to %2").arg(humanSize(result.bytes.size()), QDir::toNativeSeparators(path)) << '\n'
              << Qt::flush;
        finish(Success);
    });
    job->start();
}

void Cli::showProgress(qint64 received, qint64 total)
{
    if (!isatty(STDERR_FILENO))
        return;
    m_progressShown = true;
    if (total > 0)
        err() << tr("\rDownloading… %1 of %2   ").arg(humanSize(received), humanSize(total)) << Qt::flush;
    else
        err() << tr("\rDownloading… %1   ").arg(humanSize(received)) << Qt::flush;
}

void Cli::runServeDemo()
{
    bool ok = true;
    const int port = m_parser.isSet(QStringLiteral("port")) ? m_parser.value(QStringLiteral("port")).toInt(&ok) : 0;
    if (!ok || port < 0 || port > 65535) {
        usage(tr("--port takes a number from 0 to 65535."));
        return;
    }
    auto *demo = new DemoService(this);
    if (!demo->listen(quint16(port))) {
        err() << tr("Could not listen on 127.0.0.1:%1 (is the port taken?)").arg(port) << '\n' << Qt::flush;
        finish(Network);
        return;
    }
    out() << demo->url().toString() << '\n' << Qt::flush;
    err() << tr("Demo service running at %1. Agentbot session: %2, xpander.ai key: %3. Ctrl+C stops it.")
                 .arg(demo->url().toString(), QLatin1String(DemoService::agentbotSession),
                      QLatin1String(DemoService::xpanderApiKey))
          << '\n'
          << Qt::flush;
}

void Cli::runInspect()
{
    const QString path = m_positional.at(1);
    const ExportFile file = ExportFile::open(path);
    if (!file.isOpen()) {
        err() << path << ": " << file.error.message << '\n' << Qt::flush;
        finish(BadFile);
        return;
    }
    if (file.result.document->changedOnDisk()) {
        err() << path << ": " << tr("the file changed on disk while it was being read") << '\n' << Qt::flush;
        finish(BadFile);
        return;
    }
    const ExportSummary &s = file.result.summary;
    const JsonDocument &document = *file.result.document;
    // A QJsonObject orders the ids by name, which is the order both outputs have always printed.
    QJsonObject counts;
    for (const ExportCount &count : s.counts())
        counts.insert(count.id, count.value);
    if (m_parser.isSet(QStringLiteral("json"))) {
        const QJsonObject report{{QStringLiteral("file"), path},
                                 {QStringLiteral("kind"), ExportShape::kindId(s.kind)},
                                 {QStringLiteral("bytes"), double(document.bytes().size())},
                                 {QStringLiteral("values"), double(document.nodeCount())},
                                 {QStringLiteral("depth"), document.maxDepth()},
                                 {QStringLiteral("counts"), counts},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(file.result.warnings)}};
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        out() << "kind: " << ExportShape::kindId(s.kind) << '\n'
              << "size: " << humanSize(document.bytes().size()) << " (" << document.bytes().size() << " bytes)\n"
              << "values: " << document.nodeCount() << '\n'
              << "depth: " << document.maxDepth() << '\n';
        for (auto it = counts.begin(); it != counts.end(); ++it)
            out() << it.key() << ": " << it.value().toInt() << '\n';
        out() << "warnings: " << file.result.warnings.size() << '\n';
        for (const QString &warning : file.result.warnings)
            out() << "  " << warning << '\n';
        out() << Qt::flush;
    }
    finish(Success);
}

void Cli::runGet()
{
    const QString path = m_positional.at(1);
    JsonDocument::Error error;
    const std::shared_ptr<const JsonDocument> document = JsonDocument::fromFile(path, &error);
    if (!document) {
        err() << path << ": " << error.message << '\n' << Qt::flush;
        finish(BadFile);
        return;
    }
    QString problem;
    const quint32 node = JsonPath::resolve(*document, m_positional.at(2), &problem);
    if (node == JsonDocument::none) {
        err() << tr("No value at %1: %2").arg(m_positional.at(2), problem) << '\n' << Qt::flush;
        finish(BadFile);
        return;
    }
    // Exactly as written in the file (strings keep their JSON escapes), without the spaces between tokens.
    const QByteArray value = document->compact(node);
    if (document->changedOnDisk()) {
        err() << path << ": " << tr("the file changed on disk while it was being read") << '\n' << Qt::flush;
        finish(BadFile);
        return;
    }
    std::fwrite(value.constData(), 1, size_t(value.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    finish(Success);
}

void Cli::fail(const ApiError &error)
{
    QString line = error.message();
    if (!error.detail().isEmpty())
        line += QStringLiteral(" (%1)").arg(error.detail());
    err() << line << '\n' << Qt::flush;
    finish(exitCodeFor(error));
}

void Cli::usage(const QString &message)
{
    err() << message << '\n' << tr("Run agent-takeout-cli --help for the commands.") << '\n' << Qt::flush;
    finish(Usage);
}

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT done(code);
}

} // namespace Takeout
