#include "instancerowfilter.h"

#include "instancetablemodel.h"

namespace {

char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar::toCaseFolded(c);
}

// Case-insensitive substring test against an already folded needle: a plain scan, with no
// allocation and an ASCII fast path (QStringView::contains(CaseInsensitive) costs several
// times more, which a search over 100,000 rows on every keystroke notices).
bool containsFolded(QStringView haystack, QStringView needle)
{
    const qsizetype n = needle.size();
    if (n > haystack.size())
        return false;
    const char16_t first = needle[0].unicode();
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        if (fold(haystack[i].unicode()) != first)
            continue;
        qsizetype k = 1;
        while (k < n && fold(haystack[i + k].unicode()) == needle[k].unicode())
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

} // namespace

bool InstanceRowFilter::accepts(const InstanceStore &store, const InstanceStore::Row &row) const
{
    const InstanceStore::Scope &scope = store.scopeOf(row);
    if (cloudMask && !(cloudMask & (1u << int(scope.cloud))))
        return false;
    if (stateMask && !(stateMask & (1u << int(row.state))))
        return false;
    if (!accountIds.isEmpty() && !accountIds.contains(scope.key.accountId))
        return false;
    if (!regions.isEmpty() && !regions.contains(store.regionOf(row)))
        return false;
    if (!foldedText.isEmpty()) {
        const auto has = [this](QStringView field) { return containsFolded(field, foldedText); };
        if (!has(row.instanceId) && !has(row.name()) && !has(row.privateIps())
            && !has(row.publicIps()))
            return false;
    }
    return true;
}

bool InstanceRowFilter::isNarrowerOrEqual(const InstanceRowFilter &wider) const
{
    // Per dimension: "any" is widest; a set narrows a set it is part of; a text narrows the
    // texts it contains.
    const auto maskNarrower = [](quint32 narrow, quint32 wide) {
        return wide == 0 || (narrow != 0 && (narrow & ~wide) == 0);
    };
    const auto setNarrower = [](const QSet<QString> &narrow, const QSet<QString> &wide) {
        return wide.isEmpty() || (!narrow.isEmpty() && wide.contains(narrow));
    };
    return maskNarrower(cloudMask, wider.cloudMask) && maskNarrower(stateMask, wider.stateMask)
        && setNarrower(regions, wider.regions) && setNarrower(accountIds, wider.accountIds)
        && foldedText.contains(wider.foldedText);
}

bool InstanceRowFilter::dependsOn(const QList<int> &roles) const
{
    if (!isActive())
        return false;
    if (roles.isEmpty())
        return true;
    using M = InstanceTableModel;
    for (int role : roles) {
        switch (role) {
        case M::StateRole:
            if (stateMask)
                return true;
            break;
        case M::RegionRole:
            if (!regions.isEmpty())
                return true;
            break;
        case M::NameRole:
        case M::PrivateIpsRole:
        case M::PublicIpsRole:
        case M::InstanceIdRole:
            if (!text.isEmpty())
                return true;
            break;
        case M::CloudRole:
        case M::AccountIdRole:
            return true;
        default:
            break;
        }
    }
    return false;
}
