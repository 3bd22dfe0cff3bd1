#include "FileHistory.h"

#include "base/Settings.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace Takeout {

QString FileHistory::lastFolder()
{
    QString folder = Settings::lastFolder();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QStringList FileHistory::recentFiles()
{
    return Settings::recentFiles();
}

void FileHistory::add(const QString &path, ExportKind kind)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Settings::setLastFolder(QFileInfo(absolute).absolutePath());
    QStringList recent = Settings::recentFiles();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    recent = recent.mid(0, maxRecent);
    Settings::setRecentFiles(recent);
    // The kind picks the icon on the home page without reading the file again.
    const QVariantMap kinds = Settings::recentKinds();
    QVariantMap kept;
    for (const QString &file : std::as_const(recent))
        kept.insert(file, file == absolute ? int(kind) : kinds.value(file, int(ExportKind::Json)));
    Settings::setRecentKinds(kept);
}

ExportKind FileHistory::kind(const QString &path)
{
    const int value = Settings::recentKinds().value(path, int(ExportKind::Json)).toInt();
    return value == int(ExportKind::AgentbotAccount)   ? ExportKind::AgentbotAccount
           : value == int(ExportKind::XpanderTemplate) ? ExportKind::XpanderTemplate
                                                       : ExportKind::Json;
}

void FileHistory::clear()
{
    Settings::clearRecentFiles();
}

} // namespace Takeout
