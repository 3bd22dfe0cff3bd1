#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QVBoxLayout>

namespace Takeout {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Agent Takeout"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<h2>Agent Takeout</h2><p>Get your data out of Agentbot and xpander.ai.</p>"), central);
    title->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Server status"));
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addStretch();
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    resize(720, 480);
}

void MainWindow::useDemoService(const QUrl &url)
{
    m_status->setText(tr("Using the built-in demo service at %1.").arg(url.toString()));
}

} // namespace Takeout
