// agent-takeout-bench: makes realistic exports of a chosen size, and measures how the app's JSON
// engine and tree model load, show and search them, beside the QJsonDocument baseline.
//
//   agent-takeout-bench --generate account|template --mb N -o FILE
//   agent-takeout-bench --generate account --mb N --edit-percent P --seed S -o FILE
//                                                     the same account with about P % of its records
//                                                     edited (most changed, some removed, some added)
//   agent-takeout-bench --diff OLD NEW                compare two exports as `agent-takeout-cli diff`
//   agent-takeout-bench FILE [--find TEXT]            the engine and model the app uses
//   agent-takeout-bench FILE --baseline               QJsonDocument::fromJson alone
//   agent-takeout-bench FILE --simdjson dom|ondemand  simdjson: read and parse (DOM), or read and walk
//                                                     every value (on-demand)
//   agent-takeout-bench FILE --compare N [--find TEXT]
//                                                     every route above, each in its own process, N
//                                                     rounds in turn; medians and ratios to the engine
//   agent-takeout-bench FILE --ui                     the engine's load alone (the median of three), then
//                                                     the file opened in the app's window: when the
//                                                     overview and the tree's first rows were painted,
//                                                     and the longest the UI thread was held while it
//                                                     loaded
//   agent-takeout-bench FILE --ui --trace             also names, on stderr, each UI-thread event that
//                                                     took over 2 ms, and each stall over 15 ms
//
// Prints one JSON line. Peak memory is the process's maximum resident set, so measure each route
// in its own run.

#include "base/Settings.h"
#include "diff/DocumentPair.h"
#include "diff/JsonDiff.h"
#include "exports/ExportFile.h"
#include "preview/ExportPreview.h"
#include "shell/MainWindow.h"
#include "tables/RecordTableModel.h"
#include "json/JsonDocument.h"
#include "json/JsonSearch.h"
#include "json/JsonTreeModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>

#include <simdjson.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Takeout;

namespace {

double peakRssMb();

// CPU time of this process so far, user and system: less disturbed than wall time when the machine
// is shared.
double cpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
    return -1;
#endif
}

// Every value of an on-demand document, visited once: keys, strings and numbers as their raw text, as
// the engine keeps them.
quint64 walk(simdjson::ondemand::value value)
{
    // Error codes, not exceptions: a broken value ends the walk.
    quint64 count = 1;
    simdjson::ondemand::json_type type{};
    if (value.type().get(type))
        return count;
    switch (type) {
    case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object object;
        if (value.get_object().get(object))
            break;
        for (auto field : object) {
            simdjson::ondemand::value member;
            simdjson::ondemand::raw_json_string key;
            if (field.key().get(key) || field.value().get(member))
                break;
            count += walk(member);
        }
        break;
    }
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array array;
        if (value.get_array().get(array))
            break;
        for (auto element : array) {
            simdjson::ondemand::value item;
            if (element.get(item))
                break;
            count += walk(item);
        }
        break;
    }
    case simdjson::ondemand::json_type::string: {
        simdjson::ondemand::raw_json_string text;
        if (value.get_raw_json_string().get(text))
            break;
        break;
    }
    case simdjson::ondemand::json_type::number:
        (void)value.raw_json_token();
        break;
    case simdjson::ondemand::json_type::boolean: {
        bool flag = false;
        if (value.get_bool().get(flag))
            break;
        break;
    }
    case simdjson::ondemand::json_type::null:
        (void)value.is_null();
        break;
    }
    return count;
}

