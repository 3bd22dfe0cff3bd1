#pragma once

#include "ServiceCommand.h"
#include "restore/BackupRestore.h"

namespace Takeout {

// restore: the xpander.ai agents of a backup (a folder, or a snapshot of restic:REPOSITORY) created again,
// one request each, one line per item.
class RestoreCommand : public ServiceCommand
{
    Q_OBJECT

public:
    explicit RestoreCommand(QObject *parent = nullptr);

protected:
    void run() override;

private:
    void restoreFrom(const BackupRestore &backup);

    int m_exitCode = Success;
};

} // namespace Takeout
