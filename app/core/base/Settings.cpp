#include "Settings.h"

#include <QSettings>

namespace Takeout {

namespace {

// The keys, as they have been written since the first release: existing settings files keep working.
const QString windowGeometryKey = QStringLiteral("window/geometry");
const QString previewSplitterKey = QStringLiteral("preview/splitter");
const QString previewShowsFileKey = QStringLiteral("preview/showsFile");
const QString lastFolderKey = QStringLiteral("files/lastFolder");
const QString recentFilesKey = QStringLiteral("files/recent");
const QString recentKindsKey = QStringLiteral("files/recentKinds");
const QString backupFolderKey = QStringLiteral("backup/folder");
const QString backupRepositoryKey = QStringLiteral("backup/repository");
const QString backupKnowledgeBasesKey = QStringLiteral("backup/withKnowledgeBases");
const QString backupKeepKey = QStringLiteral("backup/keep"); // the policy's `last`
const QString backupKeepDailyKey = QStringLiteral("backup/keepDaily");
const QString backupKeepWeeklyKey = QStringLiteral("backup/keepWeekly");
const QString backupKeepMonthlyKey = QStringLiteral("backup/keepMonthly");
const QString timeoutKey = QStringLiteral("network/timeoutSeconds");
const QString maxExportKey = QStringLiteral("network/maxExportMegabytes");

QString serverKey(Service service)
{
    return QStringLiteral("servers/") + serviceId(service);
}

QString signInBrowserKey(Service service)
{
    return QStringLiteral("signInFrom/") + serviceId(service);
}

QVariant value(const QString &key, const QVariant &fallback = {})
{
    return QSettings().value(key, fallback);
}

void setValue(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
}

} // namespace

QByteArray Settings::windowGeometry()
{
    return value(windowGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(windowGeometryKey, geometry);
}

QByteArray Settings::previewSplitter()
{
    return value(previewSplitterKey).toByteArray();
}

void Settings::setPreviewSplitter(const QByteArray &state)
{
    setValue(previewSplitterKey, state);
}

bool Settings::previewShowsFile()
{
    return value(previewShowsFileKey).toBool();
}

void Settings::setPreviewShowsFile(bool shown)
{
    setValue(previewShowsFileKey, shown);
}

QString Settings::lastFolder()
{
    return value(lastFolderKey).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    setValue(lastFolderKey, folder);
}

QStringList Settings::recentFiles()
{
    return value(recentFilesKey).toStringList();
}

void Settings::setRecentFiles(const QStringList &files)
{
    setValue(recentFilesKey, files);
}

QVariantMap Settings::recentKinds()
{
    return value(recentKindsKey).toMap();
}

void Settings::setRecentKinds(const QVariantMap &kinds)
{
    setValue(recentKindsKey, kinds);
}

void Settings::clearRecentFiles()
{
    QSettings settings;
    settings.remove(recentFilesKey);
    settings.remove(recentKindsKey);
}

QString Settings::server(Service service)
{
    return value(serverKey(service)).toString();
}

void Settings::setServer(Service service, const QString &url)
{
    setValue(serverKey(service), url);
}

QString Settings::signInBrowser(Service service)
{
    return value(signInBrowserKey(service)).toString();
}

void Settings::setSignInBrowser(Service service, const QString &browserId)
{
    setValue(signInBrowserKey(service), browserId);
}

void Settings::forgetSignInBrowser(Service service)
{
    QSettings().remove(signInBrowserKey(service));
}

QString Settings::backupFolder()
{
    return value(backupFolderKey).toString();
}

void Settings::setBackupFolder(const QString &folder)
{
    setValue(backupFolderKey, folder);
}

QString Settings::backupRepository()
{
    return value(backupRepositoryKey).toString();
}

void Settings::setBackupRepository(const QString &repository)
{
    setValue(backupRepositoryKey, repository);
}

bool Settings::backupWithKnowledgeBases()
{
    return value(backupKnowledgeBasesKey, false).toBool();
}

void Settings::setBackupWithKnowledgeBases(bool with)
{
    setValue(backupKnowledgeBasesKey, with);
}

KeepPolicy Settings::backupKeepPolicy()
{
    // A count below one (or not a number) keeps nothing by that count.
    const auto count = [](const QString &key) { return qMax(0, value(key, 0).toInt()); };
    KeepPolicy policy;
    policy.last = count(backupKeepKey);
    policy.daily = count(backupKeepDailyKey);
    policy.weekly = count(backupKeepWeeklyKey);
    policy.monthly = count(backupKeepMonthlyKey);
    return policy;
}

void Settings::setBackupKeepPolicy(const KeepPolicy &policy)
{
    setValue(backupKeepKey, qMax(0, policy.last));
    setValue(backupKeepDailyKey, qMax(0, policy.daily));
    setValue(backupKeepWeeklyKey, qMax(0, policy.weekly));
    setValue(backupKeepMonthlyKey, qMax(0, policy.monthly));
}

int Settings::networkTimeoutSeconds(int fallback)
{
    return value(timeoutKey, fallback).toInt();
}

int Settings::maxExportMegabytes(int fallback)
{
    return value(maxExportKey, fallback).toInt();
}

} // namespace Takeout
