#pragma once

#include "export/ExportDialog.h"

namespace Takeout {

// "Export my account" for Agentbot: says what the export holds, then downloads it.
class AccountExportDialog : public ExportDialog
{
    Q_OBJECT

public:
    explicit AccountExportDialog(Accounts *accounts, QWidget *parent = nullptr);

protected:
    ExportJob *createJob(QObject *parent) override;
};

} // namespace Takeout
