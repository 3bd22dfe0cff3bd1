#include "Job.h"

namespace Takeout {

void Job::emitFinished()
{
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace Takeout
