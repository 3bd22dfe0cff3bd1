#include "BackupManifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Takeout {

namespace {

// Clocks are set a little apart or corrected now and then: only a date clearly ahead is refused.
constexpr qint64 clockSlackSeconds = 300;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonArray list;
    for (const Item &item : items) {
        QJsonObject entry{{QStringLiteral("service"), serviceId(item.service)}};
        if (item.service == Service::Xpander)
            entry.insert(QStringLiteral("agent_id"), item.agentId);
        entry.insert(QStringLiteral("file"), item.file);
        entry.insert(QStringLiteral("bytes"), double(item.bytes));
        entry.insert(QStringLiteral("sha256"), QString::fromLatin1(item.sha256));
        entry.insert(QStringLiteral("ok"), item.ok);
        if (!item.ok)
            entry.insert(QStringLiteral("error"), item.errorText);
        list.append(entry);
    }
    const QJsonObject object{{QStringLiteral("app_version"), appVersion},
                             {QStringLiteral("started_at"), timeText(startedAt)},
                             {QStringLiteral("finished_at"),
                              finishedAt.isValid() ? QJsonValue(timeText(finishedAt)) : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("complete"), complete},
                             {QStringLiteral("items"), list}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool BackupManifest::fromJson(const QByteArray &json, BackupManifest *manifest)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("app_version")).isString() || !object.value(QStringLiteral("complete")).isBool() ||
        !object.value(QStringLiteral("items")).isArray())
        return false;
    BackupManifest read;
    read.appVersion = object.value(QStringLiteral("app_version")).toString();
    read.startedAt = QDateTime::fromString(object.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    read.finishedAt = QDateTime::fromString(object.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    read.complete = object.value(QStringLiteral("complete")).toBool();
    if (!read.startedAt.isValid())
        return false;
    for (const QJsonValue value : object.value(QStringLiteral("items")).toArray()) {
        const QJsonObject entry = value.toObject();
        Item item;
        if (!parseServiceId(entry.value(QStringLiteral("service")).toString(), &item.service) ||
            !entry.value(QStringLiteral("ok")).isBool())
            return false;
        item.agentId = entry.value(QStringLiteral("agent_id")).toString();
        item.file = entry.value(QStringLiteral("file")).toString();
        item.bytes = qint64(entry.value(QStringLiteral("bytes")).toDouble(-1));
        item.sha256 = entry.value(QStringLiteral("sha256")).toString().toLatin1();
        item.ok = entry.value(QStringLiteral("ok")).toBool();
        item.errorText = entry.value(QStringLiteral("error")).toString();
        read.items.append(item);
    }
    *manifest = std::move(read);
    return true;
}

bool BackupManifest::read(const QString &folder, BackupManifest *manifest)
{
    const QString path = folder + QLatin1Char('/') + QLatin1String(fileName);
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile() || info.size() > maxBytes)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return fromJson(file.read(maxBytes), manifest);
}

bool BackupManifest::isWhole() const
{
    return complete && finishedAt.isValid() &&
           std::all_of(items.cbegin(), items.cend(), [](const Item &item) { return item.ok; });
}

QString BackupManifest::folderName(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHHmmss")) + QLatin1Char('Z');
}

bool BackupManifest::isFolderName(const QString &name)
{
    // Anchored at the very end: `$` would also match before a final newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{6}Z(-\\d{1,4})?")));
    return pattern.match(name).hasMatch();
}

QDateTime BackupManifest::folderTime(const QString &name, int *sequence)
{
    if (!isFolderName(name))
        return {};
    const qsizetype dash = name.indexOf(QLatin1Char('-'), 17);
    QDateTime time(QDate::fromString(name.left(10), QStringLiteral("yyyy-MM-dd")),
                   QTime::fromString(name.mid(11, 6), QStringLiteral("HHmmss")), Qt::UTC);
    if (sequence)
        *sequence = dash < 0 ? 1 : name.mid(dash + 1).toInt();
    return time;
}

QList<BackupManifest::Found> BackupManifest::backupsIn(const QString &directory, const QDateTime &now)
{
    struct Candidate
    {
        Found found;
        QDateTime time;
        int sequence = 1;
    };
    const QDateTime latest = now.addSecs(clockSlackSeconds);
    QList<Candidate> candidates;
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        Candidate candidate;
        candidate.time = folderTime(entry.fileName(), &candidate.sequence);
        if (entry.isSymLink() || !candidate.time.isValid() || candidate.time > latest ||
            !read(entry.absoluteFilePath(), &candidate.found.manifest) || candidate.found.manifest.startedAt > latest ||
            (candidate.found.manifest.finishedAt.isValid() && candidate.found.manifest.finishedAt > latest))
            continue;
        candidate.found.path = entry.absoluteFilePath();
        candidates.append(std::move(candidate));
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
    });
    QList<Found> backups;
    for (Candidate &candidate : candidates)
        backups.append(std::move(candidate.found));
    return backups;
}

QString BackupManifest::newestIn(const QString &directory, BackupManifest *manifest)
{
    QList<Found> backups = backupsIn(directory);
    if (backups.isEmpty())
        return {};
    if (manifest)
        *manifest = std::move(backups.first().manifest);
    return backups.first().path;
}

} // namespace Takeout
