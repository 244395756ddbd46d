// Grouping and rate limiting of state-transition notifications. The sentences are whole
// translatable phrases per target state, so that Chinese word order is not forced by English.
#include "transitiondigest.h"

#include "cloud.h"

#include <QCoreApplication>
#include <QMap>

namespace {

// Names and ids come from servers: one line each, of a bounded length, so that one hostile or
// broken name cannot push everything else out of the notification.
QString oneLine(const QString &text, qsizetype max = 64)
{
    QString out;
    out.reserve(std::min(text.size(), max + 1));
    for (const QChar c : text) {
        if (out.size() >= max) {
            out.append(QChar(0x2026));
            break;
        }
        out.append(c.isPrint() ? c : QChar(u' '));
    }
    return out.trimmed();
}

QString groupSentence(int n, const QString &where, InstanceState to)
{
    switch (to) {
    case InstanceState::Stopped:
        return QCoreApplication::translate("TransitionDigest", "%n instance(s) in %1 stopped",
                                           nullptr, n)
            .arg(where);
    case InstanceState::Error:
        return QCoreApplication::translate("TransitionDigest", "%n instance(s) in %1 entered Error",
                                           nullptr, n)
            .arg(where);
    case InstanceState::Running:
        return QCoreApplication::translate("TransitionDigest",
                                           "%n instance(s) in %1 started running", nullptr, n)
            .arg(where);
    case InstanceState::Maintenance:
        return QCoreApplication::translate("TransitionDigest",
                                           "%n instance(s) in %1 went into maintenance", nullptr, n)
            .arg(where);
    case InstanceState::Deleting:
        return QCoreApplication::translate("TransitionDigest",
                                           "%n instance(s) in %1 are being deleted", nullptr, n)
            .arg(where);
    case InstanceState::Deleted:
        return QCoreApplication::translate("TransitionDigest", "%n instance(s) in %1 were deleted",
                                           nullptr, n)
            .arg(where);
    default:
        return QCoreApplication::translate("TransitionDigest", "%n instance(s) in %1 changed to %2",
                                           nullptr, n)
            .arg(where, stateDisplayName(to));
    }
}

QString singleSentence(const QString &label, const QString &where, InstanceState to)
{
    switch (to) {
    case InstanceState::Stopped:
        return QCoreApplication::translate("TransitionDigest", "%1 in %2 stopped")
            .arg(label, where);
    case InstanceState::Error:
        return QCoreApplication::translate("TransitionDigest", "%1 in %2 entered Error")
            .arg(label, where);
    case InstanceState::Running:
        return QCoreApplication::translate("TransitionDigest", "%1 in %2 started running")
            .arg(label, where);
    case InstanceState::Maintenance:
        return QCoreApplication::translate("TransitionDigest", "%1 in %2 went into maintenance")
            .arg(label, where);
    case InstanceState::Deleting:
        return QCoreApplication::translate("TransitionDigest", "%1 in %2 is being deleted")
            .arg(label, where);
    case InstanceState::Deleted:
        return QCoreApplication::translate("TransitionDigest", "%1 in %2 was deleted")
            .arg(label, where);
    default:
        return QCoreApplication::translate("TransitionDigest", "%1 in %2 changed to %3")
            .arg(label, where, stateDisplayName(to));
    }
}

} // namespace

const QList<TransitionDigest::Trigger> &TransitionDigest::triggers()
{
    static const QList<Trigger> all { Trigger::LeftRunning,        Trigger::EnteredError,
                                      Trigger::EnteredStopped,     Trigger::EnteredRunning,
                                      Trigger::EnteredMaintenance, Trigger::EnteredDeleting };
    return all;
}

QString TransitionDigest::triggerName(Trigger trigger)
{
    switch (trigger) {
    case Trigger::LeftRunning:
        return QStringLiteral("leftRunning");
    case Trigger::EnteredError:
        return QStringLiteral("enteredError");
    case Trigger::EnteredStopped:
        return QStringLiteral("enteredStopped");
    case Trigger::EnteredRunning:
        return QStringLiteral("enteredRunning");
    case Trigger::EnteredMaintenance:
        return QStringLiteral("enteredMaintenance");
    case Trigger::EnteredDeleting:
        return QStringLiteral("enteredDeleting");
    }
    Q_UNREACHABLE();
    return {};
}

QString TransitionDigest::triggerDescription(Trigger trigger)
{
    switch (trigger) {
    case Trigger::LeftRunning:
        return tr("An instance stops being Running (any state it goes to)");
    case Trigger::EnteredError:
        return tr("An instance enters Error");
    case Trigger::EnteredStopped:
        return tr("An instance becomes Stopped");
    case Trigger::EnteredRunning:
        return tr("An instance becomes Running");
    case Trigger::EnteredMaintenance:
        return tr("An instance goes into maintenance");
    case Trigger::EnteredDeleting:
        return tr("An instance is being deleted or was deleted");
    }
    Q_UNREACHABLE();
    return {};
}