// simdjson's two routes: the file read into its padded buffer, then parsed into a DOM, or walked
// value by value on demand.
int simdjsonRoute(const QString &path, const QString &kind, double fileMb, QTextStream &out)
{
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    simdjson::padded_string text;
    if (simdjson::padded_string::load(QFile::encodeName(path).toStdString()).get(text))
        return 2;
    quint64 values = 0;
    bool valid = false;
    if (kind == QLatin1String("dom")) {
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        valid = !parser.parse(text).get(root);
    } else {
        simdjson::ondemand::parser parser;
        simdjson::ondemand::document document;
        if (!parser.iterate(text).get(document)) {
            simdjson::ondemand::value root;
            // A scalar root is not a value in on-demand; the exports are objects.
            valid = !document.get_value().get(root);
            if (valid)
                values = walk(root);
        }
    }
    const qint64 loadMs = timer.elapsed();
    out << QStringLiteral(R"({"route":"simdjson %1","file_mb":%2,"load_ms":%3,"cpu_ms":%4,"valid":%5,"values":%6,)"
                          R"("peak_rss_mb":%7})")
               .arg(kind)
               .arg(fileMb, 0, 'f', 1)
               .arg(loadMs)
               .arg(cpuMs() - cpuStart, 0, 'f', 0)
               .arg(valid ? QStringLiteral("true") : QStringLiteral("false"))
               .arg(values)
               .arg(peakRssMb(), 0, 'f', 0)
        << Qt::endl;
    return valid ? 0 : 2;
}

// Runs every route in a process of its own, `rounds` times in turn (so that a busy moment of a shared
// machine falls on all of them alike), and prints each figure's median and its ratio to the engine's.
int compare(const QString &path, int rounds, const QString &find, QTextStream &out)
{
    const QList<QStringList> routes = {
        {path, QStringLiteral("--find"), find},
        {path, QStringLiteral("--simdjson"), QStringLiteral("ondemand")},
        {path, QStringLiteral("--simdjson"), QStringLiteral("dom")},
        {path, QStringLiteral("--baseline")},
    };
    std::map<QString, std::map<QString, QList<double>>> figures; // route → figure → one per round
    QStringList order;
    for (int round = 0; round < rounds; ++round) {
        for (const QStringList &arguments : routes) {
            QProcess process;
            process.start(QCoreApplication::applicationFilePath(), arguments);
            if (!process.waitForFinished(-1) || process.exitCode() != 0) {
                QTextStream(stderr) << process.readAllStandardError() << Qt::endl;
                return 2;
            }
            const QJsonObject line = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            const QString route = line.value(QStringLiteral("route")).toString();
            if (!order.contains(route))
                order << route;
            for (auto it = line.begin(); it != line.end(); ++it)
                if (it.value().isDouble())
                    figures[route][it.key()] << it.value().toDouble();
        }
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? -1.0 : values.at(values.size() / 2);
    };
    const auto spread = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return QStringLiteral("%1–%2").arg(values.first()).arg(values.last());
    };
    auto &engine = figures[QStringLiteral("engine")];
    // What a person waits for with the engine is the load and the first rows.
    const double engineMs = median(engine[QStringLiteral("first_rows_ms")]);
    const double engineCpu = median(engine[QStringLiteral("cpu_load_ms")]);
    for (const QString &route : order) {
        auto &f = figures[route];
        const bool isEngine = route == QLatin1String("engine");
        const double ms = median(f[isEngine ? QStringLiteral("first_rows_ms") : QStringLiteral("load_ms")]);
        const double cpu = median(f[isEngine ? QStringLiteral("cpu_load_ms") : QStringLiteral("cpu_ms")]);
        // The engine's peak of loading and showing, before the find.
        const double rss = median(f[isEngine ? QStringLiteral("load_peak_rss_mb") : QStringLiteral("peak_rss_mb")]);
        QString line = QStringLiteral(R"({"route":"%1","rounds":%2,"ms":%3,"ms_spread":"%4","ms_ratio_to_engine":%5,)"
                                      R"("cpu_ms":%6,"cpu_ratio_to_engine":%7,"peak_rss_mb":%8,"rss_to_file":%9)")
                           .arg(route)
                           .arg(rounds)
                           .arg(ms)
                           .arg(spread(f[isEngine ? QStringLiteral("first_rows_ms") : QStringLiteral("load_ms")]))
                           .arg(ms / engineMs, 0, 'f', 2)
                           .arg(cpu)
                           .arg(cpu / engineCpu, 0, 'f', 2)
                           .arg(rss)
                           .arg(rss / median(f[QStringLiteral("file_mb")]), 0, 'f', 2);
        if (isEngine)
            line += QStringLiteral(R"(,"find_ms":%1,"memmem_ms":%2,"find_to_memmem":%3,"values":%4)")
                        .arg(median(f[QStringLiteral("find_ms")]))
                        .arg(median(f[QStringLiteral("memmem_ms")]))
                        .arg(median(f[QStringLiteral("find_ms")]) / qMax(1.0, median(f[QStringLiteral("memmem_ms")])),
                             0, 'f', 1)
                        .arg(median(f[QStringLiteral("values")]));
        out << line << '}' << Qt::endl;
    }
    return 0;
}

