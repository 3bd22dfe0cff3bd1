#pragma once

#include "ExportResult.h"
#include "json/JsonDocument.h"

namespace Takeout {

// A saved export opened from disk: mapped and indexed, recognised (Agentbot account, xpander.ai
// template, or other JSON), summarised, and checked against the documented shape.
struct ExportFile
{
    ExportResult result;       // bytes refer to the mapping the document owns
    JsonDocument::Error error; // set when the file is not valid JSON (or cannot be read)

    bool isOpen() const { return result.document != nullptr; }
    // The shape check walks every record, as long as loading takes: the window shows the file first
    // and runs it afterwards (Later); the CLI wants it at once (Now).
    enum class Check
    {
        Now,
        Later
    };
    static ExportFile open(const QString &path, const JsonDocument::Control &control = {}, Check check = Check::Now);
    // The same for an export in memory (an item read from an encrypted backup), named `fileName`.
    static ExportFile fromBytes(QByteArray bytes, const QString &fileName, const JsonDocument::Control &control = {},
                                Check check = Check::Now);
};

} // namespace Takeout
