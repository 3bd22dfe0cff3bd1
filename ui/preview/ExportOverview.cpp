#include "ExportOverview.h"

#include "base/BackgroundTask.h"
#include "exports/XpanderFormat.h"
#include "preview/AccountCharts.h"
#include "preview/KnowledgeModel.h"
#include "preview/OverviewCard.h"
#include "tables/AccountTables.h"
#include "tables/ReadOnlyTable.h"
#include "tables/RecordTableModel.h"
#include "text/Wording.h"
#include "json/JsonDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <utility>

namespace Takeout {

namespace {

using Format = RecordTableModel::Format;
namespace Key = XpanderFormat;

QString text(const JsonDocument &document, quint32 object, QLatin1StringView key)
{
    const quint32 value = document.member(object, key);
    return value == JsonDocument::none ? QString() : document.text(value);
}

QPlainTextEdit *viewer(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

// Calls `each` for every element of an array; nothing for anything else.
template<typename Each>
void forEach(const JsonDocument &document, quint32 array, Each each)
{
    if (array == JsonDocument::none || document.type(array) != JsonDocument::Type::Array)
        return;
    for (quint32 item = document.firstChild(array); item != JsonDocument::none; item = document.nextSibling(item))
        each(item);
}

// A string as its text; any other value as its JSON.
QString asText(const JsonDocument &document, quint32 value)
{
    return document.type(value) == JsonDocument::Type::String ? document.string(value)
                                                              : QString::fromUtf8(document.compact(value));
}

// A list of strings (instructions' role and goal); anything else in it as its JSON.
QStringList strings(const JsonDocument &document, quint32 array)
{
    QStringList lines;
    forEach(document, array, [&](quint32 item) { lines << asText(document, item); });
    return lines;
}

// The start of a long text, for a one-line mention; the whole of it is in the details.
QString shortened(const QString &text)
{
    constexpr qsizetype length = 140;
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + QStringLiteral("…");
}

// A table as tall as its rows, up to eight, so that a card does not scroll inside the page's scroll.
void fitRows(QTableView *table, int rows)
{
    const int shown = qBound(1, rows, 8);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          table->verticalHeader()->defaultSectionSize() * shown + 2 * table->frameWidth() +
                          table->horizontalScrollBar()->sizeHint().height());
}

// A label drawn as a card: a framed panel in the palette's base colour, so that it follows dark mode.
void makeCard(QLabel *label)
{
    label->setFrameShape(QFrame::StyledPanel);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::Base);
    label->setMargin(10);
}

} // namespace

bool ExportOverview::hasOverview(const ExportResult &result)
{
    return result.document &&
           (result.kind == ExportKind::AgentbotAccount || result.kind == ExportKind::XpanderTemplate);
}

ExportOverview::ExportOverview(const ExportResult &result, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exportOverview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    showWarnings(result.warnings);
    if (result.kind == ExportKind::AgentbotAccount)
        layout->addWidget(accountOverview(result), 1);
    else if (result.kind == ExportKind::XpanderTemplate)
        layout->addWidget(templateOverview(result), 1);
}

void ExportOverview::showWarnings(const QStringList &warnings)
{
    if (warnings.isEmpty() || findChild<QWidget *>(QStringLiteral("warningsPanel")))
        return;
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("warningsPanel"));
    auto *summary = new QLabel(tr("This file departs from the documented format in %n place(s). It is shown as it is.",
                                  nullptr, int(warnings.size())),
                               panel);
    summary->setObjectName(QStringLiteral("warningsLabel"));
    summary->setWordWrap(true);
    auto *toggle = new QPushButton(tr("Show &Differences"), panel);
    toggle->setObjectName(QStringLiteral("warningsButton"));
    toggle->setCheckable(true);
    QPlainTextEdit *list = viewer(QStringLiteral("warningsList"), panel);
    list->setPlainText(warnings.join(QLatin1Char('\n')));
    list->setMaximumHeight(120);
    list->hide();
    connect(toggle, &QPushButton::toggled, list, &QWidget::setVisible);
    auto *row = new QHBoxLayout;
    row->addWidget(summary, 1);
    row->addWidget(toggle);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(list);
    static_cast<QVBoxLayout *>(this->layout())->insertWidget(0, panel);
}