double peakRssMb()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#else
    return -1;
#endif
}

QByteArray pick(QRandomGenerator &random, std::initializer_list<const char *> words)
{
    return QByteArray(*(words.begin() + random.bounded(int(words.size()))));
}

QByteArray isoTime(QRandomGenerator &random)
{
    return QByteArray("\"2026-") + QByteArray::number(1 + random.bounded(12)).rightJustified(2, '0') + '-' +
           QByteArray::number(1 + random.bounded(28)).rightJustified(2, '0') + 'T' +
           QByteArray::number(random.bounded(24)).rightJustified(2, '0') + ':' +
           QByteArray::number(random.bounded(60)).rightJustified(2, '0') + ":07.512Z\"";
}

QByteArray prose(QRandomGenerator &random, int words)
{
    QByteArray out;
    for (int i = 0; i < words; ++i) {
        out += pick(random, {"the",        "agent",          "résumé",     "invoice",  "customer",
                             "naïve",      "\\\"quoted\\\"", "Zoë",        "schedule", "\\u00e9t\\u00e9",
                             "workflow",   "🤖",           "data",       "export",   "line\\nbreak",
                             "tab\\there", "C:\\\\path",     "Übersetzer", "naïveté",  "emoji 🎉"});
        out += ' ';
    }
    return out;
}

// Edits the records of a generated account: the content stays that of the unedited file (its own
// random numbers), the edits draw from `edits`.
struct Editor
{
    QRandomGenerator edits;
    double percent = 0;
    int added = 0;

    // The record as it goes into the file: as it is, changed, gone (empty), or with a new one after it.
    QByteArray apply(const QByteArray &item, const QByteArray &section)
    {
        if (percent <= 0 || edits.generateDouble() * 100 >= percent)
            return item;
        const int what = edits.bounded(10);
        if (what == 0)
            return {};
        // A new record's id has a second '_', which the generated ids (base 36) never hold: "agen_new1"
        // is also the id of generated agent 1,092,385 (counted from 0).
        if (what == 1)
            return item + "},\n    {\"id\": \"" + section + "_new_" + QByteArray::number(++added) + "\", \"name\": \"" +
                   prose(edits, 3).trimmed() + '"';
        // Another name: the rest of the record as it was.
        const qsizetype start = item.indexOf("\"name\": \"") + 9;
        const qsizetype end = item.indexOf("\", \"", start); // the name may hold escaped quotes
        return item.left(start) + prose(edits, 2).trimmed() + item.mid(end);
    }
};

