#include "DiffSummary.h"

#include "ChangeSentence.h"
#include "exports/AgentbotFormat.h"
#include "exports/CronSchedule.h"
#include "exports/ExportShape.h"
#include "exports/XpanderFormat.h"

#include <QCoreApplication>
#include <unordered_map>
#include <unordered_set>

namespace Takeout {

namespace {

using Op = JsonChange::Op;
constexpr quint32 none = JsonDocument::none;

// The translation context of the texts in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiffSummary)
};

// A list of records ("agents") and how its changes are said: with the noun for the first count,
// without it for the others ("3 agents added, 1 removed, 5 changed").
struct Section
{
    const char *added;
    const char *removed;
    const char *changed;
};

constexpr Section agentsWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n agent(s) added"),
                              QT_TRANSLATE_N_NOOP("DiffSummary", "%n agent(s) removed"),
                              QT_TRANSLATE_N_NOOP("DiffSummary", "%n agent(s) changed")};
constexpr Section tasksWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n scheduled task(s) added"),
                             QT_TRANSLATE_N_NOOP("DiffSummary", "%n scheduled task(s) removed"),
                             QT_TRANSLATE_N_NOOP("DiffSummary", "%n scheduled task(s) changed")};
constexpr Section workflowsWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n workflow(s) added"),
                                 QT_TRANSLATE_N_NOOP("DiffSummary", "%n workflow(s) removed"),
                                 QT_TRANSLATE_N_NOOP("DiffSummary", "%n workflow(s) changed")};
constexpr Section functionsWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n function(s) added"),
                                 QT_TRANSLATE_N_NOOP("DiffSummary", "%n function(s) removed"),
                                 QT_TRANSLATE_N_NOOP("DiffSummary", "%n function(s) changed")};
constexpr Section connectorsWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n connector(s) added"),
                                  QT_TRANSLATE_N_NOOP("DiffSummary", "%n connector(s) removed"),
                                  QT_TRANSLATE_N_NOOP("DiffSummary", "%n connector(s) changed")};
constexpr Section subAgentsWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n sub-agent(s) added"),
                                 QT_TRANSLATE_N_NOOP("DiffSummary", "%n sub-agent(s) removed"),
                                 QT_TRANSLATE_N_NOOP("DiffSummary", "%n sub-agent(s) changed")};
constexpr Section knowledgeBasesWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n knowledge base(s) added"),
                                      QT_TRANSLATE_N_NOOP("DiffSummary", "%n knowledge base(s) removed"),
                                      QT_TRANSLATE_N_NOOP("DiffSummary", "%n knowledge base(s) changed")};
constexpr Section documentsWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n document(s) added"),
                                 QT_TRANSLATE_N_NOOP("DiffSummary", "%n document(s) removed"),
                                 QT_TRANSLATE_N_NOOP("DiffSummary", "%n document(s) changed")};
constexpr Section valuesWords{QT_TRANSLATE_N_NOOP("DiffSummary", "%n value(s) added"),
                              QT_TRANSLATE_N_NOOP("DiffSummary", "%n value(s) removed"),
                              QT_TRANSLATE_N_NOOP("DiffSummary", "%n value(s) changed")};

struct Tally
{
    const Section *words = nullptr;
    int added = 0;
    int removed = 0;
    std::unordered_set<quint32> changed; // the records, in the old document
};

QString words(const Tally &tally)
{
    QStringList out;
    const auto say = [&out](const char *withNoun, const char *without, int n) {
        if (n > 0)
            out << (out.isEmpty() ? QCoreApplication::translate("DiffSummary", withNoun, nullptr, n)
                                  : QCoreApplication::translate("DiffSummary", without, nullptr, n));
    };
    say(tally.words->added, QT_TRANSLATE_N_NOOP("DiffSummary", "%n added"), tally.added);
    say(tally.words->removed, QT_TRANSLATE_N_NOOP("DiffSummary", "%n removed"), tally.removed);
    say(tally.words->changed, QT_TRANSLATE_N_NOOP("DiffSummary", "%n changed"), int(tally.changed.size()));
    return out.join(Text::tr(", "));
}

