#pragma once

#include "Command.h"

namespace Takeout {

// document FILE -o OUT [--format pdf|html|md] [--overwrite]: a saved export as a document people can
// read without the app, laid out as the overview reads.
class DocumentCommand : public Command
{
    Q_OBJECT

public:
    explicit DocumentCommand(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
