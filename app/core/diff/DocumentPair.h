#pragma once

#include "json/JsonDocument.h"

#include <memory>

namespace Takeout {

// The two documents a comparison reads, loaded at the same time (each on its own core).
struct DocumentPair
{
    std::shared_ptr<const JsonDocument> oldDocument;
    std::shared_ptr<const JsonDocument> newDocument;
    JsonDocument::Error oldError;
    JsonDocument::Error newError;

    bool isLoaded() const { return oldDocument && newDocument; }

    // The control's progress counts the bytes of both files, from either loading thread.
    static DocumentPair load(const QString &oldPath, const QString &newPath, const JsonLoadControl &control = {});
};

} // namespace Takeout
