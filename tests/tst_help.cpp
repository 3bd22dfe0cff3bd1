#include "TestSupport.h"
#include "help/HelpWindow.h"
#include "i18n/Translations.h"
#include "shell/MainWindow.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QScopeGuard>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Takeout;

// Help › User Guide: the guide from resources/help/ in its window, with real widgets offscreen.
class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothLanguagesHaveTheSameTopics();
    void f1OpensTheGuideFromTheHelpMenu();
    void everyControlIsNamedAndReachable();
    void searchKeepsTheTopicsWithTheWordsAndMarksThem();
    void aLinkToAnotherTopicMovesTheList();
    void germanGuideUnderTheGermanTranslation();

private:
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
};

namespace {

const QStringList englishTopics = {
    QStringLiteral("Getting started"),           QStringLiteral("Signing in"),
    QStringLiteral("Exporting and previewing"),  QStringLiteral("Opening saved files"),
    QStringLiteral("Comparing two exports"),     QStringLiteral("Backups and schedules"),
    QStringLiteral("The command line in short"), QStringLiteral("Settings and language"),
    QStringLiteral("Privacy and security"),      QStringLiteral("Troubleshooting"),
    QStringLiteral("Bring an agent back"),
};

} // namespace

void TestHelp::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutTests"));
    QApplication::setApplicationName(QStringLiteral("tst_help"));
    installTranslations(QLocale::c());
}

void TestHelp::bothLanguagesHaveTheSameTopics()
{
    // One file per topic, the same names in every language, so that links between topics work in each.
    const QStringList english = QDir(QStringLiteral(":/help/en")).entryList(QDir::Files, QDir::Name);
    QCOMPARE(english.size(), englishTopics.size());
    QCOMPARE(QDir(QStringLiteral(":/help/de")).entryList(QDir::Files, QDir::Name), english);
}

void TestHelp::f1OpensTheGuideFromTheHelpMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = child<QAction>(&window, "userGuideAction");
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(window.menuBar()->actions().constLast()->menu()->actions().contains(action));

    QTest::keyClick(&window, Qt::Key_F1);
    HelpWindow *help = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((help = window.findChild<HelpWindow *>()) && help->isVisible(), TestSupport::waitMs);
    QCOMPARE(help->topicTitles(), englishTopics);
    QCOMPARE(help->currentTitle(), englishTopics.first());
    const QString page = child<QTextBrowser>(help, "helpPage")->toPlainText();
    QVERIFY2(page.startsWith(QLatin1String("Getting started")), qPrintable(page.left(200)));
    QVERIFY(page.contains(QStringLiteral("Export my Agentbot account…")));

    // Asked again, the same window comes to the front.
    action->trigger();
    QCOMPARE(window.findChildren<HelpWindow *>().size(), 1);
}

void TestHelp::everyControlIsNamedAndReachable()
{
    HelpWindow help;
    help.show();
    QVERIFY(QTest::qWaitForWindowActive(&help));
    for (const char *name : {"helpSearch", "helpTopics", "helpPage"}) {
        auto *widget = child<QWidget>(&help, name);
        QVERIFY2(widget, name);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        QVERIFY2(!QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name).isEmpty(), name);
    }
    // Tab goes from the search field to the topics.
    child<QLineEdit>(&help, "helpSearch")->setFocus();
    QTest::keyClick(child<QWidget>(&help, "helpSearch"), Qt::Key_Tab);
    QVERIFY(child<QWidget>(&help, "helpTopics")->hasFocus());

    // Ctrl+F goes to the search field from anywhere in the window.
    child<QWidget>(&help, "helpTopics")->setFocus();
    QTest::keyClick(&help, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>(&help, "helpSearch")->hasFocus());
    // The list moves with the keyboard and the page follows.
    child<QWidget>(&help, "helpTopics")->setFocus();
    QTest::keyClick(child<QWidget>(&help, "helpTopics"), Qt::Key_Down);
    QCOMPARE(help.currentTitle(), englishTopics.at(1));
    QVERIFY(child<QTextBrowser>(&help, "helpPage")->toPlainText().startsWith(englishTopics.at(1)));

    // Escape closes the window, and it goes.
    QPointer<HelpWindow> closing = new HelpWindow;
    closing->show();
    QVERIFY(QTest::qWaitForWindowActive(closing));
    QTest::keyClick(closing, Qt::Key_Escape);
    QTRY_VERIFY(closing.isNull());
}

