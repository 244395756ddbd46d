// RegionList: the accounts dialog's region picker. A checkable list of the cloud's known regions
// with their human names (RegionCatalog), plus free entry for a region the catalog does not
// know yet. Zenlayer has no regions (its status API lists the whole account): the list gives
// way to a sentence saying so. The order of regions() is the order they were chosen in (a
// loaded account keeps its own), since the first one is what "Test connection" lists.
#pragma once

#include "cloud.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

class RegionList : public QWidget
{
    Q_OBJECT

public:
    explicit RegionList(QWidget *parent = nullptr);

    // Lists `cloud`'s regions; checked ones that the new cloud does not know are dropped.
    void setCloud(Cloud cloud);
    Cloud cloud() const { return m_cloud; }
    // Checks these (adding unknown ids as free entries), unchecks the rest.
    void setRegions(const QStringList &regions);
    QStringList regions() const { return m_order; }
    void setReadOnly(bool readOnly);

    QListWidget *list() const { return m_list; }
    QLineEdit *entry() const { return m_entry; }
    QPushButton *addButton() const { return m_add; }

signals:
    void regionsChanged();

private:
    void rebuild();
    QListWidgetItem *addItem(const QString &id, const QString &name);
    void addTypedRegion();
    void onItemChanged(QListWidgetItem *item);

    Cloud m_cloud = Cloud::Aliyun;
    QStringList m_order; // checked region ids, in the order chosen
    QListWidget *m_list = nullptr;
    QLineEdit *m_entry = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_none = nullptr;
    bool m_rebuilding = false;
};
