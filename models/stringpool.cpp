#include "stringpool.h"

StringPool::StringPool()
{
    m_texts.append(QString());
}

StringPool::Id StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return emptyId;
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return it.value();
    const Id id = Id(m_texts.size());
    // Keep one copy, detached from whatever buffer (a network reply) the text came from.
    QString copy(text.constData(), text.size());
    m_texts.append(copy);
    m_ids.insert(copy, id);
    return id;
}