// A short value for a sentence: a string's text, anything else as written.
QString shortValue(const JsonDocument &document, quint32 node)
{
    if (document.isContainer(node))
        return document.type(node) == JsonDocument::Type::Array ? QStringLiteral("[…]") : QStringLiteral("{…}");
    return document.preview(node, 80);
}

class Reader
{
public:
    Reader(const JsonDocument &oldDocument, const JsonDocument &newDocument, const std::atomic_bool *cancel)
        : m_old(oldDocument)
        , m_new(newDocument)
        , m_cancel(cancel)
    {
    }

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    QStringList read(const std::vector<JsonChange> &changes)
    {
        const ExportKind kind = ExportShape::detect(m_new);
        if (kind != ExportShape::detect(m_old) || kind == ExportKind::Json)
            return plain(changes);
        if (kind == ExportKind::AgentbotAccount)
            return account(changes);
        return agentTemplate(changes);
    }

private:
    static constexpr int maxSentences = 5;

    QStringList plain(const std::vector<JsonChange> &changes)
    {
        Tally tally;
        tally.words = &valuesWords;
        for (size_t step = 0; step < changes.size(); ++step) {
            const JsonChange &change = changes[step];
            if (stopped(step))
                return {};
            if (change.op == Op::Added)
                ++tally.added;
            else if (change.op == Op::Removed)
                ++tally.removed;
            else
                tally.changed.insert(change.oldNode);
        }
        return {words(tally)};
    }

    // A list of records: where it is in each document, and what it counts.
    struct List
    {
        quint32 oldNode = none;
        quint32 newNode = none;
        Tally tally;
    };

    // Where each list is, by its node in either document: a change finds its list by its ancestors,
    // without looking through every list (a template may have thousands of knowledge bases).
    void index(const std::vector<List> &lists)
    {
        m_oldLists.clear();
        m_newLists.clear();
        m_oldLists.reserve(lists.size());
        for (size_t i = 0; i < lists.size(); ++i) {
            if (lists[i].oldNode != none)
                m_oldLists.emplace(lists[i].oldNode, int(i));
            if (lists[i].newNode != none)
                m_newLists.emplace(lists[i].newNode, int(i));
        }
    }
    static int find(const std::unordered_map<quint32, int> &lists, quint32 node)
    {
        const auto it = lists.find(node);
        return it == lists.end() ? -1 : it->second;
    }

    // Counts the change in the list it falls in (the innermost), and returns that list's index, or
    // -1 when it is in none.
    int count(std::vector<List> &lists, const JsonChange &change)
    {
        // The whole list added, removed, or of another type.
        if (change.op == Op::Added) {
            const int i = find(m_newLists, change.newNode);
            if (i >= 0 && m_new.type(change.newNode) == JsonDocument::Type::Array) {
                lists[size_t(i)].tally.added += int(m_new.childCount(change.newNode));
                return i;
            }
        }
        if (change.op == Op::Removed) {
            const int i = find(m_oldLists, change.oldNode);
            if (i >= 0 && m_old.type(change.oldNode) == JsonDocument::Type::Array) {
                lists[size_t(i)].tally.removed += int(m_old.childCount(change.oldNode));
                return i;
            }
        }
        // Whatever the change, its old node (or the old container it was added to) is in the old
        // document: the record it belongs to is the ancestor whose parent is a list.
        quint32 record = none;
        int found = -1;
        for (quint32 at = change.oldNode; at != none && found < 0; at = m_old.parent(at)) {
            if (change.op == Op::Added && at == change.oldNode) {
                const int i = find(m_oldLists, at);
                if (i >= 0) {
                    ++lists[size_t(i)].tally.added;
                    return i;
                }
            }
            const quint32 parent = m_old.parent(at);
            const int i = parent == none ? -1 : find(m_oldLists, parent);
            if (i >= 0) {
                record = at;
                found = i;
            }
        }
        if (found < 0)
            return -1;
        if (change.op == Op::Removed && record == change.oldNode)
            ++lists[size_t(found)].tally.removed;
        else
            lists[size_t(found)].tally.changed.insert(record);
        return found;
    }

