// StringPool: interns the few distinct strings that thousands of rows repeat (raw states,
// zones, instance types, regions learnt from details), so each row holds a 4-byte id instead
// of its own QString.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

class StringPool
{
public:
    using Id = quint32;
    static constexpr Id emptyId = 0;

    StringPool();

    // The id of text, adding it on first sight. The empty string is always emptyId.
    Id intern(const QString &text);
    const QString &text(Id id) const { return m_texts.at(qsizetype(id)); }
    qsizetype size() const { return m_texts.size(); }

private:
    QHash<QString, Id> m_ids;
    QList<QString> m_texts;
};
