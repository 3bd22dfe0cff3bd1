#pragma once

#include "json/JsonDocument.h"

#include <QPlainTextEdit>
#include <memory>

class QSyntaxHighlighter;

namespace Takeout {

// The text of a whole JSON document: small ones indented and coloured, large ones as they are, the
// largest cut off with a note. Filled the first time it is asked for (fill()), not on every document.
class RawView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit RawView(QWidget *parent = nullptr);

    // Forgets the text; the next fill() reads this document.
    void setDocument(std::shared_ptr<const JsonDocument> document);
    void fill();

private:
    std::shared_ptr<const JsonDocument> m_document;
    // One for the view's text document, attached while the text is coloured.
    QSyntaxHighlighter *m_highlighter;
    bool m_filled = false;
};

} // namespace Takeout
