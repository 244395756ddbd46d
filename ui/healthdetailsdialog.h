// HealthDetailsDialog: every polled scope in a table — account, region, cloud, status, last
// complete listing, request id — and below it the selected scope's full explanation with the
// cloud's code and message, selectable and copyable. Everything in it is plain text.
#pragma once

#include "scopehealth.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QList>

class QPlainTextEdit;
class QTableWidget;

class HealthDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HealthDetailsDialog(QWidget *parent = nullptr);

    void setHealth(const QList<ScopeHealth> &health, const QHash<QString, QString> &accountNames,
                   const QDateTime &now);
    void select(const ScopeKey &scope);
    QTableWidget *table() const { return m_table; }
    QString detailsText() const;

signals:
    void accountsRequested();

private:
    void showSelected();

    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QList<ScopeHealth> m_health;
    QHash<QString, QString> m_accountNames;
    QDateTime m_now;
};
