#include "ResticRepository.h"

#include "json/JsonDocument.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace Takeout {

namespace {

// Another run (a scheduled backup, a prune) holds the lock for seconds to minutes: wait this long.
constexpr int lockWaitMilliseconds = 60 * 1000;
constexpr int lockRetryMilliseconds = 2000;

bool contains(const QByteArray &text, const char *marker)
{
    return text.contains(marker);
}

// The last lines restic printed, for the detail: its own words name the cause.
QString lastLines(const QByteArray &errors)
{
    QStringList lines = QString::fromUtf8(errors).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("reading repository password")); });
    while (lines.size() > 3)
        lines.removeFirst();
    return lines.join(QLatin1String(" / "));
}

// A local folder as restic takes it: no "backend:" in front (or "local:").
QString localPath(const QString &repository)
{
    if (repository.startsWith(QLatin1String("local:")))
        return repository.mid(6);
    static const char *const backends[] = {"sftp:", "rest:", "s3:", "swift:", "b2:", "azure:", "gs:", "rclone:"};
    for (const char *backend : backends) {
        if (repository.startsWith(QLatin1String(backend)))
            return {};
    }
    return repository;
}

} // namespace

ResticRepository::ResticRepository(QString repository, QString password)
    : m_repository(std::move(repository))
    , m_password(std::move(password))
{
}

bool ResticRepository::isTarget(const QString &target)
{
    return target.startsWith(QLatin1String(scheme));
}

bool ResticRepository::isLocalRepository(const QString &folder)
{
    const QDir dir(folder);
    return QFileInfo(dir.filePath(QStringLiteral("config"))).isFile() &&
           QFileInfo(dir.filePath(QStringLiteral("keys"))).isDir() &&
           QFileInfo(dir.filePath(QStringLiteral("snapshots"))).isDir();
}

QString ResticRepository::fromTarget(const QString &target)
{
    return isTarget(target) ? target.mid(int(qstrlen(scheme))) : QString();
}

bool ResticRepository::holdsPassword(const QString &repository)
{
    // The user information of a URL: "scheme://user:password@", the password possibly empty.
    static const QRegularExpression userInfo(QStringLiteral("://[^/@]*:[^/@]*@"));
    return userInfo.match(repository).hasMatch();
}

QString ResticRepository::absoluteTarget(const QString &target)
{
    if (!isTarget(target))
        return QDir(target).absolutePath();
    const QString repository = fromTarget(target);
    const QString local = localPath(repository);
    if (local.isEmpty())
        return target;
    return QLatin1String(scheme) + QDir(local).absolutePath();
}

QString ResticRepository::keychainKey(const QString &repository)
{
    return QLatin1String(scheme) + repository;
}

bool ResticRepository::passwordInEnvironment()
{
    return qEnvironmentVariableIsSet("RESTIC_PASSWORD") || qEnvironmentVariableIsSet("RESTIC_PASSWORD_FILE") ||
           qEnvironmentVariableIsSet("RESTIC_PASSWORD_COMMAND");
}

QString ResticRepository::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("restic"));
}

QString ResticRepository::generatePassword()
{
    // Letters and digits without look-alikes, so that a copy written down by hand reads back.
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 32; ++i) {
        if (i > 0 && i % 4 == 0)
            password += QLatin1Char('-');
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(quint32(sizeof(alphabet) - 1))]);
    }
    return password;
}

void ResticRepository::prepare(QProcess *process, const QStringList &arguments) const
{
    process->setProgram(program());
    // --quiet: else restic says on stdout that it read the password from stdin, in front of a dumped file.
    process->setArguments(QStringList{QStringLiteral("--repo"), m_repository, QStringLiteral("--quiet")} + arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_password.isEmpty()) {
        // Ours comes on stdin: one from the environment would win over it.
        environment.remove(QStringLiteral("RESTIC_PASSWORD"));
        environment.remove(QStringLiteral("RESTIC_PASSWORD_FILE"));
        environment.remove(QStringLiteral("RESTIC_PASSWORD_COMMAND"));
    }
    // Plain English output: the sentences are read below.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process->setProcessEnvironment(environment);
}

void ResticRepository::writePassword(QProcess *process) const
{
    if (!m_password.isEmpty())
        process->write(m_password.toUtf8() + '\n');
    process->closeWriteChannel();
}

bool ResticRepository::isLocked(const QByteArray &errors)
{
    return contains(errors, "repository is already locked") || contains(errors, "unable to create lock");
}

