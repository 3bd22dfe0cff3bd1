#pragma once

#include "ServiceCommand.h"

namespace Takeout {

class ImportAndVerifyJob;

// import template: a new xpander.ai agent from a template, given as the file an export wrote or as the
// template's id; with --verify, proven whole by exporting the new agent and comparing.
class ImportTemplateCommand : public ServiceCommand
{
    Q_OBJECT

public:
    explicit ImportTemplateCommand(QObject *parent = nullptr);

protected:
    void run() override;

private:
    void onFinished(const ImportAndVerifyJob *job, const QString &templateId);

    bool m_withKnowledgeBases = true;
};

} // namespace Takeout
