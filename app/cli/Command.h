#pragma once

#include "base/Failure.h"
#include "base/KeepPolicy.h"
#include "exports/ExportFile.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <optional>

class QTextStream;

namespace Takeout {
class JsonDocument;
}

namespace Takeout {

// One command of agent-takeout-cli ("agents", "export template"): its own options, positional
// arguments and --help. start() parses the words after the command's name; an option or argument the
// command does not take is a usage error naming it. Every way out ends in done(code), once: one
// plain line per failure on stderr, and the exit code of its kind (packaging/man/agent-takeout-cli.1, EXIT STATUS).
class Command : public QObject
{
    Q_OBJECT

public:
    enum ExitCode
    {
        Success = 0,
        Usage = 1,
        BadFile = 2,
        Authentication = 3,
        Network = 4,
        Server = 5,
        // Created, but the check (--verify) found differences.
        Differences = 6,
    };

    // `path` is the command as typed after the program name ("export template"); empty for the
    // program itself. `summary` is its line in the list of commands.
    Command(QString path, QString summary, QObject *parent = nullptr);

    QString path() const { return m_path; }
    QString summary() const { return m_summary; }
    // The command with its positional arguments, for the list of commands: "get FILE PATH".
    virtual QString synopsis() const;
    virtual QString helpText() const;

    void start(const QStringList &arguments);

    static int exitCodeFor(const Failure &error);

Q_SIGNALS:
    void done(int exitCode);

protected:
    void addOption(const QCommandLineOption &option);
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    // A last positional argument that may be left out ("[FILE]" in the synopsis).
    void addOptionalPositional(const QString &name, const QString &description);
    // For a command whose words go on to another command (the command lists): any number is fine.
    void takeAnyArguments();
    void setDescription(const QString &description);
    // --keep N, --keep-daily D, --keep-weekly W and --keep-monthly M, as `backup` and `schedule` take them.
    void addKeepOptions();
    // The policy those options give (empty when none is set); nothing, after a usage error, when one of
    // them is not a whole number greater than 0.
    std::optional<KeepPolicy> keepPolicy();

    // Runs once the arguments have parsed; ends with finish(), now or later.
    virtual void run() = 0;
    // The exit code of a usage error: Usage, unless the command's codes give 1 another meaning.
    virtual int usageCode() const { return Usage; }

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QCommandLineParser &parser() { return m_parser; }

    static QTextStream &out();
    static QTextStream &err();
    // "1.2 MB", the same in every language (stdout is for scripts).
    static QString humanSize(qint64 bytes);

    // One line: the error's sentence, its detail in brackets (made safe for the terminal: both may
    // quote the server); then the exit code for its kind.
    void fail(const Failure &error);
    // fail()'s line alone, for a command that does more before it finishes.
    static void printError(const Failure &error);
    // The message and the hint to run --help; exit code usageCode().
    void usage(const QString &message);
    // True, after usage() with the reason, when a repository's address holds a password: there it would
    // be on restic's command line, in a scheduled unit and in error texts.
    bool refusesAddressWithPassword(const QString &target);
    // False, with the plain sentence and exit code 2, when the file under `document` changed on disk
    // while it was being read (what was read may then be wrong).
    bool readWhole(const QString &path, const JsonDocument &document);
    void finish(int code);
    bool isFinished() const { return m_finished; }
    // The export at `path`, opened for a command that writes `output` (empty: stdout). An output that
    // is a link, or that exists while `overwrite` is off, is refused before any work. On a problem it
    // is said, the command finishes, and nothing is returned.
    std::optional<ExportFile> openExportFor(const QString &path, const QString &output, bool overwrite);

private:
    QString m_path;
    QString m_summary;
    QCommandLineParser m_parser;
    QStringList m_positionalSyntax;
    int m_optionalPositionals = 0;
    bool m_anyArguments = false;
    bool m_finished = false;
};

} // namespace Takeout
