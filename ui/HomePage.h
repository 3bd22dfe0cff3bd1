#pragma once

#include "accounts/Service.h"

#include <QWidget>

class QAction;
class QCommandLinkButton;
class QLabel;
class QListWidget;
class QPushButton;

namespace Takeout {

class Accounts;

// The first page: the three tasks as large buttons, each service's sign-in state in words, and the
// recent exports, opened with one click. Each empty state says what to do and offers it.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Accounts *accounts, QWidget *parent = nullptr);

    // The number of xpander.ai agents listed, for the badge (-1 while unknown).
    void setXpanderAgentCount(int count);
    // Reads the recent files again (after something was saved or opened).
    void updateRecent();

Q_SIGNALS:
    void backUpAccountRequested();
    void exportTemplateRequested();
    void openRequested();
    void openFileRequested(const QString &path);
    // The recent list's context menu: one file against another yet to be chosen, or the two selected.
    void compareWithRequested(const QString &path);
    void compareRequested(const QString &first, const QString &second);
    void signInRequested(Takeout::Service service);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateBadges();

    Accounts *m_accounts;
    QCommandLinkButton *m_backUp;
    QCommandLinkButton *m_exportTemplate;
    QCommandLinkButton *m_open;
    QLabel *m_agentbotIcon;
    QLabel *m_agentbotBadge;
    QPushButton *m_agentbotSignIn;
    QLabel *m_xpanderIcon;
    QLabel *m_xpanderBadge;
    QPushButton *m_xpanderSignIn;
    QListWidget *m_recent;
    QLabel *m_noRecent;
    QAction *m_compareWith;
    QAction *m_compareTwo;
    int m_xpanderAgents = -1;
};

} // namespace Takeout
