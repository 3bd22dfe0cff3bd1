#pragma once

namespace Takeout {

// What both programs set up first thing, before any secret is in memory: no core dumps and no attaching
// by other processes of the same user (a core file or a debugger would see the session or API key), unless
// a developer asks for them with AGENT_TAKEOUT_ALLOW_CORE_DUMPS=1. Also, a file size limit
// (RLIMIT_FSIZE) makes a save fail with a sentence instead of killing the program (SIGXFSZ).
class ProcessProtection
{
public:
    static void apply();
};

} // namespace Takeout
