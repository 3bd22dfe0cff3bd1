#pragma once

#include <QtGlobal>
#include <memory>

class QFile;

namespace Takeout {

// A file mapped read-only that survives being cut short while it is open. Reading a page of a
// mapping past the file's new end raises SIGBUS; a handler (installed once, passing every other
// SIGBUS on to the one before) puts zero pages over the rest of the mapping instead, notes that the
// file changed, and lets the read carry on. Where there is no such signal the mapping is plain.
class MappedFile
{
public:
    // Takes the open file on success; null, leaving it, when the file cannot be mapped (some file
    // systems) or too many mappings are guarded at once.
    static std::unique_ptr<MappedFile> map(std::unique_ptr<QFile> &file, qint64 size);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }
    // True once a read found the file shorter than when it was mapped; those bytes read as zeros.
    bool truncated() const;

private:
    MappedFile() = default;

    std::unique_ptr<QFile> m_file;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    int m_slot = -1;
};

} // namespace Takeout
