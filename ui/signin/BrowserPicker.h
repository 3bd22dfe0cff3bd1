#pragma once

#include "base/Service.h"
#include "browsers/BrowserProfile.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QHBoxLayout;
class QMenu;
class QPushButton;
class QToolButton;

namespace Takeout {

class BrowserProfilesJob;

// One way to sign in: take the sign-in from a browser on this computer. One button for the browser of
// the last sign-in (else the first found), the others in a small menu, and what pressing reads. The
// profiles are listed off the UI thread each time the picker is shown; no cookie store is opened
// here, only when a browser is chosen (by the panel that composes this). Until the first listing
// answers the row stays hidden, so nothing is shown twice. The other ways to sign in (pasting) sit
// folded under "Other ways", open when no browser is found.
class BrowserPicker : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserPicker(Service service, QWidget *parent = nullptr);

    // The area unfolded by "Other ways"; the picker owns it from now on.
    void setOtherWays(QWidget *area);
    void setOtherWaysOpen(bool open);
    // A button at the end of the browser row (the panel's Sign out).
    void addButton(QWidget *button);
    // A control under the browser row, above "Other ways" (the panel's Remember on this computer).
    void addBelowButtons(QWidget *widget);
    // The picker's controls in reading order, for the panel's tab order (the other ways not included).
    QList<QWidget *> tabOrder() const;

    // The browsers found, the one of the last sign-in first.
    QList<Browser> browsers() const;
    // The profiles found for `browser`, in the order they are tried.
    QList<BrowserProfile> profiles(Browser browser) const;
    // After a sign-in was turned down: the button offers to take it from the same browser again.
    void setSignInAgain(bool again);
    void setBusy(bool busy);
    void focusBrowserButton();
    // Lists the profiles again (browsers come and go while the app runs).
    void refresh();

Q_SIGNALS:
    void browserChosen(Takeout::Browser browser);
    // The listing answered (the browser row shows what it found).
    void browsersListed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();

    Service m_service;
    QLabel *m_privacy;
    QPushButton *m_fromBrowser;
    QToolButton *m_otherBrowsers;
    QMenu *m_otherBrowsersMenu;
    QWidget *m_browserRow;
    QHBoxLayout *m_rowLayout;
    QList<QWidget *> m_addedButtons;
    QList<QWidget *> m_belowButtons;
    QToolButton *m_otherWays;
    QWidget *m_otherWaysArea = nullptr;
    QList<BrowserProfile> m_profiles;
    QPointer<BrowserProfilesJob> m_lookup;
    bool m_listed = false;
    bool m_signInAgain = false;
};

} // namespace Takeout
