#include "ExportDialog.h"
#include "widgets/MessageWidget.h"
#include "widgets/TechnicalDetails.h"

#include "exports/ExportJob.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Takeout {

ExportDialog::ExportDialog(Service service, Accounts *accounts, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_accounts(accounts)
    , m_form(new QVBoxLayout)
    , m_formArea(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_error(new MessageWidget(this))
    , m_details(new TechnicalDetails(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_formArea->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progressText->setTextFormat(Qt::PlainText); // names and errors from the server
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->addButton(m_details->button());
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formArea);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_error);
    layout->addWidget(m_details->text());
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_details, &TechnicalDetails::toggled, this, [this] { adjustSize(); });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    setMinimumWidth(520);
}

void ExportDialog::setFormEnabled(bool enabled)
{
    m_formArea->setEnabled(enabled);
}

void ExportDialog::startExport()
{
    if (m_job)
        return;
    m_error->hideMessage();
    m_details->clear();
    m_job = createJob(this);
    connect(m_job, &ExportJob::progress, this, &ExportDialog::onProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);
    setFormEnabled(false);
    m_export->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Connecting…"));
    m_job->start();
}

void ExportDialog::onProgress(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        // Progress bars hold ints: count in KiB.
        m_progress->setRange(0, int(qMin<qint64>(total / 1024 + 1, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(received / 1024, INT_MAX)));
        m_progressText->setText(
            tr("Downloaded %1 of %2").arg(locale.formattedDataSize(received), locale.formattedDataSize(total)));
    } else {
        m_progressText->setText(tr("Downloaded %1").arg(locale.formattedDataSize(received)));
    }
}

void ExportDialog::onFinished()
{
    ExportJob *job = m_job; // deletes itself once this returns
    m_job.clear();
    m_progress->hide();
    m_progressText->clear();
    setFormEnabled(true);
    m_export->setEnabled(true);
    if (job->error()) {
        showError(job->error());
        return;
    }
    const ExportResult result = job->takeResult();
    Q_EMIT exported(result);
    accept();
}

void ExportDialog::showError(const Failure &error)
{
    if (error.kind() == Failure::Kind::Cancelled)
        return;
    if (error.needsSignIn()) {
        Q_EMIT signInNeeded(m_service, error);
        QDialog::reject();
        return;
    }
    m_error->showMessage(error.message(), MessageWidget::Type::Error);
    m_details->show(error);
    // Trying again is what comes next: the default button, with the focus.
    m_export->setText(tr("&Try Again"));
    m_export->setDefault(true);
    m_export->setFocus();
    adjustSize();
}

void ExportDialog::reject()
{
    // Closing while an export runs cancels it; what arrived so far is dropped, never written.
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

} // namespace Takeout
