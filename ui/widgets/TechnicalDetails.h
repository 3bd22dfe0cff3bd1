#pragma once

#include <QObject>
#include <QString>

class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Takeout {

class Failure;

// The "Details" button beside a problem's plain sentence and the technical text it unfolds, for the
// sign-in panel and the export dialogs: the server's own words (in its language), its status and what a
// developer needs. Folded until asked for. The two widgets belong to the parent, which places them.
class TechnicalDetails : public QObject
{
    Q_OBJECT

public:
    explicit TechnicalDetails(QWidget *parent);

    QPushButton *button() const { return m_button; }
    QPlainTextEdit *text() const { return m_text; }

    // The button appears when there is a detail to show; the text stays folded until it is pressed.
    void show(const QString &detail);
    // The server's words, its reasons for turning a request down, and the failure's detail.
    void show(const Failure &failure);
    // The text show(failure) unfolds.
    static QString text(const Failure &failure);
    void clear();

Q_SIGNALS:
    void toggled(bool shown);

private:
    QPushButton *m_button;
    QPlainTextEdit *m_text;
};

} // namespace Takeout
