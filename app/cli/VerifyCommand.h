#pragma once

#include "Command.h"

namespace Takeout {

// verify DIR: whether a backup folder is whole (BackupVerifier), or a restic repository's snapshot
// (ResticRepository::verify); one line per problem naming the
// file, and exit code 2, when it is not.
class VerifyCommand : public Command
{
    Q_OBJECT

public:
    explicit VerifyCommand(QObject *parent = nullptr);

protected:
    void run() override;

private:
    void verifyRepository(const QString &repository);
};

} // namespace Takeout
