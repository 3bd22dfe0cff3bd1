#pragma once

#include "KeepPolicy.h"
#include "Service.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Takeout {

// Every setting the programs keep, typed, in one place: the keys are written here and nowhere else.
// They live in the platform's settings file for the application (QSettings: on Linux
// ~/.config/AgentTakeout/Agent Takeout.conf). Never a secret: those go to the keychain
// (CredentialStore).
class Settings
{
public:
    // [window] The main window's geometry, the preview's split between overview and tree, and whether
    // the preview shows the file as it is (folded away unless asked for).
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray previewSplitter();
    static void setPreviewSplitter(const QByteArray &state);
    static bool previewShowsFile();
    static void setPreviewShowsFile(bool shown);

    // [files] The folder last saved into or opened from, the recent files (newest first) and the kind
    // of export each one is (ExportKind's value, by absolute path).
    static QString lastFolder();
    static void setLastFolder(const QString &folder);
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &files);
    static QVariantMap recentKinds();
    static void setRecentKinds(const QVariantMap &kinds);
    static void clearRecentFiles();

    // [servers] The server each service was last signed in to (its URL as written).
    static QString server(Service service);
    static void setServer(Service service, const QString &url);

    // [signInFrom] The browser the remembered sign-in came from (BrowserInfo's id), empty for none.
    static QString signInBrowser(Service service);
    static void setSignInBrowser(Service service, const QString &browserId);
    static void forgetSignInBrowser(Service service);

    // [backup] What the backup dialog last used: the folder, knowledge bases or not, which backups to
    // keep (empty: all).
    static QString backupFolder();
    static void setBackupFolder(const QString &folder);
    // The restic repository the backups go to instead of the folder (its address, never a password);
    // empty when they go to the folder.
    static QString backupRepository();
    static void setBackupRepository(const QString &repository);
    static bool backupWithKnowledgeBases();
    static void setBackupWithKnowledgeBases(bool with);
    // The policy's `last` is the number older versions kept alone ("keep the last 5"): such a setting
    // reads as that policy.
    static KeepPolicy backupKeepPolicy();
    static void setBackupKeepPolicy(const KeepPolicy &policy);

    // [network] Set by hand (the guide's Settings page): the inactivity timeout in seconds and the largest
    // export in megabytes; `fallback` where they are not set. ClientLimits bounds them.
    static int networkTimeoutSeconds(int fallback);
    static int maxExportMegabytes(int fallback);
};

} // namespace Takeout