bool generate(const QString &kind, double megabytes, const QString &path, Editor &editor)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(20261123);
    const qint64 target = qint64(megabytes * 1024 * 1024);
    qint64 written = 0;
    const auto put = [&](const QByteArray &bytes) {
        file.write(bytes);
        written += bytes.size();
    };
    if (kind == QLatin1String("account")) {
        put("{\n  \"exportedAt\": \"2026-11-20T09:14:03.512Z\",\n  \"version\": \"1.0\",\n  \"user\": {\"id\": "
            "\"user_7f3a9c21e4b8\", \"email\": \"zoe@example.com\", \"name\": \"Zo\\u00eb Okafor\", \"plan\": "
            "\"network\", \"role\": \"user\", \"referralCode\": null, \"referralCredits\": 12345678901234567890},\n");
        // Agents, tasks and workflows in the proportions of a busy account.
        const char *sections[] = {"agents", "scheduledTasks", "workflows"};
        const double shares[] = {0.5, 0.3, 0.2};
        for (int s = 0; s < 3; ++s) {
            put(QByteArray("  \"") + sections[s] + "\": [\n");
            const qint64 until = written + qint64(double(target) * shares[s]);
            bool first = true;
            for (qint64 i = 0; written < until; ++i) {
                QByteArray item = "    {\"id\": \"" + QByteArray(sections[s]).left(4) + '_' +
                                  QByteArray::number(i, 36) + "\", \"name\": \"" + prose(random, 3).trimmed() + "\"";
                if (s == 0)
                    item += ", \"model\": \"" + pick(random, {"gpt-4o", "claude-3-5-sonnet", "gemini-1.5-pro"}) +
                            "\", \"status\": \"" + pick(random, {"running", "paused", "stopped", "error"}) +
                            "\", \"createdAt\": " + isoTime(random) + ", \"updatedAt\": " + isoTime(random);
                else if (s == 1)
                    item += ", \"cronSchedule\": \"" + pick(random, {"0 9 * * *", "*/15 * * * *", "30 8 * * 1-5"}) +
                            "\", \"enabled\": " + (random.bounded(2) ? "true" : "false") +
                            ", \"createdAt\": " + isoTime(random);
                else
                    item += QByteArray(", \"enabled\": ") + (random.bounded(2) ? "true" : "false") +
                            ", \"createdAt\": " + isoTime(random);
                const QByteArray edited = editor.apply(item, QByteArray(sections[s]).left(4));
                // The size counts the unedited record, so that both files hold the same records.
                const qint64 before = written;
                if (!edited.isEmpty()) {
                    put((first ? QByteArray() : QByteArray(",\n")) + edited + '}');
                    first = false;
                }
                written = before + item.size() + 3;
            }
            put(QByteArray("\n  ]") + (s < 2 ? ",\n" : "\n"));
        }
        put("}\n");
    } else {
        put("{\n  \"id\": \"tpl_bench\", \"name\": \"Bench template\", \"icon\": \"\\ud83e\\udd16\", \"description\": "
            "\"Large\", \"organization_id\": \"org_1\",\n  \"agent_definition\": {\n    \"id\": \"a1\", \"name\": "
            "\"Bench agent\", \"type\": \"manager\", \"status\": \"ACTIVE\", \"model_provider\": \"openai\", "
            "\"model_name\": \"gpt-4.1\",\n    \"custom_functions\": [\n");
        for (int i = 0; i < 200; ++i)
            put("      {\"id\": \"f" + QByteArray::number(i) + "\", \"name\": \"fn_" + QByteArray::number(i) +
                "\", \"status\": \"ready\", \"source_code\": \"def run(event):\\n    \\\"\\\"\\\"" + prose(random, 40) +
                "\\\"\\\"\\\"\\n    return {\\\"ok\\\": True}\\n\"}" + (i < 199 ? ",\n" : "\n"));
        put("    ],\n    \"connectors\": [\n");
        for (int i = 0; i < 50; ++i)
            put("      {\"id\": \"c" + QByteArray::number(i) +
                "\", \"openapi_spec\": \"{\\\"openapi\\\": \\\"3.0.3\\\", \\\"info\\\": {\\\"title\\\": \\\"" +
                prose(random, 8) + "\\\"}, \\\"paths\\\": {}}\", \"total_operations\": 3}" + (i < 49 ? ",\n" : "\n"));
        put("    ],\n    \"knowledge_bases\": [\n      {\"name\": \"Everything\", \"documents\": [\n");
        for (qint64 i = 0; written < target; ++i)
            put("        {\"name\": \"Document " + QByteArray::number(i) + "\", \"url\": \"https://example.com/d/" +
                QByteArray::number(i) + "\", \"content\": \"" + prose(random, 2000) + "\"},\n");
        put("        {\"name\": \"last\", \"url\": \"\", \"content\": \"\"}\n      ]}\n    ]\n  }\n}\n");
    }
    return file.flush();
}

