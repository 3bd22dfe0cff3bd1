#pragma once

#include <QDate>
#include <QString>

namespace Takeout {

// File names that come from a server (or an agent's name) are untrusted. These turn them into a
// name that is safe on every desktop file system: one component, no control or reserved characters,
// no leading dot, no reserved Windows device name, a `.json` ending and a bounded length.
class SafeFileName
{
public:
    static QString sanitize(const QString &untrusted, const QString &fallback);

    static QString agentbotFallback(const QDate &date = QDate::currentDate());
    static QString xpanderTemplate(const QString &agentName, const QDate &date = QDate::currentDate());

    // Lower-case ASCII words joined by '-', for use inside file names ("Café Übersetzer" -> "cafe-ubersetzer").
    static QString slug(const QString &text, int maxLength = 48);

    static constexpr int maxUtf8Bytes = 200;
};

} // namespace Takeout
