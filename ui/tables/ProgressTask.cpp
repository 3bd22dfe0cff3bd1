#include "ProgressTask.h"

namespace Takeout {

ProgressTask::ProgressTask(QWidget *parent, const QString &label)
    : QProgressDialog(label, tr("Cancel"), 0, 1000, parent)
{
    setObjectName(QStringLiteral("progressTask"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(400);
    setValue(0);
    connect(this, &QProgressDialog::canceled, this, [this] {
        m_task.cancel();
        deleteLater();
    });
}

} // namespace Takeout
