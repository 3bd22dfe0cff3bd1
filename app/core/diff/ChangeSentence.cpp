#include "ChangeSentence.h"

#include "exports/AgentbotFormat.h"
#include "exports/CronSchedule.h"
#include "exports/XpanderFormat.h"
#include "text/Wording.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <algorithm>

namespace Takeout {

namespace {

using Op = JsonChange::Op;
using Type = JsonDocument::Type;
constexpr quint32 none = JsonDocument::none;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSentence)
};

struct Words
{
    const char *key;
    const char *words;
};

// The lists of records both formats have, and how one of their records is called.
constexpr Words recordNouns[] = {
    {"agents", QT_TRANSLATE_NOOP("ChangeSentence", "Agent %1")},
    {"scheduledTasks", QT_TRANSLATE_NOOP("ChangeSentence", "Scheduled task %1")},
    {"workflows", QT_TRANSLATE_NOOP("ChangeSentence", "Workflow %1")},
    {"custom_functions", QT_TRANSLATE_NOOP("ChangeSentence", "Function %1")},
    {"connectors", QT_TRANSLATE_NOOP("ChangeSentence", "Connector %1")},
    {"sub_agents", QT_TRANSLATE_NOOP("ChangeSentence", "Sub-agent %1")},
    {"knowledge_bases", QT_TRANSLATE_NOOP("ChangeSentence", "Knowledge base %1")},
    {"documents", QT_TRANSLATE_NOOP("ChangeSentence", "Document %1")},
};

// The fields both formats document, in words; any other is its name made readable.
constexpr Words fieldWords[] = {
    {"name", QT_TRANSLATE_NOOP("ChangeSentence", "Name")},
    {"description", QT_TRANSLATE_NOOP("ChangeSentence", "Description")},
    {"plan", QT_TRANSLATE_NOOP("ChangeSentence", "Plan")},
    {"email", QT_TRANSLATE_NOOP("ChangeSentence", "Email")},
    {"role", QT_TRANSLATE_NOOP("ChangeSentence", "Role")},
    {"model", QT_TRANSLATE_NOOP("ChangeSentence", "Model")},
    {"model_name", QT_TRANSLATE_NOOP("ChangeSentence", "Model")},
    {"model_provider", QT_TRANSLATE_NOOP("ChangeSentence", "Model provider")},
    {"status", QT_TRANSLATE_NOOP("ChangeSentence", "Status")},
    {"cronSchedule", QT_TRANSLATE_NOOP("ChangeSentence", "Schedule")},
    {"createdAt", QT_TRANSLATE_NOOP("ChangeSentence", "Created")},
    {"updatedAt", QT_TRANSLATE_NOOP("ChangeSentence", "Last changed")},
    {"exportedAt", QT_TRANSLATE_NOOP("ChangeSentence", "Exported")},
    {"version", QT_TRANSLATE_NOOP("ChangeSentence", "Format version")},
    {"referralCode", QT_TRANSLATE_NOOP("ChangeSentence", "Referral code")},
    {"referralCredits", QT_TRANSLATE_NOOP("ChangeSentence", "Referral credits")},
    {"instructions", QT_TRANSLATE_NOOP("ChangeSentence", "Instructions")},
    {"goal", QT_TRANSLATE_NOOP("ChangeSentence", "Goal")},
    {"general", QT_TRANSLATE_NOOP("ChangeSentence", "General instructions")},
    {"source_code", QT_TRANSLATE_NOOP("ChangeSentence", "Source code")},
    {"content", QT_TRANSLATE_NOOP("ChangeSentence", "Content")},
    {"url", QT_TRANSLATE_NOOP("ChangeSentence", "Address")},
    {"icon", QT_TRANSLATE_NOOP("ChangeSentence", "Icon")},
    {"type", QT_TRANSLATE_NOOP("ChangeSentence", "Type")},
    {"access_scope", QT_TRANSLATE_NOOP("ChangeSentence", "Access")},
    {"delegation_type", QT_TRANSLATE_NOOP("ChangeSentence", "Delegation")},
    {"prompts", QT_TRANSLATE_NOOP("ChangeSentence", "Prompts")},
    {"operation_ids", QT_TRANSLATE_NOOP("ChangeSentence", "Operations")},
    {"openapi_spec", QT_TRANSLATE_NOOP("ChangeSentence", "API description")},
};

