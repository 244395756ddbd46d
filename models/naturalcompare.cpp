#include "naturalcompare.h"

#include <optional>

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
    return c.toCaseFolded().unicode();
}

std::optional<quint32> parseIpv4(QStringView text)
{
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        quint32 part = 0;
        qsizetype digits = 0;
        while (i < text.size() && isDigit(text[i]) && digits < 4) {
            part = part * 10 + (text[i].unicode() - '0');
            ++i;
            ++digits;
        }
        if (digits == 0 || part > 255)
            return std::nullopt;
        value = (value << 8) | part;
        ++parts;
        if (parts < 4) {
            if (i >= text.size() || text[i] != u'.')
                return std::nullopt;
            ++i;
        }
    }
    return i == text.size() ? std::optional<quint32>(value) : std::nullopt;
}

QStringView firstAddress(QStringView list)
{
    const qsizetype comma = list.indexOf(u',');
    return comma < 0 ? list : list.left(comma);
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Compare the digit runs as numbers: skip leading zeros, longer is larger.
            while (i < a.size() && a[i] == u'0' && i + 1 < a.size() && isDigit(a[i + 1]))
                ++i;
            while (j < b.size() && b[j] == u'0' && j + 1 < b.size() && isDigit(b[j + 1]))
                ++j;
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            if (ei - i != ej - j)
                return (ei - i) < (ej - j) ? -1 : 1;
            for (; i < ei; ++i, ++j) {
                if (a[i] != b[j])
                    return a[i].unicode() < b[j].unicode() ? -1 : 1;
            }
            continue;
        }
        const char16_t x = fold(a[i]);
        const char16_t y = fold(b[j]);
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    // Equal but for case or leading zeros: fall back to plain order, so only identical
    // strings compare equal.
    return a.compare(b);
}

int compareIpLists(QStringView a, QStringView b)
{
    const QStringView x = firstAddress(a);
    const QStringView y = firstAddress(b);
    const std::optional<quint32> vx = parseIpv4(x);
    const std::optional<quint32> vy = parseIpv4(y);
    if (vx && vy)
        return *vx == *vy ? 0 : (*vx < *vy ? -1 : 1);
    if (vx.has_value() != vy.has_value()) {
        // Empty first (as for text), then IPv4, then the rest (IPv6) as text.
        if (x.isEmpty() || y.isEmpty())
            return x.isEmpty() ? -1 : 1;
        return vx ? -1 : 1;
    }
    return naturalCompare(x, y);
}
