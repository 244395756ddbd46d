// FilterPanel: the side panel that narrows the table, in the spirit of qBittorrent's — one
// section per dimension (cloud; region, grouped by cloud, with human names; state; account),
// each entry with its live count. Entries are checked to filter (several at once; nothing
// checked in a section means "all"). The panel filters nothing itself: it holds the choice,
// shows counts it is given, and says when the choice changed; the window sets the matching
// criteria on the proxy.
#pragma once

#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Dimension : quint8 { Cloud, Region, State, Account };
    static constexpr std::array<Dimension, 4> dimensions { Dimension::Cloud, Dimension::Region,
                                                           Dimension::State, Dimension::Account };
    // Stable key per dimension ("clouds", "regions", "states", "accounts"), for settings.
    static QString dimensionKey(Dimension dimension);

    struct Entry
    {
        QString value; // stable id: "aliyun", "aliyun/cn-hangzhou", "running", an account id
        QString label; // what the user reads
        int count = 0;
        QIcon icon;
        QString group; // regions: the group (cloud) label they sit under
        QString toolTip; // plain text
    };

    explicit FilterPanel(QWidget *parent = nullptr);

    // Replaces a section's entries, updating items in place (checks, focus and expansion stay).
    // A checked value that is no longer present stays listed with a count of 0, so a choice
    // never disappears silently.
    void setEntries(Dimension dimension, const QList<Entry> &entries);
    QStringList selection(Dimension dimension) const;
    void setSelection(Dimension dimension, const QStringList &values);
    bool hasSelection() const;
    int countOf(Dimension dimension, const QString &value) const; // -1 when not listed

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *itemFor(Dimension dimension, const QString &value) const;
    QTreeWidgetItem *sectionItem(Dimension dimension) const;

public slots:
    void clearSelection();
    void toggle(QTreeWidgetItem *item);

signals:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidgetItem *groupItem(Dimension dimension, const QString &group);
    void updateSectionTitle(Dimension dimension);
    void updateGroupCheck(QTreeWidgetItem *group);
    void selectionEdited();

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_clear = nullptr;
    QHash<Dimension, QTreeWidgetItem *> m_sections;
    QHash<Dimension, QHash<QString, QTreeWidgetItem *>> m_items;
    QHash<Dimension, QHash<QString, QTreeWidgetItem *>> m_groups;
    bool m_quiet = false;
};
