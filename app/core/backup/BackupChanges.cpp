#include "BackupChanges.h"

#include "BackupManifest.h"
#include "BackupRetention.h"
#include "exports/XpanderFormat.h"
#include "json/JsonDocument.h"

#include <QFile>

namespace Takeout {

namespace {

// A file the manifest lists, inside its backup folder (a manifest naming anything else is not used).
QString fileIn(const QString &folder, const BackupManifest::Item &item)
{
    if (!item.ok || item.file.isEmpty() || item.file.contains(QLatin1Char('/')) ||
        item.file.contains(QLatin1Char('\\')) || item.file == QLatin1String("..") || item.file == QLatin1String("."))
        return {};
    return folder + QLatin1Char('/') + item.file;
}

} // namespace

QList<BackupChanges::Item> BackupChanges::between(const QString &directory)
{
    const QStringList backups = BackupRetention::completeBackups(directory);
    BackupManifest newer;
    BackupManifest older;
    if (backups.size() < 2 || !BackupManifest::read(backups.at(0), &newer) ||
        !BackupManifest::read(backups.at(1), &older))
        return {};
    QList<Item> items;
    for (const BackupManifest::Item &now : std::as_const(newer.items)) {
        const QString newerFile = fileIn(backups.at(0), now);
        if (newerFile.isEmpty())
            continue;
        for (const BackupManifest::Item &before : std::as_const(older.items)) {
            if (before.service != now.service || before.agentId != now.agentId)
                continue;
            const QString olderFile = fileIn(backups.at(1), before);
            if (!olderFile.isEmpty())
                items.append({now.service, now.agentId, olderFile, newerFile});
            break;
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.service == Service::Agentbot && b.service != Service::Agentbot;
    });
    return items;
}

BackupChanges::Description BackupChanges::describe(const Item &item)
{
    Description out;
    QFile older(item.olderFile);
    QFile newer(item.newerFile);
    if (older.open(QIODevice::ReadOnly) && newer.open(QIODevice::ReadOnly) && older.size() == newer.size()) {
        // Block by block: a backup's files may be large, and most differ early.
        out.changed = false;
        while (!out.changed && !older.atEnd()) {
            const QByteArray a = older.read(1 << 16);
            const QByteArray b = newer.read(1 << 16);
            out.changed = a.isEmpty() || a != b;
        }
    }
    if (item.service == Service::Xpander) {
        JsonDocument::Error error;
        if (const auto document = JsonDocument::fromFile(item.newerFile, &error)) {
            const quint32 name = document->member(JsonDocument::root(), XpanderFormat::name);
            if (name != JsonDocument::none && document->type(name) == JsonDocument::Type::String)
                out.name = document->string(name).simplified();
        }
    }
    return out;
}

std::optional<BackupChanges::Item> BackupChanges::find(const QString &directory, Service service,
                                                       const QString &agentId)
{
    for (const Item &item : between(directory)) {
        if (item.service == service && (service == Service::Agentbot || item.agentId == agentId))
            return item;
    }
    return std::nullopt;
}

} // namespace Takeout
