#include "RawView.h"

#include <QApplication>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace Takeout {

namespace {

// Pretty-printed raw text gets colours up to this size; larger documents get a fast plain view.
constexpr qint64 colourLimit = 4 << 20;
constexpr qint64 rawLimit = 32 << 20;
// Re-indented text stops at this size: deep nesting can make it many times larger than the file.
constexpr qint64 indentedLimit = 16 << 20;

class JsonHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression token(
            QStringLiteral(R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"));
        // Dark text on a light base, light text on a dark one: readable in either palette.
        const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
        QTextCharFormat key;
        key.setForeground(dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x0b, 0x52, 0x94));
        key.setFontWeight(QFont::DemiBold);
        QTextCharFormat string;
        string.setForeground(dark ? QColor(0x8d, 0xdb, 0x9c) : QColor(0x1a, 0x7f, 0x37));
        QTextCharFormat number;
        number.setForeground(dark ? QColor(0xff, 0xb7, 0x7a) : QColor(0x95, 0x38, 0x00));
        QTextCharFormat literal;
        literal.setForeground(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf));
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(1))
                setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                          match.capturedLength(2) ? key : string);
            else if (match.capturedLength(3))
                setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), number);
            else
                setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), literal);
        }
    }
};

} // namespace

RawView::RawView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(this))
{
    setObjectName(QStringLiteral("rawView"));
    setAccessibleName(tr("Document text"));
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void RawView::setDocument(std::shared_ptr<const JsonDocument> document)
{
    m_document = std::move(document);
    m_filled = false;
    m_highlighter->setDocument(nullptr);
    clear();
}

void RawView::fill()
{
    if (m_filled || !m_document)
        return;
    const JsonDocument &doc = *m_document;
    m_highlighter->setDocument(nullptr); // colouring text that is set is slower than colouring it once
    // Small documents pretty-printed with colours; large ones as they are, quickly.
    if (doc.bytes().size() <= colourLimit) {
        bool cut = false;
        QString text = QString::fromUtf8(doc.indented(indentedLimit, &cut));
        if (cut)
            text += tr(" (the indented text stops here, at %1 MB)").arg(indentedLimit >> 20);
        setPlainText(text);
        if (!cut)
            m_highlighter->setDocument(document());
    } else {
        QString text = QString::fromUtf8(doc.bytes().first(qMin<qint64>(doc.bytes().size(), rawLimit)));
        if (doc.bytes().size() > rawLimit)
            text += tr("\n… (the first %1 MB of %2 MB are shown)").arg(rawLimit >> 20).arg(doc.bytes().size() >> 20);
        setPlainText(text);
    }
    m_filled = true;
}

} // namespace Takeout
