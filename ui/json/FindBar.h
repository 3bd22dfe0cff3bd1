#pragma once

#include "base/BackgroundTask.h"
#include "json/JsonDocument.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Takeout {

// Find in a JSON document's keys and values: the text (a regular expression if asked, case-blind
// unless asked), Previous and Next, and how many matched. It searches a moment after the typing
// stops, off the UI thread; a new search or a new document drops the answer of the old one. The
// view that composes it selects the match it names (matchSelected).
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const JsonDocument> document);
    // Shows the bar with the field focused and its text selected.
    void open();
    // Hides the bar and stops a search under way.
    void dismiss();

    void findNext();
    void findPrevious();
    int matchCount() const { return int(m_matches.size()); }

Q_SIGNALS:
    void matchSelected(quint32 node);
    // The bar was closed with its button (focus goes back to the view).
    void closed();

private:
    void startSearch();
    void showMatches(std::vector<quint32> matches);
    void jumpTo(size_t match);

    QLineEdit *m_edit;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QLabel *m_matchLabel;
    QTimer *m_delay;
    std::shared_ptr<const JsonDocument> m_document;
    BackgroundTask m_search;
    std::vector<quint32> m_matches;
    size_t m_currentMatch = 0;
};

} // namespace Takeout
