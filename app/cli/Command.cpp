#include "Command.h"

#include "backup/ResticRepository.h"
#include "exports/ExportWriter.h"
#include "text/TerminalText.h"
#include "json/JsonDocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace Takeout {

Command::Command(QString path, QString summary, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_summary(std::move(summary))
{
    m_parser.addHelpOption();
}

QString Command::synopsis() const
{
    return QStringList(QStringList{m_path} + m_positionalSyntax).join(QLatin1Char(' '));
}

QString Command::helpText() const
{
    // Qt's usage line names only the program ("Usage: agent-takeout-cli [options] FILE"): the
    // command goes right after it.
    QString text = m_parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && !m_path.isEmpty())
        text.insert(at + program.size(), QLatin1Char(' ') + m_path);
    return text;
}

void Command::start(const QStringList &arguments)
{
    // QCommandLineParser skips the first word, which it takes for the program.
    if (!m_parser.parse(QStringList{QCoreApplication::arguments().value(0)} + arguments)) {
        usage(TerminalText::escaped(m_parser.errorText()));
        return;
    }
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        out() << helpText() << Qt::flush;
        finish(Success);
        return;
    }
    const QStringList words = positional();
    if (!m_anyArguments && words.size() < m_positionalSyntax.size() - m_optionalPositionals) {
        usage(tr("Missing %1.").arg(m_positionalSyntax.at(words.size())));
        return;
    }
    if (!m_anyArguments && words.size() > m_positionalSyntax.size()) {
        usage(tr("Unexpected argument: %1").arg(TerminalText::escaped(words.at(m_positionalSyntax.size()))));
        return;
    }
    run();
}

int Command::exitCodeFor(const Failure &error)
{
    using Kind = Failure::Kind;
    switch (error.kind()) {
    case Kind::None:
        return Success;
    case Kind::InvalidUrl:
    case Kind::InsecureUrl:
        return Usage;
    case Kind::FileExists:
    case Kind::FileWriteFailed:
        return BadFile;
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NoCredentials:
    case Kind::InvalidCredentials:
    case Kind::KeychainUnavailable:
    case Kind::KeychainDenied:
    case Kind::KeychainFailed:
    case Kind::BrowserNotFound:
    case Kind::NoBrowserSession:
    case Kind::BrowserStoreUnreadable:
    case Kind::BrowserValueUnreadable:
        return Authentication;
    case Kind::Network:
    case Kind::OutcomeUnknown:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::CrossOriginRedirect:
    case Kind::Cancelled:
        return Network;
    case Kind::NoAccess:
    case Kind::NotFound:
    case Kind::Validation:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::TooLarge:
    case Kind::NotJson:
    case Kind::InvalidJson:
    case Kind::NotAnExport:
        return Server;
    }
    return Server;
}

void Command::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void Command::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    const QString shown = syntax.isEmpty() ? name : syntax;
    m_parser.addPositionalArgument(name, description, shown);
    m_positionalSyntax << shown;
}

void Command::addOptionalPositional(const QString &name, const QString &description)
{
    addPositional(name, description, QStringLiteral("[%1]").arg(name));
    ++m_optionalPositionals;
}

void Command::takeAnyArguments()
{
    m_anyArguments = true;
    // The words after the command's name belong to the command it names, options included.
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

void Command::setDescription(const QString &description)
{
    m_parser.setApplicationDescription(description);
}

namespace {

// The keep options and the policy's count each one sets.
struct KeepOption
{
    const char *name;
    int KeepPolicy::*count;
};
constexpr KeepOption keepOptions[] = {{"keep", &KeepPolicy::last},
                                      {"keep-daily", &KeepPolicy::daily},
                                      {"keep-weekly", &KeepPolicy::weekly},
                                      {"keep-monthly", &KeepPolicy::monthly}};

} // namespace

void Command::addKeepOptions()
{
    addOption({QStringLiteral("keep"),
               tr("After a backup where everything was saved, keep the newest N complete backups in DIR "
                  "and delete older complete ones. Complete: the run got to the end and saved every item. "
                  "Failed or partial runs do not count toward N and are never deleted; newest goes by the "
                  "time in the folder name."),
               QStringLiteral("N")});
    addOption({QStringLiteral("keep-daily"),
               tr("After a complete backup, also keep the newest backup of each of the last D days that have one."),
               QStringLiteral("D")});
    addOption({QStringLiteral("keep-weekly"), tr("The same for the last W weeks."), QStringLiteral("W")});
    addOption({QStringLiteral("keep-monthly"),
               tr("The same for the last M months. The --keep options together keep every backup one of them "
                  "keeps; in a repository through restic forget --prune."),
               QStringLiteral("M")});
}

std::optional<KeepPolicy> Command::keepPolicy()
{
    KeepPolicy policy;
    for (const KeepOption &option : keepOptions) {
        const QString name = QLatin1String(option.name);
        if (!isSet(name))
            continue;
        bool ok = false;
        const int count = value(name).toInt(&ok);
        if (!ok || count < 1) {
            usage(tr("--%1 takes a whole number greater than 0.").arg(name));
            return std::nullopt;
        }
        policy.*option.count = count;
    }
    return policy;
}

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString Command::humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void Command::fail(const Failure &error)
{
    printError(error);
    finish(exitCodeFor(error));
}

void Command::printError(const Failure &error)
{
    QString line = error.message();
    if (!error.detail().isEmpty())
        line += QStringLiteral(" (%1)").arg(error.detail());
    err() << TerminalText::escaped(line) << '\n' << Qt::flush;
}

bool Command::readWhole(const QString &path, const JsonDocument &document)
{
    if (!document.changedOnDisk())
        return true;
    err() << TerminalText::escaped(path) << ": " << tr("the file changed on disk while it was being read") << '\n'
          << Qt::flush;
    finish(BadFile);
    return false;
}

bool Command::refusesAddressWithPassword(const QString &target)
{
    if (!ResticRepository::holdsPassword(target))
        return false;
    usage(tr("The repository's address holds a password. Leave it out of the address: there it would show in the "
             "list of running programs and in logs."));
    return true;
}

void Command::usage(const QString &message)
{
    err() << message << '\n'
          << (m_path.isEmpty() ? tr("Run agent-takeout-cli --help for the commands.")
                               : tr("Run agent-takeout-cli %1 --help for its options.").arg(m_path))
          << '\n'
          << Qt::flush;
    finish(usageCode());
}

void Command::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT done(code);
}

std::optional<ExportFile> Command::openExportFor(const QString &path, const QString &output, bool overwrite)
{
    if (!output.isEmpty() && QFileInfo(output).isSymLink()) {
        fail(ExportWriter::linkError(output));
        return std::nullopt;
    }
    if (!output.isEmpty() && QFileInfo::exists(output) && !overwrite) {
        fail(Failure(Failure::Kind::FileExists, output));
        return std::nullopt;
    }
    ExportFile file = ExportFile::open(path);
    if (!file.isOpen()) {
        err() << path << ": " << TerminalText::escaped(file.error.message) << '\n' << Qt::flush;
        finish(BadFile);
        return std::nullopt;
    }
    return file;
}

} // namespace Takeout
