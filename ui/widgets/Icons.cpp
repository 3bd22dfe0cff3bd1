#include "Icons.h"

#include "widgets/SymbolIconEngine.h"

#include <QPainter>
#include <QPixmap>

namespace Takeout {

namespace {

QIcon themed(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), QIcon(QString::fromLatin1(fallback)));
}

} // namespace

QIcon Icons::app()
{
    return themed("org.agenttakeout.AgentTakeout", ":/icons/app.svg");
}

QIcon Icons::home()
{
    return QIcon(new SymbolIconEngine(QStringLiteral(":/icons/home.svg")));
}

QIcon Icons::open()
{
    return themed("document-open", ":/icons/open.svg");
}

QIcon Icons::workspace()
{
    return QIcon(new SymbolIconEngine(QStringLiteral(":/icons/workspace.svg")));
}

QIcon Icons::service(Service service)
{
    // The services' own colours; no theme has them.
    return QIcon(service == Service::Agentbot ? QStringLiteral(":/icons/agentbot.svg")
                                              : QStringLiteral(":/icons/xpander.svg"));
}

QIcon Icons::exportKind(ExportKind kind)
{
    switch (kind) {
    // Drawn in the highlighted-text colour on a selected row (the sidebar's open exports, the recent list).
    case ExportKind::AgentbotAccount:
        return QIcon(new SymbolIconEngine(QStringLiteral(":/icons/account-export.svg")));
    case ExportKind::XpanderTemplate:
        return QIcon(new SymbolIconEngine(QStringLiteral(":/icons/template.svg")));
    case ExportKind::Json:
        break;
    }
    return themed("application-json", ":/icons/json-file.svg");
}

QIcon Icons::signInState(bool signedIn)
{
    return QIcon(signedIn ? QStringLiteral(":/icons/signed-in.svg") : QStringLiteral(":/icons/signed-out.svg"));
}

QIcon Icons::serviceWithState(Service service, bool signedIn)
{
    // Drawn at 1× and 2× so that it stays sharp on scaled screens.
    QIcon combined;
    const QIcon base = Icons::service(service);
    const QIcon state = signInState(signedIn);
    for (const int scale : {1, 2}) {
        const int side = 24 * scale;
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        base.paint(&painter, QRect(0, 0, side * 5 / 6, side * 5 / 6));
        state.paint(&painter, QRect(side / 2, side / 2, side / 2, side / 2));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        combined.addPixmap(pixmap);
    }
    return combined;
}

} // namespace Takeout
