#pragma once

#include <QFrame>
#include <QIcon>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace Takeout {

// The one inline bar for problems and notices in a panel or dialog: an icon, the sentence, and
// optionally buttons (Retry, Details) and a close button. Its colours come from the palette with the
// type's hue mixed in, so it reads in light and dark themes; an error is an alert to screen readers,
// and the accessible name is the sentence. Shown by showMessage(), hidden by hideMessage() or Close.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type
    {
        Information,
        Positive,
        Warning,
        Error
    };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    // Sets text and type and shows the bar (an error is announced to screen readers).
    void showMessage(const QString &text, Type type);
    // Hides the bar and forgets its text.
    void hideMessage();

    QString text() const;
    void setText(const QString &text);
    Type type() const { return m_type; }
    void setType(Type type);
    // Plain text by default: most sentences carry what a server said. Rich text where a caller needs
    // links; they open through linkActivated.
    void setTextFormat(Qt::TextFormat format);
    void setCloseButtonVisible(bool visible);
    bool isCloseButtonVisible() const;

    // A button at the bar's end; the caller connects it.
    QPushButton *addButton(const QString &text, const QString &objectName);
    // Places a button the caller made (TechnicalDetails' Details) at the bar's end.
    void addButton(QAbstractButton *button);

Q_SIGNALS:
    // The close button was pressed (the bar is hidden already).
    void closed();
    void linkActivated(const QString &link);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor hue() const;
    QIcon icon() const;
    int iconSide() const;
    void updateMargins();

    Type m_type = Type::Information;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace Takeout
