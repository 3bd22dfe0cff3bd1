#pragma once

#include "ExportResult.h"
#include "ExportSummary.h"
#include "base/BackgroundTask.h"
#include "net/HttpJob.h"

namespace Takeout {

// One export download: the HTTP exchange, then a check off the UI thread that the body is complete,
// valid JSON of the expected shape. Ends with finished(); then error() or result(). A Job: it
// deletes itself after finished() unless kept (see Job).
class ExportJob : public Job
{
    Q_OBJECT

public:
    // fallbackFileName is used when the server proposes no (usable) name.
    ExportJob(QNetworkAccessManager *network, HttpRequest request, ExportKind kind, QString fallbackFileName,
              QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    const Failure &error() const { return m_error; }
    const ExportResult &result() const { return m_result; }
    ExportResult takeResult() { return std::move(m_result); }

    struct Checked
    {
        Failure error;
        ExportSummary summary;
        QStringList warnings;
        std::shared_ptr<const JsonDocument> document;
    };
    // The body check on its own: no error when `body` is a complete export of `kind`, and then what
    // is inside it and the document's index.
    static Checked checkBody(const QByteArray &body, ExportKind kind, const QString &serviceName);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);

private:
    void onHttpFinished();
    void onChecked(Checked checked);
    void finish(Failure error);

    HttpJob *m_http;
    ExportKind m_kind;
    QString m_fallbackFileName;
    BackgroundTask m_check;
    ExportResult m_result;
    Failure m_error;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Takeout
