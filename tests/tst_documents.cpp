#include "TestSupport.h"
#include "base/BackgroundTask.h"
#include "documents/CsvTable.h"
#include "documents/DocumentContent.h"
#include "documents/DocumentWriter.h"
#include "documents/ExportTables.h"
#include "exports/CronSchedule.h"
#include "exports/ExportFile.h"
#include "exports/ExportJob.h"
#include "i18n/Translations.h"
#include "preview/AccountCharts.h"
#include "preview/DocumentActions.h"
#include "preview/ExportOverview.h"
#include "tables/ReadOnlyTable.h"
#include "tables/TableExport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Takeout;

// The documents and tables of real exports, read back the way a person's programs would: the PDF
// through poppler's pdftotext, the CSV through Python's csv module, the page and the Markdown as text.
class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvField_data();
    void csvField();
    void accountPdfWithoutDisplay();
    void templatePdf();
    void pdfShowsMarkupAsText();
    void webPageEscapesAndLoadsNothing();
    void markdownEscapes();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvOnStandardOutputHasNoMark();
    void hostileCellsNeutralised();
    void existingFileNeedsOverwrite();
    void neitherExportKind();
    void cancelledPdfIsEmpty();
    void overviewPicturesAndTableActions();
    void windowWritesOffTheUiThread();
    void printsTheSamePages();

private:
    QString write(const QString &name, const QByteArray &bytes);
    // The environment of a program started over SSH: no display, no platform chosen.
    static QProcessEnvironment noDisplay();
    static TestSupport::Run cli(const QStringList &arguments);
    QString pdfText(const QString &pdf);
    // Rows of a CSV file as Python's csv module reads them.
    QList<QStringList> readCsv(const QString &path);

    QTemporaryDir m_dir;
    QString m_account;
    QString m_template;
    QString m_hostile;
    QJsonObject m_accountJson;
    QJsonObject m_templateJson;
};

namespace {

const QString script = QStringLiteral("<script>alert(1)</script>");
const QString image = QStringLiteral("<img src=https://example.com/x.png onerror=alert(2)>");

QString simplified(const QByteArray &text)
{
    return QString::fromUtf8(text).simplified();
}

// A text without spaces and hyphens: a narrow table cell breaks "podcast-show-notes" at a hyphen, which
// pdftotext then joins without it.
QString squashed(QString text)
{
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
}

} // namespace

QString TestDocuments::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    return TestSupport::writeFile(path, bytes) ? path : QString();
}

QProcessEnvironment TestDocuments::noDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return environment;
}

TestSupport::Run TestDocuments::cli(const QStringList &arguments)
{
    return TestSupport::runCli(arguments, {}, noDisplay());
}

