#include "TestSupport.h"
#include "widgets/MessageWidget.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Takeout;

// The inline bar for problems and notices, as a panel uses it: real widgets, offscreen.
class TestMessageWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTextAndType();
    void errorIsAnAlert();
    void closeButtonHides();
    void actionButtonsAreThere();
    void richTextOnlyWhenAsked();
    void readsInLightAndDarkPalettes();

private:
    // The colour inside the frame, away from the icon and the text.
    static QColor background(MessageWidget &message);
};

void TestMessageWidget::showsTextAndType()
{
    QWidget window;
    auto *message = new MessageWidget(&window);
    new QVBoxLayout(&window);
    window.layout()->addWidget(message);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!message->isVisible()); // nothing to say yet

    message->showMessage(QStringLiteral("Saved."), MessageWidget::Type::Positive);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Saved."));
    QCOMPARE(message->type(), MessageWidget::Type::Positive);
    QCOMPARE(message->accessibleName(), QStringLiteral("Saved."));
    auto *text = message->findChild<QLabel *>(QStringLiteral("messageText"));
    QVERIFY(text->wordWrap());
    QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);

    // A long sentence wraps: the bar grows in height, not in width.
    message->showMessage(QStringLiteral("word ").repeated(200), MessageWidget::Type::Warning);
    QCOMPARE(message->type(), MessageWidget::Type::Warning);
    QVERIFY(message->minimumSizeHint().width() < 300);
    QVERIFY(message->hasHeightForWidth());
    QVERIFY(message->heightForWidth(300) > 5 * text->fontMetrics().height());

    message->hideMessage();
    QVERIFY(!message->isVisible());
    QVERIFY(message->text().isEmpty());
}

void TestMessageWidget::errorIsAnAlert()
{
    MessageWidget message;
    message.showMessage(QStringLiteral("The server did not answer."), MessageWidget::Type::Error);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&message);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::AlertMessage);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("The server did not answer."));
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("Problem"));
    message.showMessage(QStringLiteral("Checking…"), MessageWidget::Type::Information);
    QCOMPARE(accessible->role(), QAccessible::StaticText);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Checking…"));
}

void TestMessageWidget::closeButtonHides()
{
    MessageWidget message;
    auto *close = message.findChild<QToolButton *>(QStringLiteral("messageCloseButton"));
    QVERIFY(close);
    message.showMessage(QStringLiteral("Signed out."), MessageWidget::Type::Information);
    QVERIFY(!close->isVisible()); // only where the caller wants one
    message.setCloseButtonVisible(true);
    QVERIFY(close->isVisible());
    QVERIFY(!close->accessibleName().isEmpty());
    QSignalSpy closed(&message, &MessageWidget::closed);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(closed.size(), 1);
    QVERIFY(message.isHidden());
}

void TestMessageWidget::actionButtonsAreThere()
{
    MessageWidget message;
    QPushButton *retry = message.addButton(QStringLiteral("&Retry"), QStringLiteral("retryButton"));
    auto *own = new QPushButton(QStringLiteral("&Details"));
    message.addButton(own);
    QCOMPARE(own->parentWidget(), &message);
    QCOMPARE(message.findChild<QPushButton *>(QStringLiteral("retryButton")), retry);
    message.showMessage(QStringLiteral("Could not save."), MessageWidget::Type::Error);
    QVERIFY(retry->isVisible());
    QVERIFY(retry->focusPolicy() & Qt::TabFocus);
    QSignalSpy pressed(retry, &QPushButton::clicked);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(pressed.size(), 1);
}

void TestMessageWidget::richTextOnlyWhenAsked()
{
    MessageWidget message;
    message.showMessage(QStringLiteral("<b>not bold</b>"), MessageWidget::Type::Error);
    auto *text = message.findChild<QLabel *>(QStringLiteral("messageText"));
    QCOMPARE(text->textFormat(), Qt::PlainText); // what a server said is never read as markup
    message.setTextFormat(Qt::RichText);
    message.showMessage(QStringLiteral("See <a href=\"https://example.org/help\">the help</a>."),
                        MessageWidget::Type::Information);
    QCOMPARE(message.accessibleName(), QStringLiteral("See the help."));
    QVERIFY(text->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    QSignalSpy links(&message, &MessageWidget::linkActivated);
    Q_EMIT text->linkActivated(QStringLiteral("https://example.org/help"));
    QCOMPARE(links.size(), 1);
}

QColor TestMessageWidget::background(MessageWidget &message)
{
    message.resize(400, 80);
    const QImage image = message.grab().toImage();
    return image.pixelColor(image.width() - 4, image.height() - 4);
}

void TestMessageWidget::readsInLightAndDarkPalettes()
{
    MessageWidget message;
    message.showMessage(QStringLiteral("The export could not be generated."), MessageWidget::Type::Error);

    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    message.setPalette(light);
    const QColor onLight = background(message);
    // Tinted red, and light enough for the black text.
    QVERIFY2(onLight.red() > onLight.green() && onLight.red() > onLight.blue(), qPrintable(onLight.name()));
    QVERIFY2(onLight.lightness() > 160, qPrintable(onLight.name()));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    message.setPalette(dark);
    const QColor onDark = background(message);
    QVERIFY2(onDark.red() > onDark.green() && onDark.red() > onDark.blue(), qPrintable(onDark.name()));
    QVERIFY2(onDark.lightness() < 100, qPrintable(onDark.name()));

    // The types can be told apart by colour too, not by colour alone (icon and description).
    message.showMessage(QStringLiteral("Signed in."), MessageWidget::Type::Positive);
    const QColor positive = background(message);
    QVERIFY2(positive.green() > positive.red(), qPrintable(positive.name()));
}

QTEST_MAIN(TestMessageWidget)
#include "tst_messagewidget.moc"
