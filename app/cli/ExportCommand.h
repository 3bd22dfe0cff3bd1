#pragma once

#include "ServiceCommand.h"

namespace Takeout {

class ExportJob;

// A command that downloads an export into a file: -o FILE or --out-dir DIR, --overwrite, the limits,
// the progress line while it downloads (stderr, when that is a terminal), the saved path on stdout.
class ExportCommand : public ServiceCommand
{
    Q_OBJECT

protected:
    ExportCommand(QString path, QString summary, Service service, QObject *parent = nullptr);

    // Where the export goes: a checked file path, or a folder for the server's suggested name;
    // false (and done) when that cannot work, before anything is downloaded.
    bool readOutput();
    // Starts the job; saves what it brings, prints where, and finishes.
    void runExport(ExportJob *job);

private:
    void showProgress(qint64 received, qint64 total);

    QString m_outputFile;
    QString m_outputDir;
    bool m_progressShown = false;
};

} // namespace Takeout
