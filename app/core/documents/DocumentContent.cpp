#include "DocumentContent.h"

#include "AccountPictures.h"
#include "ExportTables.h"
#include "base/BackgroundTask.h"
#include "exports/AgentbotFormat.h"
#include "exports/CronSchedule.h"
#include "exports/XpanderFormat.h"
#include "json/JsonDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace Takeout {

namespace {

// The translation context of the texts in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentContent)
};

using Kind = DocumentBlock::Kind;
using Type = JsonDocument::Type;

// The indented text of a document that is no export, cut at this size: a document of it is for reading.
constexpr qint64 treeLimit = qint64(16) << 20;

QString text(const JsonDocument &document, quint32 object, QLatin1StringView key)
{
    if (object == JsonDocument::none || document.type(object) != Type::Object)
        return {};
    const quint32 value = document.member(object, key);
    return value == JsonDocument::none ? QString() : document.text(value);
}

QString asText(const JsonDocument &document, quint32 value)
{
    return document.type(value) == Type::String ? document.string(value) : QString::fromUtf8(document.compact(value));
}

template<typename Each>
void forEach(const JsonDocument &document, quint32 array, Each each)
{
    if (array == JsonDocument::none || document.type(array) != Type::Array)
        return;
    for (quint32 item = document.firstChild(array); item != JsonDocument::none; item = document.nextSibling(item))
        each(item);
}

QStringList strings(const JsonDocument &document, quint32 array)
{
    QStringList lines;
    forEach(document, array, [&](quint32 item) { lines << asText(document, item); });
    return lines;
}

class Builder
{
public:
    explicit Builder(DocumentContent *content)
        : m_content(content)
    {
    }
    void heading(const QString &text, int level = 2)
    {
        DocumentBlock block;
        block.kind = Kind::Heading;
        block.level = level;
        block.text = text;
        m_content->blocks << block;
    }
    void paragraph(const QString &text)
    {
        DocumentBlock block;
        block.kind = Kind::Paragraph;
        block.text = text;
        m_content->blocks << block;
    }
    void bullets(const QStringList &items)
    {
        DocumentBlock block;
        block.kind = Kind::Bullets;
        block.items = items;
        m_content->blocks << block;
    }
    void code(const QString &text)
    {
        DocumentBlock block;
        block.kind = Kind::Code;
        block.text = text;
        m_content->blocks << block;
    }
    // A table of the export (ExportTables), false when cancelled.
    bool table(const JsonDocument &document, const QString &name, const TaskControl &control)
    {
        DocumentBlock block;
        block.kind = Kind::Table;
        block.header = ExportTables::header(name);
        block.rows.reserve(ExportTables::rowCount(document, name));
        const bool whole = ExportTables::forEachRow(
            document, name, control, [&block](const QStringList &cells, quint64) { block.rows << cells; },
            ExportTables::Times::Readable);
        m_content->blocks << block;
        return whole;
    }
    void chart(const QString &label, const AccountPictures::Bars &bars)
    {
        DocumentBlock block;
        block.kind = Kind::BarChart;
        block.text = label;
        block.header = QStringList{label, Text::tr("Agents")};
        for (const auto &bar : bars)
            block.rows << QStringList{bar.first, QString::number(bar.second)};
        m_content->blocks << block;
    }
    void week(const QList<QStringList> &hours)
    {
        DocumentBlock block;
        block.kind = Kind::WeekGrid;
        block.text = Text::tr("When scheduled tasks run");
        block.rows = hours;
        m_content->blocks << block;
    }

private:
    DocumentContent *m_content;
};

