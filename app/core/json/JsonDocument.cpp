#include "JsonDocument.h"

#include "MappedFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
// Code compiled for AVX2 beside the baseline, chosen when the processor has it.
#define TAKEOUT_SCAN_AVX2 __attribute__((target("avx2")))
#endif
#include <simdjson.h>

namespace Takeout {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Whether the quote at `at` is escaped: an odd run of backslashes before it, counted back no further
// than `floor`.
bool escapedQuote(const char *data, qint64 at, qint64 floor)
{
    qint64 slashes = 0;
    while (at - 1 - slashes > floor && data[at - 1 - slashes] == '\\')
        ++slashes;
    return slashes % 2 != 0;
}

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonDocument)
};

// Where the first byte that is not valid UTF-8 is (RFC 3629: no overlong forms, no surrogates).
qint64 firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qint64 size = bytes.size();
    qint64 i = 0;
    while (i < size) {
        const uchar c = s[i];
        int extra = 0;
        uint min = 0;
        uint code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, code = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, code = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (s[i + k] & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += extra + 1;
    }
    return -1;
}

// True when one of the eight bytes ends the plain run of a string: '"', '\\' or a control character.
inline bool hasStringSpecial(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    const bool below = ((word - ones * 0x20) & ~word & (ones << 7)) != 0;
    return below | hasByte(word, '"') | hasByte(word, '\\');
}

// How many bytes of a text open a container, separate values, or close a container, strings
// included: enough for an upper bound of the index, in one quick pass.
struct Punctuation
{
    qint64 opens = 0;
    qint64 commas = 0;
    qint64 closes = 0;
};

#ifdef TAKEOUT_SCAN_AVX2
// Thirty-two bytes at a time into byte counters, summed before they can overflow; how many bytes
// were counted.
TAKEOUT_SCAN_AVX2 qint64 countPunctuationAvx2(const char *data, qint64 size, Punctuation *count)
{
    const __m256i zero = _mm256_setzero_si256();
    const __m256i caseBit = _mm256_set1_epi8(0x20);
    const __m256i open = _mm256_set1_epi8('{');  // '[' with the 0x20 bit set
    const __m256i close = _mm256_set1_epi8('}'); // ']' with the 0x20 bit set
    const __m256i comma = _mm256_set1_epi8(',');
    qint64 i = 0;
    while (i + 32 <= size) {
        __m256i opens = zero;
        __m256i commas = zero;
        __m256i closes = zero;
        for (int round = 0; round < 255 && i + 32 <= size; ++round, i += 32) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i));
            const __m256i folded = _mm256_or_si256(v, caseBit);
            opens = _mm256_sub_epi8(opens, _mm256_cmpeq_epi8(folded, open));
            commas = _mm256_sub_epi8(commas, _mm256_cmpeq_epi8(v, comma));
            closes = _mm256_sub_epi8(closes, _mm256_cmpeq_epi8(folded, close));
        }
        qint64 *totals[] = {&count->opens, &count->commas, &count->closes};
        const __m256i counters[] = {opens, commas, closes};
        for (int k = 0; k < 3; ++k) {
            const __m256i sums = _mm256_sad_epu8(counters[k], zero);
            *totals[k] += _mm256_extract_epi64(sums, 0) + _mm256_extract_epi64(sums, 1) +
                          _mm256_extract_epi64(sums, 2) + _mm256_extract_epi64(sums, 3);
        }
    }
    return i;
}
#endif

Punctuation countPunctuation(QByteArrayView text)
{
    Punctuation count;
    const char *data = text.data();
    const qint64 size = text.size();
    qint64 i = 0;
#ifdef TAKEOUT_SCAN_AVX2
    if (__builtin_cpu_supports("avx2"))
        i = countPunctuationAvx2(data, size, &count);
#endif
#ifdef __SSE2__
    // Sixteen bytes at a time into byte counters, summed before they can overflow.
    const __m128i zero = _mm_setzero_si128();
    const auto sum = [&zero](__m128i counters) {
        const __m128i sums = _mm_sad_epu8(counters, zero);
        return qint64(_mm_cvtsi128_si64(sums)) + qint64(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
    };
    const __m128i bracket = _mm_set1_epi8('[');
    const __m128i brace = _mm_set1_epi8('{');
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i closeBracket = _mm_set1_epi8(']');
    const __m128i closeBrace = _mm_set1_epi8('}');
    while (i + 16 <= size) {
        __m128i opens = zero;
        __m128i commas = zero;
        __m128i closes = zero;
        for (int round = 0; round < 255 && i + 16 <= size; ++round, i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            opens = _mm_sub_epi8(opens, _mm_or_si128(_mm_cmpeq_epi8(v, bracket), _mm_cmpeq_epi8(v, brace)));
            commas = _mm_sub_epi8(commas, _mm_cmpeq_epi8(v, comma));
            closes = _mm_sub_epi8(closes, _mm_or_si128(_mm_cmpeq_epi8(v, closeBracket), _mm_cmpeq_epi8(v, closeBrace)));
        }
        count.opens += sum(opens);
        count.commas += sum(commas);
        count.closes += sum(closes);
    }
#endif
    for (; i < size; ++i) {
        const char c = data[i];
        count.opens += c == '[' || c == '{';
        count.commas += c == ',';
        count.closes += c == ']' || c == '}';
    }
    return count;
}

// The most records the index of a text can have. Each value is the root, a container's first child
// or follows a comma; each starts at a byte of its own that is neither a comma nor a closing bracket.
// A container's record is written when it opens, with room for one per closing bracket.
} // namespace

struct IndexBound
{
    qint64 nodes;
    qint64 containers;
};

namespace {

IndexBound indexBound(QByteArrayView text)
{
    const Punctuation count = countPunctuation(text);
    return {qMin(1 + count.opens + count.commas, text.size() - count.commas - count.closes),
            qMin(count.opens, count.closes)};
}

QString tooLarge(qint64 needed, qint64 free)
{
    const QLocale locale;
    return Text::tr("This file is too large to open with the memory this computer has free: it needs about %1, %2 "
                    "is free.")
        .arg(locale.formattedDataSize(needed), locale.formattedDataSize(qMax<qint64>(free, 0)));
}

// The places in a text where its structure can change, found 64 bytes at a time with bit masks:
// brackets, colons and commas outside strings, every quote that opens or closes a string, every
// backslash that starts an escape, and the first byte of every other token (a number, a word, or a
// stray byte). The bytes between them are spaces or the rest of a token, so the parser looks at them
// only to read a number or a word. The state inside or outside a string, and after a backslash or a
// token's byte, is carried from one block to the next. A control character inside a string is
// reported rather than passed to the parser.
class StructuralScan
{
public:
    // Room for the places of a chunk of this many bytes (a multiple of 64): at most one per byte,
    // written eight at a time.
    static constexpr qint64 roomFor(qint64 chunkBytes) { return chunkBytes + 64; }

    StructuralScan(const char *data, qint64 size)
        : m_data(data)
        , m_size(size)
    {
    }

    bool done() const { return m_pos >= m_size; }
    bool endsInString() const { return m_inString != 0; }
    qint64 position() const { return m_pos; }

