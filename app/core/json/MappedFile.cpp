#include "MappedFile.h"

#include <QFile>

#include <array>
#include <atomic>
#include <mutex>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/mman.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#ifdef MADV_POPULATE_READ
constexpr int populateRead = MADV_POPULATE_READ;
#else
constexpr int populateRead = 22;
#endif
#endif

namespace Takeout {

namespace {

// The guarded mappings, read by the signal handler: lock-free, fixed in size, no allocation.
struct Slot
{
    std::atomic<quintptr> begin{0}; // 0: free
    std::atomic<quintptr> end{0};
    std::atomic_bool truncated{false};
    std::atomic_bool used{false};
};
std::array<Slot, 256> guarded;

#ifdef Q_OS_UNIX
struct sigaction previousAction;
quintptr pageSize = 4096;

void onBusError(int signal, siginfo_t *info, void *context)
{
    const auto address = quintptr(info->si_addr);
    for (Slot &slot : guarded) {
        const quintptr begin = slot.begin.load(std::memory_order_acquire);
        const quintptr end = slot.end.load(std::memory_order_acquire);
        if (begin == 0 || address < begin || address >= end)
            continue;
        // The file was cut short: the rest of the mapping becomes zero pages and the read goes on.
        const quintptr intoPage = address & (pageSize - 1);
        void *page = static_cast<char *>(info->si_addr) - intoPage;
        void *zeros =
            ::mmap(page, size_t(end - address + intoPage), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (zeros != MAP_FAILED) {
            slot.truncated.store(true, std::memory_order_release);
            return;
        }
        break;
    }
    // Not ours: the handler before ours, or the default action (the fault repeats on return).
    if ((previousAction.sa_flags & SA_SIGINFO) && previousAction.sa_sigaction) {
        previousAction.sa_sigaction(signal, info, context);
        return;
    }
    if (!(previousAction.sa_flags & SA_SIGINFO) && previousAction.sa_handler != SIG_DFL &&
        previousAction.sa_handler != SIG_IGN) {
        previousAction.sa_handler(signal);
        return;
    }
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    ::sigaction(SIGBUS, &fallback, nullptr);
}

void installHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        pageSize = quintptr(::sysconf(_SC_PAGESIZE));
        struct sigaction action = {};
        action.sa_sigaction = onBusError;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &previousAction);
    });
}
#endif

std::mutex slotsMutex; // between threads registering; the handler never takes it

int registerMapping(const char *data, qint64 size)
{
#ifdef Q_OS_UNIX
    installHandler();
    const std::lock_guard<std::mutex> lock(slotsMutex);
    for (size_t i = 0; i < guarded.size(); ++i) {
        Slot &slot = guarded[i];
        if (slot.used.load())
            continue;
        slot.used.store(true);
        slot.truncated.store(false);
        slot.end.store(quintptr(data) + quintptr(size), std::memory_order_release);
        slot.begin.store(quintptr(data), std::memory_order_release);
        return int(i);
    }
    return -1;
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
    return int(guarded.size()); // no SIGBUS here: a file that is mapped cannot be cut short
#endif
}

} // namespace

std::unique_ptr<MappedFile> MappedFile::map(std::unique_ptr<QFile> &file, qint64 size)
{
    uchar *mapped = file->map(0, size);
    if (!mapped)
        return nullptr;
    const int slot = registerMapping(reinterpret_cast<const char *>(mapped), size);
    if (slot < 0) {
        file->unmap(mapped); // unguarded: the caller reads the file instead
        return nullptr;
    }
#ifdef Q_OS_LINUX
    // One pass from start to end: map the pages in one call rather than fault them one by one
    // (Linux 5.14 and later; older kernels ignore the advice).
    ::madvise(mapped, size_t(size), populateRead);
#endif
    std::unique_ptr<MappedFile> mapping(new MappedFile);
    mapping->m_data = reinterpret_cast<const char *>(mapped);
    mapping->m_size = size;
    mapping->m_slot = slot;
    mapping->m_file = std::move(file);
    return mapping;
}

MappedFile::~MappedFile()
{
    if (m_slot >= 0 && size_t(m_slot) < guarded.size()) {
        const std::lock_guard<std::mutex> lock(slotsMutex);
        Slot &slot = guarded[size_t(m_slot)];
        slot.begin.store(0, std::memory_order_release);
        slot.end.store(0, std::memory_order_release);
        slot.used.store(false);
    }
    // m_file unmaps as it goes.
}

bool MappedFile::truncated() const
{
    return m_slot >= 0 && size_t(m_slot) < guarded.size() && guarded[size_t(m_slot)].truncated.load();
}

} // namespace Takeout