Failure ResticRepository::failureFor(int exitCode, bool crashed, const QByteArray &errors) const
{
    if (exitCode == 0 && !crashed)
        return {};
    const QString detail = QStringLiteral("restic: %1").arg(lastLines(errors));
    const QByteArray lower = errors.toLower();
    if (contains(lower, "wrong password") || contains(lower, "no key found") || contains(lower, "empty password"))
        return Failure(Failure::Kind::InvalidCredentials, detail)
            .setMessage(tr("The password for this backup is not right."));
    if (isLocked(lower))
        return Failure(Failure::Kind::Timeout, detail)
            .setMessage(tr("Another program is using this backup right now. Try again when it has finished."));
    if (contains(lower, "no space left") || contains(lower, "quota") || contains(lower, "insufficient storage"))
        return Failure(Failure::Kind::FileWriteFailed, detail)
            .setMessage(tr("There is no room left where the backup is kept."));
    if (contains(lower, "connection refused") || contains(lower, "no such host") || contains(lower, "dial tcp") ||
        contains(lower, "i/o timeout") || contains(lower, "network is unreachable") ||
        contains(lower, "ssh command exited") || contains(lower, "unable to start the sftp session") ||
        contains(lower, "connection reset") || contains(lower, "tls:"))
        return Failure(Failure::Kind::Network, detail)
            .setMessage(tr("The backup at %1 cannot be reached.").arg(m_repository));
    if (contains(lower, "unable to open config file") || contains(lower, "is there a repository"))
        return Failure(Failure::Kind::NotAnExport, detail)
            .setMessage(tr("There is no restic backup at %1.").arg(m_repository));
    if (contains(lower, "unknown flag") || contains(lower, "unknown command") ||
        contains(lower, "unsupported repository version"))
        return Failure(Failure::Kind::NotAnExport, detail)
            .setMessage(tr("The installed restic is too old for this. Install restic 0.14 or newer."));
    if (contains(lower, "config") && (contains(lower, "invalid") || contains(lower, "ciphertext")))
        return Failure(Failure::Kind::NotAnExport, detail)
            .setMessage(tr("%1 is not a restic backup.").arg(m_repository));
    if (contains(lower, "no matching id found"))
        return Failure(Failure::Kind::NotFound, detail)
            .setMessage(tr("The backup at %1 has no snapshot with that ID.").arg(m_repository));
    if (crashed)
        return Failure(Failure::Kind::Cancelled, detail).setMessage(tr("restic was stopped before it finished."));
    return Failure(Failure::Kind::ServerError, detail)
        .setMessage(tr("restic could not finish: %1").arg(lastLines(errors)));
}

ResticRepository::Result ResticRepository::run(const QStringList &arguments) const
{
    Result result;
    if (program().isEmpty()) {
        result.error = Failure(Failure::Kind::FileWriteFailed, QStringLiteral("restic is not on PATH"))
                           .setMessage(tr("restic is not installed: install the package “restic” (sudo apt install "
                                          "restic) or get it from restic.net."));
        return result;
    }
    const QDeadlineTimer lockDeadline(lockWaitMilliseconds);
    bool unlocked = false;
    for (;;) {
        QProcess process;
        prepare(&process, arguments);
        process.start();
        if (!process.waitForStarted(-1)) {
            result.error = Failure(Failure::Kind::FileWriteFailed, process.errorString())
                               .setMessage(tr("restic could not be started."));
            return result;
        }
        writePassword(&process);
        process.waitForFinished(-1);
        result.output = process.readAllStandardOutput();
        result.errors = process.readAllStandardError();
        result.error = failureFor(process.exitCode(), process.exitStatus() != QProcess::NormalExit, result.errors);
        if (!isLocked(result.errors) || lockDeadline.hasExpired())
            return result;
        if (!unlocked) {
            // A lock left by a run that was killed (its process is gone) is removed, and only such a one.
            unlocked = true;
            removeStaleLocks();
            continue;
        }
        // A backup off the UI thread may wait for another run's lock to go.
        QThread::msleep(lockRetryMilliseconds);
    }
}

void ResticRepository::removeStaleLocks() const
{
    if (program().isEmpty())
        return;
    QProcess process;
    // Without --remove-all restic removes only locks whose process is gone or that are old.
    prepare(&process, {QStringLiteral("unlock")});
    process.start();
    if (!process.waitForStarted(-1))
        return;
    writePassword(&process);
    process.waitForFinished(-1);
}