    // The places in the next `chunkBytes`, as offsets from `*base`, in `out` (roomFor(chunkBytes));
    // how many, or -1 at a control character inside a string.
    qint64 next(quint32 *out, qint64 *base, qint64 chunkBytes)
    {
        *base = m_pos;
        const qint64 end = qMin(m_size, m_pos + chunkBytes);
        qint64 count = 0;
        for (; m_pos < end; m_pos += 64) {
            quint64 places = 0;
            const char *bytes = m_data + m_pos;
            char tail[64];
            if (m_pos + 64 > m_size) {
                std::memset(tail, ' ', sizeof tail);
                std::memcpy(tail, bytes, size_t(m_size - m_pos));
                bytes = tail;
            }
#ifdef TAKEOUT_SCAN_AVX2
            places = m_avx2 ? blockAvx2(bytes) : block(bytes);
#else
            places = block(bytes);
#endif
            if (m_badControl)
                return -1;
            // Eight at a time whatever their number (the buffer has room past the end), so that the
            // loop's end is rarely mispredicted.
            const auto offset = quint32(m_pos - *base);
            const qint64 found = bitCount(places);
            quint32 *to = out + count;
            for (qint64 k = 0; k < found; k += 8) {
                for (int j = 0; j < 8; ++j) {
                    // Never zero, so that the count needs no test: past the last place it is 63, unread.
                    to[k + j] = offset + quint32(qCountTrailingZeroBits(places | quint64(1) << 63));
                    places &= places - 1;
                }
            }
            count += found;
        }
        m_pos = end;
        return count;
    }

private:
    struct Masks
    {
        quint64 quote = 0;
        quint64 backslash = 0;
        quint64 operators = 0; // { } [ ] : ,
        quint64 space = 0;
        quint64 control = 0;
    };

    static Masks classify(const char *p)
    {
        Masks m;
#ifdef __SSE2__
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i openBrace = _mm_set1_epi8('{');  // '[' with the 0x20 bit set
        const __m128i closeBrace = _mm_set1_epi8('}'); // ']' with the 0x20 bit set
        const __m128i caseBit = _mm_set1_epi8(0x20);
        const __m128i colon = _mm_set1_epi8(':');
        const __m128i comma = _mm_set1_epi8(',');
        const __m128i blank = _mm_set1_epi8(' ');
        const __m128i tab = _mm_set1_epi8('\t');
        const __m128i newline = _mm_set1_epi8('\n');
        const __m128i carriageReturn = _mm_set1_epi8('\r');
        const __m128i lastControl = _mm_set1_epi8(0x1f);
        for (qsizetype k = 0; k < 4; ++k) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
            const auto bits = [k](__m128i matches) { return quint64(uint(_mm_movemask_epi8(matches))) << (16 * k); };
            const __m128i folded = _mm_or_si128(v, caseBit);
            m.quote |= bits(_mm_cmpeq_epi8(v, quote));
            m.backslash |= bits(_mm_cmpeq_epi8(v, backslash));
            m.operators |=
                bits(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(folded, openBrace), _mm_cmpeq_epi8(folded, closeBrace)),
                                  _mm_or_si128(_mm_cmpeq_epi8(v, colon), _mm_cmpeq_epi8(v, comma))));
            m.space |= bits(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, blank), _mm_cmpeq_epi8(v, tab)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, newline), _mm_cmpeq_epi8(v, carriageReturn))));
            m.control |= bits(_mm_cmpeq_epi8(_mm_max_epu8(v, lastControl), lastControl));
        }
#else
        for (int i = 0; i < 64; ++i) {
            const char c = p[i];
            const quint64 bit = quint64(1) << i;
            m.quote |= c == '"' ? bit : 0;
            m.backslash |= c == '\\' ? bit : 0;
            m.operators |= c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',' ? bit : 0;
            m.space |= isSpace(c) ? bit : 0;
            m.control |= uchar(c) < 0x20 ? bit : 0;
        }
#endif
        return m;
    }

    // The bytes a backslash escapes: the byte after each backslash that is not itself escaped.
    quint64 escaped(quint64 backslash)
    {
        if (!backslash) {
            const quint64 carried = m_escapeNext;
            m_escapeNext = 0;
            return carried;
        }
        backslash &= ~m_escapeNext;
        const quint64 followsEscape = backslash << 1 | m_escapeNext;
        // Runs of backslashes that start on an odd bit, added to their run, carry to its end's even
        // or odd place; every other byte after a run's start is escaped.
        constexpr quint64 evenBits = 0x5555555555555555ull;
        const quint64 oddStarts = backslash & ~evenBits & ~followsEscape;
        quint64 evenRuns = 0;
        m_escapeNext = quint64(__builtin_add_overflow(oddStarts, backslash, &evenRuns));
        return (evenBits ^ (evenRuns << 1)) & followsEscape;
    }

    static quint64 prefixXor(quint64 x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }

#ifdef TAKEOUT_SCAN_AVX2
    // The same with 32 bytes at a time, where the processor has AVX2. Spaces and punctuation are found
    // by a table lookup on each byte's low four bits (as simdjson does): a byte is a space when the
    // table's entry for its low bits is the byte itself, and punctuation when that holds for the byte
    // with its 0x20 bit set ('[' and ']' become '{' and '}'). Two control characters, 0x0c and 0x1a,
    // then count as punctuation (',' and ':'); outside a string neither is valid, and the parser, which
    // reads the byte at every place, finds that.
    TAKEOUT_SCAN_AVX2 static Masks classifyAvx2(const char *p)
    {
        Masks m;
        const __m256i quote = _mm256_set1_epi8('"');
        const __m256i backslash = _mm256_set1_epi8('\\');
        const __m256i caseBit = _mm256_set1_epi8(0x20);
        const __m256i lastControl = _mm256_set1_epi8(0x1f);
        const __m256i spaces =
            _mm256_setr_epi8(' ', 100, 100, 100, 17, 100, 113, 2, 100, '\t', '\n', 112, 100, '\r', 100, 100, ' ', 100,
                             100, 100, 17, 100, 113, 2, 100, '\t', '\n', 112, 100, '\r', 100, 100);
        const __m256i punctuation = _mm256_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ':', '{', ',', '}', 0, 0, 0, 0, 0, 0,
                                                     0, 0, 0, 0, 0, 0, ':', '{', ',', '}', 0, 0);
        for (qsizetype k = 0; k < 2; ++k) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32 * k));
            // (A lambda here would not be compiled for AVX2.)
            const int shift = int(32 * k);
            const __m256i folded = _mm256_or_si256(v, caseBit);
            const __m256i operators = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(punctuation, folded), folded);
            const __m256i space = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(spaces, v), v);
            m.quote |= quint64(uint(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, quote)))) << shift;
            m.backslash |= quint64(uint(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, backslash)))) << shift;
            m.operators |= quint64(uint(_mm256_movemask_epi8(operators))) << shift;
            m.space |= quint64(uint(_mm256_movemask_epi8(space))) << shift;
            m.control |=
                quint64(uint(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_max_epu8(v, lastControl), lastControl))))
                << shift;
        }
        return m;
    }

    TAKEOUT_SCAN_AVX2 quint64 blockAvx2(const char *p)
    {
        return places(classifyAvx2(p));
    }
#endif

    quint64 block(const char *p)
    {
        return places(classify(p));
    }

    quint64 places(const Masks &m)
    {
        const quint64 isEscaped = escaped(m.backslash);
        const quint64 quotes = m.quote & ~isEscaped;
        // From an opening quote up to (not including) its closing quote.
        const quint64 inString = prefixXor(quotes) ^ m_inString;
        m_inString = quint64(qint64(inString) >> 63);
        if (m.control & inString)
            m_badControl = true;
        const quint64 outside = ~(inString | quotes);
        const quint64 token = outside & ~m.operators & ~m.space;
        const quint64 tokenStarts = token & ~(token << 1 | m_tokenBefore);
        m_tokenBefore = token >> 63;
        const quint64 escapes = m.backslash & ~isEscaped & inString;
        return (m.operators & outside) | quotes | tokenStarts | escapes;
    }

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    quint64 m_escapeNext = 0; // the first byte of the next block is escaped
    quint64 m_inString = 0;   // all ones while inside a string
    quint64 m_tokenBefore = 0;
    bool m_badControl = false;
#ifdef TAKEOUT_SCAN_AVX2
    const bool m_avx2 = __builtin_cpu_supports("avx2");
#endif
};

