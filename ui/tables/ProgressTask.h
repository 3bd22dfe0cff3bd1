#pragma once

#include "base/BackgroundTask.h"

#include <QProgressDialog>
#include <utility>

namespace Takeout {

// Work off the UI thread behind a progress dialog with Cancel: the dialog shows once the work takes a
// moment, and Cancel stops the work and drops its result. `done(result)` runs on the UI thread unless
// cancelled.
class ProgressTask : public QProgressDialog
{
    Q_OBJECT

public:
    template<typename Work, typename Done>
    static ProgressTask *run(QWidget *parent, const QString &label, Work work, Done done)
    {
        auto *dialog = new ProgressTask(parent, label);
        dialog->m_task = BackgroundTask::run(
            dialog, std::move(work),
            [dialog, done = std::move(done)](auto result) mutable {
                dialog->hide();
                dialog->deleteLater();
                done(std::move(result));
            },
            [dialog](int permille) { dialog->setValue(permille); });
        return dialog;
    }

private:
    ProgressTask(QWidget *parent, const QString &label);

    BackgroundTask m_task;
};

} // namespace Takeout