template<size_t N>
const char *find(const Words (&table)[N], const QString &key)
{
    for (const Words &w : table)
        if (key == QLatin1String(w.key))
            return w.words;
    return nullptr;
}

// "input_schema" → "Input schema", "isAiEmployee" → "Is ai employee".
QString readable(const QString &key)
{
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            out += QLatin1Char(' ');
        } else if (c.isUpper() && i > 0 && key.at(i - 1).isLower()) {
            out += QLatin1Char(' ');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    out = out.simplified();
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out.isEmpty() ? key : out;
}

QString fieldWordsOf(const QString &key)
{
    const char *words = find(fieldWords, key);
    return words ? QCoreApplication::translate("ChangeSentence", words) : readable(key);
}

// A value short enough for a sentence: a text's first line-worth, a container in words.
QString shortValue(const JsonDocument &document, quint32 node)
{
    switch (document.type(node)) {
    case Type::Object: {
        const QString name = ChangeSentence::recordName(document, node);
        return name.isEmpty() ? Text::tr("%n field(s)", nullptr, int(document.childCount(node))) : name;
    }
    case Type::Array:
        return Text::tr("a list of %n item(s)", nullptr, int(document.childCount(node)));
    case Type::True:
        return Text::tr("yes");
    case Type::False:
        return Text::tr("no");
    case Type::Null:
        return Text::tr("nothing");
    default:
        break;
    }
    QString text = document.preview(node, 120).simplified();
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026);
    return text.isEmpty() ? Text::tr("(empty)") : text;
}

// Whether a member is only a wrapper a person does not think of: the account's `user` (its plan is
// "the plan") and the template's `agent_definition` (the agent is the template).
bool transparent(const JsonDocument &document, quint32 node)
{
    if (document.parent(node) != JsonDocument::root() || !document.hasKey(node))
        return false;
    const QString key = document.key(node);
    return key == AgentbotFormat::user || key == XpanderFormat::agentDefinition;
}

// A record of a list whose records have a name in words ("Agent %1"), or null.
const char *recordNoun(const JsonDocument &document, quint32 node)
{
    const quint32 list = document.parent(node);
    if (list == none || document.type(list) != Type::Array || !document.hasKey(list))
        return nullptr;
    return find(recordNouns, document.key(list));
}

struct Piece
{
    QString text;
    bool record = false; // a named element of a list, not a field
};

Piece piece(const JsonDocument &document, quint32 node)
{
    const quint32 parent = document.parent(node);
    if (document.type(parent) == Type::Array) {
        QString name = ChangeSentence::recordName(document, node);
        if (name.isEmpty() && !document.isContainer(node))
            name = shortValue(document, node);
        const char *noun = recordNoun(document, node);
        if (noun && !name.isEmpty())
            return {QCoreApplication::translate("ChangeSentence", noun).arg(name), true};
        if (!name.isEmpty() && document.isContainer(node))
            return {name, true};
        return {Text::tr("item %1").arg(document.row(node) + 1), false};
    }
    return {fieldWordsOf(document.key(node)), false};
}