// The index's arrays as the scanning thread sees them: where each begins and how much room it has;
// `used` gives, on the parser's thread, how many bytes of each it has written so far.
struct IndexArrays
{
    static constexpr int count = 2;
    char *data[count] = {};
    qint64 capacity[count] = {};
    std::function<void(qint64 *used)> used;
};

// The places of StructuralScan one at a time. On a machine with more than one core, and a text
// large enough to be worth it, a second thread scans ahead (and checks the UTF-8 of what it scans)
// while the parser takes the places of the chunks it has scanned: a few chunks in a ring, so that
// what the scan keeps stays small. Otherwise a chunk is scanned whenever the one before is used up.
// Now and then it reports progress and looks at the cancel flag. The scanning thread also makes the
// pages of the index the parser is about to write present (MADV_POPULATE_WRITE, where the kernel has
// it), so that the page faults of writing the index are taken off the parser's path.
class PlaceReader
{
public:
    // Whether a text of this size is scanned on a thread of its own, which also checks its UTF-8.
    static bool inParallel(qint64 size) { return size >= (qint64(1) << 20) && std::thread::hardware_concurrency() > 1; }

    PlaceReader(const char *data, qint64 size, const JsonLoadControl &control, qint64 reportEvery,
                IndexArrays index = {})
        : m_scan(data, size)
        , m_data(data)
        , m_size(size)
        , m_control(control)
        , m_reportEvery(reportEvery)
        , m_index(std::move(index))
    {
        const bool parallel = inParallel(size);
        // Larger chunks in parallel, so that the threads wait for each other less often.
        m_chunkBytes = qint64(64) << (parallel ? 12 : 10);
        for (int k = 0; k < (parallel ? ring : 1); ++k)
            m_chunks[k].places.reset(new quint32[size_t(StructuralScan::roomFor(m_chunkBytes))]);
        if (parallel) {
            try {
                m_worker = std::thread([this] { scanAhead(); });
            } catch (const std::system_error &) {
                // No thread to be had: scanned here, chunk by chunk, and the UTF-8 checked by the caller.
            }
        }
    }

    ~PlaceReader()
    {
        if (m_worker.joinable()) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_stop = true;
            }
            m_changed.notify_all();
            m_worker.join();
        }
    }

    PlaceReader(const PlaceReader &) = delete;
    PlaceReader &operator=(const PlaceReader &) = delete;

    // The next place, or -1 at the end of the text, at a control character inside a string or
    // text that is not UTF-8 (undecided), or when cancelled.
    qint64 take()
    {
        if (Q_LIKELY(m_next != m_count))
            return m_base + m_places[size_t(m_next++)];
        return refill();
    }
    bool undecided() const { return m_undecided; }
    bool cancelled() const { return m_cancelled; }
    // Whether the UTF-8 of the text was checked on the way (else the caller checks it).
    bool checkedUtf8() const { return m_worker.joinable(); }

private:
    static constexpr int ring = 4;

    struct Chunk
    {
        std::unique_ptr<quint32[]> places;
        qint64 base = 0;
        qint64 count = 0; // below zero: the scan stopped here, undecided
    };

    Q_NEVER_INLINE qint64 refill()
    {
        while (m_next == m_count) {
            if (m_undecided || m_cancelled)
                return -1;
            if (m_base >= m_checkpoint) {
                m_checkpoint = m_base + m_reportEvery;
                if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed)) {
                    m_cancelled = true;
                    return -1;
                }
                if (m_control.progress)
                    m_control.progress(m_base, m_size);
            }
            const Chunk *chunk = m_worker.joinable() ? nextScanned() : scanNext();
            if (!chunk)
                return -1;
            if (chunk->count < 0) {
                m_undecided = true;
                return -1;
            }
            m_places = chunk->places.get();
            m_base = chunk->base;
            m_count = chunk->count;
            m_next = 0;
        }
        return m_base + m_places[size_t(m_next++)];
    }

    const Chunk *scanNext()
    {
        if (m_scan.done())
            return nullptr;
        Chunk &chunk = m_chunks[0];
        chunk.count = m_scan.next(chunk.places.get(), &chunk.base, m_chunkBytes);
        return &chunk;
    }

    // The parser's side: hands back the chunk it has used up, waits for the next.
    const Chunk *nextScanned()
    {
        qint64 written[IndexArrays::count] = {};
        if (m_holding && m_index.used)
            m_index.used(written);
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_holding) {
            std::copy(written, written + IndexArrays::count, m_written);
            ++m_used;
            m_holding = false;
            m_changed.notify_all();
        }
        m_changed.wait(lock, [this] { return m_scanned > m_used || m_finished; });
        if (m_scanned == m_used)
            return nullptr;
        m_holding = true;
        return &m_chunks[m_used % ring];
    }

    // The scanning thread's side.
    void scanAhead()
    {
        qint64 checkedTo = 0; // UTF-8 up to here
        for (qint64 index = 0;; ++index) {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this, index] { return m_stop || index - m_used < ring; });
                if (m_stop)
                    return;
            }
            Chunk &chunk = m_chunks[index % ring];
            chunk.count = m_scan.next(chunk.places.get(), &chunk.base, m_chunkBytes);
            // Its UTF-8 up to the last whole character in it.
            qint64 to = m_scan.position();
            while (to < m_size && to > checkedTo && (uchar(m_data[to]) & 0xc0) == 0x80)
                --to;
            if (to > checkedTo && !simdjson::validate_utf8(m_data + checkedTo, size_t(to - checkedTo)))
                chunk.count = -1;
            checkedTo = to;
            const bool last = chunk.count < 0 || m_scan.done();
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                ++m_scanned;
                m_finished = last;
            }
            m_changed.notify_all();
            if (last)
                return;
            prefault(index + 1);
        }
    }

    // Makes present the pages of the index the parser will write while it takes the chunks scanned so
    // far: from what it has written at its last hand-over, as much again as it wrote per byte of text
    // until then for each chunk it has not taken yet (at first, a byte per byte of text).
    void prefault(qint64 scanned)
    {
#ifdef Q_OS_LINUX
        if (!m_prefault || !m_index.used)
            return;
        qint64 written[IndexArrays::count];
        qint64 used = 0;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            std::copy(m_written, m_written + IndexArrays::count, written);
            used = m_used;
        }
        const qint64 page = 4096;
        const qint64 ahead = (scanned - used + 1) * m_chunkBytes;
        for (int k = 0; k < IndexArrays::count; ++k) {
            if (!m_index.data[k])
                continue;
            const qint64 perChunk = used > 0 ? written[k] / used : m_chunkBytes;
            const qint64 to = qMin(m_index.capacity[k], written[k] + perChunk * (ahead / m_chunkBytes));
            const qint64 from = qMax(m_populated[k], written[k]);
            if (to <= from)
                continue;
            // Whole pages, counted from the array's start.
            const qint64 skew = qint64(quintptr(m_index.data[k]) & quintptr(page - 1));
            const qint64 begin = ((from + skew) & ~(page - 1)) - skew;
            const qint64 end = ((to + skew + page - 1) & ~(page - 1)) - skew;
            if (madvise(m_index.data[k] + begin, size_t(end - begin), MADV_POPULATE_WRITE) != 0) {
                m_prefault = false; // a kernel without it (before 5.14): the parser takes the faults
                return;
            }
            m_populated[k] = end;
        }
#else
        Q_UNUSED(scanned);
#endif
    }

    StructuralScan m_scan;
    const char *m_data;
    qint64 m_size;
    const JsonLoadControl &m_control;
    qint64 m_reportEvery;
    IndexArrays m_index;
    qint64 m_populated[IndexArrays::count] = {}; // the scanning thread's
    bool m_prefault = true;
    qint64 m_chunkBytes = 0;
    Chunk m_chunks[ring];
    const quint32 *m_places = nullptr;
    qint64 m_count = 0;
    qint64 m_next = 0;
    qint64 m_base = 0;
    qint64 m_checkpoint = 0;
    bool m_undecided = false;
    bool m_cancelled = false;
    // Between the two threads, under the mutex.
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_scanned = 0;                      // chunks scanned
    qint64 m_used = 0;                         // chunks handed back
    qint64 m_written[IndexArrays::count] = {}; // bytes of the index written then
    bool m_holding = false;
    bool m_finished = false;
    bool m_stop = false;
};

} // namespace