void TransitionDigest::setOptions(const Options &options)
{
    m_options = options;
    // Events kept under the old choice and no longer wanted are dropped now, not announced.
    for (qsizetype i = m_order.size() - 1; i >= 0; --i) {
        const Event &event = m_pending.value(m_order.at(i));
        if (!matches(event.from, event.to)) {
            m_pending.remove(m_order.at(i));
            m_order.removeAt(i);
        }
    }
    if (m_order.isEmpty())
        m_firstPending = {};
}

bool TransitionDigest::matches(InstanceState from, InstanceState to) const
{
    if (from == to)
        return false;
    const Triggers t = m_options.triggers;
    return (t.testFlag(Trigger::LeftRunning) && from == InstanceState::Running)
        || (t.testFlag(Trigger::EnteredError) && to == InstanceState::Error)
        || (t.testFlag(Trigger::EnteredStopped) && to == InstanceState::Stopped)
        || (t.testFlag(Trigger::EnteredRunning) && to == InstanceState::Running)
        || (t.testFlag(Trigger::EnteredMaintenance) && to == InstanceState::Maintenance)
        || (t.testFlag(Trigger::EnteredDeleting)
            && (to == InstanceState::Deleting || to == InstanceState::Deleted));
}

bool TransitionDigest::add(const Event &event, const QDateTime &now)
{
    if (!matches(event.from, event.to))
        return false;
    if (m_order.isEmpty())
        m_firstPending = now;
    if (!m_pending.contains(event.key))
        m_order.append(event.key);
    m_pending.insert(event.key, event);
    return true;
}

std::optional<QDateTime> TransitionDigest::due() const
{
    if (m_order.isEmpty())
        return std::nullopt;
    QDateTime at = m_firstPending.addMSecs(m_options.settle.count());
    if (m_lastSent.isValid())
        at = std::max(at, m_lastSent.addMSecs(m_options.minimumGap.count()));
    return at;
}

std::optional<TransitionDigest::Notification> TransitionDigest::take(const QDateTime &now)
{
    const std::optional<QDateTime> at = due();
    if (!at || now < *at)
        return std::nullopt;
    Notification notification = compose();
    clear();
    m_lastSent = now;
    return notification;
}

void TransitionDigest::clear()
{
    m_pending.clear();
    m_order.clear();
    m_firstPending = {};
}

TransitionDigest::Notification TransitionDigest::compose() const
{
    struct Group
    {
        QString where;
        InstanceState to;
        QStringList labels;
    };
    // Groups in the order their first instance arrived: the first thing that happened leads.
    QList<Group> groups;
    QMap<std::pair<QString, int>, qsizetype> indexOf;
    Notification n;
    for (const InstanceKey &key : m_order) {
        const Event &event = m_pending[key];
        QString where = oneLine(event.where);
        if (where.isEmpty())
            where = cloudDisplayName(key.cloud);
        const auto groupKey = std::make_pair(where, int(event.to));
        auto it = indexOf.constFind(groupKey);
        if (it == indexOf.cend()) {
            it = indexOf.insert(groupKey, groups.size());
            groups.append({ where, event.to, {} });
        }
        QString label = oneLine(event.label);
        if (label.isEmpty())
            label = oneLine(key.instanceId);
        groups[*it].labels.append(label);
        n.severe = n.severe || event.to == InstanceState::Error;
        ++n.instanceCount;
    }

    const int maxLines = std::max(1, m_options.maxLines);
    if (n.instanceCount == 1) {
        const Event &event = m_pending[m_order.first()];
        n.title = singleSentence(groups.first().labels.first(), groups.first().where, event.to);
        n.body = tr("%1 → %2").arg(stateDisplayName(event.from), stateDisplayName(event.to));
        if (!event.label.isEmpty() && event.label != event.key.instanceId)
            n.body += u'\n' + oneLine(event.key.instanceId);
    } else if (groups.size() == 1) {
        const Group &g = groups.first();
        n.title = groupSentence(int(g.labels.size()), g.where, g.to);
        QStringList shown = g.labels.mid(0, maxLines);
        QString body = shown.join(tr(", "));
        const int more = int(g.labels.size() - shown.size());
        if (more > 0)
            body += u' ' + tr("and %n more", nullptr, more);
        n.body = body;
    } else {
        n.title = tr("%n instance(s) changed state", nullptr, n.instanceCount);
        QStringList lines;
        for (const Group &g : std::as_const(groups).mid(0, maxLines))
            lines.append(groupSentence(int(g.labels.size()), g.where, g.to));
        const int more = int(groups.size()) - int(lines.size());
        if (more > 0)
            lines.append(tr("and %n more group(s)", nullptr, more));
        n.body = lines.join(u'\n');
    }
    return n;
}
