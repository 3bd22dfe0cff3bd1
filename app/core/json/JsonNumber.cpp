#include "JsonNumber.h"

namespace Takeout {

QByteArray JsonNumber::canonical(QByteArrayView number)
{
    qsizetype i = 0;
    const bool negative = i < number.size() && number[i] == '-';
    if (negative)
        ++i;
    QByteArray digits;
    digits.reserve(number.size());
    qint64 fractionDigits = 0;
    bool inFraction = false;
    for (; i < number.size(); ++i) {
        const char c = number[i];
        if (c == '.') {
            inFraction = true;
        } else if (c >= '0' && c <= '9') {
            if (!digits.isEmpty() || c != '0')
                digits += c;
            if (inFraction)
                ++fractionDigits;
        } else {
            break; // e or E
        }
    }
    if (digits.isEmpty())
        return QByteArrayLiteral("0");
    qint64 trailingZeros = 0;
    while (digits.endsWith('0')) {
        digits.chop(1);
        ++trailingZeros;
    }
    // The written exponent, without its leading zeros.
    bool exponentNegative = false;
    QByteArrayView exponent;
    if (i < number.size()) {
        ++i;
        if (i < number.size() && (number[i] == '+' || number[i] == '-'))
            exponentNegative = number[i++] == '-';
        exponent = number.sliced(i);
        while (exponent.size() > 1 && exponent.front() == '0')
            exponent = exponent.sliced(1);
    }
    QByteArray out = negative ? QByteArrayLiteral("-") : QByteArray();
    out += digits;
    out += 'e';
    if (exponent.size() > 18) {
        // Beyond 64 bits the written exponent is kept as text beside the adjustment: equal values then
        // spell the same only when written alike, so two such numbers may be called different, never
        // the same when they are not.
        out += exponentNegative ? "-" : "+";
        out += exponent.toByteArray();
        out += ':';
        out += QByteArray::number(trailingZeros - fractionDigits);
        return out;
    }
    qint64 power = exponent.isEmpty() ? 0 : exponent.toByteArray().toLongLong();
    if (exponentNegative)
        power = -power;
    out += QByteArray::number(power + trailingZeros - fractionDigits);
    return out;
}

bool JsonNumber::equal(QByteArrayView a, QByteArrayView b)
{
    return a == b || canonical(a) == canonical(b);
}

} // namespace Takeout