// The strict RFC 8259 pass: checks the structure and writes the index as it goes, or stops at the
// first error with its offset and a plain reason.
class JsonDocument::Parser
{
public:
    Parser(JsonDocument &document, QByteArrayView bytes, const Control &control)
        : m_doc(document)
        , m_data(bytes.data())
        , m_size(bytes.size())
        , m_control(control)
    {
    }

    // Whether the last runFast() checked the UTF-8 of the text on its way.
    bool checkedUtf8() const { return m_checkedUtf8; }
    bool cancelled() const { return m_cancelled; }
    // Whether more containers opened than the text's closing brackets allow: the text is not valid,
    // and the index was not kept from there on.
    bool unrecorded() const { return m_unrecorded; }

    // Discards what an undecided runFast() wrote, for run() to start again.
    void restart()
    {
        m_doc.m_nodes.clear();
        m_doc.m_containers.clear();
        m_doc.m_ranks.clear();
        m_doc.m_far.clear();
        m_doc.m_longLengths.clear();
        m_doc.m_maxDepth = 0;
        m_pos = 0;
        m_current = none;
        m_currentBox = none;
        m_unrecorded = false;
        m_unrecordedKinds.clear();
        m_unrecordedDepth = 0;
        m_depth = 0;
    }

    // The same checks and the same index as run(), driven by the places StructuralScan finds rather
    // than byte by byte. It only says whether the text is valid: at anything doubtful it stops, and
    // run() over the same text from the start finds the error, with its place and reason.
    enum class Verdict
    {
        Valid,
        Undecided,
        Cancelled,
    };
    Verdict runFast()
    {
        IndexArrays index;
        index.data[0] = reinterpret_cast<char *>(m_doc.m_nodes.data());
        index.capacity[0] = qint64(m_doc.m_nodes.capacity()) * qint64(sizeof(Node));
        index.data[1] = reinterpret_cast<char *>(m_doc.m_containers.data());
        index.capacity[1] = qint64(m_doc.m_containers.capacity()) * qint64(sizeof(Container));
        index.used = [this](qint64 *used) {
            used[0] = qint64(m_doc.m_nodes.size()) * qint64(sizeof(Node));
            used[1] = qint64(m_doc.m_containers.size()) * qint64(sizeof(Container));
        };
        PlaceReader places(m_data, m_size, m_control, reportEvery, std::move(index));
        m_checkedUtf8 = places.checkedUtf8();
        const auto take = [&places] { return places.take(); };
        const auto verdict = [this, &places] {
            m_cancelled = places.cancelled();
            return m_cancelled ? Verdict::Cancelled : Verdict::Undecided;
        };
        const auto stringEnd = [this, &places] { return this->stringEnd(places); };
        enum Next
        {
            Value,
            Member,
            AfterValue,
        };
        Next expect = Value;
        qint64 at = take();
        while (true) {
            switch (expect) {
            case Value: {
                if (at < 0)
                    return verdict();
                const char c = m_data[at];
                if (c == '{' || c == '[') {
                    open(c == '{' ? Type::Object : Type::Array, at);
                    if (m_unrecorded)
                        return Verdict::Undecided; // not valid: run() says where
                    at = take();
                    if (at >= 0 && m_data[at] == (c == '{' ? '}' : ']')) {
                        m_pos = at;
                        close();
                        expect = AfterValue;
                    } else {
                        expect = c == '{' ? Member : Value;
                    }
                    continue;
                }
                if (c == '"') {
                    if (stringEnd() < 0)
                        return verdict();
                    add(Type::String, at);
                    expect = AfterValue;
                    continue;
                }
                Type type = Type::Number;
                m_pos = at;
                QPair<qint64, QString> problem{-1, {}};
                if (c == '-' || (c >= '0' && c <= '9'))
                    problem = number();
                else if (c == 't' || c == 'f' || c == 'n')
                    problem = literal(&type);
                else
                    return Verdict::Undecided;
                // The token must end here: at the end, a space, or punctuation.
                if (problem.first >= 0 || !endsToken(m_pos))
                    return Verdict::Undecided;
                add(type, at);
                expect = AfterValue;
                continue;
            }
            case Member: {
                if (at < 0 || m_data[at] != '"')
                    return verdict();
                if (stringEnd() < 0)
                    return verdict();
                at = take();
                if (at < 0 || m_data[at] != ':')
                    return verdict();
                at = take();
                expect = Value;
                continue;
            }
            case AfterValue: {
                at = take();
                if (topLevel())
                    return at < 0 && !places.undecided() && !places.cancelled() ? Verdict::Valid : verdict();
                if (at < 0)
                    return verdict();
                const char c = m_data[at];
                const bool object = inObject();
                if (c == ',') {
                    at = take();
                    expect = object ? Member : Value;
                    continue;
                }
                if (c != (object ? '}' : ']'))
                    return verdict();
                m_pos = at;
                close();
                continue;
            }
            }
        }
    }

    QPair<qint64, QString> run()
    {
        enum Expect
        {
            Value,
            KeyOrEnd,
            Key,
            Colon,
            CommaOrEnd,
            ValueOrEnd
        };
        Expect expect = Value;
        skipSpace();
        qint64 checkpoint = reportEvery;
        while (true) {
            if (m_pos >= checkpoint) {
                checkpoint = m_pos + reportEvery;
                if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed)) {
                    m_cancelled = true;
                    return {m_pos, Text::tr("cancelled")};
                }
                if (m_control.progress)
                    m_control.progress(m_pos, m_size);
            }
            if (m_pos >= m_size) {
                if (topLevel() && expect == CommaOrEnd)
                    return {-1, {}};
                return {m_pos, Text::tr("the text ends before the JSON value is complete")};
            }
            const char c = m_data[m_pos];
            if (c == '/')
                return {m_pos, Text::tr("comments are not allowed in JSON")};
            switch (expect) {
            case Colon:
                if (c != ':')
                    return {m_pos, Text::tr("a “:” must follow the member name")};
                ++m_pos;
                expect = Value;
                break;
            case CommaOrEnd:
                if (topLevel())
                    return {m_pos, Text::tr("there is more text after the end of the JSON value")};
                if (c == ',') {
                    const qint64 comma = m_pos++;
                    expect = inObject() ? Key : Value;
                    skipSpace();
                    if (m_pos < m_size && (m_data[m_pos] == '}' || m_data[m_pos] == ']'))
                        return {comma, Text::tr("a comma before “%1” is not allowed (trailing comma)")
                                           .arg(QLatin1Char(m_data[m_pos]))};
                    continue;
                }
                if ((c == '}' && inObject()) || (c == ']' && !inObject())) {
                    close();
                    break;
                }
                return {m_pos, inObject() ? Text::tr("expected “,” or “}” after a member")
                                          : Text::tr("expected “,” or “]” after an element")};
            case KeyOrEnd:
            case Key:
                if (c == '}' && expect == KeyOrEnd) {
                    close();
                    expect = CommaOrEnd;
                    break;
                }
                if (c == '\'')
                    return {m_pos, Text::tr("names and text must be in double quotes, not single quotes")};
                if (c != '"')
                    return {m_pos, Text::tr("expected a member name in double quotes")};
                if (auto problem = string(); problem.first >= 0)
                    return problem;
                expect = Colon;
                break;
            case ValueOrEnd:
                if (c == ']') {
                    close();
                    expect = CommaOrEnd;
                    break;
                }
                Q_FALLTHROUGH();
            case Value: {
                const qint64 start = m_pos;
                if (c == '{' || c == '[') {
                    open(c == '{' ? Type::Object : Type::Array, start);
                    ++m_pos;
                    expect = c == '{' ? KeyOrEnd : ValueOrEnd;
                    break;
                }
                QPair<qint64, QString> problem{-1, {}};
                Type type = Type::Number;
                if (c == '"') {
                    problem = string();
                    type = Type::String;
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    problem = number();
                } else if (c == 't' || c == 'f' || c == 'n') {
                    problem = literal(&type);
                } else if (c == '\'') {
                    return {m_pos, Text::tr("text must be in double quotes, not single quotes")};
                } else {
                    return {m_pos, Text::tr("unexpected character “%1”").arg(printable(c))};
                }
                if (problem.first >= 0)
                    return problem;
                add(type, start);
                expect = CommaOrEnd;
                break;
            }
            }
            skipSpace();
        }
    }

