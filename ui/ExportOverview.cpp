#include "ExportOverview.h"

#include "AccountTables.h"
#include "ReadOnlyTable.h"
#include "RecordTableModel.h"
#include "exports/XpanderFormat.h"
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
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

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

// A list of strings (instructions' role and goal) as bullet lines.
QString bullets(const JsonDocument &document, quint32 array)
{
    QStringList lines;
    if (array != JsonDocument::none && document.type(array) == JsonDocument::Type::Array)
        for (quint32 item = document.firstChild(array); item != JsonDocument::none; item = document.nextSibling(item))
            lines << QStringLiteral("• ") + (document.type(item) == JsonDocument::Type::String
                                                 ? document.string(item)
                                                 : QString::fromUtf8(document.compact(item)));
    return lines.join(QLatin1Char('\n'));
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
    if (!result.warnings.isEmpty())
        layout->addWidget(warningsPanel(result.warnings));
    if (result.kind == ExportKind::AgentbotAccount)
        layout->addWidget(accountOverview(result), 1);
    else if (result.kind == ExportKind::XpanderTemplate)
        layout->addWidget(templateOverview(result), 1);
}

QWidget *ExportOverview::warningsPanel(const QStringList &warnings)
{
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
    return panel;
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
                           exported.isValid() ? QLocale().toString(exported.toLocalTime(), QLocale::LongFormat)
                                              : s.exportedAt.toHtmlEscaped(),
                           s.version.toHtmlEscaped()));
    card->setToolTip(s.exportedAt);
    makeCard(card);
    auto *tables = new AccountTables(box);
    tables->setDocument(result.document);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(card);
    layout->addWidget(tables, 1);
    return box;
}