void ExportOverview::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // In an event of its own after this paint: a timer, not a posted call, which would run in the same
    // batch as the paint.
    if (m_fillKnowledge)
        QTimer::singleShot(1, this, std::exchange(m_fillKnowledge, {}));
}

QWidget *ExportOverview::accountOverview(const ExportResult &result)
{
    // The profile as the summary read it when the export was checked.
    const ExportSummary &s = result.summary;
    const QDateTime exported = QDateTime::fromString(s.exportedAt, Qt::ISODateWithMs);

    auto *box = new QWidget(this);
    auto *card = new QLabel(box);
    card->setObjectName(QStringLiteral("profileCard"));
    card->setTextFormat(Qt::RichText);
    card->setWordWrap(true);
    card->setText(tr("<b>%1</b> &lt;%2&gt;<br>Plan: %3 · Role: %4 · Referral code: %5 · Referral credits: %6<br>"
                     "Exported %7 · format %8")
                      .arg(s.userName.toHtmlEscaped(), s.userEmail.toHtmlEscaped(), s.plan.toHtmlEscaped(),
                           s.role.toHtmlEscaped(), s.referralCode.toHtmlEscaped(), s.referralCredits.toHtmlEscaped(),
                           exported.isValid() ? Wording::dateTime(exported) : s.exportedAt.toHtmlEscaped(),
                           s.version.toHtmlEscaped()));
    // The exact time and the format, for whoever compares it with the file.
    card->setToolTip(exported.isValid() ? tr("Exported %1 · format %2").arg(Wording::utc(exported), s.version)
                                        : s.exportedAt);
    makeCard(card);
    auto *tables = new AccountTables(box);
    tables->setDocument(result.document);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(card);
    layout->addWidget(tables, 1);
    // The pictures walk every agent and each task's runs of a week: on a worker, shown when read.
    if (result.document && (s.scheduledTasks > 0 || s.agents > 0)) {
        const QDate day = (exported.isValid() ? exported : QDateTime::currentDateTimeUtc()).toUTC().date();
        BackgroundTask::run(
            box,
            [document = result.document, day](const TaskControl &) { return AccountPictures::read(*document, day); },
            [box, layout](const AccountPictures &pictures) {
                layout->insertWidget(1, new AccountCharts(pictures, box));
            });
    }
    return box;
}