void account(Builder &out, const JsonDocument &document, const ExportSummary &s, const QDate &day,
             const TaskControl &control)
{
    QStringList profile;
    const QList<QPair<QString, QString>> facts = {
        {Text::tr("Name"), s.userName},
        {Text::tr("Email"), s.userEmail},
        {Text::tr("Plan"), s.plan},
        {Text::tr("Role"), s.role},
        {Text::tr("Referral code"), s.referralCode},
        {Text::tr("Referral credits"), s.referralCredits},
        {Text::tr("Exported"), ExportTables::utcTime(s.exportedAt, ExportTables::Times::Readable)},
        {Text::tr("Format"), s.version}};
    for (const auto &fact : facts) {
        if (!fact.second.isEmpty())
            profile << fact.first + QStringLiteral(": ") + fact.second;
    }
    out.heading(Text::tr("Profile"));
    out.bullets(profile);

    const AccountPictures pictures = AccountPictures::read(document, day);
    out.heading(Text::tr("Agents (%1)").arg(s.agents));
    if (s.agents > 0) {
        out.chart(Text::tr("Status"), pictures.byStatus);
        out.chart(Text::tr("Model"), pictures.byModel);
    }
    if (!out.table(document, QStringLiteral("agents"), control))
        return;
    out.heading(Text::tr("Scheduled tasks (%1)").arg(s.scheduledTasks));
    if (s.scheduledTasks > 0) {
        out.paragraph(Text::tr("Times are in UTC. The week grid counts the hours in which each enabled task runs, "
                               "in the week of %1.")
                          .arg(pictures.monday.toString(Qt::ISODate)));
        QList<QStringList> week;
        for (const auto &hours : pictures.week) {
            QStringList row;
            for (int count : hours)
                row << QString::number(count);
            week << row;
        }
        out.week(week);
        out.paragraph(pictures.weekText());
    }
    if (!out.table(document, QStringLiteral("scheduled-tasks"), control))
        return;
    out.heading(Text::tr("Workflows (%1)").arg(s.workflows));
    out.table(document, QStringLiteral("workflows"), control);
}

void templateExport(Builder &out, const JsonDocument &document, const ExportSummary &s, const TaskControl &control)
{
    namespace Key = XpanderFormat;
    const quint32 agent = document.member(JsonDocument::root(), Key::agentDefinition);
    const auto child = [&](QLatin1StringView key) {
        return agent == JsonDocument::none || document.type(agent) != Type::Object ? JsonDocument::none
                                                                                   : document.member(agent, key);
    };

    out.heading(Text::tr("Definition"));
    if (!s.description.isEmpty())
        out.paragraph(s.description);
    QStringList facts;
    const QList<QPair<QString, QString>> named = {
        {Text::tr("Agent"), s.agentName},           {Text::tr("Type"), s.agentType},
        {Text::tr("Delegation"), s.delegationType}, {Text::tr("Model provider"), s.modelProvider},
        {Text::tr("Model"), s.modelName},           {Text::tr("Status"), s.status},
        {Text::tr("Access"), s.accessScope}};
    for (const auto &fact : named) {
        if (!fact.second.isEmpty())
            facts << fact.first + QStringLiteral(": ") + fact.second;
    }
    out.bullets(facts);

    out.heading(Text::tr("Instructions"));
    const quint32 given = child(Key::instructions);
    const QStringList role = strings(document, given == JsonDocument::none ? given : document.member(given, Key::role));
    const QStringList goal = strings(document, given == JsonDocument::none ? given : document.member(given, Key::goal));
    const QString general = text(document, given, Key::general);
    if (role.isEmpty() && goal.isEmpty() && general.isEmpty())
        out.paragraph(Text::tr("This agent has no instructions."));
    if (!role.isEmpty()) {
        out.heading(Text::tr("Role"), 3);
        out.bullets(role);
    }
    if (!goal.isEmpty()) {
        out.heading(Text::tr("Goal"), 3);
        out.bullets(goal);
    }
    if (!general.isEmpty()) {
        out.heading(Text::tr("General"), 3);
        out.paragraph(general);
    }

    out.heading(Text::tr("Custom functions (%1)").arg(s.customFunctions));
    if (s.customFunctions == 0)
        out.paragraph(Text::tr("This agent has no custom functions."));
    forEach(document, child(Key::customFunctions), [&](quint32 function) {
        out.heading(text(document, function, Key::name), 3);
        QStringList about;
        const QString status = text(document, function, Key::status);
        if (!status.isEmpty())
            about << Text::tr("Status: %1").arg(status);
        const QString description = text(document, function, Key::description);
        if (!description.isEmpty())
            about << description;
        if (!about.isEmpty())
            out.paragraph(about.join(QStringLiteral(" — ")));
        const QString source = text(document, function, Key::sourceCode);
        if (!source.isEmpty())
            out.code(source);
    });

    out.heading(Text::tr("Connectors (%1)").arg(s.connectors));
    if (s.connectors == 0)
        out.paragraph(Text::tr("This agent uses no connectors."));
    forEach(document, child(Key::connectors), [&](quint32 connector) {
        out.heading(text(document, connector, Key::name), 3);
        const QString description = text(document, connector, Key::description);
        if (!description.isEmpty())
            out.paragraph(description);
        const QString total = text(document, connector, Key::totalOperations);
        const QStringList operations =
            strings(document, document.type(connector) == Type::Object ? document.member(connector, Key::operationIds)
                                                                       : JsonDocument::none);
        if (!total.isEmpty())
            out.paragraph(Text::tr("Operations: %1").arg(total));
        if (!operations.isEmpty())
            out.bullets(operations);
    });

    out.heading(Text::tr("Sub-agents (%1)").arg(s.subAgents));
    QStringList subAgents;
    forEach(document, child(Key::subAgents), [&](quint32 item) {
        if (document.type(item) != Type::Object) {
            subAgents << asText(document, item);
            return;
        }
        const QString name = text(document, item, Key::name);
        subAgents << (name.isEmpty() ? text(document, item, Key::id) : name);
    });
    if (subAgents.isEmpty())
        out.paragraph(Text::tr("This agent delegates to no other agent."));
    else
        out.bullets(subAgents);

    out.heading(Text::tr("Knowledge bases (%1)").arg(s.knowledgeBases));
    if (s.knowledgeBases == 0)
        out.paragraph(Text::tr("No knowledge bases: the agent has none, or the template was exported without them."));
    qint64 done = 0;
    bool cancelled = false;
    forEach(document, child(Key::knowledgeBases), [&](quint32 base) {
        if (cancelled)
            return;
        out.heading(text(document, base, Key::name), 3);
        const QString description = text(document, base, Key::description);
        if (!description.isEmpty())
            out.paragraph(description);
        const quint32 documents =
            document.type(base) == Type::Object ? document.member(base, Key::documents) : JsonDocument::none;
        forEach(document, documents, [&](quint32 item) {
            if (cancelled || (cancelled = control.isCancelled()))
                return;
            control.setProgress(++done, s.documents);
            QString name = text(document, item, Key::name);
            const QString url = text(document, item, Key::url);
            if (!url.isEmpty())
                name += QStringLiteral(" — ") + url;
            out.paragraph(name);
            const QString content = text(document, item, Key::content);
            if (!content.isEmpty())
                out.code(content);
        });
    });
}

} // namespace

