#include "PlainToolTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QTabBar>
#include <QTextDocument>
#include <QToolTip>

namespace Takeout {

void PlainToolTips::install()
{
    const QString name = QStringLiteral("plainToolTips");
    if (qApp == nullptr || qApp->findChild<PlainToolTips *>(name, Qt::FindDirectChildrenOnly) != nullptr)
        return;
    auto *filter = new PlainToolTips(qApp);
    filter->setObjectName(name);
    qApp->installEventFilter(filter);
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    const auto *help = static_cast<QHelpEvent *>(event);
    QString text;
    QRect area;
    if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
        view != nullptr && widget == view->viewport()) {
        const QModelIndex index = view->indexAt(help->pos());
        text = index.data(Qt::ToolTipRole).toString();
        area = view->visualRect(index);
    } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        const int tab = tabs->tabAt(help->pos());
        text = tab < 0 ? QString() : tabs->tabToolTip(tab);
        area = tab < 0 ? QRect() : tabs->tabRect(tab);
    } else {
        text = widget->toolTip();
    }
    if (text.isEmpty())
        return false; // Qt's own handling: hidden, or the parent's tooltip
    QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), widget, area);
    return true;
}

} // namespace Takeout
