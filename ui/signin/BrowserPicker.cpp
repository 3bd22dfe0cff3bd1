#include "BrowserPicker.h"

#include "base/Settings.h"
#include "browsers/BrowserProfilesJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Takeout {

BrowserPicker::BrowserPicker(Service service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_privacy(new QLabel(this))
    , m_fromBrowser(new QPushButton(this))
    , m_otherBrowsers(new QToolButton(this))
    , m_otherBrowsersMenu(new QMenu(this))
    , m_browserRow(new QWidget(this))
    , m_rowLayout(new QHBoxLayout(m_browserRow))
    , m_otherWays(new QToolButton(this))
{
    setObjectName(QStringLiteral("browserPicker"));
    m_privacy->setObjectName(QStringLiteral("browserPrivacyLabel"));
    m_privacy->setTextFormat(Qt::PlainText);
    m_privacy->setWordWrap(true);
    m_fromBrowser->setObjectName(QStringLiteral("fromBrowserButton"));
    m_fromBrowser->setDefault(true);
    m_otherBrowsersMenu->setObjectName(QStringLiteral("otherBrowsersMenu"));
    m_otherBrowsers->setObjectName(QStringLiteral("otherBrowsersButton"));
    m_otherBrowsers->setText(tr("Other browsers"));
    m_otherBrowsers->setPopupMode(QToolButton::InstantPopup);
    m_otherBrowsers->setMenu(m_otherBrowsersMenu);
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->addWidget(m_fromBrowser);
    m_rowLayout->addWidget(m_otherBrowsers);
    m_rowLayout->addStretch();
    // Hidden until the first listing answers: what it shows depends on what is found.
    m_privacy->hide();
    m_fromBrowser->hide();
    m_otherBrowsers->hide();

    m_otherWays->setObjectName(QStringLiteral("otherWaysButton"));
    m_otherWays->setText(tr("Other ways"));
    m_otherWays->setCheckable(true);
    m_otherWays->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_otherWays->setArrowType(Qt::RightArrow);
    m_otherWays->setAutoRaise(true);
    connect(m_otherWays, &QToolButton::toggled, this, [this](bool open) {
        m_otherWays->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        if (m_otherWaysArea != nullptr)
            m_otherWaysArea->setVisible(open);
    });
    connect(m_fromBrowser, &QPushButton::clicked, this, [this] {
        const QList<Browser> found = browsers();
        if (!found.isEmpty())
            Q_EMIT browserChosen(found.first());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_privacy);
    layout->addWidget(m_browserRow);
    layout->addWidget(m_otherWays);
}

void BrowserPicker::setOtherWays(QWidget *area)
{
    m_otherWaysArea = area;
    area->setParent(this);
    area->setVisible(m_otherWays->isChecked());
    layout()->addWidget(area);
}

void BrowserPicker::setOtherWaysOpen(bool open)
{
    m_otherWays->setChecked(open);
}

void BrowserPicker::addButton(QWidget *button)
{
    // Before the stretch, after the browser buttons.
    m_rowLayout->insertWidget(m_rowLayout->count() - 1, button);
    m_addedButtons << button;
}

void BrowserPicker::addBelowButtons(QWidget *widget)
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->indexOf(m_otherWays), widget);
    m_belowButtons << widget;
}

QList<QWidget *> BrowserPicker::tabOrder() const
{
    return QList<QWidget *>{m_fromBrowser, m_otherBrowsers} + m_addedButtons + m_belowButtons +
           QList<QWidget *>{m_otherWays};
}

QList<Browser> BrowserPicker::browsers() const
{
    QList<Browser> found;
    for (const BrowserProfile &profile : m_profiles) {
        if (!found.contains(profile.browser))
            found << profile.browser;
    }
    // First the one the last sign-in came from, then the others in the usual order. No cookie store is
    // looked into before the button is pressed: the panel promises to read the browser only then.
    QList<Browser> ordered;
    Browser last = Browser::Firefox;
    if (BrowserInfo::parseId(Settings::signInBrowser(m_service), &last) && found.contains(last))
        ordered << last;
    for (const Browser browser : std::as_const(found)) {
        if (!ordered.contains(browser))
            ordered << browser;
    }
    return ordered;
}

QList<BrowserProfile> BrowserPicker::profiles(Browser browser) const
{
    QList<BrowserProfile> profiles;
    for (const BrowserProfile &profile : m_profiles) {
        if (profile.browser == browser)
            profiles << profile;
    }
    return profiles;
}

void BrowserPicker::setSignInAgain(bool again)
{
    m_signInAgain = again;
    updateButtons();
}

void BrowserPicker::setBusy(bool busy)
{
    m_fromBrowser->setEnabled(!busy);
    m_otherBrowsers->setEnabled(!busy);
}

void BrowserPicker::focusBrowserButton()
{
    m_fromBrowser->setFocus();
}

void BrowserPicker::refresh()
{
    if (m_lookup)
        return;
    // Without a URL the job lists the profiles only (folders and profiles.ini); it opens no cookie database.
    m_lookup = new BrowserProfilesJob(QUrl(), this);
    connect(m_lookup, &Job::finished, this, [this, job = m_lookup.data()] {
        m_profiles.clear();
        for (const BrowserProfilesJob::Entry &entry : job->entries())
            m_profiles << entry.profile;
        const bool first = !m_listed;
        m_listed = true;
        updateButtons();
        // Pasting is the way when no browser is there to take the sign-in from.
        if (first && m_profiles.isEmpty())
            setOtherWaysOpen(true);
        Q_EMIT browsersListed();
    });
    m_lookup->start();
}

void BrowserPicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void BrowserPicker::updateButtons()
{
    if (!m_listed)
        return;
    const QList<Browser> found = browsers();
    m_otherBrowsersMenu->clear();
    m_privacy->show();
    if (found.isEmpty()) {
        m_fromBrowser->hide();
        m_otherBrowsers->hide();
        m_privacy->setText(tr("No browser was found on this computer to take the Agentbot sign-in from (Firefox, "
                              "Chrome, Chromium, Edge, Brave, Vivaldi). Paste it under Other ways."));
        return;
    }
    const QString first = BrowserInfo::displayName(found.first());
    m_fromBrowser->setText(m_signInAgain ? tr("Take the sign-in from %1 again").arg(first)
                                         : tr("Use my sign-in from %1").arg(first));
    m_fromBrowser->show();
    m_privacy->setText(tr("Reads only the Agentbot cookies from %1 when you press the button; the sign-in is kept in "
                          "your keychain, never in a file.")
                           .arg(first));
    for (qsizetype i = 1; i < found.size(); ++i) {
        const Browser browser = found.at(i);
        QAction *action =
            m_otherBrowsersMenu->addAction(tr("Use my sign-in from %1").arg(BrowserInfo::displayName(browser)), this,
                                           [this, browser] { Q_EMIT browserChosen(browser); });
        action->setObjectName(QStringLiteral("fromBrowser-") + BrowserInfo::id(browser));
    }
    m_otherBrowsers->setVisible(found.size() > 1);
}

} // namespace Takeout
