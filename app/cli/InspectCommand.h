#pragma once

#include "Command.h"

#include <QJsonObject>

namespace Takeout {

struct ExportSummary;

// inspect FILE: what a saved export holds (kind, size, values, depth, counts) and how it departs
// from the documented shape; as lines or as JSON.
class InspectCommand : public Command
{
    Q_OBJECT

public:
    explicit InspectCommand(QObject *parent = nullptr);

protected:
    void run() override;

private:
    // The counts shown for the export's kind, in the order they are printed.
    static QJsonObject counts(const ExportSummary &summary);
};

} // namespace Takeout