std::vector<Piece> pieces(const JsonDocument &document, quint32 node)
{
    std::vector<Piece> out;
    for (quint32 at = node; at != none && at != JsonDocument::root(); at = document.parent(at)) {
        // A list of records whose records say their kind ("Agent travel-planner") goes without saying.
        const bool namedList = at != node && document.type(at) == Type::Array && document.hasKey(at) &&
                               find(recordNouns, document.key(at));
        if (!transparent(document, at) && !namedList)
            out.push_back(piece(document, at));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

QString joined(const std::vector<Piece> &parts, size_t count)
{
    QStringList texts;
    for (size_t i = 0; i < count && i < parts.size(); ++i)
        texts << parts[i].text;
    return texts.join(Text::tr(" › "));
}

// A value in words for its field: a schedule as CronSchedule says it, a status as Wording does.
QString valueFor(const JsonDocument &document, quint32 node)
{
    if (document.type(node) == Type::String && document.hasKey(node)) {
        const QString key = document.key(node);
        if (key == AgentbotFormat::cronSchedule) {
            const CronSchedule cron(document.string(node));
            if (cron.isValid())
                return cron.toWords();
        }
        if (key == AgentbotFormat::status)
            return Wording::status(document.string(node));
        // A time as the person's clock shows it.
        const QString text = document.preview(node, 40);
        if (text.size() >= 16 && text.size() <= 35 && text.at(4) == QLatin1Char('-') &&
            text.contains(QLatin1Char('T'))) {
            const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (when.isValid())
                return Wording::dateTime(when);
        }
    }
    return shortValue(document, node);
}

} // namespace

QString ChangeSentence::recordName(const JsonDocument &document, quint32 node)
{
    if (document.type(node) != Type::Object)
        return {};
    for (const char *key : {"name", "title", "id"}) {
        const quint32 value = document.member(node, key);
        if (value != none && (document.type(value) == Type::String || document.type(value) == Type::Number)) {
            QString text = document.preview(value, 120).simplified();
            if (!text.isEmpty())
                return text;
        }
    }
    return {};
}

QString ChangeSentence::place(const JsonDocument &document, quint32 node)
{
    const std::vector<Piece> parts = pieces(document, node);
    return joined(parts, parts.size());
}

QString ChangeSentence::of(const JsonDocument &oldDocument, const JsonDocument &newDocument, const JsonChange &change)
{
    const bool removed = change.op == Op::Removed;
    const JsonDocument &document = removed ? oldDocument : newDocument;
    const quint32 node = removed ? change.oldNode : change.newNode;
    if (node == none)
        return {};
    const std::vector<Piece> parts = pieces(document, node);
    if (parts.empty()) // the whole document
        return change.op == Op::Added     ? Text::tr("Everything added")
               : change.op == Op::Removed ? Text::tr("Everything removed")
                                          : Text::tr("The whole file changed");
    const Piece &last = parts.back();
    const QString where = joined(parts, parts.size() - 1);
    const auto within = [&where](const QString &sentence) {
        return where.isEmpty() ? sentence : Text::tr("%1: %2").arg(where, sentence);
    };

    if (change.op != Op::Changed) {
        // A record is named; a field or a plain list's element says what it held.
        if (last.record)
            return within(removed ? Text::tr("%1 removed").arg(last.text) : Text::tr("%1 added").arg(last.text));
        const bool element = document.type(document.parent(node)) == Type::Array;
        const QString what = element ? shortValue(document, node) : last.text;
        if (element)
            return within(removed ? Text::tr("%1 removed").arg(what) : Text::tr("%1 added").arg(what));
        if (document.isContainer(node) || document.type(node) == Type::Null)
            return within(removed ? Text::tr("%1 removed").arg(what) : Text::tr("%1 added").arg(what));
        return within(removed ? Text::tr("%1 removed (was %2)").arg(what, shortValue(document, node))
                              : Text::tr("%1 added: %2").arg(what, shortValue(document, node)));
    }

    const quint32 before = change.oldNode;
    const quint32 after = change.newNode;
    const QString key = document.hasKey(node) ? document.key(node) : QString();
    // Turned on or off, as a switch is said.
    if (key == AgentbotFormat::enabled && oldDocument.type(before) != newDocument.type(after) &&
        !oldDocument.isContainer(before) && !newDocument.isContainer(after)) {
        if (newDocument.type(after) == Type::True)
            return where.isEmpty() ? Text::tr("Turned on") : Text::tr("%1 turned on").arg(where);
        if (newDocument.type(after) == Type::False)
            return where.isEmpty() ? Text::tr("Turned off") : Text::tr("%1 turned off").arg(where);
    }
    // A long text: the sentence names it, the tab shows the words that changed.
    if (oldDocument.type(before) == Type::String && newDocument.type(after) == Type::String) {
        const QString oldText = oldDocument.preview(before, 200);
        const QString newText = newDocument.preview(after, 200);
        if (oldText.size() > 60 || newText.size() > 60 || oldText.contains(QLatin1Char('\n')) ||
            newText.contains(QLatin1Char('\n')))
            return within(Text::tr("%1 changed").arg(last.text));
    }
    // A schedule in words says what it is: the field's name would only repeat it.
    const QString change_ = Text::tr("%1 → %2").arg(valueFor(oldDocument, before), valueFor(newDocument, after));
    if (key == AgentbotFormat::cronSchedule && !where.isEmpty())
        return Text::tr("%1: %2").arg(where, change_);
    return within(Text::tr("%1: %2").arg(last.text, change_));
}

QString ChangeSentence::fieldName(const QString &key)
{
    return fieldWordsOf(key);
}

} // namespace Takeout
