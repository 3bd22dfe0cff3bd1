#include "DocumentWriter.h"

#include "DocumentContent.h"
#include "base/BackgroundTask.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Takeout {

namespace {

using Kind = DocumentBlock::Kind;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QStringList dayNames()
{
    QStringList days;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        days << locale.dayName(day, QLocale::ShortFormat);
    return days;
}

int largest(const QList<QStringList> &rows, int column)
{
    int most = 0;
    for (const QStringList &row : rows) {
        if (column < 0) {
            for (const QString &cell : row)
                most = qMax(most, cell.toInt());
        } else if (column < row.size()) {
            most = qMax(most, row.at(column).toInt());
        }
    }
    return most;
}

// The HTML of the content: for a browser (`page`, with its stylesheet) or for QTextDocument, which
// reads a subset of HTML and lays out pages itself.
QString body(const DocumentContent &content, bool page)
{
    QString html;
    for (const DocumentBlock &block : content.blocks) {
        switch (block.kind) {
        case Kind::Heading: {
            const QString tag = QStringLiteral("h%1").arg(qBound(2, block.level, 4));
            html += QLatin1Char('<') + tag + QLatin1Char('>') + esc(block.text) + QStringLiteral("</") + tag +
                    QStringLiteral(">\n");
            break;
        }
        case Kind::Paragraph:
            html += QStringLiteral("<p>") + esc(block.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                    QStringLiteral("</p>\n");
            break;
        case Kind::Bullets:
            if (block.items.isEmpty())
                break;
            html += QStringLiteral("<ul>\n");
            for (const QString &item : block.items)
                html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>\n");
            html += QStringLiteral("</ul>\n");
            break;
        case Kind::Code:
            html += QStringLiteral("<pre>") + esc(block.text) + QStringLiteral("</pre>\n");
            break;
        case Kind::Table:
            html += page ? QStringLiteral("<table>\n<thead><tr>")
                         : QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                          "\n<thead><tr>");
            for (const QString &title : block.header)
                html += QStringLiteral("<th>") + esc(title) + QStringLiteral("</th>");
            html += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const QStringList &row : block.rows) {
                html += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    html += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</tbody></table>\n");
            break;
        case Kind::BarChart: {
            // The numbers are in the table as text; the bar draws them for the eye.
            const int most = qMax(1, largest(block.rows, 1));
            html += page ? QStringLiteral("<table class=\"chart\">\n")
                         : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">\n");
            html += QStringLiteral("<caption>") + esc(block.text) + QStringLiteral("</caption>\n");
            for (const QStringList &row : block.rows) {
                const int count = row.value(1).toInt();
                const int width = qMax(1, count * 200 / most);
                html += QStringLiteral("<tr><td>") + esc(row.value(0)) + QStringLiteral("</td><td align=\"right\">") +
                        esc(row.value(1)) + QStringLiteral("</td><td>");
                if (page)
                    html += QStringLiteral("<span class=\"bar\" style=\"width:%1px\"></span>").arg(width);
                else
                    html += QStringLiteral("<span style=\"color:#3d6fc4\">") +
                            QString(qMax(1, count * 30 / most), QChar(0x2588)) + QStringLiteral("</span>");
                html += QStringLiteral("</td></tr>\n");
            }
            html += QStringLiteral("</table>\n");
            break;
        }
        case Kind::WeekGrid: {
            const int most = qMax(1, largest(block.rows, -1));
            html += page ? QStringLiteral("<table class=\"week\">\n")
                         : QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"1\">\n");
            html += QStringLiteral("<caption>") + esc(block.text) + QStringLiteral("</caption>\n<tr><th></th>");
            for (int hour = 0; hour < 24; ++hour)
                html += QStringLiteral("<th>%1</th>").arg(hour, 2, 10, QLatin1Char('0'));
            html += QStringLiteral("</tr>\n");
            const QStringList days = dayNames();
            for (qsizetype day = 0; day < block.rows.size() && day < 7; ++day) {
                html += QStringLiteral("<tr><th>") + esc(days.at(day)) + QStringLiteral("</th>");
                for (const QString &cell : block.rows.at(day)) {
                    const int count = cell.toInt();
                    if (count == 0) {
                        html += QStringLiteral("<td></td>");
                    } else if (page) {
                        html += QStringLiteral("<td class=\"on\" style=\"opacity:%1\">%2</td>")
                                    .arg(0.35 + 0.65 * count / most, 0, 'f', 2)
                                    .arg(count);
                    } else {
                        const int shade = 230 - 120 * count / most;
                        html += QStringLiteral("<td align=\"center\" bgcolor=\"#%1%1ff\">%2</td>")
                                    .arg(shade, 2, 16, QLatin1Char('0'))
                                    .arg(count);
                    }
                }
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</table>\n");
            break;
        }
        }
    }
    return html;
}

