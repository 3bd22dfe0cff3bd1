// libFuzzer target: any agent-list page is read or refused, never crashes, and only says there
// are more pages when it held a full one.

#include "services/XpanderClient.h"

using namespace Takeout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const AgentListJob::Page page = AgentListJob::parsePage(body, 1, 2);
    if (!page.valid && (!page.items.isEmpty() || page.hasMore))
        __builtin_trap();
    for (const AgentSummary &agent : page.items) {
        if (agent.id.isEmpty())
            __builtin_trap();
    }
    return 0;
}
