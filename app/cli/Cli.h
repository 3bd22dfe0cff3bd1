#pragma once

#include "accounts/ClientLimits.h"
#include "credentials/CredentialStore.h"
#include "net/ApiError.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace Takeout {

class ExportJob;

// agent-takeout-cli: reads the arguments, calls the core, prints one plain line per failure and
// ends with the documented exit code. Runs inside the event loop; emits done(code) once.
class Cli : public QObject
{
    Q_OBJECT

public:
    enum ExitCode
    {
        Success = 0,
        Usage = 1,
        BadFile = 2,
        Authentication = 3,
        Network = 4,
        Server = 5,
    };

    explicit Cli(QStringList arguments, QObject *parent = nullptr);

    void start();
    static int exitCodeFor(const ApiError &error);

Q_SIGNALS:
    void done(int exitCode);

private:
    void runLogin(Service service, bool login);
    void runAgents();
    void runExportAccount();
    void runExportTemplate();
    void runServeDemo();
    void runInspect();
    void runGet();

    // The secret from the environment when set (the keychain is then not touched), else the keychain.
    void withSecret(Service service, const ServerUrl &server, const std::function<void(const QString &)> &next);
    bool readServer(ServerUrl *server, bool required = true);
    bool readTimeout();
    // Where the export goes: a checked file path, or a folder for the server's suggested name.
    bool readOutput();
    void runExport(ExportJob *job);
    void showProgress(qint64 received, qint64 total);

    void fail(const ApiError &error);
    void usage(const QString &message);
    void finish(int code);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QStringList m_positional;
    QNetworkAccessManager *m_network = nullptr;
    CredentialStore m_credentials;
    ClientLimits m_limits;
    QString m_outputFile;
    QString m_outputDir;
    bool m_progressShown = false;
    bool m_finished = false;
};

} // namespace Takeout
