#include "ProcessProtection.h"

#include <QString>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Takeout {

void ProcessProtection::apply()
{
#ifdef Q_OS_UNIX
    // Ignored, a write past the limit fails with EFBIG, which ExportWriter turns into a sentence.
    std::signal(SIGXFSZ, SIG_IGN);
    if (qEnvironmentVariable("AGENT_TAKEOUT_ALLOW_CORE_DUMPS") == QLatin1String("1"))
        return;
    rlimit limit{};
    if (::getrlimit(RLIMIT_CORE, &limit) == 0) {
        limit.rlim_cur = 0; // the soft limit only: the hard one is the user's to keep
        ::setrlimit(RLIMIT_CORE, &limit);
    }
#endif
#ifdef Q_OS_LINUX
    // Also covers core handlers that ignore RLIMIT_CORE (a pipe in core_pattern) and ptrace by the same user.
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace Takeout
