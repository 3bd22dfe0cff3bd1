#pragma once

#include "exports/ExportResult.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;

namespace Takeout {

class AccountTables;
class JsonDocument;
class RecordTableModel;

// What an export holds, in plain form above its tree. An Agentbot account: the profile card and the
// agents, scheduled tasks and workflows. An xpander.ai template: cards, one under the other, for the
// definition (name, icon, description and the agent's facts), instructions, custom functions with
// their source code, connectors, sub-agents, and knowledge bases with every document's content.
// Plus any departure from the documented shape.
class ExportOverview : public QWidget
{
    Q_OBJECT

public:
    explicit ExportOverview(const ExportResult &result, QWidget *parent = nullptr);

    static bool hasOverview(const ExportResult &result);
    // Lists departures from the documented shape above the overview (a check that ran after it was shown).
    void showWarnings(const QStringList &warnings);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *accountOverview(const ExportResult &result);
    QWidget *templateOverview(const ExportResult &result);

    // Opens a short knowledge list and fits its names' column; run once the cards have been painted.
    std::function<void()> m_fillKnowledge;
};

} // namespace Takeout
