#include "WordDiff.h"

#include <QStringList>

namespace Takeout {

QStringList WordDiff::words(const QString &text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype end = i + 1;
        if (c.isLetterOrNumber()) {
            while (end < text.size() && text.at(end).isLetterOrNumber())
                ++end;
        } else if (c.isSpace()) {
            while (end < text.size() && text.at(end).isSpace())
                ++end;
        } else if (c.isHighSurrogate() && end < text.size()) {
            ++end;
        }
        out << text.mid(i, end - i);
        i = end;
    }
    return out;
}

std::vector<WordDiff::Piece> WordDiff::compare(const QString &before, const QString &after, qint64 maxCells)
{
    using Kind = Piece::Kind;
    const QStringList a = words(before);
    const QStringList b = words(after);
    std::vector<Piece> out;
    const auto add = [&out](Kind kind, const QString &text) {
        if (text.isEmpty())
            return;
        if (!out.empty() && out.back().kind == kind)
            out.back().text += text;
        else
            out.push_back({kind, text});
    };
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    for (qsizetype i = 0; i < head; ++i)
        add(Kind::Same, a[i]);
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (qint64(n + 1) * qint64(m + 1) > maxCells) {
        for (qsizetype i = 0; i < n; ++i)
            add(Kind::Removed, a[head + i]);
        for (qsizetype j = 0; j < m; ++j)
            add(Kind::Added, b[head + j]);
    } else {
        // The longest common subsequence, from the end, so the walk below reads forwards.
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [&lcs, m](qsizetype i, qsizetype j) -> quint32 & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                add(Kind::Same, a[head + i]);
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                add(Kind::Removed, a[head + i]);
                ++i;
            } else {
                add(Kind::Added, b[head + j]);
                ++j;
            }
        }
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        add(Kind::Same, a[i]);
    return out;
}

} // namespace Takeout
