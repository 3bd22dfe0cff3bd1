#pragma once

#include "Command.h"

#include <QList>

namespace Takeout {

// A command whose first word names another command: the program itself, and "export" (account,
// template). Its --help lists the commands it holds, one line each.
class CommandGroup : public Command
{
    Q_OBJECT

public:
    CommandGroup(QString path, QString summary, QString description, QObject *parent = nullptr);

    // Takes ownership.
    void add(Command *command);
    // Whether --help also shows each command's own help (a short group like export: its options).
    void setHelpIncludesCommands(bool include) { m_helpIncludesCommands = include; }

    QString synopsis() const override;
    QString helpText() const override;

protected:
    void run() override;
    // After the list of commands, in --help (the program's words on credentials and exit codes).
    void setEpilogue(const QString &text);

private:
    // The program's or the group's description, the list of commands and the epilogue, for --help.
    void describeCommands();
    static QString lastWord(const QString &path);

    QString m_description;
    QString m_epilogue;
    QList<Command *> m_commands;
    bool m_helpIncludesCommands = false;
};

} // namespace Takeout