private:
    bool inObject() const
    {
        if (m_unrecordedDepth > 0)
            return (m_unrecordedKinds[size_t((m_unrecordedDepth - 1) >> 6)] >> ((m_unrecordedDepth - 1) & 63)) & 1;
        return m_doc.type(m_current) == Type::Object;
    }
    bool topLevel() const { return m_current == none && m_unrecordedDepth == 0; }

    // Nothing but the records: the open containers are a chain from the innermost one, each holding its
    // parent in its Container record (in the place of its end) and counting its children there until it
    // closes.
    Q_ALWAYS_INLINE quint32 add(Type type, qint64 at)
    {
        if (Q_UNLIKELY(m_unrecorded))
            return none;
        const size_t node = m_doc.m_nodes.size();
        if (Q_UNLIKELY(node == m_doc.m_nodes.capacity()))
            throw std::bad_alloc(); // past the bound it was given: refused rather than grown
        quint64 distance = 0;
        if (Q_LIKELY(m_current != none)) {
            ++m_doc.m_containers[m_currentBox].childCount;
            distance = node - m_current;
            distance = distance > farDistance ? 0 : distance;
        }
        m_doc.m_nodes.push_back(quint64(type) | quint64(at) << 3 | distance << distanceShift);
        if (Q_UNLIKELY((node & 63) == 0))
            startRankWord();
        return quint32(node);
    }

    // Every 64 records: the count of containers before them.
    Q_NEVER_INLINE void startRankWord()
    {
        if (m_doc.m_ranks.size() == m_doc.m_ranks.capacity())
            throw std::bad_alloc();
        m_doc.m_ranks.push_back({quint32(m_doc.m_containers.size()), 0, 0});
    }

    void open(Type type, qint64 at)
    {
        m_doc.m_maxDepth = qMax(m_doc.m_maxDepth, ++m_depth);
        // A container's record is written when it opens, and there is room for as many as the text has
        // closing brackets: one more cannot be closed, so the text is not valid. The pass goes on to find
        // the first error, keeping only whether each container opened from here is an object (a bit
        // each).
        if (m_unrecorded || m_doc.m_containers.size() == m_doc.m_containers.capacity()) {
            m_unrecorded = true;
            const auto depth = size_t(m_unrecordedDepth++);
            if ((depth >> 6) == m_unrecordedKinds.size())
                m_unrecordedKinds.push_back(0);
            const quint64 bit = quint64(1) << (depth & 63);
            m_unrecordedKinds[depth >> 6] =
                type == Type::Object ? m_unrecordedKinds[depth >> 6] | bit : m_unrecordedKinds[depth >> 6] & ~bit;
            return;
        }
        const quint32 node = add(type, at);
        Rank &rank = m_doc.m_ranks.back();
        if ((node & 63) < 32)
            rank.low |= quint32(1) << (node & 31);
        else
            rank.high |= quint32(1) << (node & 31);
        // It is its parent's latest child, so its row is one less than the parent's count so far.
        const quint32 row = m_current == none ? 0 : m_doc.m_containers[m_currentBox].childCount - 1;
        m_doc.m_containers.push_back({m_current, m_currentBox, 0, row});
        m_current = node;
        m_currentBox = quint32(m_doc.m_containers.size() - 1);
    }

    void close()
    {
        --m_depth;
        if (m_unrecordedDepth > 0) {
            --m_unrecordedDepth;
            ++m_pos;
            return;
        }
        Container &record = m_doc.m_containers[m_currentBox];
        const quint32 up = record.length;
        const quint32 upBox = record.span;
        const qint64 length = ++m_pos - m_doc.offset(m_current);
        if (length >= qint64(longLength)) {
            record.length = longLength;
            m_doc.m_longLengths.emplace_back(m_currentBox, length); // sorted when the pass ends
        } else {
            record.length = quint32(length);
        }
        record.span = quint32(m_doc.m_nodes.size() - m_current);
        if (record.span > farDistance)
            m_doc.m_far.push_back(m_current); // in the order they close; sorted when the pass ends
        m_current = up;
        m_currentBox = upBox;
    }

    static QString printable(char c)
    {
        if (uchar(c) < 0x20)
            return QStringLiteral("U+%1").arg(uchar(c), 4, 16, QLatin1Char('0'));
        return QString(QLatin1Char(c));
    }

    void skipSpace()
    {
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    int escapeUnit(qint64 at) const // the value of \uXXXX at `at` (the backslash), or -1
    {
        if (at + 5 >= m_size || m_data[at + 1] != 'u')
            return -1;
        int value = 0;
        for (int k = 2; k < 6; ++k) {
            const int digit = hex(m_data[at + k]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    // To the closing quote of the string just opened (-1 if there is none, or an escape is not valid),
    // checking every escape on the way: inside a string the only places are escapes and the quote.
    qint64 stringEnd(PlaceReader &places) const
    {
        qint64 second = -1;
        while (true) {
            const qint64 at = places.take();
            if (at < 0)
                return -1;
            if (m_data[at] == '"')
                return at;
            if (at == second)
                continue;
            if (!validEscape(at, &second))
                return -1;
        }
    }

    bool endsToken(qint64 at) const
    {
        if (at >= m_size)
            return true;
        const char c = m_data[at];
        return isSpace(c) || c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    // Whether the escape at `at` (its backslash) is one JSON allows; for the first half of a
    // surrogate pair, the second half must follow, whose backslash goes into *second.
    bool validEscape(qint64 at, qint64 *second) const
    {
        if (at + 1 >= m_size)
            return false;
        const char e = m_data[at + 1];
        if (e != 'u')
            return e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't';
        const int unit = escapeUnit(at);
        if (unit < 0 || (unit >= 0xdc00 && unit <= 0xdfff))
            return false;
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const int low = escapeUnit(at + 6);
            if (at + 6 >= m_size || m_data[at + 6] != '\\' || low < 0xdc00 || low > 0xdfff)
                return false;
            *second = at + 6;
        }
        return true;
    }

    QPair<qint64, QString> string()
    {
        const qint64 start = m_pos++;
        while (true) {
            // Runs of ordinary bytes, eight at a time.
            while (m_pos + 8 <= m_size) {
                quint64 word;
                std::memcpy(&word, m_data + m_pos, 8);
                if (hasStringSpecial(word))
                    break;
                m_pos += 8;
            }
            while (m_pos < m_size) {
                const uchar c = uchar(m_data[m_pos]);
                if (c == '"' || c == '\\' || c < 0x20)
                    break;
                ++m_pos;
            }
            if (m_pos >= m_size)
                return {start, Text::tr("this text is never closed with a double quote")};
            const char c = m_data[m_pos];
            if (c == '"') {
                ++m_pos;
                return {-1, {}};
            }
            if (uchar(c) < 0x20)
                return {m_pos, Text::tr("a line break or control character inside text must be written as an escape")};
            if (m_pos + 1 >= m_size)
                return {start, Text::tr("this text is never closed with a double quote")};
            const char e = m_data[m_pos + 1];
            if (e == 'u') {
                const int unit = escapeUnit(m_pos);
                if (unit < 0)
                    return {m_pos, Text::tr("“\\u” must be followed by four hexadecimal digits")};
                if (unit >= 0xdc00 && unit <= 0xdfff)
                    return {m_pos, Text::tr("an unpaired surrogate escape (\\u%1)").arg(unit, 4, 16, QLatin1Char('0'))};
                if (unit >= 0xd800 && unit <= 0xdbff) {
                    const int low = escapeUnit(m_pos + 6);
                    if (m_pos + 6 >= m_size || m_data[m_pos + 6] != '\\' || low < 0xdc00 || low > 0xdfff)
                        return {m_pos,
                                Text::tr("an unpaired surrogate escape (\\u%1)").arg(unit, 4, 16, QLatin1Char('0'))};
                    m_pos += 12;
                    continue;
                }
                m_pos += 6;
                continue;
            }
            if (e == '\0' || !std::strchr("\"\\/bfnrt", e))
                return {m_pos, Text::tr("“\\%1” is not a valid escape").arg(printable(e))};
            m_pos += 2;
        }
    }

    QPair<qint64, QString> number()
    {
        const qint64 start = m_pos;
        const auto digits = [this] {
            const qint64 from = m_pos;
            while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '0') {
            ++m_pos;
            if (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
                return {start, Text::tr("numbers cannot have a leading zero")};
        } else if (digits() == 0) {
            return {start, Text::tr("a number needs digits")};
        }
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return {start, Text::tr("a number needs digits after the decimal point")};
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return {start, Text::tr("a number needs digits in its exponent")};
        }
        return {-1, {}};
    }

    QPair<qint64, QString> literal(Type *type)
    {
        static const struct
        {
            const char *word;
            Type type;
        } words[] = {{"true", Type::True}, {"false", Type::False}, {"null", Type::Null}};
        for (const auto &candidate : words) {
            const qint64 length = qint64(std::strlen(candidate.word));
            if (m_pos + length <= m_size && std::memcmp(m_data + m_pos, candidate.word, size_t(length)) == 0) {
                m_pos += length;
                *type = candidate.type;
                return {-1, {}};
            }
        }
        return {m_pos, Text::tr("unexpected word; only true, false and null are allowed")};
    }

    static constexpr qint64 reportEvery = 4 << 20;

    JsonDocument &m_doc;
    const char *m_data;
    qint64 m_size;
    const Control &m_control;
    bool m_cancelled = false;
    bool m_checkedUtf8 = false;
    qint64 m_pos = 0;
    quint32 m_current = none;    // the innermost open container
    quint32 m_currentBox = none; // its record in m_containers
    bool m_unrecorded = false;
    std::vector<quint64> m_unrecordedKinds; // a bit per container opened since, set for objects
    qint64 m_unrecordedDepth = 0;           // how many of them are open
    int m_depth = 0;
};

JsonDocument::~JsonDocument() = default;

std::shared_ptr<const JsonDocument> JsonDocument::fromBytes(QByteArray bytes, Error *error, const Control &control)
{
    return build(std::move(bytes), nullptr, error, control);
}

std::shared_ptr<const JsonDocument> JsonDocument::fromFile(const QString &path, Error *error, const Control &control)
{
    const auto refuse = [error](const QString &why) {
        *error = {why, -1, 0, 0};
        return nullptr;
    };
    const QString notRegular = Text::tr(
        "it is not a regular file (it is a folder, a pipe, a device or a system file), so it cannot be opened");
    auto file = std::make_unique<QFile>(path);
#ifdef Q_OS_UNIX
    // Without blocking: a pipe would wait for a writer. Then only regular files go on.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return refuse(Text::tr("the file cannot be read: %1").arg(qt_error_string(errno)));
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return refuse(notRegular);
    }
    if (!file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refuse(Text::tr("the file cannot be read: %1").arg(file->errorString()));
    }
#else
    if (QFileInfo(path).exists() && !QFileInfo(path).isFile())
        return refuse(notRegular);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return refuse(Text::tr("the file cannot be read: %1").arg(file->errorString()));
#endif
    const QFileInfo opened(path);
    const qint64 size = file->size();
    std::unique_ptr<MappedFile> mapping;
    QByteArray bytes;
    if (size > control.readUpTo)
        mapping = MappedFile::map(file, size);
    if (!mapping) {
        // A copy in memory, which cannot change under the document. A file that says it is empty but
        // is not (/proc) is a view of the system, not a file.
        try {
            bytes = QByteArray(size, Qt::Uninitialized);
        } catch (const std::bad_alloc &) {
            return refuse(tooLarge(size, freeMemory()));
        }
        const qint64 read = size > 0 ? file->read(bytes.data(), size) : 0;
        if (read < 0)
            return refuse(Text::tr("the file cannot be read: %1").arg(file->errorString()));
        bytes.truncate(read);
        char more = 0;
        if (size == 0 && file->read(&more, 1) > 0)
            return refuse(notRegular);
    }
    std::shared_ptr<JsonDocument> document = build(std::move(bytes), std::move(mapping), error, control);
    if (document) {
        document->m_path = opened.absoluteFilePath();
        document->m_fileSize = size;
        document->m_fileTime = opened.lastModified().toMSecsSinceEpoch();
    }
    return document;
}

qint64 JsonDocument::indexBytesFor(QByteArrayView text)
{
    // 8 bytes per node, at most one per byte that is not a comma or a closing bracket; 16 per
    // container, at most one per closing bracket, whose opening bracket is a node; 12 per 64 nodes for
    // the rank: never more than 13 bytes per byte.
    return indexBytesFor(indexBound(text));
}

qint64 JsonDocument::indexBytesFor(const IndexBound &bound)
{
    return bound.nodes * qint64(sizeof(Node)) + bound.containers * qint64(sizeof(Container)) +
           ranksFor(bound.nodes) * qint64(sizeof(Rank));
}

qint64 JsonDocument::indexBytes() const
{
    return qint64(m_nodes.capacity()) * qint64(sizeof(Node)) +
           qint64(m_containers.capacity()) * qint64(sizeof(Container)) +
           qint64(m_ranks.capacity()) * qint64(sizeof(Rank)) + qint64(m_far.capacity()) * qint64(sizeof(quint32)) +
           qint64(m_longLengths.capacity()) * qint64(sizeof(m_longLengths[0]));
}

qint64 JsonDocument::freeMemory()
{
    qint64 free = -1;
#if defined(Q_OS_LINUX)
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (QByteArray line = meminfo.readLine(); !line.isEmpty(); line = meminfo.readLine()) {
            if (line.startsWith("MemAvailable:")) {
                free = line.mid(13).trimmed().split(' ').value(0).toLongLong() * 1024;
                break;
            }
        }
    }
    // Inside a container, its memory limit may be the lower one (cgroup v2).
    QFile limit(QStringLiteral("/sys/fs/cgroup/memory.max"));
    QFile current(QStringLiteral("/sys/fs/cgroup/memory.current"));
    if (limit.open(QIODevice::ReadOnly) && current.open(QIODevice::ReadOnly)) {
        bool bounded = false;
        const qint64 max = limit.readAll().trimmed().toLongLong(&bounded);
        const qint64 used = current.readAll().trimmed().toLongLong();
        if (bounded && (free < 0 || max - used < free))
            free = max - used;
    }
#elif defined(Q_OS_WIN)
    MEMORYSTATUSEX status = {};
    status.dwLength = sizeof(status);
    if (GlobalMemoryStatusEx(&status))
        free = qint64(status.ullAvailPhys);
#elif defined(_SC_AVPHYS_PAGES)
    free = qint64(::sysconf(_SC_AVPHYS_PAGES)) * qint64(::sysconf(_SC_PAGESIZE));
#endif
    return free < 0 ? std::numeric_limits<qint64>::max() : free; // unknown: no limit of ours
}

bool JsonDocument::changedOnDisk() const
{
    if (m_mapped && m_mapped->truncated())
        return true;
    if (m_path.isEmpty())
        return false;
    const QFileInfo now(m_path);
    return now.exists() && (now.size() != m_fileSize || now.lastModified().toMSecsSinceEpoch() != m_fileTime);
}

std::shared_ptr<JsonDocument> JsonDocument::build(QByteArray bytes, std::unique_ptr<MappedFile> mapping, Error *error,
                                                  const Control &control)
{
    std::shared_ptr<JsonDocument> document(new JsonDocument);
    document->m_owned = std::move(bytes);
    document->m_mapped = std::move(mapping);
    document->m_bytes = document->m_mapped ? QByteArrayView(document->m_mapped->data(), document->m_mapped->size())
                                           : QByteArrayView(document->m_owned.constData(), document->m_owned.size());
    const char *data = document->m_bytes.data();
    const qint64 size = document->m_bytes.size();

    // UTF-8 first (simdjson's SIMD validator), then structure and index in one pass; a text scanned
    // on a thread of its own has its UTF-8 checked there, and here only when that scan stopped early.
    qint64 offset = -1;
    QString why;
    const auto validUtf8 = [&] {
        if (simdjson::validate_utf8(data, size_t(size)))
            return true;
        offset = firstInvalidUtf8(document->m_bytes);
        why = Text::tr("the text is not valid UTF-8 here");
        return false;
    };
    const bool utf8Later = control.structuralScan && PlaceReader::inParallel(size);
    if (utf8Later || validUtf8()) {
        // The index is allocated once, at its upper bound, and refused when that would not fit.
        const IndexBound bound = indexBound(document->m_bytes);
        const qint64 needed = indexBytesFor(bound);
        const qint64 free = control.memoryBudget >= 0 ? control.memoryBudget : freeMemory();
        if (needed > free || quint64(size) > offsetMask) {
            if (utf8Later && !validUtf8())
                return failed(document, offset, why, error);
            *error = {tooLarge(needed, free), -1, 0, 0};
            return nullptr;
        }
        Parser parser(*document, document->m_bytes, control);
        try {
            // Exactly the bound: the records never move, so there is no doubling and no second copy.
            document->m_nodes.reserve(size_t(bound.nodes));
            document->m_containers.reserve(size_t(bound.containers));
            document->m_ranks.reserve(size_t(ranksFor(bound.nodes)));
            const Parser::Verdict verdict = control.structuralScan ? parser.runFast() : Parser::Verdict::Undecided;
            document->m_scanned = verdict == Parser::Verdict::Valid;
            if (verdict == Parser::Verdict::Undecided) {
                parser.restart();
                if (!utf8Later || validUtf8())
                    std::tie(offset, why) = parser.run();
                if (offset < 0 && parser.unrecorded())
                    throw std::bad_alloc(); // cannot be valid; refused all the same
            } else if (verdict == Parser::Verdict::Valid && utf8Later && !parser.checkedUtf8() && !validUtf8()) {
                return failed(document, offset, why, error);
            }
        } catch (const std::bad_alloc &) {
            *error = {tooLarge(needed, freeMemory()), -1, 0, 0};
            return nullptr;
        }
        if (parser.cancelled()) {
            *error = {Text::tr("Cancelled."), -1, 0, 0, true};
            return nullptr;
        }
    }
    if (offset < 0) {
        std::sort(document->m_far.begin(), document->m_far.end());
        document->m_far.shrink_to_fit();
        std::sort(document->m_longLengths.begin(), document->m_longLengths.end());
        document->m_longLengths.shrink_to_fit();
        *error = {};
        if (control.progress)
            control.progress(size, size);
        return document;
    }
    return failed(document, offset, why, error);
}

std::shared_ptr<JsonDocument> JsonDocument::failed(const std::shared_ptr<JsonDocument> &document, qint64 offset,
                                                   const QString &why, Error *error)
{
    const auto [line, column] = document->lineColumn(offset);
    *error = {Text::tr("Line %1, column %2: %3.").arg(line).arg(column).arg(why), offset, line, column};
    return nullptr;
}

QPair<int, int> JsonDocument::lineColumn(qint64 offset) const
{
    int line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset && i < m_bytes.size(); ++i) {
        if (m_bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qint64 i = lineStart; i < offset && i < m_bytes.size(); ++i) {
        if ((uchar(m_bytes[i]) & 0xc0) != 0x80)
            ++column;
    }
    return {line, column};
}

quint32 JsonDocument::nextSibling(quint32 node) const
{
    const quint32 up = parent(node);
    if (up == none)
        return none;
    const quint32 next = node + subtreeSize(node);
    return next < up + subtreeSize(up) ? next : none;
}

quint32 JsonDocument::farParent(quint32 node) const
{
    if (node == root())
        return none;
    // Its parent is one of the containers too large for the distance: the last of them before it, or
    // the first of that one's ancestors whose subtree reaches it (every record between the parent and
    // it is in the parent's subtree).
    const auto after = std::lower_bound(m_far.begin(), m_far.end(), node);
    if (after == m_far.begin())
        return root(); // not reached for a complete index
    quint32 up = *(after - 1);
    while (up != none && up + subtreeSize(up) <= node)
        up = parent(up);
    return up;
}

qint64 JsonDocument::containerLength(quint32 node) const
{
    const Container &record = box(node);
    if (record.length != longLength)
        return record.length;
    const auto place = quint32(&record - m_containers.data());
    const auto found = std::lower_bound(m_longLengths.begin(), m_longLengths.end(), std::make_pair(place, qint64(0)));
    return found != m_longLengths.end() && found->first == place ? found->second : longLength;
}

qint64 JsonDocument::scalarLength(quint32 node) const
{
    const qint64 start = offset(node);
    const char *data = m_bytes.data();
    // It ends before the next record starts.
    const qint64 size = node + 1 < nodeCount() ? offset(node + 1) : m_bytes.size();
    switch (type(node)) {
    case Type::Null:
    case Type::True:
        return 4;
    case Type::False:
        return 5;
    case Type::Number: {
        qint64 at = start;
        while (at < size && ((data[at] >= '0' && data[at] <= '9') || data[at] == '-' || data[at] == '+' ||
                             data[at] == '.' || data[at] == 'e' || data[at] == 'E'))
            ++at;
        return at - start;
    }
    case Type::String: {
        // To the first quote with an even run of backslashes before it (none: the text changed under
        // the document, and what is left before the next record is taken).
        qint64 from = start + 1;
        while (from < size) {
            const auto *quote = static_cast<const char *>(std::memchr(data + from, '"', size_t(size - from)));
            if (!quote)
                break;
            const qint64 at = quote - data;
            if (!escapedQuote(data, at, start))
                return at + 1 - start;
            from = at + 1;
        }
        return size - start;
    }
    case Type::Array:
    case Type::Object:
        break;
    }
    return 0;
}

quint32 JsonDocument::row(quint32 node) const
{
    if (isContainer(node))
        return box(node).row;
    const quint32 up = parent(node);
    if (up == none)
        return 0;
    const Container &parentBox = box(up);
    if (parentBox.span - 1 == parentBox.childCount)
        return node - up - 1; // every child takes one record: a scalar or an empty container
    // Back over the scalars before it, to the parent or to the last record of a sibling's subtree.
    quint32 scalars = 0;
    for (quint32 at = node - 1; at != up; --at) {
        quint32 sibling = at;
        while (parent(sibling) != up)
            sibling = parent(sibling);
        if (isContainer(sibling))
            return box(sibling).row + 1 + scalars;
        ++scalars;
    }
    return scalars;
}

std::vector<quint32> JsonDocument::children(quint32 node) const
{
    std::vector<quint32> nodes;
    nodes.reserve(childCount(node));
    const quint32 end = node + subtreeSize(node);
    for (quint32 child = node + 1; child < end; child += subtreeSize(child))
        nodes.push_back(child);
    return nodes;
}

QByteArrayView JsonDocument::rawKey(quint32 node) const
{
    if (!hasKey(node))
        return {};
    // The name was validated: its closing quote is the last quote before the value, past the ':', and
    // its opening quote the one before that with no backslash before it, or an even run of them: in
    // valid text every other quote inside a name is escaped. Bounded by the object's own bracket all
    // the same, for a mapped file that changed since.
    const qint64 floor = offset(parent(node));
    qint64 end = offset(node) - 1;
    while (end > floor && m_bytes[end] != '"')
        --end;
    for (qint64 at = end - 1; at > floor; --at) {
        if (m_bytes[at] != '"')
            continue;
        if (!escapedQuote(m_bytes.data(), at, floor))
            return m_bytes.sliced(at, end + 1 - at);
    }
    return QByteArrayView("\"\""); // the text changed under the document
}

QString JsonDocument::key(quint32 node) const
{
    const QByteArrayView raw = rawKey(node);
    return raw.isEmpty() ? QString() : decodeString(raw.sliced(1, raw.size() - 2));
}

QByteArrayView JsonDocument::raw(quint32 node) const
{
    const qint64 start = offset(node);
    if (!isContainer(node))
        return m_bytes.sliced(start, qMin(scalarLength(node), m_bytes.size() - start));
    return m_bytes.sliced(start, containerLength(node));
}

QString JsonDocument::string(quint32 node) const
{
    if (type(node) != Type::String)
        return {};
    const QByteArrayView text = raw(node);
    return decodeString(text.sliced(1, text.size() - 2));
}

quint32 JsonDocument::member(quint32 object, QByteArrayView utf8Name) const
{
    if (object == none || type(object) != Type::Object)
        return none;
    // A name with nothing JSON must escape is compared backwards from its closing quote, which is
    // before the value past the colon and spaces only: a last byte that differs settles it at once,
    // unless it could end an escape (then the name is decoded). The same last byte with other bytes
    // before it may still be the same name written with an escape further in: decoded too. No value's
    // text is read.
    bool plain = true;
    for (const char c : utf8Name)
        plain &= c != '"' && c != '\\' && uchar(c) >= 0x20;
    const auto decodedEquals = [this, utf8Name](quint32 child) {
        const QByteArrayView raw = rawKey(child);
        const QByteArrayView name = raw.sliced(1, raw.size() - 2);
        return name == utf8Name || (name.contains('\\') && key(child) == QString::fromUtf8(utf8Name));
    };
    const auto endsEscape = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '"' || c == '\\' ||
               c == '/' || c == 'n' || c == 'r' || c == 't';
    };
    const char *data = m_bytes.data();
    const qint64 size = utf8Name.size();
    const char last = size > 0 ? utf8Name.back() : '"';
    const qint64 floor = offset(object);
    const quint32 end = object + subtreeSize(object);
    quint32 found = none;
    for (quint32 child = object + 1; child < end; child += subtreeSize(child)) {
        if (!plain) {
            if (decodedEquals(child))
                found = child;
            continue;
        }
        qint64 quote = offset(child) - 1;
        while (quote > floor && data[quote] != '"')
            --quote;
        if (quote <= floor + 1)
            continue; // the text changed under the document
        const char before = data[quote - 1];
        if (before == last) {
            const qint64 open = quote - 1 - size;
            if (open > floor && data[open] == '"' &&
                (size == 0 || std::memcmp(data + open + 1, utf8Name.data(), size_t(size)) == 0)) {
                if (!escapedQuote(data, open, floor)) {
                    found = child;
                    continue;
                }
            }
        }
        if ((before == last || endsEscape(before)) && decodedEquals(child))
            found = child;
    }
    return found;
}

