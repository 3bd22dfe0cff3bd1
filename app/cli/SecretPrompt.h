#pragma once

#include <QString>

namespace Takeout {

// One line from standard input. When that is a terminal, the prompt goes to stderr and the typing is
// not echoed; the terminal gets its echo back on every way out: the normal return, and SIGINT,
// SIGTERM, SIGHUP and SIGQUIT (Ctrl+C, a kill, a closed window), whose handlers put the saved
// settings back and then let the signal end the process as it would have.
class SecretPrompt
{
public:
    static QString read(const QString &prompt);
};

} // namespace Takeout