// Markdown's punctuation as text: a backslash before every character that could start markup.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            lineStart = true;
            continue;
        }
        static const QString always = QStringLiteral("\\`*_[]<>|~&");
        static const QString atStart = QStringLiteral("#-+=>");
        if (always.contains(c) || (lineStart && atStart.contains(c)))
            out += QLatin1Char('\\');
        // "1. text" would start a numbered list.
        if (lineStart && c.isDigit()) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            if (end < text.size() && (text.at(end) == QLatin1Char('.') || text.at(end) == QLatin1Char(')'))) {
                out += text.mid(i, end - i) + QLatin1Char('\\') + text.at(end);
                i = end;
                lineStart = false;
                continue;
            }
        }
        if (!c.isSpace())
            lineStart = false;
        out += c;
    }
    return out;
}

QString mdRow(const QStringList &cells)
{
    QString row = QStringLiteral("|");
    for (const QString &cell : cells)
        row += QLatin1Char(' ') + md(cell) + QStringLiteral(" |");
    return row + QLatin1Char('\n');
}

QString mdRule(qsizetype columns)
{
    QString rule = QStringLiteral("|");
    for (qsizetype i = 0; i < columns; ++i)
        rule += QStringLiteral(" --- |");
    return rule + QLatin1Char('\n');
}

// A fence longer than any run of backticks in the text, so that nothing in it closes the block.
QString fence(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

} // namespace

bool DocumentWriter::formatFromName(const QString &name, Format *format)
{
    const QString lower = name.toLower();
    if (lower == QLatin1StringView("pdf"))
        *format = Format::Pdf;
    else if (lower == QLatin1StringView("html") || lower == QLatin1StringView("htm"))
        *format = Format::Html;
    else if (lower == QLatin1StringView("md") || lower == QLatin1StringView("markdown"))
        *format = Format::Markdown;
    else
        return false;
    return true;
}

bool DocumentWriter::formatFromPath(const QString &path, Format *format)
{
    return formatFromName(QFileInfo(path).suffix(), format);
}

QString DocumentWriter::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

QByteArray DocumentWriter::html(const DocumentContent &content)
{
    // Follows the reader's light or dark setting; prints in black on white.
    static const QString style = QStringLiteral(
        ":root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--line:#ccc;--accent:#2a6fdb;--soft:#f3f3f3}"
        "@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#1e1e1e;--line:#555;--accent:#6ea2ff;"
        "--soft:#2a2a2a}}"
        "body{font-family:system-ui,sans-serif;color:var(--fg);background:var(--bg);max-width:60rem;"
        "margin:1rem auto;padding:0 1rem;line-height:1.45}"
        "header{color:gray;font-size:.9em;border-bottom:1px solid var(--line);padding-bottom:.3rem}"
        "table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.2rem .4rem;"
        "text-align:left;vertical-align:top}caption{text-align:left;font-weight:bold}"
        "table.chart td{border:none}.bar{display:inline-block;height:.8em;background:var(--accent)}"
        "table.week td,table.week th{font-size:.75em;padding:.1rem;text-align:center;min-width:1.4em}"
        "td.on{background:var(--accent);color:var(--bg)}"
        "pre{background:var(--soft);padding:.5rem;overflow:auto;white-space:pre-wrap}"
        "@media print{:root{--fg:#000;--bg:#fff}}");
    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + QLocale().bcp47Name() +
                   QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                  "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
                                  "<meta name=\"referrer\" content=\"no-referrer\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>") +
                   esc(content.title) + QStringLiteral("</title>\n<style>") + style +
                   QStringLiteral("</style>\n</head>\n<body>\n<header>") + esc(content.pageLine()) +
                   QStringLiteral("</header>\n<h1>") + esc(content.title) + QStringLiteral("</h1>\n") +
                   body(content, true) + QStringLiteral("</body>\n</html>\n");
    return page.toUtf8();
}