QByteArray JsonDocument::compact(quint32 node) const
{
    const QByteArrayView text = raw(node);
    if (!isContainer(node))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (!isSpace(c)) {
            out += c;
        }
    }
    return out;
}

QByteArray JsonDocument::indented(qint64 maxBytes, bool *cut) const
{
    QByteArray out;
    out.reserve(qMin<qint64>(m_bytes.size() * 2, maxBytes) + 64);
    struct Open
    {
        quint32 end; // first record after the subtree
        char close;
    };
    std::vector<Open> open;
    // Deeper than maxIndentDepth, lines keep that indent: each line costs at most its own text.
    const auto newline = [&out](size_t depth) {
        out += '\n';
        out.append(qsizetype(qMin<size_t>(depth, maxIndentDepth)) * 2, ' ');
    };
    const auto full = [&out, maxBytes, cut] {
        if (out.size() <= maxBytes)
            return false;
        out += "\n…";
        if (cut)
            *cut = true;
        return true;
    };
    if (cut)
        *cut = false;
    const quint32 count = nodeCount();
    for (quint32 node = 0; node < count; ++node) {
        while (!open.empty() && open.back().end <= node) {
            const char close = open.back().close;
            open.pop_back();
            newline(open.size());
            out += close;
        }
        if (full())
            return out;
        if (!open.empty()) {
            if (node != parent(node) + 1)
                out += ','; // not the first child
            newline(open.size());
        }
        if (hasKey(node)) {
            out += rawKey(node);
            out += ": ";
        }
        if (!isContainer(node)) {
            out += raw(node);
            continue;
        }
        const char close = type(node) == Type::Object ? '}' : ']';
        out += type(node) == Type::Object ? '{' : '[';
        if (childCount(node) == 0)
            out += close;
        else
            open.push_back({node + subtreeSize(node), close});
    }
    while (!open.empty()) {
        if (full())
            return out;
        const char close = open.back().close;
        open.pop_back();
        newline(open.size());
        out += close;
    }
    out += '\n';
    return out;
}

