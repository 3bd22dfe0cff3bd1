#include "SecretPrompt.h"

#include <QTextStream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace Takeout {

namespace {

#ifdef Q_OS_WIN

HANDLE consoleInput = nullptr;
DWORD savedMode = 0;

// Runs on a thread of its own when Ctrl+C or Ctrl+Break arrives or the console closes.
BOOL WINAPI restoreConsole(DWORD /*event*/)
{
    SetConsoleMode(consoleInput, savedMode);
    return FALSE; // and then the default: the process ends
}

// Echo off for as long as it lives.
class HiddenTyping
{
public:
    HiddenTyping()
    {
        consoleInput = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(consoleInput, &savedMode);
        SetConsoleCtrlHandler(restoreConsole, TRUE);
        SetConsoleMode(consoleInput, savedMode & ~ENABLE_ECHO_INPUT);
    }
    ~HiddenTyping()
    {
        SetConsoleMode(consoleInput, savedMode);
        SetConsoleCtrlHandler(restoreConsole, FALSE);
    }
    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;
};

bool isTerminal()
{
    return _isatty(0) != 0;
}

#else

// What the signal handler puts back; written before the handlers are installed.
termios savedTerminal{};
volatile sig_atomic_t echoIsOff = 0;

constexpr int endingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreTerminalAndDie(int signal)
{
    if (echoIsOff != 0)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal, &fallback, nullptr);
    // Blocked until this handler returns; then the default action ends the process with this signal.
    raise(signal);
}

// Echo off for as long as it lives, with the handlers that undo it if a signal ends the process.
class HiddenTyping
{
public:
    HiddenTyping()
    {
        tcgetattr(STDIN_FILENO, &savedTerminal);
        struct sigaction handler = {};
        handler.sa_handler = restoreTerminalAndDie;
        sigemptyset(&handler.sa_mask);
        for (size_t i = 0; i < std::size(endingSignals); ++i)
            sigaction(endingSignals[i], &handler, &m_previous[i]);
        termios silent = savedTerminal;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        echoIsOff = 1;
    }
    ~HiddenTyping()
    {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        echoIsOff = 0;
        for (size_t i = 0; i < std::size(endingSignals); ++i)
            sigaction(endingSignals[i], &m_previous[i], nullptr);
    }
    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;

private:
    struct sigaction m_previous[std::size(endingSignals)]{};
};

bool isTerminal()
{
    return isatty(STDIN_FILENO) != 0;
}

#endif

} // namespace

QString SecretPrompt::read(const QString &prompt)
{
    const bool terminal = isTerminal();
    QTextStream err(stderr);
    std::string line;
    {
        std::optional<HiddenTyping> hidden;
        if (terminal) {
            hidden.emplace();
            err << prompt << Qt::flush;
        }
        std::getline(std::cin, line);
    }
    if (terminal)
        err << "\n" << Qt::flush;
    return QString::fromStdString(line).trimmed();
}

} // namespace Takeout