// Notes when an export's overview, and its tree with rows in it, are first painted.
class PaintWatch : public QObject
{
public:
    const QElapsedTimer *clock = nullptr;
    qint64 overviewMs = -1;
    qint64 treeMs = -1;
    qint64 loadedMs = -1; // the window's own load ended: its preview's first event (a child added)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!clock)
            return false;
        if (loadedMs < 0 && qobject_cast<ExportPreview *>(watched))
            loadedMs = clock->elapsed();
        if (event->type() != QEvent::Paint)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *preview = widget ? widget->parentWidget() : nullptr;
        while (preview && !qobject_cast<ExportPreview *>(preview))
            preview = preview->parentWidget();
        if (!preview)
            return false;
        auto *tree = static_cast<ExportPreview *>(preview)->tree();
        if (treeMs < 0 && widget == tree->viewport() && tree->model() && tree->model()->rowCount() > 0)
            treeMs = clock->elapsed();
        const QWidget *overview = preview->findChild<QWidget *>(QStringLiteral("exportOverview"));
        if (overviewMs < 0 && overview && (widget == overview || overview->isAncestorOf(widget)))
            overviewMs = clock->elapsed();
        return false;
    }
};

// With --trace: an application that notes each top-level event taking over 2 ms (when, how long, what
// type, on which object), so that a stall can be tied to the code that caused it.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    const QElapsedTimer *clock = nullptr;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!clock || depth > 0)
            return QApplication::notify(receiver, event);
        QElapsedTimer took;
        took.start();
        const qint64 at = clock->elapsed();
        const int type = event->type();
        const QByteArray what = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        ++depth;
        const bool done = QApplication::notify(receiver, event);
        --depth;
        const qint64 ns = took.nsecsElapsed();
        if (ns > 2000000)
            std::fprintf(stderr, "event at %lld ms: %.1f ms, type %d, %s %s\n", at, double(ns) / 1e6, type,
                         what.constData(), qPrintable(name));
        return done;
    }

