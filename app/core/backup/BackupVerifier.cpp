#include "BackupVerifier.h"

#include "BackupManifest.h"
#include "json/JsonDocument.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Takeout {

QList<BackupVerifier::Problem> BackupVerifier::verify(const QString &folder)
{
    QList<Problem> problems;
    const QString manifestName = QString::fromLatin1(BackupManifest::fileName);
    BackupManifest manifest;
    if (!BackupManifest::read(folder, &manifest)) {
        problems.append({manifestName, QFileInfo::exists(folder + QLatin1Char('/') + manifestName)
                                           ? tr("not a backup manifest of Agent Takeout")
                                           : tr("missing")});
        return problems;
    }
    // Not complete with every item saved: the run stopped before the end. A failed item is told below.
    const bool itemsFailed = std::any_of(manifest.items.cbegin(), manifest.items.cend(),
                                         [](const BackupManifest::Item &item) { return !item.ok; });
    if (!manifest.finishedAt.isValid() || (!manifest.complete && !itemsFailed))
        problems.append({manifestName, tr("the backup did not run to the end")});

    for (const BackupManifest::Item &item : std::as_const(manifest.items)) {
        if (!item.ok) {
            const QString what = item.service == Service::Agentbot
                                     ? tr("Agentbot account")
                                     : (item.agentId.isEmpty() ? tr("xpander.ai agent list")
                                                               : tr("xpander.ai agent %1").arg(item.agentId));
            problems.append({item.file.isEmpty() ? what : item.file, tr("not saved: %1").arg(item.errorText)});
            continue;
        }
        const QString &name = item.file;
        if (name.isEmpty() || name == QLatin1String("..") || name.contains(QLatin1Char('/')) ||
            name.contains(QLatin1Char('\\'))) {
            problems.append({name, tr("not a file name inside the backup folder")});
            continue;
        }
        const QString path = folder + QLatin1Char('/') + name;
        const QFileInfo info(path);
        if (info.isSymLink()) {
            problems.append({name, tr("is a link, not the saved file")});
            continue;
        }
        if (!info.exists()) {
            problems.append({name, tr("missing")});
            continue;
        }
        if (!info.isFile()) {
            problems.append({name, tr("not a regular file")});
            continue;
        }
        if (info.size() != item.bytes) {
            problems.append({name, tr("size is %1 bytes, the manifest says %2").arg(info.size()).arg(item.bytes)});
            continue;
        }
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            problems.append({name, tr("cannot be read: %1").arg(file.errorString())});
            continue;
        }
        file.close();
        if (hash.result().toHex() != item.sha256.toLower()) {
            problems.append({name, tr("SHA-256 differs from the manifest's")});
            continue;
        }
        JsonDocument::Error error;
        if (!JsonDocument::fromFile(path, &error))
            problems.append({name, tr("not valid JSON: %1").arg(error.message)});
    }
    return problems;
}

} // namespace Takeout