QString JsonDocument::text(quint32 node) const
{
    if (isContainer(node))
        return {};
    return type(node) == Type::String ? string(node) : QString::fromUtf8(raw(node));
}

QString JsonDocument::preview(quint32 node, qsizetype maxBytes) const
{
    switch (type(node)) {
    case Type::Array:
    case Type::Object:
        return {};
    case Type::String: {
        QByteArrayView text = raw(node);
        text = text.sliced(1, text.size() - 2);
        if (text.size() <= maxBytes)
            return decodeString(text);
        qsizetype cut = maxBytes;
        while (cut > 0 && (uchar(text[cut]) & 0xc0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        return decodeString(text.first(cut)) + QStringLiteral("…");
    }
    default:
        return QString::fromUtf8(raw(node));
    }
}

QString JsonDocument::decodeString(QByteArrayView escaped)
{
    if (!escaped.contains('\\'))
        return QString::fromUtf8(escaped);
    QString out;
    out.reserve(escaped.size());
    qsizetype plainStart = 0;
    qsizetype i = 0;
    const auto hex4 = [&escaped](qsizetype at) { return escaped.sliced(at, 4).toByteArray().toUShort(nullptr, 16); };
    while (i < escaped.size()) {
        if (escaped[i] != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(escaped.sliced(plainStart, i - plainStart));
        if (i + 1 >= escaped.size() || (escaped[i + 1] == 'u' && i + 6 > escaped.size())) {
            plainStart = escaped.size(); // a preview cut through an escape
            break;
        }
        const char e = escaped[i + 1];
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u':
            out += QChar(hex4(i + 2));
            i += 4;
            break;
        default: // " \ /
            out += QLatin1Char(e);
            break;
        }
        i += 2;
        plainStart = i;
    }
    out += QString::fromUtf8(escaped.sliced(plainStart));
    return out;
}

} // namespace Takeout
