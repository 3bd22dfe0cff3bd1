#include "CreateAgentDialog.h"

#include "accounts/Accounts.h"
#include "restore/ImportAndVerifyJob.h"
#include "widgets/MessageWidget.h"
#include "widgets/TechnicalDetails.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Takeout {

namespace {

enum PageIndex
{
    FormPage,
    ResultPage
};

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CreateAgentDialog::CreateAgentDialog(const TemplateFacts &facts, const QByteArray &templateJson, Accounts *accounts,
                                     QWidget *parent)
    : QDialog(parent)
    , m_facts(facts)
    , m_templateJson(templateJson)
    , m_accounts(accounts)
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(facts.name, this))
    , m_description(new QPlainTextEdit(facts.description, this))
    , m_icon(new QLineEdit(facts.icon, this))
    , m_knowledgeBases(new QCheckBox(tr("Include &knowledge bases"), this))
    , m_knowledgeBasesNote(wrappedLabel(QString(), this))
    , m_account(wrappedLabel(QString(), this))
    , m_verify(new QCheckBox(tr("C&heck that it came back whole"), this))
    , m_progress(new QProgressBar(this))
    , m_stage(wrappedLabel(QString(), this))
    , m_error(new MessageWidget(this))
    , m_details(new TechnicalDetails(this))
    , m_showAgentsAfterError(nullptr)
    , m_createdName(wrappedLabel(QString(), this))
    , m_checkAnswer(wrappedLabel(QString(), this))
    , m_differences(new QListWidget(this))
    , m_showInList(new QPushButton(tr("Show in &Agent List"), this))
    , m_openComparison(new QPushButton(tr("&Open Comparison"), this))
    , m_create(new QPushButton(tr("C&reate"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("createAgentDialog"));
    setWindowTitle(facts.name.isEmpty() ? tr("Create Agent from a Template")
                                        : tr("Create Agent from “%1”").arg(facts.name));

    // The form.
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name of the new agent"));
    m_name->setPlaceholderText(tr("Required"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description of the new agent"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_icon->setObjectName(QStringLiteral("iconEdit"));
    m_icon->setAccessibleName(tr("Icon of the new agent"));
    m_icon->setToolTip(tr("An emoji"));
    m_icon->setMaxLength(16);
    m_knowledgeBases->setObjectName(QStringLiteral("knowledgeBasesCheck"));
    m_knowledgeBasesNote->setObjectName(QStringLiteral("knowledgeBasesNote"));
    // Known only by its id, the template may or may not hold knowledge bases: the service decides.
    const bool fromFile = !m_templateJson.isEmpty();
    if (!fromFile) {
        m_knowledgeBases->setChecked(true);
        m_knowledgeBasesNote->setText(tr("If the template holds knowledge bases, they come along."));
    } else if (facts.holdsKnowledgeBases) {
        m_knowledgeBases->setChecked(true);
        m_knowledgeBasesNote->setText(tr("The new agent gets copies of the template's documents."));
    } else {
        m_knowledgeBases->setChecked(false);
        m_knowledgeBases->setEnabled(false);
        m_knowledgeBasesNote->setText(
            tr("This template was exported without its knowledge bases, so the new agent starts without them."));
    }
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setText(
        tr("Goes to: your xpander.ai account at %1").arg(accounts->server(Service::Xpander).url().host()));
    auto *what = wrappedLabel(tr("This creates a new agent in your xpander.ai organization. Tools that need "
                                 "credentials will ask for them again."),
                              this);
    what->setObjectName(QStringLiteral("whatHappens"));
    m_verify->setObjectName(QStringLiteral("verifyCheck"));
    m_verify->setChecked(fromFile);
    m_verify->setEnabled(fromFile);
    auto *verifyNote = wrappedLabel(fromFile ? tr("The check exports the new agent and compares it with the template. "
                                                  "xpander.ai keeps that export as a template, like any other.")
                                             : tr("A template known only by its ID cannot be checked: there is no "
                                                  "file to compare with."),
                                    this);
    verifyNote->setObjectName(QStringLiteral("verifyNote"));

    auto *formPage = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Icon:"), m_icon);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_knowledgeBases);
    formLayout->addWidget(m_knowledgeBasesNote);
    formLayout->addWidget(m_verify);
    formLayout->addWidget(verifyNote);
    formLayout->addWidget(m_account);
    formLayout->addWidget(what);
    formLayout->addStretch();

    // The result.
    m_createdName->setObjectName(QStringLiteral("createdName"));
    QFont bold = m_createdName->font();
    bold.setBold(true);
    m_createdName->setFont(bold);
    m_checkAnswer->setObjectName(QStringLiteral("checkAnswer"));
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setAccessibleName(tr("Differences between the new agent and the template"));
    m_differences->setWordWrap(true);
    m_differences->setTextElideMode(Qt::ElideRight);
    m_differences->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_differences->hide();
    m_showInList->setObjectName(QStringLiteral("showInListButton"));
    m_openComparison->setObjectName(QStringLiteral("openComparisonButton"));
    m_openComparison->hide();
    auto *resultPage = new QWidget(this);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_showInList);
    resultButtons->addWidget(m_openComparison);
    resultButtons->addStretch();
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_createdName);
    resultLayout->addWidget(m_checkAnswer);
    resultLayout->addWidget(m_differences, 10);
    resultLayout->addLayout(resultButtons);
    // Without differences, the sentences stay together at the top.
    resultLayout->addStretch(1);

    m_pages->addWidget(formPage);
    m_pages->addWidget(resultPage);

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->addButton(m_details->button());
    m_showAgentsAfterError = m_error->addButton(tr("Show &Agent List"), QStringLiteral("showAgentListButton"));
    m_showAgentsAfterError->hide();

    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(m_error);
    layout->addWidget(m_details->text());
    layout->addWidget(buttons);

    connect(m_details, &TechnicalDetails::toggled, this, [this] { adjustSize(); });
    connect(m_create, &QPushButton::clicked, this, &CreateAgentDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &CreateAgentDialog::reject);
    connect(m_showAgentsAfterError, &QPushButton::clicked, this, [this] {
        Q_EMIT showAgentListRequested();
        accept();
    });
    connect(m_showInList, &QPushButton::clicked, this, [this] {
        Q_EMIT showAgentListRequested();
        accept();
    });
    connect(m_openComparison, &QPushButton::clicked, this, [this] {
        if (m_check && m_created)
            Q_EMIT compareRequested(*m_check, m_created->name);
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_error->hideMessage(); });
    m_stage->hide();
}

CreateAgentDialog::~CreateAgentDialog() = default;

ImportRequest CreateAgentDialog::request() const
{
    ImportRequest request;
    request.name = m_name->text().trimmed();
    request.description = m_description->toPlainText();
    request.icon = m_icon->text();
    request.withKnowledgeBases = m_knowledgeBases->isChecked();
    return request;
}

bool CreateAgentDialog::verifies() const
{
    return m_verify->isChecked() && !m_templateJson.isEmpty();
}

bool CreateAgentDialog::isRunning() const
{
    return m_job != nullptr;
}

void CreateAgentDialog::create()
{
    // Sent once: a second press, or a press after an answer that leaves the outcome open, sends nothing.
    if (m_job || m_created || m_sent)
        return;
    m_error->hideMessage();
    m_details->clear();
    if (request().name.isEmpty()) {
        m_error->showMessage(tr("The new agent needs a name."), MessageWidget::Type::Error);
        m_name->setFocus();
        return;
    }
    m_job = new ImportAndVerifyJob(m_accounts->xpanderClient(), m_facts.templateId, request(), m_templateJson,
                                   verifies(), this);
    m_job->setAutoDelete(false);
    connect(m_job, &ImportAndVerifyJob::sent, this, [this] {
        m_sent = true;
        // From here on, stopping would leave it open whether the agent exists.
        m_cancel->setEnabled(false);
    });
    connect(m_job, &ImportAndVerifyJob::stage, this, [this](const QString &text) { m_stage->setText(text); });
    connect(m_job, &ImportAndVerifyJob::finished, this, &CreateAgentDialog::onFinished);
    setRunning(true);
    m_stage->setText(tr("Creating the agent…"));
    m_job->start();
}

void CreateAgentDialog::setRunning(bool running)
{
    m_pages->setEnabled(!running);
    m_create->setEnabled(!running);
    m_progress->setVisible(running);
    m_stage->setVisible(running);
    if (!running)
        m_cancel->setEnabled(true);
}

void CreateAgentDialog::onFinished()
{
    ImportAndVerifyJob *job = m_job;
    m_job.clear();
    job->deleteLater();
    setRunning(false);
    if (!job->agent().id.isEmpty()) {
        m_created = job->agent();
        m_check = job->verified();
        m_checkError = job->error();
        Q_EMIT agentCreated(*m_created);
        showResult();
        return;
    }
    // Nothing was created when the answer said so; the outcome stays open only when it is unknown.
    if (job->error().kind() != Failure::Kind::OutcomeUnknown)
        m_sent = false;
    showError(job->error());
}

void CreateAgentDialog::showError(const Failure &error)
{
    if (error.kind() == Failure::Kind::Cancelled)
        return;
    if (error.needsSignIn()) {
        // Nothing was created: after the sign-in, the same dialog comes back as it was.
        hide();
        Q_EMIT signInNeeded(Service::Xpander, error);
        return;
    }
    m_error->showMessage(error.message(), MessageWidget::Type::Error);
    m_details->show(error.detail());
    if (error.kind() == Failure::Kind::OutcomeUnknown) {
        // Whether it exists is for the agent list to say; Create stays off so that it is not made twice.
        m_showAgentsAfterError->show();
        m_create->setEnabled(false);
        m_pages->setEnabled(false);
        m_cancel->setText(tr("Close"));
    }
    if (error.kind() == Failure::Kind::Validation)
        m_name->setFocus();
    adjustSize();
}

QString CreateAgentDialog::resultText() const
{
    return m_checkAnswer->text();
}

void CreateAgentDialog::showResult()
{
    m_pages->setCurrentIndex(ResultPage);
    m_create->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setDefault(true);
    m_createdName->setText(tr("“%1” was created in your xpander.ai organization.").arg(m_created->name));
    if (m_check && m_check->error.isError()) {
        m_checkAnswer->setText(tr("The check could not compare the two: %1").arg(m_check->error.message()));
    } else if (m_check && m_check->matches) {
        m_checkAnswer->setText(tr("The new agent matches the template."));
    } else if (m_check) {
        m_checkAnswer->setText(
            tr("The new agent differs from the template in %n place(s):", nullptr, int(m_check->lines.size())));
        m_differences->addItems(m_check->lines);
        m_differences->show();
        m_openComparison->show();
    } else if (m_checkError.isError()) {
        m_checkAnswer->setText(tr("It could not be checked: %1").arg(m_checkError.message()));
    } else {
        m_checkAnswer->setText(tr("It was not checked."));
    }
    m_showInList->setFocus();
}

void CreateAgentDialog::showEvent(QShowEvent *event)
{
    m_account->setText(
        tr("Goes to: your xpander.ai account at %1").arg(m_accounts->server(Service::Xpander).url().host()));
    QDialog::showEvent(event);
}

void CreateAgentDialog::reject()
{
    // Once the request has left, closing would not stop it: the dialog stays until the answer is in.
    if (m_job && m_sent)
        return;
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

} // namespace Takeout
