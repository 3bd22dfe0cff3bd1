#include "VerifyCommand.h"

#include "backup/BackupManifest.h"
#include "backup/BackupVerifier.h"
#include "backup/ResticPassword.h"
#include "backup/ResticRepository.h"
#include "base/BackgroundTask.h"
#include "text/TerminalText.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Takeout {

VerifyCommand::VerifyCommand(QObject *parent)
    : Command(QStringLiteral("verify"), tr("check that a backup folder is whole"), parent)
{
    setDescription(tr("Checks a backup folder made by the backup command: every file its manifest.json lists is "
                      "there, with the listed size and SHA-256, and is valid JSON. For restic:REPOSITORY, restic's own "
                      "check of the repository first, then every file of the snapshot the same way."));
    addPositional(QStringLiteral("DIR"), tr("The backup folder (the one with manifest.json), or restic:REPOSITORY."));
    addOption({QStringLiteral("snapshot"),
               tr("With restic:REPOSITORY, the snapshot to check (default: the newest backup)."),
               QStringLiteral("ID")});
}

void VerifyCommand::run()
{
    const QString folder = positional().first();
    if (ResticRepository::isTarget(folder) && refusesAddressWithPassword(folder))
        return;
    if (ResticRepository::isTarget(folder)) {
        verifyRepository(ResticRepository::fromTarget(folder));
        return;
    }
    if (isSet(QStringLiteral("snapshot"))) {
        usage(tr("--snapshot is for restic:REPOSITORY."));
        return;
    }
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

void VerifyCommand::verifyRepository(const QString &repository)
{
    const QString snapshot = value(QStringLiteral("snapshot"));
    ResticPassword::read(
        repository, false, this, [this, repository, snapshot](const Failure &error, const QString &password, bool) {
            if (error) {
                fail(error);
                return;
            }
            struct Outcome
            {
                QList<BackupVerifier::Problem> problems;
                Failure error;
                QString snapshot;
            };
            BackgroundTask::run(
                this,
                [repository = ResticRepository(repository, password), snapshot](const TaskControl &) {
                    Outcome outcome;
                    outcome.problems = repository.verify(snapshot, &outcome.error, &outcome.snapshot);
                    return outcome;
                },
                [this](const Outcome &outcome) {
                    if (outcome.error) {
                        fail(outcome.error);
                        return;
                    }
                    for (const BackupVerifier::Problem &problem : outcome.problems)
                        err() << TerminalText::escaped(problem.file) << ": " << TerminalText::escaped(problem.message)
                              << '\n';
                    err() << Qt::flush;
                    if (!outcome.problems.isEmpty()) {
                        finish(BadFile);
                        return;
                    }
                    out() << tr("Snapshot %1: whole.").arg(outcome.snapshot.left(8)) << '\n' << Qt::flush;
                    finish(Success);
                });
        });
}

} // namespace Takeout