Failure ResticRepository::probe(bool *exists) const
{
    *exists = false;
    const QString local = localPath(m_repository);
    // Without a password restic stops right after finding the repository's config: that alone is asked.
    const ResticRepository bare(m_repository);
    QProcess process;
    if (program().isEmpty())
        return run({}).error;
    bare.prepare(&process, {QStringLiteral("cat"), QStringLiteral("config")});
    QProcessEnvironment environment = process.processEnvironment();
    environment.remove(QStringLiteral("RESTIC_PASSWORD"));
    environment.remove(QStringLiteral("RESTIC_PASSWORD_FILE"));
    environment.remove(QStringLiteral("RESTIC_PASSWORD_COMMAND"));
    process.setProcessEnvironment(environment);
    process.start();
    process.waitForStarted(-1);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QByteArray errors = process.readAllStandardError();
    if (errors.contains("empty password") || errors.contains("password is not a password")) {
        *exists = true;
        return {};
    }
    const Failure failure = failureFor(process.exitCode(), process.exitStatus() != QProcess::NormalExit, errors);
    if (failure.kind() == Failure::Kind::NotAnExport && errors.contains("unable to open config file") &&
        (errors.contains("no such file") || errors.contains("does not exist") || errors.contains("404") ||
         errors.contains("not found"))) {
        // A folder of other things is not made a repository: restic would put its own next to them.
        if (!local.isEmpty() && QFileInfo(local).isDir() &&
            !QDir(local).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
            return Failure(Failure::Kind::NotAnExport, QStringLiteral("no restic config in a folder that is not empty"))
                .setMessage(tr("%1 is not a restic backup.").arg(m_repository));
        return {};
    }
    return failure ? failure : Failure(Failure::Kind::ServerError, lastLines(errors));
}

Failure ResticRepository::init() const
{
    return run({QStringLiteral("init")}).error;
}

QList<ResticRepository::Snapshot> ResticRepository::snapshots(Failure *error) const
{
    const Result result =
        run({QStringLiteral("snapshots"), QStringLiteral("--json"), QStringLiteral("--tag"), QLatin1String(tag)});
    QList<Snapshot> list;
    *error = result.error;
    if (result.error)
        return list;
    const qsizetype start = result.output.indexOf('[');
    const QJsonDocument document = QJsonDocument::fromJson(start < 0 ? QByteArray() : result.output.mid(start));
    for (const QJsonValue value : document.array()) {
        const QJsonObject object = value.toObject();
        Snapshot snapshot;
        snapshot.id = object.value(QStringLiteral("id")).toString();
        snapshot.shortId = object.value(QStringLiteral("short_id")).toString();
        snapshot.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!snapshot.id.isEmpty())
            list.append(snapshot);
    }
    std::stable_sort(list.begin(), list.end(), [](const Snapshot &a, const Snapshot &b) { return a.time < b.time; });
    return list;
}

QByteArray ResticRepository::dump(const QString &snapshot, const QString &file, Failure *error) const
{
    const Result result = run({QStringLiteral("dump"), snapshot, QLatin1Char('/') + file});
    *error = result.error;
    if (result.error)
        return {};
    return result.output;
}

bool ResticRepository::readManifest(const QString &snapshot, BackupManifest *manifest, Failure *error) const
{
    const QByteArray json = dump(snapshot, QString::fromLatin1(BackupManifest::fileName), error);
    if (*error)
        return false;
    if (!BackupManifest::fromJson(json, manifest)) {
        *error = Failure(Failure::Kind::NotAnExport, QStringLiteral("snapshot %1 has no manifest").arg(snapshot))
                     .setMessage(tr("This snapshot is not a backup of Agent Takeout."));
        return false;
    }
    return true;
}

QList<BackupVerifier::Problem> ResticRepository::verify(const QString &snapshot, Failure *error,
                                                        QString *snapshotId) const
{
    QList<BackupVerifier::Problem> problems;
    *error = {};
    QString id = snapshot;
    if (id.isEmpty()) {
        const QList<Snapshot> list = snapshots(error);
        if (*error)
            return problems;
        if (list.isEmpty()) {
            *error = Failure(Failure::Kind::NotFound, QStringLiteral("no snapshot tagged %1").arg(QLatin1String(tag)))
                         .setMessage(tr("There is no backup of Agent Takeout in %1 yet.").arg(m_repository));
            return problems;
        }
        id = list.last().id;
    }
    if (snapshotId)
        *snapshotId = id;
    const Result check = run({QStringLiteral("check")});
    if (check.error) {
        if (check.error.kind() == Failure::Kind::InvalidCredentials || check.error.kind() == Failure::Kind::Network) {
            *error = check.error;
            return problems;
        }
        problems.append({QStringLiteral("repository"),
                         tr("restic's check found damage: %1").arg(lastLines(check.errors + check.output))});
    }
    BackupManifest manifest;
    Failure manifestError;
    if (!readManifest(id, &manifest, &manifestError)) {
        if (manifestError.kind() == Failure::Kind::InvalidCredentials ||
            manifestError.kind() == Failure::Kind::Network) {
            *error = manifestError;
            return problems;
        }
        problems.append({QString::fromLatin1(BackupManifest::fileName), manifestError.message()});
        return problems;
    }
    if (!manifest.isWhole())
        problems.append({QString::fromLatin1(BackupManifest::fileName), tr("the backup did not run to the end")});
    for (const BackupManifest::Item &item : std::as_const(manifest.items)) {
        if (!item.ok)
            continue;
        Failure dumpError;
        const QByteArray bytes = dump(id, item.file, &dumpError);
        if (dumpError) {
            problems.append(
                {item.file, tr("cannot be read from the backup: %1").arg(lastLines(dumpError.detail().toUtf8()))});
            continue;
        }
        if (bytes.size() != item.bytes) {
            problems.append(
                {item.file, tr("size is %1 bytes, the manifest says %2").arg(bytes.size()).arg(item.bytes)});
            continue;
        }
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != item.sha256.toLower()) {
            problems.append({item.file, tr("SHA-256 differs from the manifest's")});
            continue;
        }
        JsonDocument::Error jsonError;
        if (!JsonDocument::fromBytes(bytes, &jsonError))
            problems.append({item.file, tr("not valid JSON: %1").arg(jsonError.message)});
    }
    return problems;
}

