#include "MessageWidget.h"

#include "widgets/Icons.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace Takeout {

namespace {

// An error is an alert; the others are text a screen reader reads when it comes to it.
class MessageAccessible : public QAccessibleWidget
{
public:
    explicit MessageAccessible(MessageWidget *widget)
        : QAccessibleWidget(widget, QAccessible::StaticText)
    {
    }

    QAccessible::Role role() const override
    {
        return static_cast<const MessageWidget *>(widget())->type() == MessageWidget::Type::Error
                   ? QAccessible::AlertMessage
                   : QAccessible::StaticText;
    }
};

QAccessibleInterface *accessibleFactory(const QString & /*className*/, QObject *object)
{
    if (auto *message = qobject_cast<MessageWidget *>(object))
        return new MessageAccessible(message);
    return nullptr;
}

QColor mixed(const QColor &base, const QColor &hue, float share)
{
    return QColor::fromRgbF(base.redF() * (1 - share) + hue.redF() * share,
                            base.greenF() * (1 - share) + hue.greenF() * share,
                            base.blueF() * (1 - share) + hue.blueF() * share);
}

constexpr int radius = 4;

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(accessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)

    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_text, &QLabel::linkActivated, this, &MessageWidget::linkActivated);

    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
    m_close->hide();
    connect(m_close, &QToolButton::clicked, this, [this] {
        hideMessage();
        Q_EMIT closed();
    });

    m_buttons->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    updateMargins();
    setType(Type::Information);
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    setType(type);
    setText(text);
    show();
    if (type == Type::Error && QAccessible::isActive()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MessageWidget::hideMessage()
{
    hide();
    setText(QString());
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleName(m_text->textFormat() == Qt::PlainText ? text
                                                            : QTextDocumentFragment::fromHtml(text).toPlainText());
}

void MessageWidget::setType(Type type)
{
    m_type = type;
    switch (type) {
    case Type::Information:
        setAccessibleDescription(tr("Information"));
        break;
    case Type::Positive:
        setAccessibleDescription(tr("Done"));
        break;
    case Type::Warning:
        setAccessibleDescription(tr("Warning"));
        break;
    case Type::Error:
        setAccessibleDescription(tr("Problem"));
        break;
    }
    update();
}

void MessageWidget::setTextFormat(Qt::TextFormat format)
{
    m_text->setTextFormat(format);
    // Links, where there are any, are reached with Tab like any other control.
    m_text->setTextInteractionFlags(format == Qt::PlainText ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                                            : Qt::TextBrowserInteraction);
    setText(m_text->text());
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

bool MessageWidget::isCloseButtonVisible() const
{
    return !m_close->isHidden();
}

QPushButton *MessageWidget::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    addButton(button);
    return button;
}

void MessageWidget::addButton(QAbstractButton *button)
{
    m_buttons->addWidget(button, 0, Qt::AlignTop);
}

QColor MessageWidget::hue() const
{
    switch (m_type) {
    case Type::Information:
        return palette().color(QPalette::Highlight);
    case Type::Positive:
        return {0x27, 0xae, 0x60};
    case Type::Warning:
        return {0xf6, 0x74, 0x00};
    case Type::Error:
        return {0xda, 0x44, 0x53};
    }
    return palette().color(QPalette::Highlight);
}

QIcon MessageWidget::icon() const
{
    // The icon theme's where there is one; else the style's, or the app's own tick.
    switch (m_type) {
    case Type::Information:
        return QIcon::fromTheme(QStringLiteral("dialog-information"),
                                style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this));
    case Type::Positive:
        return QIcon::fromTheme(QStringLiteral("dialog-positive"), Icons::signInState(true));
    case Type::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
    case Type::Error:
        return QIcon::fromTheme(QStringLiteral("dialog-error"),
                                style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this));
    }
    return {};
}

int MessageWidget::iconSide() const
{
    // As tall as a line and a bit: it grows with the font, and is painted at the screen's scale.
    return qRound(fontMetrics().height() * 1.4);
}

void MessageWidget::updateMargins()
{
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    layout()->setContentsMargins(margin + iconSide() + qMax(spacing, margin), margin, margin, margin);
}

void MessageWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor window = palette().color(QPalette::Window);
    const QColor colour = hue();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(mixed(window, colour, 0.8F), 1));
    painter.setBrush(mixed(window, colour, 0.2F));
    painter.drawRoundedRect(frame, radius, radius);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this);
    const int side = iconSide();
    // Level with the first line of text.
    const int top = m_text->geometry().top() + qMax(0, (m_text->fontMetrics().height() - side) / 2);
    icon().paint(&painter, QRect(margin, top, side, side));
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        updateMargins();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update();
}

} // namespace Takeout
