#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace Takeout {

// The application window. For now it shows which servers the app talks to; the sign-in panel,
// agent browser and export previews are added on top of it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Points both services at the built-in demo service.
    void useDemoService(const QUrl &url);

private:
    QLabel *m_status;
};

} // namespace Takeout