QString TestDocuments::pdfText(const QString &pdf)
{
    // In the order the page draws its text: a table's cells one after the other, not its columns mixed.
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Compatibility forms (the "fl" ligature the layout may set) as the letters a reader searches for.
    return simplified(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QList<QStringList> TestDocuments::readCsv(const QString &path)
{
    // utf-8-sig takes the byte order mark off, as spreadsheet programs do.
    const QString program = QStringLiteral("import csv, json, sys\n"
                                           "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                                           "    print(json.dumps(list(csv.reader(f, strict=True))))\n");
    QProcess process;
    process.start(QStringLiteral("python3"), {QStringLiteral("-c"), program, path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QList<QStringList> rows;
    for (const QJsonValue row : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

void TestDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // English, as the CLI writes with LANG=C: the plural forms of the schedule's words come from it.
    installTranslations(QLocale::c());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: packaging/dev.sh deps");
    const QByteArray account = DemoService::accountExport();
    m_accountJson = QJsonDocument::fromJson(account).object();
    m_account = write(QStringLiteral("account.json"), account);
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    QVERIFY(!agent.isEmpty());
    const QByteArray templ =
        DemoService::templateExport(agent.value(QStringLiteral("id")).toString(), {}, {}, {}, true);
    m_templateJson = QJsonDocument::fromJson(templ).object();
    m_template = write(QStringLiteral("template.json"), templ);

    // An account whose names are markup and formulas.
    QJsonObject hostile = m_accountJson;
    QJsonArray agents = hostile.value(QStringLiteral("agents")).toArray();
    const QStringList names = {script,
                               image,
                               QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                               QStringLiteral("+1+2"),
                               QStringLiteral("-3"),
                               QStringLiteral("@SUM(A1)"),
                               QStringLiteral("\tTab"),
                               QStringLiteral("\rReturn"),
                               QStringLiteral("a, \"quoted\"\nline"),
                               QStringLiteral("*star* _under_ [link](x) # | ` 1. x"),
                               QStringLiteral("Агент Ωmega Zoë")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QJsonObject one = agents.at(i % agents.size()).toObject();
        one.insert(QStringLiteral("name"), names.at(i));
        if (i < agents.size())
            agents.replace(i, one);
        else
            agents.append(one);
    }
    hostile.insert(QStringLiteral("agents"), agents);
    m_hostile = write(QStringLiteral("hostile.json"), QJsonDocument(hostile).toJson());
    QVERIFY(!m_account.isEmpty() && !m_template.isEmpty() && !m_hostile.isEmpty());
}

void TestDocuments::csvField_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("number");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("inbox") << false << QByteArray("inbox");
    QTest::newRow("comma") << QStringLiteral("a,b") << false << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << false << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << false << QByteArray("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << false << QByteArray("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << false << QByteArray("'+1");
    QTest::newRow("minus text") << QStringLiteral("-1") << false << QByteArray("'-1");
    QTest::newRow("minus number") << QStringLiteral("-1") << true << QByteArray("-1");
    QTest::newRow("at") << QStringLiteral("@x") << false << QByteArray("'@x");
    QTest::newRow("tab") << QStringLiteral("\tx") << false << QByteArray("'\tx");
    QTest::newRow("return") << QStringLiteral("\rx") << false << QByteArray("\"'\rx\"");
    QTest::newRow("utf-8") << QStringLiteral("Zürich 東京 🚀") << false << QStringLiteral("Zürich 東京 🚀").toUtf8();
}

void TestDocuments::csvField()
{
    QFETCH(QString, cell);
    QFETCH(bool, number);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvTable::field(cell, number), expected);
}

void TestDocuments::accountPdfWithoutDisplay()
{
    const QString pdf = m_dir.filePath(QStringLiteral("account.pdf"));
    const TestSupport::Run run = cli({QStringLiteral("document"), m_account, QStringLiteral("-o"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile(pdf).open(QIODevice::ReadOnly));
    QCOMPARE(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const QString squashedText = squashed(text);
    for (const QJsonValue agent : m_accountJson.value(QStringLiteral("agents")).toArray()) {
        const QString name = agent.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(squashedText.contains(squashed(name)), qPrintable(name));
    }
    for (const QJsonValue task : m_accountJson.value(QStringLiteral("scheduledTasks")).toArray()) {
        const QJsonObject object = task.toObject();
        QVERIFY(squashedText.contains(squashed(object.value(QStringLiteral("name")).toString())));
        const QString words = CronSchedule(object.value(QStringLiteral("cronSchedule")).toString()).toWords();
        QVERIFY2(text.contains(words), qPrintable(words));
    }
    for (const QJsonValue workflow : m_accountJson.value(QStringLiteral("workflows")).toArray())
        QVERIFY(squashedText.contains(squashed(workflow.toObject().value(QStringLiteral("name")).toString())));
    // The source file and the export's date on every page, and the page numbers.
    const int pages = int(text.count(QStringLiteral("account.json")));
    QVERIFY(pages >= 1);
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    const QString date = m_accountJson.value(QStringLiteral("exportedAt")).toString().left(10);
    QCOMPARE(int(text.count(date + QStringLiteral(" "))) >= pages, true);
    // The charts' numbers as text.
    QVERIFY(text.contains(QStringLiteral("gpt-4o")));
}

void TestDocuments::templatePdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("template.pdf"));
    const TestSupport::Run run = cli({QStringLiteral("document"), m_template, QStringLiteral("-o"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfText(pdf);
    const QJsonObject agent = m_templateJson.value(QStringLiteral("agent_definition")).toObject();
    const QString general =
        agent.value(QStringLiteral("instructions")).toObject().value(QStringLiteral("general")).toString().simplified();
    QVERIFY(!general.isEmpty());
    QVERIFY2(text.contains(general.left(40)), qPrintable(general.left(40)));
    const QJsonArray bases = agent.value(QStringLiteral("knowledge_bases")).toArray();
    QVERIFY(!bases.isEmpty());
    const QJsonObject document =
        bases.first().toObject().value(QStringLiteral("documents")).toArray().first().toObject();
    const QString content = document.value(QStringLiteral("content")).toString().simplified();
    QVERIFY(!content.isEmpty());
    QVERIFY2(text.contains(content.left(40)), qPrintable(content.left(40)));
    QVERIFY(text.contains(document.value(QStringLiteral("name")).toString()));
    for (const QJsonValue function : agent.value(QStringLiteral("custom_functions")).toArray())
        QVERIFY(text.contains(function.toObject().value(QStringLiteral("name")).toString()));
}

void TestDocuments::pdfShowsMarkupAsText()
{
    const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
    const TestSupport::Run run = cli({QStringLiteral("document"), m_hostile, QStringLiteral("-o"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = squashed(pdfText(pdf));
    QVERIFY2(text.contains(squashed(script)), qPrintable(text.left(2000)));
    QVERIFY(text.contains(squashed(image)));
    QVERIFY(text.contains(squashed(QStringLiteral("Агент Ωmega Zoë"))));
}

void TestDocuments::webPageEscapesAndLoadsNothing()
{
    const QString page = m_dir.filePath(QStringLiteral("hostile.html"));
    const TestSupport::Run run = cli({QStringLiteral("document"), m_hostile, QStringLiteral("-o"), page});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(script.toHtmlEscaped()));
    QVERIFY(html.contains(image.toHtmlEscaped()));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("Content-Security-Policy\" content=\"default-src 'none'")));
    // Nothing that a browser would fetch: no tag with an attribute naming an address, no style loading
    // one (the text's own "<" are all escaped, so every "<" starts a tag).
    static const QRegularExpression loads(
        QStringLiteral("<[^>]*\\b(src|href|action|srcset|data|poster)\\s*=|url\\(|@import"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!html.contains(loads), qPrintable(loads.match(html).captured()));
    // The addresses in the text are text.
    QVERIFY(html.contains(QStringLiteral("https://example.com/x.png")));
}

void TestDocuments::markdownEscapes()
{
    const QString markdown = m_dir.filePath(QStringLiteral("hostile.md"));
    const TestSupport::Run run = cli({QStringLiteral("document"), m_hostile, QStringLiteral("-o"), markdown,
                                      QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("\\<script\\>alert(1)\\</script\\>")));
    // Every "<" of the text has its backslash.
    static const QRegularExpression bare(QStringLiteral("(?<!\\\\)<"));
    QVERIFY2(!text.contains(bare), qPrintable(text.mid(int(bare.match(text).capturedStart()) - 20, 60)));
    QVERIFY(text.contains(QStringLiteral("\\*star\\* \\_under\\_ \\[link\\](x) # \\| \\`")));
    // A line break inside a cell would end the table: each record is one line.
    QVERIFY(text.contains(QStringLiteral("| a, \"quoted\" line |")));
}

void TestDocuments::csvRoundTrip_data()
{
    QTest::addColumn<bool>("account");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("records");
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    const QJsonObject definition =
        QJsonDocument::fromJson(
            DemoService::templateExport(agent.value(QStringLiteral("id")).toString(), {}, {}, {}, true))
            .object()
            .value(QStringLiteral("agent_definition"))
            .toObject();
    const QJsonObject account = QJsonDocument::fromJson(DemoService::accountExport()).object();
    int documents = 0;
    for (const QJsonValue base : definition.value(QStringLiteral("knowledge_bases")).toArray())
        documents += int(base.toObject().value(QStringLiteral("documents")).toArray().size());
    QTest::newRow("agents") << true << "agents" << int(account.value(QStringLiteral("agents")).toArray().size());
    QTest::newRow("scheduled-tasks") << true << "scheduled-tasks"
                                     << int(account.value(QStringLiteral("scheduledTasks")).toArray().size());
    QTest::newRow("workflows") << true << "workflows"
                               << int(account.value(QStringLiteral("workflows")).toArray().size());
    QTest::newRow("functions") << false << "functions"
                               << int(definition.value(QStringLiteral("custom_functions")).toArray().size());
    QTest::newRow("connectors") << false << "connectors"
                                << int(definition.value(QStringLiteral("connectors")).toArray().size());
    QTest::newRow("documents") << false << "documents" << documents;
}

void TestDocuments::csvRoundTrip()
{
    QFETCH(bool, account);
    QFETCH(QString, name);
    QFETCH(int, records);
    QVERIFY(records > 0);
    const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
    const TestSupport::Run run =
        cli({QStringLiteral("table"), account ? m_account : m_template, name, QStringLiteral("-o"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(CsvTable::bom));
    QCOMPARE(QFileInfo(csv).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.size(), records + 1);
    QCOMPARE(rows.first(), ExportTables::header(name));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.first().size());
    if (name == QLatin1String("agents")) {
        const QJsonObject first = m_accountJson.value(QStringLiteral("agents")).toArray().first().toObject();
        QCOMPARE(rows.at(1).at(0), first.value(QStringLiteral("name")).toString());
        // Times in ISO 8601, UTC.
        QCOMPARE(rows.at(1).at(3), first.value(QStringLiteral("createdAt")).toString());
    }
    if (name == QLatin1String("documents")) {
        const QJsonObject base = m_templateJson.value(QStringLiteral("agent_definition"))
                                     .toObject()
                                     .value(QStringLiteral("knowledge_bases"))
                                     .toArray()
                                     .first()
                                     .toObject();
        const QJsonObject document = base.value(QStringLiteral("documents")).toArray().first().toObject();
        QCOMPARE(rows.at(1).at(0), base.value(QStringLiteral("name")).toString());
        QCOMPARE(rows.at(1).at(1), document.value(QStringLiteral("name")).toString());
        QCOMPARE(rows.at(1).at(3), document.value(QStringLiteral("content")).toString());
    }
}

void TestDocuments::csvOnStandardOutputHasNoMark()
{
    const TestSupport::Run run = cli({QStringLiteral("table"), m_account, QStringLiteral("workflows")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.startsWith(CsvTable::bom));
    const QByteArray header =
        QByteArray(ExportTables::header(QStringLiteral("workflows")).join(QLatin1Char(',')).toUtf8()) + "\r\n";
    QVERIFY(run.out.startsWith(header));
    QCOMPARE(int(run.out.count("\r\n")), int(m_accountJson.value(QStringLiteral("workflows")).toArray().size()) + 1);
}

void TestDocuments::hostileCellsNeutralised()
{
    const QString csv = m_dir.filePath(QStringLiteral("hostile.csv"));
    const TestSupport::Run run =
        cli({QStringLiteral("table"), m_hostile, QStringLiteral("agents"), QStringLiteral("-o"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QStringList> rows = readCsv(csv);
    QStringList names;
    for (qsizetype i = 1; i < rows.size(); ++i)
        names << rows.at(i).at(0);
    QVERIFY(names.contains(script));
    QVERIFY(names.contains(QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")")));
    QVERIFY(names.contains(QStringLiteral("'+1+2")));
    QVERIFY(names.contains(QStringLiteral("'-3")));
    QVERIFY(names.contains(QStringLiteral("'@SUM(A1)")));
    QVERIFY(names.contains(QStringLiteral("'\tTab")));
    QVERIFY(names.contains(QStringLiteral("'\rReturn")));
    QVERIFY(names.contains(QStringLiteral("a, \"quoted\"\nline")));
    for (const QString &cell : names) {
        static const QString start = QStringLiteral("=+-@\t\r");
        QVERIFY2(!start.contains(cell.front()), qPrintable(cell));
    }
}

void TestDocuments::existingFileNeedsOverwrite()
{
    const QString out = write(QStringLiteral("taken.csv"), "keep");
    TestSupport::Run run =
        cli({QStringLiteral("table"), m_account, QStringLiteral("agents"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 2);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep"));
    file.close();
    run = cli({QStringLiteral("table"), m_account, QStringLiteral("agents"), QStringLiteral("-o"), out,
               QStringLiteral("--overwrite")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(CsvTable::bom));
    file.close();

    const QString pdf = write(QStringLiteral("taken.pdf"), "keep");
    run = cli({QStringLiteral("document"), m_account, QStringLiteral("-o"), pdf});
    QCOMPARE(run.exitCode, 2);
    // Never through a link.
    const QString target = write(QStringLiteral("target.html"), "target");
    const QString link = m_dir.filePath(QStringLiteral("link.html"));
    QVERIFY(QFile::link(target, link));
    run = cli({QStringLiteral("document"), m_account, QStringLiteral("-o"), link, QStringLiteral("--overwrite")});
    QCOMPARE(run.exitCode, 2);
    QFile targetFile(target);
    QVERIFY(targetFile.open(QIODevice::ReadOnly));
    QCOMPARE(targetFile.readAll(), QByteArray("target"));
    // A usage error: an unknown table, an unknown format.
    QCOMPARE(cli({QStringLiteral("table"), m_account, QStringLiteral("users")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("document"), m_account, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.doc"))})
                 .exitCode,
             1);
    // A table of the other kind.
    run = cli({QStringLiteral("table"), m_account, QStringLiteral("functions")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("agents, scheduled-tasks, workflows"));
}

void TestDocuments::neitherExportKind()
{
    const QString other = write(QStringLiteral("other.json"), R"({"hello": ["world", 42]})");
    TestSupport::Run run = cli({QStringLiteral("table"), other, QStringLiteral("agents")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("neither an Agentbot account nor an xpander.ai template"), run.err.constData());
    const QString pdf = m_dir.filePath(QStringLiteral("other.pdf"));
    run = cli({QStringLiteral("document"), other, QStringLiteral("-o"), pdf});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(pdfText(pdf).contains(QStringLiteral("\"hello\"")));
    const QString broken = write(QStringLiteral("broken.json"), "{");
    QCOMPARE(cli({QStringLiteral("document"), broken, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("b.md"))})
                 .exitCode,
             2);
}

void TestDocuments::cancelledPdfIsEmpty()
{
    const ExportFile file = ExportFile::open(m_template);
    QVERIFY(file.isOpen());
    const DocumentContent content = DocumentContent::build(*file.result.document, file.result.summary,
                                                           QStringLiteral("template.json"), {}, TaskControl());
    QVERIFY(!DocumentWriter::pdf(content, TaskControl()).isEmpty());
    auto state = std::make_shared<TaskControl::State>();
    state->cancelled.store(true);
    QVERIFY(DocumentWriter::pdf(content, TaskControl(state)).isEmpty());
    QCOMPARE(DocumentWriter::write(content, DocumentWriter::Format::Pdf, m_dir.filePath(QStringLiteral("c.pdf")),
                                   ExportWriter::Existing::Refuse, TaskControl(state))
                 .kind(),
             Failure::Kind::Cancelled);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("c.pdf"))));
}

void TestDocuments::overviewPicturesAndTableActions()
{
    const QByteArray bytes = DemoService::accountExport();
    const ExportJob::Checked checked = ExportJob::checkBody(bytes, ExportKind::AgentbotAccount, QString());
    ExportResult result;
    result.kind = ExportKind::AgentbotAccount;
    result.bytes = bytes;
    result.summary = checked.summary;
    result.document = checked.document;
    ExportOverview overview(result);
    overview.resize(1000, 700);
    overview.show();
    // The pictures, read on a worker, with their numbers for a screen reader.
    QTRY_VERIFY_WITH_TIMEOUT(overview.findChild<AccountCharts *>(), TestSupport::waitMs);
    QTRY_VERIFY(overview.findChild<AccountCharts *>()->isVisible());
    auto *week = overview.findChild<QWidget *>(QStringLiteral("weekGrid"));
    QVERIFY(week);
    const AccountPictures pictures = AccountPictures::read(
        *result.document, QDateTime::fromString(result.summary.exportedAt, Qt::ISODateWithMs).toUTC().date());
    QCOMPARE(week->accessibleDescription(), pictures.weekText());
    // The demo's daily 09:00 digest runs every day of the week.
    QVERIFY2(week->accessibleDescription().contains(QStringLiteral("09:00")),
             qPrintable(week->accessibleDescription()));
    auto *status = overview.findChild<QWidget *>(QStringLiteral("statusChart"));
    QVERIFY(status);
    QVERIFY2(status->accessibleDescription().contains(QStringLiteral("running: 4")),
             qPrintable(status->accessibleDescription()));
    QVERIFY(!week->grab().isNull());

    // Every table of records: Copy Rows as tab-separated text, and Export Table.
    auto *agents = overview.findChild<ReadOnlyTable *>(QStringLiteral("agentbotAgents"));
    QVERIFY(agents);
    QTRY_COMPARE(agents->model()->rowCount(), result.summary.agents);
    QVERIFY(agents->findChild<QAction *>(QStringLiteral("exportTableAction")));
    QVERIFY(agents->findChild<QAction *>(QStringLiteral("copyRowsAction")));
    agents->selectRow(0);
    agents->selectionModel()->select(agents->model()->index(2, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = TableExport::selectedRows(agents).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QJsonArray records = m_accountJson.value(QStringLiteral("agents")).toArray();
    QVERIFY(lines.at(0).startsWith(records.at(0).toObject().value(QStringLiteral("name")).toString() +
                                   QLatin1Char('\t') +
                                   records.at(0).toObject().value(QStringLiteral("model")).toString()));
    QVERIFY(
        lines.at(1).startsWith(records.at(2).toObject().value(QStringLiteral("name")).toString() + QLatin1Char('\t')));
    QCOMPARE(int(lines.at(0).count(QLatin1Char('\t'))), agents->model()->columnCount() - 1);
}

void TestDocuments::windowWritesOffTheUiThread()
{
    QWidget window;
    window.show();
    const ExportFile file = ExportFile::open(m_template);
    QVERIFY(file.isOpen());
    const QString path = m_dir.filePath(QStringLiteral("window.pdf"));
    QPointer<QWidget> progress =
        DocumentActions::writeDocument(&window, file.result, m_template, DocumentWriter::Format::Pdf, path);
    QVERIFY(qobject_cast<QProgressDialog *>(progress));
    QTRY_VERIFY_WITH_TIMEOUT(!progress, TestSupport::waitMs);
    const QString general = m_templateJson.value(QStringLiteral("agent_definition"))
                                .toObject()
                                .value(QStringLiteral("instructions"))
                                .toObject()
                                .value(QStringLiteral("general"))
                                .toString()
                                .simplified();
    QVERIFY(pdfText(path).contains(general.left(40)));
    QVERIFY(pdfText(path).contains(QStringLiteral("template.json")));

    // A template with thousands of documents, cancelled: no file, no message.
    QJsonObject large = m_templateJson;
    QJsonObject agent = large.value(QStringLiteral("agent_definition")).toObject();
    QJsonArray documents;
    for (int i = 0; i < 3000; ++i)
        documents.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("doc %1").arg(i)},
                                     {QStringLiteral("content"), QString(800, QChar(u'a' + i % 26))}});
    agent.insert(QStringLiteral("knowledge_bases"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("large")},
                                        {QStringLiteral("documents"), documents}}});
    large.insert(QStringLiteral("agent_definition"), agent);
    const QString source = write(QStringLiteral("large.json"), QJsonDocument(large).toJson());
    const ExportFile largeFile = ExportFile::open(source);
    QVERIFY(largeFile.isOpen());
    const QString unwritten = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QPointer<QProgressDialog> dialog = qobject_cast<QProgressDialog *>(
        DocumentActions::writeDocument(&window, largeFile.result, source, DocumentWriter::Format::Pdf, unwritten));
    QVERIFY(dialog);
    // Its Cancel button, as the user presses it.
    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, TestSupport::waitMs);
    BackgroundTask::threads()->waitForDone();
    QVERIFY(!QFileInfo::exists(unwritten));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("qt_msgbox_label")));
}

// Print… lays the document out on the printer Qt's print preview hands over: here one that prints to a
// PDF file, read back.
void TestDocuments::printsTheSamePages()
{
    const ExportFile file = ExportFile::open(m_account);
    QVERIFY(file.isOpen());
    const DocumentContent content = DocumentContent::build(*file.result.document, file.result.summary,
                                                           QStringLiteral("account.json"), {}, TaskControl());
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    QVERIFY(DocumentWriter::paint(content, &printer, TaskControl()));
    const QString text = squashed(pdfText(printed));
    QVERIFY(text.contains(squashed(QStringLiteral("Page 1 of"))));
    QVERIFY(text.contains(squashed(QStringLiteral("account.json · 2026-11-20 09:14 UTC"))));
    for (const QJsonValue workflow : m_accountJson.value(QStringLiteral("workflows")).toArray())
        QVERIFY(text.contains(squashed(workflow.toObject().value(QStringLiteral("name")).toString())));

    // From the window: laid out on a worker, then the preview opens over it, with the document's name.
    QWidget window;
    window.show();
    QPointer<QWidget> progress = DocumentActions::print(&window, file.result, m_account);
    QVERIFY(qobject_cast<QProgressDialog *>(progress));
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preview = window.findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))),
                             TestSupport::waitMs);
    QTRY_VERIFY(!progress);
    QTRY_VERIFY(preview->isVisible());
    QCOMPARE(preview->printer()->docName(), content.title);
    QPointer<QPrintPreviewDialog> closing = preview;
    preview->close();
    QTRY_VERIFY(!closing);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
