#include "ExportCommand.h"

#include "exports/ExportJob.h"
#include "exports/ExportWriter.h"
#include "text/TerminalText.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define STDERR_FILENO 2
#else
#include <unistd.h>
#endif

namespace Takeout {

ExportCommand::ExportCommand(QString path, QString summary, Service service, QObject *parent)
    : ServiceCommand(std::move(path), std::move(summary), parent)
{
    addServerOption(service);
    addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the export to FILE."), QStringLiteral("FILE")});
    addOption(
        {QStringLiteral("out-dir"), tr("Write the export into DIR under the suggested name."), QStringLiteral("DIR")});
    addOption({QStringLiteral("overwrite"), tr("Replace the output file if it exists.")});
    addTimeoutOption();
    addMaxSizeOption();
}

bool ExportCommand::readOutput()
{
    const bool file = isSet(QStringLiteral("output"));
    const bool dir = isSet(QStringLiteral("out-dir"));
    if (file && dir) {
        usage(tr("Use either -o FILE or --out-dir DIR, not both."));
        return false;
    }
    const bool overwrite = isSet(QStringLiteral("overwrite"));
    if (file) {
        m_outputFile = QFileInfo(value(QStringLiteral("output"))).absoluteFilePath();
        const QFileInfo info(m_outputFile);
        if (!info.absoluteDir().exists()) {
            fail(Failure(Failure::Kind::FileWriteFailed,
                         QStringLiteral("folder %1 does not exist").arg(info.absolutePath())));
            return false;
        }
        // Checked before the download so that nobody waits for an export that cannot be saved there;
        // ExportWriter checks again when it saves.
        if (info.isSymLink()) {
            fail(ExportWriter::linkError(m_outputFile));
            return false;
        }
        if (info.exists() && !overwrite) {
            fail(Failure(Failure::Kind::FileExists, m_outputFile));
            return false;
        }
        return true;
    }
    m_outputDir = dir ? value(QStringLiteral("out-dir")) : QDir::currentPath();
    if (!QFileInfo(m_outputDir).isDir()) {
        fail(Failure(Failure::Kind::FileWriteFailed, QStringLiteral("folder %1 does not exist").arg(m_outputDir)));
        return false;
    }
    return true;
}

void ExportCommand::runExport(ExportJob *job)
{
    connect(job, &ExportJob::progress, this, &ExportCommand::showProgress);
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
        const auto existing =
            isSet(QStringLiteral("overwrite")) ? ExportWriter::Existing::Replace : ExportWriter::Existing::Refuse;
        if (const Failure error = ExportWriter::write(result.bytes, path, existing)) {
            fail(error);
            return;
        }
        // The file name may be the server's suggestion: made safe for a file system, and here for a terminal.
        const QString shown = TerminalText::escaped(QDir::toNativeSeparators(path));
        out() << shown << '\n' << Qt::flush;
        err() << tr("Saved %1 to %2").arg(humanSize(result.bytes.size()), shown) << '\n' << Qt::flush;
        finish(Success);
    });
    job->start();
}

void ExportCommand::showProgress(qint64 received, qint64 total)
{
    if (!isatty(STDERR_FILENO))
        return;
    m_progressShown = true;
    if (total > 0)
        err() << tr("\rDownloading… %1 of %2   ").arg(humanSize(received), humanSize(total)) << Qt::flush;
    else
        err() << tr("\rDownloading… %1   ").arg(humanSize(received)) << Qt::flush;
}

} // namespace Takeout