DocumentContent DocumentContent::build(const JsonDocument &document, const ExportSummary &summary,
                                       const QString &sourceFile, const QDateTime &date, const TaskControl &control)
{
    DocumentContent content;
    content.sourceFile = sourceFile;
    Builder out(&content);
    const QDateTime exported = QDateTime::fromString(summary.exportedAt, Qt::ISODateWithMs);
    const QDateTime when = exported.isValid() ? exported : date;
    content.date = when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
    switch (summary.kind) {
    case ExportKind::AgentbotAccount:
        content.title = summary.userName.isEmpty() ? Text::tr("Agentbot account")
                                                   : Text::tr("Agentbot account of %1").arg(summary.userName);
        out.paragraph(summary.countsText());
        account(out, document, summary, (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC().date(),
                control);
        break;
    case ExportKind::XpanderTemplate: {
        const QString name = summary.templateName.isEmpty() ? summary.agentName : summary.templateName;
        content.title = summary.icon.isEmpty() ? name : summary.icon + QLatin1Char(' ') + name;
        if (content.title.isEmpty())
            content.title = Text::tr("xpander.ai template");
        out.paragraph(summary.countsText());
        templateExport(out, document, summary, control);
        break;
    }
    case ExportKind::Json: {
        content.title = sourceFile.isEmpty() ? Text::tr("JSON document") : sourceFile;
        out.paragraph(Text::tr("This file is neither an Agentbot account nor an xpander.ai template export; "
                               "here is its JSON, indented."));
        bool cut = false;
        out.code(QString::fromUtf8(document.indented(treeLimit, &cut)));
        if (cut)
            out.paragraph(Text::tr("The rest of the file is left out."));
        break;
    }
    }
    return content;
}

QString DocumentContent::pageLine() const
{
    QStringList parts;
    if (!sourceFile.isEmpty())
        parts << sourceFile;
    if (!date.isEmpty())
        parts << date;
    return parts.join(QStringLiteral(" · "));
}

} // namespace Takeout
