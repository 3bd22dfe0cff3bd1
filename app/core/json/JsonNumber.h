#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Takeout {

// A JSON number's exact decimal value, never through a double: `1.0`, `1` and `10e-1` are the same
// value, 2^53 + 1 and 2^53 are not, nor are two 20-digit ids that share their first 17 digits.
class JsonNumber
{
public:
    // One spelling per value (the text of a number the document has validated): sign, significant
    // digits, "e", the power of ten of the last digit. Zero is "0", whatever its sign.
    static QByteArray canonical(QByteArrayView number);
    static bool equal(QByteArrayView a, QByteArrayView b);
};

} // namespace Takeout