    // Whether the reader was asked to stop; looked at now and then.
    bool stopped(size_t step) const
    {
        return (step & 0x3ff) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed);
    }

    // "Key: old → new" for a changed scalar directly in `oldParent`, the key in words as the change's
    // own sentence has it.
    bool field(const JsonChange &change, quint32 oldParent, QStringList &sentences, int &more)
    {
        if (change.op != Op::Changed || oldParent == none || m_old.parent(change.oldNode) != oldParent ||
            m_old.isContainer(change.oldNode) || m_new.isContainer(change.newNode))
            return false;
        if (sentences.size() < maxSentences)
            sentences << Text::tr("%1: %2 → %3")
                             .arg(ChangeSentence::fieldName(m_new.key(change.newNode)),
                                  shortValue(m_old, change.oldNode), shortValue(m_new, change.newNode));
        else
            ++more;
        return true;
    }

    void finish(QStringList &out, std::vector<List> &lists, const QStringList &sentences, int more, int others)
    {
        for (List &list : lists) {
            const QString said = words(list.tally);
            if (!said.isEmpty())
                out << said;
        }
        out << sentences;
        if (more > 0)
            out << Text::tr("%n more changed value(s)", nullptr, more);
        if (others > 0)
            out << Text::tr("%n other change(s)", nullptr, others);
    }

    QStringList account(const std::vector<JsonChange> &changes)
    {
        using namespace AgentbotFormat;
        const quint32 root = JsonDocument::root();
        std::vector<List> lists(3);
        const QLatin1StringView names[] = {agents, scheduledTasks, workflows};
        const Section *sectionWords[] = {&agentsWords, &tasksWords, &workflowsWords};
        for (size_t i = 0; i < 3; ++i)
            lists[i] = {m_old.member(root, names[i]), m_new.member(root, names[i]), {sectionWords[i], 0, 0, {}}};
        index(lists);
        const quint32 oldUser = m_old.member(root, user);
        QStringList sentences;
        QStringList schedules;
        int more = 0;
        int others = 0;
        for (size_t step = 0; step < changes.size(); ++step) {
            const JsonChange &change = changes[step];
            if (stopped(step))
                return {};
            if (field(change, oldUser, sentences, more))
                continue;
            if (change.op == Op::Changed && m_old.parent(change.oldNode) == root &&
                m_old.key(change.oldNode) == exportedAt)
                continue; // every export has its own time: the list shows it
            if (field(change, root, sentences, more))
                continue;
            const int list = count(lists, change);
            if (list < 0) {
                ++others;
                continue;
            }
            // A schedule in words, both sides.
            if (list == 1 && change.op == Op::Changed && m_new.key(change.newNode) == cronSchedule &&
                m_old.parent(m_old.parent(change.oldNode)) == lists[1].oldNode) {
                if (schedules.size() >= maxSentences) {
                    ++more;
                    continue;
                }
                const quint32 task = m_new.parent(change.newNode);
                quint32 label = m_new.member(task, name);
                if (label == none || m_new.type(label) != JsonDocument::Type::String)
                    label = m_new.member(task, id);
                const auto schedule = [](const JsonDocument &document, quint32 node) {
                    const CronSchedule cron(document.string(node));
                    return cron.isValid() ? cron.toWords() : shortValue(document, node);
                };
                schedules << Text::tr("Scheduled task %1: %2 → %3")
                                 .arg(label == none ? QString() : shortValue(m_new, label),
                                      schedule(m_old, change.oldNode), schedule(m_new, change.newNode));
            }
        }
        QStringList out;
        finish(out, lists, schedules + sentences, more, others);
        return out;
    }

    QStringList agentTemplate(const std::vector<JsonChange> &changes)
    {
        using namespace XpanderFormat;
        const quint32 root = JsonDocument::root();
        const quint32 oldAgent = m_old.member(root, agentDefinition);
        const quint32 newAgent = m_new.member(root, agentDefinition);
        std::vector<List> lists;
        const QLatin1StringView names[] = {customFunctions, connectors, subAgents, knowledgeBases};
        const Section *sectionWords[] = {&functionsWords, &connectorsWords, &subAgentsWords, &knowledgeBasesWords};
        for (size_t i = 0; i < 4; ++i)
            lists.push_back(
                {m_old.member(oldAgent, names[i]), m_new.member(newAgent, names[i]), {sectionWords[i], 0, 0, {}}});
        // Each knowledge base's documents are a list of their own, counted together.
        const size_t documentLists = lists.size();
        const quint32 oldBases = lists[3].oldNode;
        const quint32 newBases = lists[3].newNode;
        if (m_old.type(oldBases == none ? root : oldBases) == JsonDocument::Type::Array) {
            for (quint32 base = m_old.firstChild(oldBases); base != none; base = m_old.nextSibling(base))
                lists.push_back({m_old.member(base, documents), none, {&documentsWords, 0, 0, {}}});
        }
        if (m_new.type(newBases == none ? root : newBases) == JsonDocument::Type::Array) {
            for (quint32 base = m_new.firstChild(newBases); base != none; base = m_new.nextSibling(base))
                lists.push_back({none, m_new.member(base, documents), {&documentsWords, 0, 0, {}}});
        }
        index(lists);
        const quint32 oldInstructions = m_old.member(oldAgent, instructions);
        bool instructionsChanged = false;
        QStringList sentences;
        int more = 0;
        int others = 0;
        for (size_t step = 0; step < changes.size(); ++step) {
            const JsonChange &change = changes[step];
            if (stopped(step))
                return {};
            if (field(change, oldAgent, sentences, more) || field(change, root, sentences, more))
                continue;
            bool inInstructions = false;
            for (quint32 at = change.oldNode; oldInstructions != none && at != none && !inInstructions;
                 at = m_old.parent(at))
                inInstructions = at == oldInstructions;
            if (inInstructions) {
                instructionsChanged = true;
                continue;
            }
            if (count(lists, change) < 0)
                ++others;
        }
        // The documents of all knowledge bases as one count.
        List allDocuments{none, none, {&documentsWords, 0, 0, {}}};
        for (size_t i = documentLists; i < lists.size(); ++i) {
            allDocuments.tally.added += lists[i].tally.added;
            allDocuments.tally.removed += lists[i].tally.removed;
            allDocuments.tally.changed.insert(lists[i].tally.changed.begin(), lists[i].tally.changed.end());
        }
        lists.resize(documentLists);
        lists.push_back(std::move(allDocuments));
        QStringList out;
        if (instructionsChanged)
            out << Text::tr("Instructions changed");
        finish(out, lists, sentences, more, others);
        return out;
    }

    const JsonDocument &m_old;
    const JsonDocument &m_new;
    const std::atomic_bool *m_cancel;
    std::unordered_map<quint32, int> m_oldLists;
    std::unordered_map<quint32, int> m_newLists;
};

} // namespace

QStringList DiffSummary::parts(const JsonDocument &oldDocument, const JsonDocument &newDocument,
                               const std::vector<JsonChange> &changes, const std::atomic_bool *cancel)
{
    if (changes.empty())
        return {};
    Reader reader(oldDocument, newDocument, cancel);
    QStringList said = reader.read(changes);
    return reader.cancelled() ? QStringList() : said;
}

QString DiffSummary::text(const JsonDocument &oldDocument, const JsonDocument &newDocument,
                          const std::vector<JsonChange> &changes, const std::atomic_bool *cancel)
{
    const QStringList said = parts(oldDocument, newDocument, changes, cancel);
    if (cancel && cancel->load())
        return {};
    return said.isEmpty() ? Text::tr("No differences.") : said.join(Text::tr(" · "));
}

} // namespace Takeout
