#include "VerifyCommand.h"

#include "backup/BackupManifest.h"
#include "backup/BackupVerifier.h"
#include "text/TerminalText.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Takeout {

VerifyCommand::VerifyCommand(QObject *parent)
    : Command(QStringLiteral("verify"), tr("check that a backup folder is whole"), parent)
{
    setDescription(tr("Checks a backup folder made by the backup command: every file its manifest.json lists is "
                      "there, with the listed size and SHA-256, and is valid JSON."));
    addPositional(QStringLiteral("DIR"), tr("The backup folder (the one with manifest.json)."));
}

void VerifyCommand::run()
{
    const QString folder = positional().first();
    if (!QFileInfo(folder).isDir()) {
        fail(Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1 is not a folder").arg(folder))
                 .setMessage(tr("There is no folder “%1”.").arg(folder)));
        return;
    }
    const QList<BackupVerifier::Problem> problems = BackupVerifier::verify(folder);
    for (const BackupVerifier::Problem &problem : problems)
        err() << TerminalText::escaped(problem.file) << ": " << TerminalText::escaped(problem.message) << '\n';
    err() << Qt::flush;
    if (!problems.isEmpty()) {
        finish(BadFile);
        return;
    }
    BackupManifest manifest;
    BackupManifest::read(folder, &manifest);
    out() << tr("%1: whole (files checked: %2).")
                 .arg(TerminalText::escaped(QDir::toNativeSeparators(folder)))
                 .arg(manifest.items.size())
          << '\n'
          << Qt::flush;
    finish(Success);
}

} // namespace Takeout
