#pragma once

#include "base/Failure.h"
#include "base/Service.h"
#include "restore/RestoreCheck.h"
#include "restore/TemplateFacts.h"
#include "services/XpanderClient.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Takeout {

class Accounts;
class ImportAndVerifyJob;
class MessageWidget;
class TechnicalDetails;

// "Create agent from this template…": the new agent's name, description and icon (the template's
// own to start with), whether its knowledge bases come along, the account it goes to, and whether to
// check afterwards that it came back whole. The request creates something, so it is sent once: Create
// cannot be pressed twice, and Cancel is offered only while nothing has left this computer. The
// dialog ends with the new agent's name and the check's answer in words.
class CreateAgentDialog : public QDialog
{
    Q_OBJECT

public:
    // `templateJson` is the template as a file holds it (what the check compares with); empty for a
    // template known only by its id, which then cannot be checked.
    CreateAgentDialog(const TemplateFacts &facts, const QByteArray &templateJson, Accounts *accounts,
                      QWidget *parent = nullptr);
    ~CreateAgentDialog() override;

    const TemplateFacts &facts() const { return m_facts; }
    ImportRequest request() const;
    bool verifies() const;
    bool isRunning() const;
    // The new agent, once created.
    const std::optional<CreatedAgent> &createdAgent() const { return m_created; }
    const std::optional<RestoreCheck::Result> &check() const { return m_check; }
    // The sentence of the result page ("The new agent matches the template", or the differences).
    QString resultText() const;

Q_SIGNALS:
    void agentCreated(const Takeout::CreatedAgent &agent);
    // The dialog hides itself; the window shows the sign-in and then this dialog again.
    void signInNeeded(Takeout::Service service, const Takeout::Failure &error);
    void showAgentListRequested();
    void compareRequested(const Takeout::RestoreCheck::Result &result, const QString &agentName);

protected:
    void reject() override;
    // The account may have changed while the dialog waited for a sign-in.
    void showEvent(QShowEvent *event) override;

private:
    void create();
    void onFinished();
    void showError(const Failure &error);
    void showResult();
    void setRunning(bool running);

    TemplateFacts m_facts;
    QByteArray m_templateJson;
    Accounts *m_accounts;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_icon;
    QCheckBox *m_knowledgeBases;
    QLabel *m_knowledgeBasesNote;
    QLabel *m_account;
    QCheckBox *m_verify;
    QProgressBar *m_progress;
    QLabel *m_stage;
    MessageWidget *m_error;
    TechnicalDetails *m_details;
    QPushButton *m_showAgentsAfterError;
    QLabel *m_createdName;
    QLabel *m_checkAnswer;
    QListWidget *m_differences;
    QPushButton *m_showInList;
    QPushButton *m_openComparison;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QPointer<ImportAndVerifyJob> m_job;
    bool m_sent = false;
    std::optional<CreatedAgent> m_created;
    std::optional<RestoreCheck::Result> m_check;
    Failure m_checkError;
};

} // namespace Takeout
