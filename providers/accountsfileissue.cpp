// Composition of AccountsFileIssue messages: location prefix, then subject, then problem.
#include "accountsfileissue.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

QString AccountsFileIssue::message() const
{
    QString location;
    if (!file.isEmpty()) {
        location = file;
        if (line > 0)
            location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
        location += u": "_s;
    }

    QString subject;
    if (!account.isEmpty()) {
        subject = account.startsWith(u'#')
            ? QCoreApplication::translate("AccountsFileIssue", "account %1").arg(account)
            : QCoreApplication::translate("AccountsFileIssue", "account \"%1\"").arg(account);
    }
    if (!field.isEmpty()) {
        const QString fieldText =
            QCoreApplication::translate("AccountsFileIssue", "field \"%1\"").arg(field);
        subject = subject.isEmpty() ? fieldText : subject + u": "_s + fieldText;
    }
    if (subject.isEmpty())
        return location + problem;
    return location + subject + u' ' + problem;
}

QString AccountsFileIssue::join(const QList<AccountsFileIssue> &issues)
{
    QStringList lines;
    lines.reserve(issues.size());
    for (const AccountsFileIssue &issue : issues)
        lines.append(issue.message());
    return lines.join(u'\n');
}
