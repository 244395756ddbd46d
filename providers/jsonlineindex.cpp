// The scan behind JsonLineIndex: an iterative walk (no recursion, so no stack to exhaust on
// hostile input) that records the line of every value and notices repeated keys.
#include "jsonlineindex.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

struct Frame
{
    bool isObject = false;
    QString pointer;
    qsizetype nextIndex = 0; // arrays: index of the next element
    QSet<QString> keys; // objects: keys seen so far
};

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    int line() const { return m_line; }

    void advance()
    {
        if (atEnd())
            return;
        if (m_text[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                return;
            advance();
        }
    }

    // At an opening quote: decodes the string (escapes included) and moves past it.
    QString readString()
    {
        advance(); // opening quote
        QByteArray raw;
        QString out;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                advance();
                break;
            }
            if (c != '\\') {
                raw.append(c);
                advance();
                continue;
            }
            advance();
            const char e = peek();
            advance();
            switch (e) {
            case 'n':
                raw.append('\n');
                break;
            case 't':
                raw.append('\t');
                break;
            case 'r':
                raw.append('\r');
                break;
            case 'b':
                raw.append('\b');
                break;
            case 'f':
                raw.append('\f');
                break;
            case 'u': {
                out += QString::fromUtf8(raw);
                raw.clear();
                out += QChar(readHex4());
                break;
            }
            default:
                raw.append(e);
                break; // '"', '\\', '/'
            }
        }
        out += QString::fromUtf8(raw);
        return out;
    }

    // Numbers, true, false, null: everything up to the next delimiter.
    void skipScalar()
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
                break;
            advance();
        }
        if (m_pos == start)
            advance(); // a stray delimiter: always make progress
    }

private:
    char16_t readHex4()
    {
        char16_t value = 0;
        for (int i = 0; i < 4 && !atEnd(); ++i) {
            const char c = peek();
            int digit = 0;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else
                break;
            value = char16_t(value * 16 + digit);
            advance();
        }
        return value;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QString JsonLineIndex::child(const QString &parent, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return parent + u'/' + escaped;
}

QString JsonLineIndex::child(const QString &parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

std::pair<int, int> JsonLineIndex::lineAndColumn(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return { line, column };
}

JsonLineIndex JsonLineIndex::build(QByteArrayView json)
{
    JsonLineIndex index;
    Scanner scanner(json);
    QList<Frame> stack;
    bool rootSeen = false;

    const auto record = [&index](const QString &pointer, int line) {
        if (index.m_lines.size() < maximumEntries && !index.m_lines.contains(pointer))
            index.m_lines.insert(pointer, line);
    };
    // Records the value starting here and opens a frame when it is a container.
    const auto value = [&](const QString &pointer) {
        record(pointer, scanner.line());
        const char c = scanner.peek();
        if (c == '{' || c == '[') {
            scanner.advance();
            Frame frame;
            frame.isObject = c == '{';
            // Past the depth cap the walk continues but paths stop growing, so memory stays
            // linear in the input.
            frame.pointer = stack.size() < maximumDepth ? pointer : stack.constLast().pointer;
            stack.append(std::move(frame));
        } else if (c == '"') {
            scanner.readString();
        } else {
            scanner.skipScalar();
        }
    };

    while (true) {
        scanner.skipWhitespace();
        if (scanner.atEnd())
            break;
        if (stack.isEmpty()) {
            if (rootSeen)
                break; // trailing garbage: not ours to judge
            rootSeen = true;
            value(QString());
            continue;
        }
        Frame &top = stack.last();
        const char c = scanner.peek();
        if (c == (top.isObject ? '}' : ']')) {
            scanner.advance();
            stack.removeLast();
            continue;
        }
        if (c == ',') {
            scanner.advance();
            continue;
        }
        if (!top.isObject) {
            value(child(top.pointer, top.nextIndex++));
            continue;
        }
        if (c != '"') {
            scanner.advance(); // not valid JSON; skip rather than stall
            continue;
        }
        const int keyLine = scanner.line();
        const QString key = scanner.readString();
        const QString pointer = child(top.pointer, key);
        if (top.keys.contains(key)) {
            if (index.m_duplicates.size() < maximumEntries)
                index.m_duplicates.append({ pointer, keyLine });
        } else {
            top.keys.insert(key);
        }
        scanner.skipWhitespace();
        if (scanner.peek() == ':')
            scanner.advance();
        scanner.skipWhitespace();
        if (!scanner.atEnd())
            value(pointer);
    }
    return index;
}
