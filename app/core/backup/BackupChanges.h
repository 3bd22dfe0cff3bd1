#pragma once

#include "base/Service.h"

#include <QList>
#include <QString>
#include <optional>

namespace Takeout {

// "What changed since the last backup": the same item (the Agentbot account, or one xpander.ai
// agent's template, by its id) in the two newest complete backups of a folder, as the two files that
// the comparison opens.
class BackupChanges
{
public:
    struct Item
    {
        Service service = Service::Agentbot;
        QString agentId;   // xpander.ai only
        QString olderFile; // absolute paths
        QString newerFile;
    };

    // The items saved in both of the two newest complete backups in `directory`: the account first,
    // then the templates in the newer backup's order. Empty when there are fewer than two complete
    // backups.
    static QList<Item> between(const QString &directory);
    // What an item is called and whether it changed, for the list a person chooses from: the
    // template's name from the newer file (empty for the account, or when it has none), and whether
    // the two files differ at all. Reads both files: for a worker thread.
    struct Description
    {
        QString name;
        bool changed = true;
    };
    static Description describe(const Item &item);
    // The one item of `service` (and `agentId` for xpander.ai); nothing when it is not in both.
    static std::optional<Item> find(const QString &directory, Service service, const QString &agentId = {});
};

} // namespace Takeout
