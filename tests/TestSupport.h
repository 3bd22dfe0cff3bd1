#pragma once

#include "DemoService.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QByteArrayList>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace TestSupport {

// Every secret the suite hands to the app. tst_secretsaudit looks for each of them, byte for byte,
// in every file the suite left behind.
inline QByteArrayList secrets()
{
    return {"demo-session", "demo-key", "tst-keychain-secret-93f1c07e", "tst-cookie-value-5d2a8b",
            "tst-wrong-key-71be40"};
}

constexpr int waitMs = 20000;

// Waits on `signal` of `sender` without sleeping; false on timeout.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs = waitMs)
{
    QSignalSpy spy(sender, signal);
    return spy.wait(timeoutMs);
}

// The first demo agent whose template carries knowledge-base documents.
inline QJsonObject agentWithKnowledgeBases()
{
    for (const QJsonValue agent : Takeout::DemoService::agents()) {
        const QString id = agent.toObject().value(QStringLiteral("id")).toString();
        if (Takeout::DemoService::templateExport(id, {}, {}, {}, true).contains("\"documents\""))
            return agent.toObject();
    }
    return {};
}

// Puts a QAbstractItemModelTester on each of the app's item models under `root` (and each proxy over
// one) that has none yet, for the rest of the model's life: through every reset, sort and row a worker
// fills in, a model that breaks the item-model contract aborts the test. Qt's own models (a combo
// box's, a file dialog's) are Qt's to test. Returns how many models under `root` are watched.
inline int testModels(QObject *root)
{
    const auto isOurs = [](const QAbstractItemModel *model) {
        return model && QByteArray(model->metaObject()->className()).startsWith("Takeout::");
    };
    int watched = 0;
    for (QAbstractItemModel *model : root->findChildren<QAbstractItemModel *>()) {
        const auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
        if (!isOurs(model) && !(proxy && isOurs(proxy->sourceModel())))
            continue;
        if (!model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly))
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
        ++watched;
    }
    return watched;
}

// Writes a file for a test to read; false when it cannot.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// packaging/dev.sh test names a file in its throwaway temp dir: every CLI run's stdout and stderr go
// there too, for tst_secretsaudit to search. Arguments never hold a secret (stdin and the environment do).
inline void captureOutput(const QStringList &arguments, const Run &run)
{
    const QString path = qEnvironmentVariable("AGENT_TAKEOUT_TEST_CAPTURE");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return;
    file.write("$ agent-takeout-cli " + arguments.join(QLatin1Char(' ')).toUtf8() + "\n--- stdout\n" + run.out +
               "\n--- stderr\n" + run.err + "\n--- exit code " + QByteArray::number(run.exitCode) + "\n");
}

// Runs agent-takeout-cli without blocking the event loop, so an in-process demo service keeps answering.
inline Run runCli(const QStringList &arguments, const QByteArray &input = {},
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli"), arguments);
    if (!process.waitForStarted(waitMs))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    captureOutput(arguments, run);
    return run;
}

} // namespace TestSupport