QWidget *ExportOverview::templateOverview(const ExportResult &result)
{
    const std::shared_ptr<const JsonDocument> &shared = result.document;
    const JsonDocument &document = *shared;
    const ExportSummary &s = result.summary;
    const quint32 agent = document.member(JsonDocument::root(), Key::agentDefinition);
    const auto child = [&](QLatin1StringView key) { return document.member(agent, key); };

    auto *box = new QWidget(this);
    auto *header = new QLabel(box);
    header->setObjectName(QStringLiteral("templateHeader"));
    header->setTextFormat(Qt::RichText);
    header->setWordWrap(true);
    makeCard(header);
    QStringList facts;
    const QList<QPair<QString, QString>> named = {{tr("Type"), s.agentType},
                                                  {tr("Delegation"), s.delegationType},
                                                  {tr("Model provider"), s.modelProvider},
                                                  {tr("Model"), s.modelName},
                                                  {tr("Status"), s.status},
                                                  {tr("Access"), s.accessScope}};
    for (const auto &fact : named) {
        if (!fact.second.isEmpty())
            facts << fact.first + QStringLiteral(": ") + fact.second.toHtmlEscaped();
    }
    header->setText(QStringLiteral("<span style='font-size:x-large'>%1</span> <b>%2</b><br>%3<br>%4")
                        .arg(s.icon.toHtmlEscaped(), s.templateName.toHtmlEscaped(), s.description.toHtmlEscaped(),
                             facts.join(QStringLiteral(" · "))));

    auto *tabs = new QTabWidget(box);
    tabs->setObjectName(QStringLiteral("templateTabs"));

    // Instructions
    QPlainTextEdit *instructions = viewer(QStringLiteral("instructionsView"), box);
    instructions->setFont(font());
    const quint32 given = child(Key::instructions);
    instructions->setPlainText(tr("Role\n%1\n\nGoal\n%2\n\nGeneral\n%3")
                                   .arg(bullets(document, document.member(given, Key::role)),
                                        bullets(document, document.member(given, Key::goal)),
                                        text(document, given, Key::general)));
    tabs->addTab(instructions, tr("Instructions"));

    // Custom functions, with the selected one's source code
    auto *functions = new RecordTableModel(box);
    functions->setRecords(
        shared, child(Key::customFunctions),
        {{tr("Name"), Key::name}, {tr("Status"), Key::status}, {tr("Description"), Key::description}});
    QTableView *functionTable = new ReadOnlyTable(functions, QStringLiteral("functionsTable"), box);
    QPlainTextEdit *source = viewer(QStringLiteral("sourceView"), box);
    source->setPlaceholderText(tr("Select a function to see its source code."));
    connect(functionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, source,
            [functions, source](const QModelIndex &current) {
                source->setPlainText(
                    current.isValid() ? text(*functions->document(), functions->record(current.row()), Key::sourceCode)
                                      : QString());
            });
    auto *functionSplit = new QSplitter(Qt::Vertical, box);
    functionSplit->addWidget(functionTable);
    functionSplit->addWidget(source);
    tabs->addTab(functionSplit, tr("Custom functions (%1)").arg(s.customFunctions));

    // Connectors
    auto *connectors = new RecordTableModel(box);
    connectors->setRecords(shared, child(Key::connectors),
                           {{tr("Name"), Key::name},
                            {tr("Operations"), Key::totalOperations},
                            {tr("Operation ids"), Key::operationIds, Format::Count},
                            {tr("Description"), Key::description}});
    tabs->addTab(new ReadOnlyTable(connectors, QStringLiteral("connectorsTable"), box),
                 tr("Connectors (%1)").arg(s.connectors));

    // Sub-agents: ids or objects
    QPlainTextEdit *subAgents = viewer(QStringLiteral("subAgentsView"), box);
    subAgents->setPlainText(bullets(document, child(Key::subAgents)));
    tabs->addTab(subAgents, tr("Sub-agents (%1)").arg(s.subAgents));

    // Knowledge bases and their documents, each document's content viewable and copyable
    auto *knowledge = new QTreeWidget(box);
    knowledge->setObjectName(QStringLiteral("knowledgeTree"));
    knowledge->setHeaderLabels({tr("Knowledge base / document"), tr("Address")});
    knowledge->setAccessibleName(tr("Knowledge bases"));
    const quint32 bases = child(Key::knowledgeBases);
    if (bases != JsonDocument::none && document.type(bases) == JsonDocument::Type::Array) {
        for (quint32 base = document.firstChild(bases); base != JsonDocument::none; base = document.nextSibling(base)) {
            auto *baseItem = new QTreeWidgetItem(knowledge, {text(document, base, Key::name)});
            baseItem->setToolTip(0, text(document, base, Key::description));
            const quint32 docs = document.member(base, Key::documents);
            if (docs == JsonDocument::none || document.type(docs) != JsonDocument::Type::Array)
                continue;
            for (quint32 doc = document.firstChild(docs); doc != JsonDocument::none; doc = document.nextSibling(doc)) {
                auto *docItem =
                    new QTreeWidgetItem(baseItem, {text(document, doc, Key::name), text(document, doc, Key::url)});
                docItem->setData(0, Qt::UserRole, doc);
            }
        }
    }
    if (s.documents <= 1000) { // both walk every item
        knowledge->expandAll();
        knowledge->resizeColumnToContents(0);
    }
    QPlainTextEdit *content = viewer(QStringLiteral("documentContent"), box);
    content->setFont(font());
    content->setPlaceholderText(tr("Select a document to read its content."));
    auto *copy = new QPushButton(tr("Copy Content"), box);
    copy->setObjectName(QStringLiteral("copyContentButton"));
    connect(copy, &QPushButton::clicked, content,
            [content] { QApplication::clipboard()->setText(content->toPlainText()); });
    connect(knowledge, &QTreeWidget::currentItemChanged, content, [shared, content](QTreeWidgetItem *item) {
        const QVariant doc = item ? item->data(0, Qt::UserRole) : QVariant();
        content->setPlainText(doc.isValid() ? text(*shared, doc.toUInt(), Key::content) : QString());
    });
    auto *reader = new QWidget(box);
    auto *readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addWidget(content, 1);
    readerLayout->addWidget(copy, 0, Qt::AlignRight);
    auto *knowledgeSplit = new QSplitter(box);
    knowledgeSplit->addWidget(knowledge);
    knowledgeSplit->addWidget(reader);
    tabs->addTab(knowledgeSplit, tr("Knowledge bases (%n document(s))", nullptr, s.documents));

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(tabs, 1);
    return box;
}

} // namespace Takeout
