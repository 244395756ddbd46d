// AccountEditor: the accounts dialog's form for one account: name, cloud, key id, secret,
// regions, endpoint, Tencent API style, secret environment variable and poll interval, each
// with a line under it for what is wrong with it, in plain words. A view: it neither saves nor
// reads secrets. The secret field is write-only: an existing account's secret is never shown or
// re-read; typing a new one replaces it when the dialog saves.
#pragma once

#include "account.h"
#include "accountsfileissue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class RegionList;

class AccountEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Field {
        Name,
        Cloud,
        AccessKeyId,
        Secret,
        Regions,
        Endpoint,
        ApiStyle,
        SecretEnv,
        PollSeconds,
        Other, // problems about no field of the form (shown at the top)
    };
    // Where an existing account's secret is (for the secret field's placeholder).
    enum class SecretHome { Unsaved, Keychain, Session, Environment };

    explicit AccountEditor(QWidget *parent = nullptr);

    // Shows an existing account; the secret field starts empty.
    void edit(const Account &account, SecretHome home);
    // An empty form for a new account (no id yet).
    void editNew();
    bool isNew() const { return m_account.id.isEmpty(); }

    // The form's content over the account being edited (its id and the fields the form does
    // not show are kept).
    Account account() const;
    // What the user typed into the secret field (empty: keep the stored secret).
    QByteArray typedSecret() const;
    void clearTypedSecret();
    bool isModified() const;

    // What the form itself can tell before the file's rules are asked: an endpoint that is not
    // a URL; a new account with neither a secret nor an environment variable.
    QList<AccountsFileIssue> localIssues() const;
    // Shows each issue under its field (and clears the others).
    void showIssues(const QList<AccountsFileIssue> &issues);
    void showError(Field field, const QString &text);
    void clearIssues();
    QString errorText(Field field) const;

    void setReadOnly(bool readOnly);
    void focusFirstError();

    static Field fieldFor(const QString &issueField);
    QWidget *fieldWidget(Field field) const;
    RegionList *regionList() const { return m_regions; }

signals:
    void edited();

private:
    QWidget *withErrorLine(QWidget *field, Field which);
    void load(const Account &account);
    void onCloudChanged();
    void updateSecretField();
    QString issueText(const AccountsFileIssue &issue) const;

    Account m_account; // what is being edited, as loaded
    Account m_initial; // account() right after loading, to tell whether anything changed
    SecretHome m_home = SecretHome::Unsaved;
    bool m_loading = false;
    bool m_readOnly = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_other = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_cloud = nullptr;
    QLabel *m_keyIdLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_keyId = nullptr;
    QLineEdit *m_secret = nullptr;
    QToolButton *m_showSecret = nullptr;
    RegionList *m_regions = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QComboBox *m_apiStyle = nullptr;
    QLineEdit *m_secretEnv = nullptr;
    QSpinBox *m_poll = nullptr;
    QHash<Field, QLabel *> m_errors;
    QHash<Field, QWidget *> m_rows; // the row's widget (field + error line), for hiding rows
};
