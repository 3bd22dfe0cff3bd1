#include "FileHistory.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Takeout {

namespace {

const QString lastFolderKey = QStringLiteral("files/lastFolder");
const QString recentFilesKey = QStringLiteral("files/recent");
const QString recentKindsKey = QStringLiteral("files/recentKinds");

} // namespace

QString FileHistory::lastFolder()
{
    QString folder = QSettings().value(lastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QStringList FileHistory::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void FileHistory::add(const QString &path, ExportKind kind)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    settings.setValue(lastFolderKey, QFileInfo(absolute).absolutePath());
    QStringList recent = settings.value(recentFilesKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    recent = recent.mid(0, maxRecent);
    settings.setValue(recentFilesKey, recent);
    // The kind picks the icon on the home page without reading the file again.
    const QVariantMap kinds = settings.value(recentKindsKey).toMap();
    QVariantMap kept;
    for (const QString &file : std::as_const(recent))
        kept.insert(file, file == absolute ? int(kind) : kinds.value(file, int(ExportKind::Json)));
    settings.setValue(recentKindsKey, kept);
}

ExportKind FileHistory::kind(const QString &path)
{
    const int value = QSettings().value(recentKindsKey).toMap().value(path, int(ExportKind::Json)).toInt();
    return value == int(ExportKind::AgentbotAccount)   ? ExportKind::AgentbotAccount
           : value == int(ExportKind::XpanderTemplate) ? ExportKind::XpanderTemplate
                                                       : ExportKind::Json;
}

void FileHistory::clear()
{
    QSettings settings;
    settings.remove(recentFilesKey);
    settings.remove(recentKindsKey);
}

} // namespace Takeout
