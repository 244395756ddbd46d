// AccountListDelegate: the accounts dialog's list rows: the account's name, and under it in a
// quieter colour its cloud and regions ("Alibaba Cloud · cn-hangzhou +1"), from the item's
// subtitleRole. Text is drawn as plain text, elided to the row's width.
#pragma once

#include <QStyledItemDelegate>

class AccountListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int subtitleRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
