#pragma once

#include "base/Failure.h"
#include "base/Service.h"
#include "exports/ExportJob.h"
#include "exports/ExportResult.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Takeout {

class Accounts;
class ExportJob;
class MessageWidget;
class TechnicalDetails;

// What both export dialogs share: an Export button, a progress bar (bytes, and the total when
// known) with Cancel, and errors in one plain sentence with Details and Try Again. Closing the dialog
// cancels a running export; nothing is written to disk here.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Service service, Accounts *accounts, QWidget *parent = nullptr);

    bool isExporting() const { return m_job != nullptr; }

Q_SIGNALS:
    void exported(const Takeout::ExportResult &result);
    void signInNeeded(Takeout::Service service, const Takeout::Failure &error);

protected:
    // The form of the subclass goes here, above the progress area.
    QVBoxLayout *formLayout() const { return m_form; }
    // A new job, parented to `parent`; it deletes itself once finished (see Job).
    virtual ExportJob *createJob(QObject *parent) = 0;
    void reject() override;

    Accounts *accounts() const { return m_accounts; }
    void setFormEnabled(bool enabled);

private:
    void startExport();
    void onProgress(qint64 received, qint64 total);
    void onFinished();
    void showError(const Failure &error);

    Service m_service;
    Accounts *m_accounts;
    QVBoxLayout *m_form;
    QWidget *m_formArea;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    MessageWidget *m_error;
    TechnicalDetails *m_details;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPointer<ExportJob> m_job;
};

} // namespace Takeout