QWidget *ExportOverview::templateOverview(const ExportResult &result)
{
    const std::shared_ptr<const JsonDocument> &shared = result.document;
    const JsonDocument &document = *shared;
    const ExportSummary &s = result.summary;
    const quint32 agent = document.member(JsonDocument::root(), Key::agentDefinition);
    const auto child = [&](QLatin1StringView key) { return document.member(agent, key); };

    // Cards one under the other, in a scroll area: the page reads top to bottom like a document.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("templateCards"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Overview"));
    auto *box = new QWidget(scroll);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 4, 0);

    // The definition: the template's name and description, shown here only, and the agent's facts.
    const QString name = s.templateName.isEmpty() ? s.agentName : s.templateName;
    auto *definition = new OverviewCard(s.icon.isEmpty() ? name : s.icon + QLatin1Char(' ') + name, -1,
                                        QStringLiteral("definitionCard"), box);
    if (!s.description.isEmpty())
        definition->addText(s.description)->setObjectName(QStringLiteral("templateDescription"));
    QStringList facts;
    const QList<QPair<QString, QString>> named = {
        {tr("Type"), s.agentType},  {tr("Delegation"), s.delegationType},      {tr("Model provider"), s.modelProvider},
        {tr("Model"), s.modelName}, {tr("Status"), Wording::status(s.status)}, {tr("Access"), s.accessScope}};
    for (const auto &fact : named) {
        if (!fact.second.isEmpty())
            facts << fact.first + QStringLiteral(": ") + fact.second;
    }
    if (!facts.isEmpty())
        definition->addText(facts.join(QStringLiteral(" · ")))->setObjectName(QStringLiteral("templateFacts"));
    layout->addWidget(definition);

    // Instructions: role and goal as bullets, the general text as a paragraph.
    const quint32 given = child(Key::instructions);
    const QStringList role = strings(document, document.member(given, Key::role));
    const QStringList goal = strings(document, document.member(given, Key::goal));
    const QString general = text(document, given, Key::general);
    auto *instructions =
        new OverviewCard(tr("Instructions"), int(role.size() + goal.size()) + (general.isEmpty() ? 0 : 1),
                         QStringLiteral("instructionsCard"), box);
    if (role.isEmpty() && goal.isEmpty() && general.isEmpty())
        instructions->addText(tr("This agent has no instructions."));
    const auto section = [instructions](const QString &title) {
        QLabel *label = instructions->addText(title);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    };
    if (!role.isEmpty()) {
        section(tr("Role"));
        instructions->addBullets(role);
    }
    if (!goal.isEmpty()) {
        section(tr("Goal"));
        instructions->addBullets(goal);
    }
    if (!general.isEmpty()) {
        section(tr("General"));
        instructions->addText(general)->setObjectName(QStringLiteral("generalInstructions"));
    }
    layout->addWidget(instructions);

    // Custom functions, with the selected one's source code.
    auto *functionsCard =
        new OverviewCard(tr("Custom functions"), s.customFunctions, QStringLiteral("functionsCard"), box);
    if (s.customFunctions == 0) {
        functionsCard->addText(tr("This agent has no custom functions."));
    } else {
        auto *functions = new RecordTableModel(functionsCard);
        functions->setRecords(shared, child(Key::customFunctions),
                              {{tr("Name"), Key::name},
                               {tr("Status"), Key::status, RecordTableModel::Format::Status},
                               {tr("Description"), Key::description}});
        auto *functionTable = new ReadOnlyTable(functions, QStringLiteral("functionsTable"), functionsCard);
        functionTable->setExportTable(QStringLiteral("functions"));
        functionTable->setAccessibleName(tr("Custom functions"));
        fitRows(functionTable, s.customFunctions);
        QPlainTextEdit *source = viewer(QStringLiteral("sourceView"), functionsCard);
        source->setAccessibleName(tr("Source code"));
        source->setPlaceholderText(tr("Select a function to see its source code."));
        source->setFixedHeight(source->fontMetrics().lineSpacing() * 10);
        connect(functionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, source,
                [functions, source](const QModelIndex &current) {
                    source->setPlainText(current.isValid() ? text(*functions->document(),
                                                                  functions->record(current.row()), Key::sourceCode)
                                                           : QString());
                });
        functionsCard->addWidget(functionTable);
        functionsCard->addWidget(source);
    }
    layout->addWidget(functionsCard);

    // Connectors: each one's name, how many operations, and what it is for.
    auto *connectorsCard = new OverviewCard(tr("Connectors"), s.connectors, QStringLiteral("connectorsCard"), box);
    QStringList connectorLines;
    forEach(document, child(Key::connectors), [&](quint32 connector) {
        QString line = text(document, connector, Key::name);
        const QString operations = text(document, connector, Key::totalOperations);
        if (!operations.isEmpty())
            line += QLatin1Char(' ') + tr("(%1 operations)").arg(operations);
        const QString description = text(document, connector, Key::description);
        if (!description.isEmpty())
            line += QStringLiteral(" — ") + shortened(description);
        connectorLines << line;
    });
    if (connectorLines.isEmpty())
        connectorsCard->addText(tr("This agent uses no connectors."));
    else
        connectorsCard->addBullets(connectorLines)->setObjectName(QStringLiteral("connectorsList"));
    layout->addWidget(connectorsCard);

    // Sub-agents: ids or objects.
    auto *subAgentsCard = new OverviewCard(tr("Sub-agents"), s.subAgents, QStringLiteral("subAgentsCard"), box);
    QStringList subAgents;
    forEach(document, child(Key::subAgents), [&](quint32 item) {
        if (document.type(item) != JsonDocument::Type::Object) {
            subAgents << asText(document, item);
            return;
        }
        const QString itemName = text(document, item, Key::name);
        subAgents << (itemName.isEmpty() ? text(document, item, Key::id) : itemName);
    });
    if (subAgents.isEmpty())
        subAgentsCard->addText(tr("This agent delegates to no other agent."));
    else
        subAgentsCard->addBullets(subAgents)->setObjectName(QStringLiteral("subAgentsList"));
    layout->addWidget(subAgentsCard);

    // Knowledge bases and their documents, each document's content readable and copyable.
    auto *knowledgeCard =
        new OverviewCard(tr("Knowledge bases"), s.knowledgeBases, QStringLiteral("knowledgeCard"), box);
    layout->addWidget(knowledgeCard);
    const quint32 bases = child(Key::knowledgeBases);
    if (s.knowledgeBases == 0) {
        knowledgeCard->addText(
            tr("No knowledge bases: the agent has none, or the template was exported without them."));
        layout->addStretch(1);
        scroll->setWidget(box);
        return scroll;
    }
    knowledgeCard->addText(tr("%n document(s). Select one to read it.", nullptr, s.documents));
    auto *knowledge = new QTreeView(knowledgeCard);
    knowledge->setObjectName(QStringLiteral("knowledgeTree"));
    knowledge->setAccessibleName(tr("Knowledge bases"));
    knowledge->setUniformRowHeights(true);
    knowledge->setModel(new KnowledgeModel(shared, bases, knowledge));
    if (s.documents <= 1000) {
        // Open, and the names' column as wide as they are, after the overview is first painted
        // (paintEvent): both walk every row.
        m_fillKnowledge = [knowledge] {
            knowledge->expandAll();
            knowledge->resizeColumnToContents(0);
        };
    }
    QPlainTextEdit *content = viewer(QStringLiteral("documentContent"), knowledgeCard);
    content->setFont(font());
    content->setAccessibleName(tr("Document content"));
    content->setPlaceholderText(tr("Select a document to read its content."));
    auto *copy = new QPushButton(tr("Copy Content"), knowledgeCard);
    copy->setObjectName(QStringLiteral("copyContentButton"));
    connect(copy, &QPushButton::clicked, content,
            [content] { QApplication::clipboard()->setText(content->toPlainText()); });
    connect(knowledge->selectionModel(), &QItemSelectionModel::currentChanged, content,
            [shared, content](const QModelIndex &current) {
                const QVariant doc = current.siblingAtColumn(0).data(KnowledgeModel::DocumentRole);
                content->setPlainText(doc.isValid() ? text(*shared, doc.toUInt(), Key::content) : QString());
            });
    auto *reader = new QWidget(knowledgeCard);
    auto *readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addWidget(content, 1);
    readerLayout->addWidget(copy, 0, Qt::AlignRight);
    auto *knowledgeSplit = new QSplitter(knowledgeCard);
    knowledgeSplit->addWidget(knowledge);
    knowledgeSplit->addWidget(reader);
    knowledgeSplit->setFixedHeight(knowledge->fontMetrics().lineSpacing() * 18);
    knowledgeCard->addWidget(knowledgeSplit);

    layout->addStretch(1);
    scroll->setWidget(box);
    return scroll;
}

} // namespace Takeout