bool ResticRepository::newest(Snapshot *snapshot, BackupManifest *manifest, Failure *error) const
{
    const QList<Snapshot> list = snapshots(error);
    if (*error || list.isEmpty())
        return false;
    *snapshot = list.last();
    return readManifest(snapshot->id, manifest, error);
}

QList<ResticRepository::Change> ResticRepository::changes(Failure *error) const
{
    const QList<Snapshot> list = snapshots(error);
    if (*error)
        return {};
    return changes(list, error);
}

QList<ResticRepository::Change> ResticRepository::changes(const QList<Snapshot> &list, Failure *error) const
{
    QList<Change> changes;
    *error = {};
    // Newest first, the complete ones only; a snapshot is made only of a complete backup, but one made
    // by another program with the tag is not taken on trust.
    QList<std::pair<Snapshot, BackupManifest>> complete;
    for (auto it = list.crbegin(); it != list.crend() && complete.size() < 2 && !*error; ++it) {
        BackupManifest manifest;
        Failure readError;
        if (readManifest(it->id, &manifest, &readError) && manifest.isWhole())
            complete.append({*it, manifest});
        else if (readError.kind() == Failure::Kind::InvalidCredentials || readError.kind() == Failure::Kind::Network)
            *error = readError;
    }
    if (*error || complete.size() < 2)
        return changes;
    const auto plainName = [](const QString &name) {
        return !name.isEmpty() && !name.contains(QLatin1Char('/')) && name != QLatin1String("..") &&
               name != QLatin1String(".");
    };
    for (const BackupManifest::Item &now : std::as_const(complete.at(0).second.items)) {
        if (!now.ok || !plainName(now.file))
            continue;
        for (const BackupManifest::Item &before : std::as_const(complete.at(1).second.items)) {
            if (before.service != now.service || before.agentId != now.agentId)
                continue;
            if (before.ok && plainName(before.file))
                changes.append({now.service, now.agentId, complete.at(1).first.id, before.file, complete.at(0).first.id,
                                now.file, before.sha256 == now.sha256, complete.at(1).first.time,
                                complete.at(0).first.time});
            break;
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return a.service == Service::Agentbot && b.service != Service::Agentbot;
    });
    return changes;
}

Failure ResticRepository::forget(const KeepPolicy &policy, QStringList *removed) const
{
    if (policy.isEmpty())
        return {};
    // One group for all of this app's snapshots: each was made from its own staging folder.
    QStringList arguments{QStringLiteral("forget"),
                          QStringLiteral("--json"),
                          QStringLiteral("--prune"),
                          QStringLiteral("--tag"),
                          QLatin1String(tag),
                          QStringLiteral("--group-by"),
                          QString()};
    const auto add = [&arguments](const char *option, int count) {
        if (count > 0)
            arguments << QLatin1String(option) << QString::number(count);
    };
    add("--keep-last", policy.last);
    add("--keep-daily", policy.daily);
    add("--keep-weekly", policy.weekly);
    add("--keep-monthly", policy.monthly);
    const Result result = run(arguments);
    if (result.error)
        return result.error;
    const qsizetype start = result.output.indexOf('[');
    const QJsonDocument document = QJsonDocument::fromJson(
        start < 0 ? QByteArray() : result.output.mid(start, result.output.indexOf('\n', start) - start));
    for (const QJsonValue group : document.array()) {
        for (const QJsonValue snapshot : group.toObject().value(QStringLiteral("remove")).toArray())
            *removed << snapshot.toObject().value(QStringLiteral("short_id")).toString();
    }
    return {};
}

} // namespace Takeout