void TestHelp::searchKeepsTheTopicsWithTheWordsAndMarksThem()
{
    HelpWindow help;
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    auto *search = child<QLineEdit>(&help, "helpSearch");
    auto *page = child<QTextBrowser>(&help, "helpPage");

    QTest::keyClicks(search, QStringLiteral("keychain"));
    const QStringList found = help.visibleTopicTitles();
    QVERIFY2(found.contains(QStringLiteral("Privacy and security")), qPrintable(found.join(u',')));
    QVERIFY2(!found.contains(QStringLiteral("Comparing two exports")), qPrintable(found.join(u',')));
    QVERIFY(found.contains(help.currentTitle()));
    // Every place of the word in the open page is marked, and the first one is selected.
    help.showTopic(int(englishTopics.indexOf(QStringLiteral("Signing in"))));
    QCOMPARE(help.currentTitle(), QStringLiteral("Signing in"));
    const QList<QTextEdit::ExtraSelection> marks = page->extraSelections();
    QCOMPARE(marks.size(), int(page->toPlainText().count(QLatin1String("keychain"), Qt::CaseInsensitive)));
    QVERIFY(marks.size() >= 2);
    for (const QTextEdit::ExtraSelection &mark : marks)
        QCOMPARE(mark.cursor.selectedText().toLower(), QStringLiteral("keychain"));
    QCOMPARE(page->textCursor().selectionStart(), marks.first().cursor.selectionStart());
    // Enter goes to the next place, and from the last back to the first.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page->textCursor().selectionStart(), marks.at(1).cursor.selectionStart());
    page->setTextCursor(marks.last().cursor);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page->textCursor().selectionStart(), marks.first().cursor.selectionStart());

    // Every word must be in a topic for it to stay.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("systemd timer"));
    QVERIFY(help.visibleTopicTitles().contains(QStringLiteral("Backups and schedules")));
    QVERIFY(!help.visibleTopicTitles().contains(QStringLiteral("Signing in")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("xylophone"));
    QVERIFY(help.visibleTopicTitles().isEmpty());
    QVERIFY(child<QLabel>(&help, "helpNoMatch")->isVisible());

    search->clear();
    QCOMPARE(help.visibleTopicTitles(), englishTopics);
    QVERIFY(!child<QLabel>(&help, "helpNoMatch")->isVisible());
    QVERIFY(page->extraSelections().isEmpty());
}

void TestHelp::aLinkToAnotherTopicMovesTheList()
{
    HelpWindow help;
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    auto *page = child<QTextBrowser>(&help, "helpPage");
    // The first page links to every other topic by its file name.
    QTextDocument *document = page->document();
    QString link;
    for (QTextBlock block = document->begin(); block.isValid() && link.isEmpty(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref().contains(QLatin1String("06-"))) {
                link = it.fragment().charFormat().anchorHref();
                break;
            }
        }
    }
    QCOMPARE(link, QStringLiteral("06-backups-and-schedules.md"));
    page->setSource(page->source().resolved(QUrl(link)));
    QCOMPARE(help.currentTitle(), QStringLiteral("Backups and schedules"));
    QVERIFY(page->toPlainText().startsWith(QLatin1String("Backups and schedules")));
}

void TestHelp::germanGuideUnderTheGermanTranslation()
{
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    const auto backToEnglish = qScopeGuard([] { installTranslations(QLocale::c()); });
    QCOMPARE(HelpWindow::language(), QStringLiteral("de"));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = child<QAction>(&window, "userGuideAction");
    QCOMPARE(action->text().remove(u'&'), QStringLiteral("Anleitung"));
    action->trigger();
    auto *help = window.findChild<HelpWindow *>();
    QVERIFY(help);
    QCOMPARE(help->topicTitles().size(), englishTopics.size());
    QCOMPARE(help->topicTitles().first(), QStringLiteral("Erste Schritte"));
    QCOMPARE(help->topicTitles().last(), QStringLiteral("Einen Agenten zurückholen"));
    QVERIFY(help->windowTitle().contains(QLatin1String("Anleitung")));
    QCOMPARE(child<QLineEdit>(help, "helpSearch")->accessibleName(), QStringLiteral("Anleitung durchsuchen"));

    help->search(QStringLiteral("Schlüsselbund"));
    QVERIFY(help->visibleTopicTitles().contains(QStringLiteral("Datenschutz und Sicherheit")));
    const QList<QTextEdit::ExtraSelection> marks = child<QTextBrowser>(help, "helpPage")->extraSelections();
    QVERIFY(!marks.isEmpty());
    QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("Schlüsselbund"));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
