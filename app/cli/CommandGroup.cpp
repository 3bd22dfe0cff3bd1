#include "CommandGroup.h"

#include "text/TerminalText.h"

namespace Takeout {

CommandGroup::CommandGroup(QString path, QString summary, QString description, QObject *parent)
    : Command(std::move(path), std::move(summary), parent)
    , m_description(std::move(description))
{
    takeAnyArguments();
}

void CommandGroup::add(Command *command)
{
    command->setParent(this);
    m_commands << command;
    connect(command, &Command::done, this, [this](int code) { finish(code); });
    describeCommands();
}

QString CommandGroup::lastWord(const QString &path)
{
    return path.section(QLatin1Char(' '), -1);
}

QString CommandGroup::synopsis() const
{
    QStringList names;
    for (const Command *command : m_commands)
        names << lastWord(command->path());
    return QStringList{path(), names.join(QLatin1Char('|'))}.join(QLatin1Char(' ')).trimmed();
}

QString CommandGroup::helpText() const
{
    QString text = Command::helpText();
    if (m_helpIncludesCommands) {
        for (const Command *command : m_commands)
            text += QLatin1Char('\n') + command->helpText();
    }
    return text;
}

void CommandGroup::setEpilogue(const QString &text)
{
    m_epilogue = text;
    describeCommands();
}

void CommandGroup::describeCommands()
{
    qsizetype width = 0;
    QStringList names;
    for (const Command *command : std::as_const(m_commands)) {
        names << command->synopsis().mid(path().isEmpty() ? 0 : path().size() + 1);
        width = qMax(width, names.last().size());
    }
    QString description = m_description + QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (qsizetype i = 0; i < m_commands.size(); ++i)
        description += QLatin1String("  ") + names.at(i).leftJustified(width + 2) + m_commands.at(i)->summary() +
                       QLatin1Char('\n');
    if (!m_epilogue.isEmpty())
        description += QLatin1Char('\n') + m_epilogue;
    setDescription(description.trimmed());
    parser().clearPositionalArguments();
    parser().addPositionalArgument(QStringLiteral("command"), tr("The command to run."),
                                   path().isEmpty() ? QStringLiteral("COMMAND") : names.join(QLatin1Char('|')));
}

void CommandGroup::run()
{
    const QStringList words = positional();
    if (words.isEmpty()) {
        usage(tr("No command given."));
        return;
    }
    for (Command *command : std::as_const(m_commands)) {
        if (lastWord(command->path()) == words.first()) {
            command->start(words.mid(1));
            return;
        }
    }
    const QString typed = QStringList{path(), words.first()}.join(QLatin1Char(' ')).trimmed();
    usage(tr("Unknown command: %1").arg(TerminalText::escaped(typed)));
}

} // namespace Takeout