private:
    int depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("generate"), QStringLiteral("Write an export: account or template."), QStringLiteral("KIND")},
         {QStringLiteral("mb"), QStringLiteral("Size of the generated file in MB."), QStringLiteral("N")},
         {QStringLiteral("edit-percent"), QStringLiteral("Edit about P % of the account's records."),
          QStringLiteral("P")},
         {QStringLiteral("seed"), QStringLiteral("Which edits (with --edit-percent)."), QStringLiteral("S")},
         {QStringLiteral("diff"), QStringLiteral("Compare FILE (the old one) with NEW."), QStringLiteral("NEW")},
         {{QStringLiteral("o"), QStringLiteral("output")},
          QStringLiteral("Where to write it."),
          QStringLiteral("FILE")},
         {QStringLiteral("find"), QStringLiteral("Also time a find for TEXT."), QStringLiteral("TEXT")},
         {QStringLiteral("baseline"), QStringLiteral("Time QJsonDocument::fromJson instead.")},
         {QStringLiteral("simdjson"), QStringLiteral("Time simdjson instead: dom or ondemand."), QStringLiteral("API")},
         {QStringLiteral("compare"), QStringLiteral("Every route, each in its own process, N rounds."),
          QStringLiteral("N")},
         {QStringLiteral("ui"), QStringLiteral("Open it in the main window; measure UI-thread stalls.")},
         {QStringLiteral("trace"), QStringLiteral("With --ui: name each UI-thread event over 2 ms on stderr.")}});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The export to load."));
    parser.process(app);
    QTextStream out(stdout);

    if (parser.isSet(QStringLiteral("generate"))) {
        const QString kind = parser.value(QStringLiteral("generate"));
        if ((kind != QLatin1String("account") && kind != QLatin1String("template")) ||
            !parser.isSet(QStringLiteral("output")))
            parser.showHelp(1);
        Editor editor{QRandomGenerator(parser.value(QStringLiteral("seed")).toUInt()),
                      parser.value(QStringLiteral("edit-percent")).toDouble()};
        return generate(kind, parser.value(QStringLiteral("mb")).toDouble(), parser.value(QStringLiteral("output")),
                        editor)
                   ? 0
                   : 2;
    }
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QString path = parser.positionalArguments().first();
    const double fileMb = double(QFile(path).size()) / 1048576.0;
    QElapsedTimer timer;

    if (parser.isSet(QStringLiteral("compare")))
        return compare(path, qMax(1, parser.value(QStringLiteral("compare")).toInt()),
                       parser.isSet(QStringLiteral("find")) ? parser.value(QStringLiteral("find"))
                                                            : QStringLiteral("invoice"),
                       out);
    if (parser.isSet(QStringLiteral("simdjson")))
        return simdjsonRoute(path, parser.value(QStringLiteral("simdjson")), fileMb, out);

    if (parser.isSet(QStringLiteral("diff"))) {
        // Both files load at once, as the CLI and the app load them; then the comparison.
        timer.start();
        const DocumentPair pair = DocumentPair::load(path, parser.value(QStringLiteral("diff")));
        if (!pair.isLoaded()) {
            QTextStream(stderr) << pair.oldError.message << pair.newError.message << Qt::endl;
            return 2;
        }
        const qint64 loadMs = timer.elapsed();
        const double loadCpuMs = cpuMs();
        const double loadPeakMb = peakRssMb();
        const JsonDiff::Result result = JsonDiff::compare(*pair.oldDocument, *pair.newDocument);
        const qint64 diffMs = timer.elapsed();
        // The comparison alone besides the whole (diff_ms counts the load too), with its CPU time, and
        // the peak memory once both files were loaded against the peak at the end.
        out << QStringLiteral(R"({"route":"diff","file_mb":%1,"load_ms":%2,"compare_ms":%3,"diff_ms":%4,)"
                              R"("load_cpu_ms":%5,"compare_cpu_ms":%6,"changes":%7,"load_peak_rss_mb":%8,)"
                              R"("peak_rss_mb":%9})")
                   .arg(fileMb, 0, 'f', 1)
                   .arg(loadMs)
                   .arg(diffMs - loadMs)
                   .arg(diffMs)
                   .arg(loadCpuMs, 0, 'f', 0)
                   .arg(cpuMs() - loadCpuMs, 0, 'f', 0)
                   .arg(result.changes.size())
                   .arg(loadPeakMb, 0, 'f', 0)
                   .arg(peakRssMb(), 0, 'f', 0)
            << Qt::endl;
        return 0;
    }

    if (parser.isSet(QStringLiteral("ui"))) {
        // The engine alone first (the same file, in the page cache for both), then the window. One load
        // differs from the next on a shared machine, the first in a process most: the reference is the
        // median of three.
        QList<qint64> engineLoads;
        for (int i = 0; i < 3; ++i) {
            timer.start();
            JsonDocument::Error error;
            if (!JsonDocument::fromFile(path, &error)) {
                QTextStream(stderr) << error.message << Qt::endl;
                return 2;
            }
            engineLoads << timer.elapsed();
        }
        QList<qint64> sorted = engineLoads;
        std::sort(sorted.begin(), sorted.end());
        const qint64 engineMs = sorted.at(1);
        // What ExportFile::open does besides: the summary and the shape check (which the window runs
        // after showing the file).
        timer.start();
        const qint64 fileMs = ExportFile::open(path).isOpen() ? timer.elapsed() : -1;

        MainWindow window;
        window.show();
        const bool treeShown = Settings::previewShowsFile();
        // When the overview and the tree's first rows are first painted: what a person sees first.
        PaintWatch watch;
        const bool trace = parser.isSet(QStringLiteral("trace"));
        app.installEventFilter(&watch);
        // A 5 ms heartbeat on the UI thread: the widest gap between beats is the longest stall.
        QElapsedTimer beat;
        qint64 worst = 0;
        QTimer heart;
        heart.setInterval(5);
        // Waiting in a real event loop, as the app does: a processEvents() loop would spin and take the
        // second core from the worker thread that loads the file, and slow the load down.
        QEventLoop loop;
        QObject::connect(&heart, &QTimer::timeout, [&] {
            const qint64 gap = beat.restart();
            if (trace && gap > 15)
                std::fprintf(stderr, "stall of %lld ms ending at %lld ms\n", gap, timer.elapsed());
            worst = qMax(worst, gap);
            // The tree is folded under the overview unless the person unfolded it: then the overview
            // is all there is to see first.
            if (watch.overviewMs >= 0 && (watch.treeMs >= 0 || !treeShown))
                loop.quit();
        });
        QCoreApplication::processEvents();
        timer.start();
        watch.clock = &timer;
        if (trace)
            app.clock = &timer;
        beat.start();
        heart.start();
        window.openFile(path);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 shownMs = qMax(watch.overviewMs, watch.treeMs);
        // What fills in afterwards (tables when first shown, the rest of the tree) counts for stalls too.
        QEventLoop settle;
        QTimer::singleShot(1000, &settle, &QEventLoop::quit);
        settle.exec();
        const qint64 openStall = qMax<qint64>(0, worst - 5);
        // An account's agents sorted by name, as a click on the header does: how long until the table
        // shows them sorted, and the longest stall meanwhile.
        qint64 sortMs = -1;
        auto *preview = window.findChild<ExportPreview *>();
        const auto agentsTable = [preview]() -> QTableView * {
            auto *table = preview ? preview->findChild<QTableView *>(QStringLiteral("agentbotAgents")) : nullptr;
            return table && table->model() && table->model()->rowCount() > 0 ? table : nullptr;
        };
        // The tables fill in after the shape check, on a busy machine later than the second above: an
        // account's are waited for (a template has none, and is given up on after ten seconds).
        {
            QEventLoop tables;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &tables, [&] {
                if (agentsTable())
                    tables.quit();
            });
            poll.start(20);
            QTimer::singleShot(10000, &tables, &QEventLoop::quit);
            if (!agentsTable())
                tables.exec();
        }
        worst = 0;
        auto *agents = agentsTable();
        auto *records = agents ? qobject_cast<RecordTableModel *>(agents->model()) : nullptr;
        if (records && records->rowCount() > 0) {
            QEventLoop sorted;
            QObject::connect(records, &RecordTableModel::busyChanged, &sorted, [&sorted](bool busy) {
                if (!busy)
                    sorted.quit();
            });
            timer.start();
            beat.restart();
            agents->sortByColumn(0, Qt::AscendingOrder);
            if (records->isBusy())
                sorted.exec();
            sortMs = timer.elapsed();
            // The new order is painted, and any stall of taking it in is seen by the heartbeat.
            QEventLoop shown;
            QTimer::singleShot(300, &shown, &QEventLoop::quit);
            shown.exec();
        }
        const qint64 sortStall = qMax<qint64>(0, worst - 5);
        // Closing it, as its Close button does: the preview and (unless another view holds it) the
        // document are let go.
        worst = 0;
        if (preview) {
            beat.restart();
            preview->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
            QEventLoop closed;
            QTimer::singleShot(500, &closed, &QEventLoop::quit);
            closed.exec();
        }
        const qint64 closeStall = qMax<qint64>(0, worst - 5);
        out << QStringLiteral(
                   R"({"route":"app window","file_mb":%1,"engine_load_ms":%2,"engine_loads_ms":"%10","file_open_ms":%9,)"
                   R"("window_load_ms":%13,"overview_shown_ms":%3,)"
                   R"("tree_rows_shown_ms":%4,"first_paint_ms":%5,"ratio_to_engine":%6,)"
                   R"("ui_max_stall_ms":%7,"sort_agents_ms":%11,"sort_max_stall_ms":%12,"close_max_stall_ms":%14,"peak_rss_mb":%8})")
                   .arg(fileMb, 0, 'f', 1)
                   .arg(engineMs)
                   .arg(watch.overviewMs)
                   .arg(watch.treeMs)
                   .arg(shownMs)
                   .arg(engineMs > 0 ? double(shownMs) / double(engineMs) : 0.0, 0, 'f', 2)
                   .arg(openStall)
                   .arg(peakRssMb(), 0, 'f', 0)
                   .arg(fileMs)
                   .arg(QStringLiteral("%1 %2 %3").arg(engineLoads.at(0)).arg(engineLoads.at(1)).arg(engineLoads.at(2)))
                   .arg(sortMs)
                   .arg(records ? sortStall : -1)
                   .arg(watch.loadedMs)
                   .arg(preview ? closeStall : -1)
            << Qt::endl;
        return 0;
    }

    // CPU time is counted from here: the process's start is the same for every route.
    const double cpuStart = cpuMs();
    if (parser.isSet(QStringLiteral("baseline"))) {
        timer.start();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        const qint64 parseMs = timer.elapsed();
        out << QStringLiteral(
                   R"({"route":"QJsonDocument","file_mb":%1,"load_ms":%2,"cpu_ms":%5,"valid":%3,"peak_rss_mb":%4})")
                   .arg(fileMb, 0, 'f', 1)
                   .arg(parseMs)
                   .arg(document.isNull() ? QStringLiteral("false") : QStringLiteral("true"))
                   .arg(peakRssMb(), 0, 'f', 0)
                   .arg(cpuMs() - cpuStart, 0, 'f', 0)
            << Qt::endl;
        return 0;
    }

    timer.start();
    JsonDocument::Error error;
    std::shared_ptr<const JsonDocument> document = JsonDocument::fromFile(path, &error);
    if (!document) {
        QTextStream(stderr) << error.message << Qt::endl;
        return 2;
    }
    const qint64 loadMs = timer.elapsed();
    JsonTreeModel model;
    model.setDocument(document);
    const int rows = model.rowCount();
    for (int row = 0; row < qMin(rows, 50); ++row)
        for (int column = 0; column < JsonTreeModel::ColumnCount; ++column)
            model.index(row, column).data();
    const qint64 firstRowsMs = timer.elapsed();
    const double cpuLoadMs = cpuMs() - cpuStart;
    // The peak of loading and showing, before a find adds what it keeps.
    const double loadPeakMb = peakRssMb();

    // The largest array directly under the root: what a user expands first.
    QModelIndex largest;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!largest.isValid() || document->childCount(model.node(index)) > document->childCount(model.node(largest)))
            largest = index;
    }
    timer.restart();
    const int expanded = largest.isValid() ? model.rowCount(largest) : 0;
    for (int row = 0; row < qMin(expanded, 50); ++row)
        model.index(row, JsonTreeModel::Value, largest).data();
    const qint64 expandMs = timer.elapsed();

    qint64 findMs = -1;
    size_t matches = 0;
    double memmemMs = -1;
    size_t memmemFound = 0;
    if (parser.isSet(QStringLiteral("find"))) {
        JsonSearch::Options options;
        options.text = parser.value(QStringLiteral("find"));
        timer.restart();
        matches = JsonSearch::run(*document, options).size();
        findMs = timer.elapsed();
        // The floor: a plain byte scan for the same text over the whole file.
        const QByteArray needle = options.text.toUtf8();
        const QByteArrayView bytes = document->bytes();
        timer.restart();
        size_t found = 0;
        for (const char *at = bytes.data(), *end = bytes.data() + bytes.size();;) {
            const void *hit = memmem(at, size_t(end - at), needle.constData(), size_t(needle.size()));
            if (!hit)
                break;
            ++found;
            at = static_cast<const char *>(hit) + 1;
        }
        memmemMs = double(timer.nsecsElapsed()) / 1e6;
        memmemFound = found;
    }
    out << QStringLiteral(R"({"route":"engine","file_mb":%1,"load_ms":%2,"first_rows_ms":%3,"expand_rows":%4,)"
                          R"("expand_ms":%5,"find_ms":%6,"find_matches":%7,"values":%8,"peak_rss_mb":%9,)"
                          R"("cpu_load_ms":%10,"load_peak_rss_mb":%11,"memmem_ms":%12,"memmem_hits":%13})")
               .arg(fileMb, 0, 'f', 1)
               .arg(loadMs)
               .arg(firstRowsMs)
               .arg(expanded)
               .arg(expandMs)
               .arg(findMs)
               .arg(matches)
               .arg(document->nodeCount())
               .arg(peakRssMb(), 0, 'f', 0)
               .arg(cpuLoadMs, 0, 'f', 0)
               .arg(loadPeakMb, 0, 'f', 0)
               .arg(memmemMs, 0, 'f', 1)
               .arg(memmemFound)
        << Qt::endl;
    return 0;
}
