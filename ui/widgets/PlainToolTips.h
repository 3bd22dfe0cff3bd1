#pragma once

#include <QObject>

namespace Takeout {

// Every tooltip of the application shown as plain text. A tooltip guesses rich text (Qt::mightBeRichText),
// and many of ours show what we did not write: agent names, values and paths from a file, a server's
// detail. One filter on the application, installed once by the main window, catches the tooltip events
// of every widget, item view and tab bar, and shows their text escaped: markup reads as the characters
// it is made of, and no link can be planted. Our own tooltips have no markup, so they read the same.
class PlainToolTips : public QObject
{
    Q_OBJECT

public:
    // Installs the filter on the application, once however often it is called.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Takeout
