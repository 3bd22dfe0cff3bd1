#include "FileHistory.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Takeout {

namespace {

const QString lastFolderKey = QStringLiteral("files/lastFolder");
const QString recentFilesKey = QStringLiteral("files/recent");

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

void FileHistory::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    settings.setValue(lastFolderKey, QFileInfo(absolute).absolutePath());
    QStringList recent = settings.value(recentFilesKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(recentFilesKey, recent.mid(0, maxRecent));
}

void FileHistory::clear()
{
    QSettings().remove(recentFilesKey);
}

} // namespace Takeout
