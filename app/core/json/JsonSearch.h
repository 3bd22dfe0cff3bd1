#pragma once

#include "JsonDocument.h"

#include <QRegularExpression>
#include <atomic>
#include <vector>

namespace Takeout {

// Finds keys and values in a JsonDocument. Meant to run off the UI thread; `cancel` stops it early.
class JsonSearch
{
public:
    struct Options
    {
        QString text;
        bool regularExpression = false;
        bool caseSensitive = false;
        bool keys = true;
        bool values = true;
    };

    // Records whose key or value matches, in document order; at most `limit` of them.
    static std::vector<quint32> run(const JsonDocument &document, const Options &options,
                                    const std::atomic_bool *cancel = nullptr, size_t limit = 1000000);
    // An empty string when the options can be searched for, else why not.
    static QString problem(const Options &options);
};

} // namespace Takeout