QByteArray DocumentWriter::markdown(const DocumentContent &content)
{
    QString out = QStringLiteral("# ") + md(content.title) + QStringLiteral("\n\n");
    if (!content.pageLine().isEmpty())
        out += QLatin1Char('*') + md(content.pageLine()) + QStringLiteral("*\n\n");
    const QStringList days = dayNames();
    for (const DocumentBlock &block : content.blocks) {
        switch (block.kind) {
        case Kind::Heading:
            out += QString(qBound(2, block.level, 4), QLatin1Char('#')) + QLatin1Char(' ') + md(block.text) +
                   QStringLiteral("\n\n");
            break;
        case Kind::Paragraph: {
            // Each line of the text a line of the paragraph (a backslash at a line's end breaks it).
            QStringList lines;
            for (const QString &line : block.text.split(QLatin1Char('\n')))
                lines << md(line);
            out += lines.join(QStringLiteral("\\\n")) + QStringLiteral("\n\n");
            break;
        }
        case Kind::Bullets:
            for (const QString &item : block.items)
                out += QStringLiteral("- ") + md(item) + QLatin1Char('\n');
            if (!block.items.isEmpty())
                out += QLatin1Char('\n');
            break;
        case Kind::Code: {
            const QString marks = fence(block.text);
            out += marks + QLatin1Char('\n') + block.text +
                   (block.text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + marks +
                   QStringLiteral("\n\n");
            break;
        }
        case Kind::Table:
            out += mdRow(block.header) + mdRule(block.header.size());
            for (const QStringList &row : block.rows)
                out += mdRow(row);
            out += QLatin1Char('\n');
            break;
        case Kind::BarChart: {
            const int most = qMax(1, largest(block.rows, 1));
            out += mdRow({block.text, block.header.value(1), QString()}) + mdRule(3);
            for (const QStringList &row : block.rows)
                out += mdRow(
                    {row.value(0), row.value(1), QString(qMax(1, row.value(1).toInt() * 20 / most), QChar(0x2588))});
            out += QLatin1Char('\n');
            break;
        }
        case Kind::WeekGrid: {
            out += QStringLiteral("**") + md(block.text) + QStringLiteral("**\n\n");
            QStringList header{QString()};
            for (int hour = 0; hour < 24; ++hour)
                header << QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
            out += mdRow(header) + mdRule(header.size());
            for (qsizetype day = 0; day < block.rows.size() && day < 7; ++day) {
                QStringList row{days.at(day)};
                for (const QString &cell : block.rows.at(day))
                    row << (cell == QLatin1String("0") ? QString() : cell);
                out += mdRow(row);
            }
            out += QLatin1Char('\n');
            break;
        }
        }
    }
    return out.toUtf8();
}

bool DocumentWriter::paint(const DocumentContent &content, QPagedPaintDevice *device, const TaskControl &control)
{
    QTextDocument document;
    document.setUndoRedoEnabled(false);
    document.documentLayout()->setPaintDevice(device);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QStringLiteral("pre{font-family:monospace;font-size:9pt}th{text-align:left}"
                                                 "caption{font-weight:bold}"));
    document.setHtml(QStringLiteral("<h1>") + esc(content.title) + QStringLiteral("</h1>\n") + body(content, false));
    if (control.isCancelled())
        return false;

    QPainter painter;
    if (!painter.begin(device))
        return false;
    QFont small = font;
    small.setPointSizeF(8);
    painter.setFont(small);
    const QFontMetricsF metrics(small, device);
    const qreal line = metrics.lineSpacing();
    const QRectF area(0, 0, device->width(), device->height());
    const QRectF bodyArea = area.adjusted(0, line * 2, 0, -line * 2);
    document.setPageSize(bodyArea.size());
    const int pages = document.pageCount();
    const QString top = content.pageLine().isEmpty() ? content.title : content.pageLine();
    for (int page = 0; page < pages; ++page) {
        if (control.isCancelled()) {
            painter.end();
            return false;
        }
        control.setProgress(page, pages);
        if (page > 0)
            device->newPage();
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(top, Qt::ElideMiddle, area.width()));
        painter.drawText(QRectF(area.left(), area.bottom() - line, area.width(), line), Qt::AlignCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.save();
        painter.translate(bodyArea.left(), bodyArea.top() - page * bodyArea.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyArea.height(), bodyArea.width(), bodyArea.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    control.setProgress(pages, pages);
    return painter.end();
}

QByteArray DocumentWriter::pdf(const DocumentContent &content, const TaskControl &control)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Agent Takeout"));
        if (!paint(content, &writer, control))
            return {};
    }
    return bytes;
}

Failure DocumentWriter::write(const DocumentContent &content, Format format, const QString &path,
                              ExportWriter::Existing existing, const TaskControl &control)
{
    QByteArray bytes;
    switch (format) {
    case Format::Pdf:
        bytes = pdf(content, control);
        break;
    case Format::Html:
        bytes = html(content);
        break;
    case Format::Markdown:
        bytes = markdown(content);
        break;
    }
    if (control.isCancelled())
        return Failure(Failure::Kind::Cancelled);
    return ExportWriter::write(bytes, path, existing);
}

} // namespace Takeout
