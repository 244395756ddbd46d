// Where each value of a JSON text starts, by JSON Pointer ("/accounts/2/cloud" -> line 14),
// and which object keys appear twice. QJsonDocument says whether a text is valid JSON but
// keeps no positions; this scan supplies them so errors can name the line to fix.
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

class JsonLineIndex
{
public:
    struct DuplicateKey
    {
        QString pointer; // the pointer of the repeated member ("/accounts/0/cloud")
        int line = 0; // where the repetition is
    };

    // Scans `json`, which should already have been accepted by QJsonDocument. Anything else
    // is scanned without failing (the index is then only as good as the text), so it is safe
    // on untrusted input. Stops recording after maximumEntries values.
    static JsonLineIndex build(QByteArrayView json);

    // 1-based line where the value at `pointer` starts; 0 when the pointer was not seen.
    int line(const QString &pointer) const { return m_lines.value(pointer, 0); }
    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }

    // A pointer one level below `parent`, escaped per RFC 6901 ("~" -> "~0", "/" -> "~1").
    static QString child(const QString &parent, const QString &key);
    static QString child(const QString &parent, qsizetype index);

    // 1-based line and column (in characters) of a byte offset, for QJsonParseError::offset.
    static std::pair<int, int> lineAndColumn(QByteArrayView text, qsizetype offset);

    static constexpr qsizetype maximumEntries = 100000;
    static constexpr int maximumDepth = 256;

private:
    QHash<QString, int> m_lines;
    QList<DuplicateKey> m_duplicates;
};
