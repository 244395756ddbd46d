// The form is a QFormLayout (platform label alignment, buddies, mnemonics; tab order is the
// visual order). Each field sits above its own error line, so a problem shows where the user
// is looking. All text set here is plain: names, ids and messages may come from files or
// servers.
#include "accounteditor.h"

#include "regionlist.h"
#include "statecolors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// "AccessKey Secret" -> "AccessKey &Secret": the first capital S (else the first letter).
QString withMnemonic(const QString &label, QChar preferred, QChar fallback)
{
    qsizetype at = label.indexOf(preferred);
    if (at < 0)
        at = label.indexOf(fallback);
    if (at < 0)
        at = 0;
    QString text = label;
    text.insert(at, u'&');
    return text + u':';
}

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u':'))
        text += u'.';
    return text;
}

} // namespace

AccountEditor::AccountEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_other = new QLabel(this);
    m_other->setTextFormat(Qt::PlainText);
    m_other->setWordWrap(true);
    m_other->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_other->setVisible(false);
    QPalette palette = m_other->palette();
    palette.setColor(QPalette::WindowText, StateColors::accent(StateColors::Tone::Bad, palette));
    m_other->setPalette(palette);
    m_errors.insert(Field::Other, m_other);
    outer->addWidget(m_other);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    outer->addLayout(m_form);
    outer->addStretch(1); // spare height goes below the form, not into its rows

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Production (Hangzhou)"));
    m_name->setMaxLength(200);
    m_form->addRow(tr("&Name:"), withErrorLine(m_name, Field::Name));

    m_cloud = new QComboBox(this);
    for (Cloud cloud : allClouds)
        m_cloud->addItem(cloudDisplayName(cloud), int(cloud));
    m_cloud->setCurrentIndex(m_cloud->findData(int(Cloud::Aliyun)));
    m_form->addRow(tr("Cl&oud:"), withErrorLine(m_cloud, Field::Cloud));

    m_keyId = new QLineEdit(this);
    m_keyIdLabel = new QLabel(this);
    m_keyIdLabel->setBuddy(m_keyId);
    m_form->addRow(m_keyIdLabel, withErrorLine(m_keyId, Field::AccessKeyId));

    auto *secretRow = new QWidget(this);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    m_secret = new QLineEdit(secretRow);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_showSecret = new QToolButton(secretRow);
    m_showSecret->setText(tr("Sho&w"));
    m_showSecret->setCheckable(true);
    m_showSecret->setToolTip(tr("Show the secret you typed (a stored secret is never shown)"));
    m_showSecret->setEnabled(false);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_showSecret);
    secretRow->setFocusProxy(m_secret);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secret);
    m_form->addRow(m_secretLabel, withErrorLine(secretRow, Field::Secret));

    m_regions = new RegionList(this);
    m_form->addRow(tr("Re&gions:"), withErrorLine(m_regions, Field::Regions));
    m_regions->setFocusProxy(m_regions->list());
    // Room for about ten regions; the rest scroll, so the fields below stay in view.
    m_regions->list()->setMaximumHeight(m_regions->list()->fontMetrics().height() * 12);

    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(tr("Empty: the cloud's public endpoint"));
    m_form->addRow(tr("&Endpoint:"), withErrorLine(m_endpoint, Field::Endpoint));

    m_apiStyle = new QComboBox(this);
    m_apiStyle->addItem(tr("API 3.0 (TC3-HMAC-SHA256 signature)"), int(Account::ApiStyle::V3));
    m_apiStyle->addItem(tr("Legacy API (HmacSHA256 signature)"), int(Account::ApiStyle::Legacy));
    m_form->addRow(tr("API st&yle:"), withErrorLine(m_apiStyle, Field::ApiStyle));

    m_secretEnv = new QLineEdit(this);
    m_secretEnv->setPlaceholderText(tr("Optional, e.g. PROD_SECRET (headless use)"));
    m_secretEnv->setToolTip(tr("When set, the secret is read from this environment variable "
                               "instead of the keychain (for --once and scripts)."));
    m_form->addRow(tr("Secret &from environment variable:"),
                   withErrorLine(m_secretEnv, Field::SecretEnv));

    m_poll = new QSpinBox(this);
    m_poll->setRange(0, 24 * 60 * 60);
    m_poll->setSpecialValueText(tr("Application default"));
    m_poll->setSuffix(tr(" s"));
    m_poll->setAccelerated(true);
    m_form->addRow(tr("&Poll every:"), withErrorLine(m_poll, Field::PollSeconds));

    const auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    for (QLineEdit *edit : { m_name, m_keyId, m_secret, m_endpoint, m_secretEnv })
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_secretEnv, &QLineEdit::textChanged, this, &AccountEditor::updateSecretField);
    connect(m_secret, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_showSecret->setEnabled(!text.isEmpty()); });
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &AccountEditor::onCloudChanged);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, changed);
    connect(m_apiStyle, &QComboBox::currentIndexChanged, this, changed);
    connect(m_poll, &QSpinBox::valueChanged, this, changed);
    connect(m_regions, &RegionList::regionsChanged, this, changed);

    // A label's mnemonic focuses its buddy only when the buddy itself takes focus: point the
    // labels at the fields, not at the rows that hold field and error line.
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(it.value())))
            label->setBuddy(it.key() == Field::Regions ? m_regions->list() : fieldWidget(it.key()));
    }
    onCloudChanged();
    editNew();
}

QWidget *AccountEditor::withErrorLine(QWidget *field, Field which)
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(row);
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setVisible(false);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText,
                     StateColors::accent(StateColors::Tone::Bad, error->palette()));
    error->setPalette(palette);
    layout->addWidget(error);
    row->setFocusProxy(field);
    m_errors.insert(which, error);
    m_rows.insert(which, row);
    return row;
}

void AccountEditor::edit(const Account &account, SecretHome home)
{
    m_home = home;
    load(account);
}

void AccountEditor::editNew()
{
    m_home = SecretHome::Unsaved;
    load(Account());
}

void AccountEditor::load(const Account &account)
{
    m_loading = true;
    m_account = account;
    m_name->setText(account.name);
    m_cloud->setCurrentIndex(m_cloud->findData(int(account.cloud)));
    onCloudChanged();
    m_keyId->setText(account.accessKeyId);
    m_secret->clear();
    m_showSecret->setChecked(false);
    m_regions->setRegions(account.regions);
    m_endpoint->setText(account.endpoint.toString());
    m_apiStyle->setCurrentIndex(m_apiStyle->findData(int(account.apiStyle)));
    m_secretEnv->setText(account.secretEnv);
    m_poll->setValue(account.pollSeconds);
    clearIssues();
    updateSecretField();
    m_loading = false;
    m_initial = this->account();
}

Account AccountEditor::account() const
{
    Account a = m_account;
    a.name = m_name->text().trimmed();
    a.cloud = Cloud(m_cloud->currentData().toInt());
    a.accessKeyId = m_keyId->text().trimmed();
    a.regions = a.cloud == Cloud::Zenlayer ? QStringList() : m_regions->regions();
    a.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    a.apiStyle = a.cloud == Cloud::Tencent ? Account::ApiStyle(m_apiStyle->currentData().toInt())
                                           : Account::ApiStyle::V3;
    a.secretEnv = m_secretEnv->text().trimmed();
    a.pollSeconds = m_poll->value();
    return a;
}

QByteArray AccountEditor::typedSecret() const
{
    return m_secretEnv->text().trimmed().isEmpty() ? m_secret->text().toUtf8() : QByteArray();
}

void AccountEditor::clearTypedSecret()
{
    m_secret->clear();
}

bool AccountEditor::isModified() const
{
    return account() != m_initial || !typedSecret().isEmpty();
}

void AccountEditor::onCloudChanged()
{
    const Cloud cloud = Cloud(m_cloud->currentData().toInt());
    m_keyIdLabel->setText(withMnemonic(cloudKeyIdName(cloud), u'K', u'I'));
    m_secretLabel->setText(withMnemonic(cloudSecretName(cloud), u'S', u's'));
    m_keyId->setPlaceholderText(cloud == Cloud::Aliyun        ? u"LTAI…"_s
                                    : cloud == Cloud::Tencent ? u"AKID…"_s
                                                              : QString());
    m_regions->setCloud(cloud);
    m_form->setRowVisible(m_rows.value(Field::ApiStyle), cloud == Cloud::Tencent);
    updateSecretField();
}

void AccountEditor::updateSecretField()
{
    const QString variable = m_secretEnv->text().trimmed();
    const Cloud cloud = Cloud(m_cloud->currentData().toInt());
    m_secret->setEnabled(variable.isEmpty() && !m_readOnly);
    if (!variable.isEmpty())
        m_secret->setPlaceholderText(tr("Read from the environment variable %1").arg(variable));
    else if (m_home == SecretHome::Keychain)
        m_secret->setPlaceholderText(tr("Stored in the keychain (type to replace it)"));
    else if (m_home == SecretHome::Session)
        m_secret->setPlaceholderText(tr("Kept in memory for this session (type to replace it)"));
    else
        m_secret->setPlaceholderText(tr("Paste the %1").arg(cloudSecretName(cloud)));
}

QList<AccountsFileIssue> AccountEditor::localIssues() const
{
    QList<AccountsFileIssue> issues;
    const auto add = [&issues](const QString &field, const QString &problem) {
        AccountsFileIssue issue;
        issue.field = field;
        issue.problem = problem;
        issues.append(issue);
    };
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty() && !QUrl(endpoint, QUrl::StrictMode).isValid())
        add(u"endpoint"_s, tr("must be a URL such as https://ecs.aliyuncs.com"));
    if (isNew() && m_secret->text().isEmpty() && m_secretEnv->text().trimmed().isEmpty())
        add(u"secret"_s,
            tr("enter the %1, or name an environment variable that holds it below")
                .arg(cloudSecretName(Cloud(m_cloud->currentData().toInt()))));
    return issues;
}

AccountEditor::Field AccountEditor::fieldFor(const QString &issueField)
{
    const QString head = issueField.section(u'/', 0, 0);
    static const QHash<QString, Field> fields {
        { u"id"_s, Field::Name },
        { u"name"_s, Field::Name },
        { u"cloud"_s, Field::Cloud },
        { u"accessKeyId"_s, Field::AccessKeyId },
        { u"secret"_s, Field::Secret },
        { u"regions"_s, Field::Regions },
        { u"endpoint"_s, Field::Endpoint },
        { u"apiStyle"_s, Field::ApiStyle },
        { u"secretEnv"_s, Field::SecretEnv },
        { u"pollSeconds"_s, Field::PollSeconds },
    };
    return fields.value(head, Field::Other);
}

QString AccountEditor::issueText(const AccountsFileIssue &issue) const
{
    const Field field = fieldFor(issue.field);
    if (field == Field::Regions && issue.field.contains(u'/')) {
        const int index = issue.field.section(u'/', 1).toInt();
        const QString region = account().regions.value(index);
        return sentence(tr("Region %1 %2").arg(region, issue.problem));
    }
    if (field == Field::Other && !issue.field.isEmpty())
        return sentence(issue.message());
    return sentence(issue.problem);
}

void AccountEditor::showIssues(const QList<AccountsFileIssue> &issues)
{
    clearIssues();
    for (const AccountsFileIssue &issue : issues) {
        const Field field = fieldFor(issue.field);
        const QString previous = errorText(field);
        const QString text = issueText(issue);
        if (!previous.contains(text))
            showError(field, previous.isEmpty() ? text : previous + u'\n' + text);
    }
}

void AccountEditor::showError(Field field, const QString &text)
{
    QLabel *label = m_errors.value(field);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void AccountEditor::clearIssues()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
}

QString AccountEditor::errorText(Field field) const
{
    return m_errors.value(field)->text();
}

void AccountEditor::focusFirstError()
{
    for (Field field :
         { Field::Name, Field::Cloud, Field::AccessKeyId, Field::Secret, Field::Regions,
           Field::Endpoint, Field::ApiStyle, Field::SecretEnv, Field::PollSeconds }) {
        if (!errorText(field).isEmpty()) {
            fieldWidget(field)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void AccountEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : { m_name, m_keyId, m_endpoint, m_secretEnv })
        edit->setReadOnly(readOnly);
    m_cloud->setEnabled(!readOnly);
    m_apiStyle->setEnabled(!readOnly);
    m_poll->setReadOnly(readOnly);
    m_regions->setReadOnly(readOnly);
    updateSecretField();
}

QWidget *AccountEditor::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_name;
    case Field::Cloud:
        return m_cloud;
    case Field::AccessKeyId:
        return m_keyId;
    case Field::Secret:
        return m_secret;
    case Field::Regions:
        return m_regions;
    case Field::Endpoint:
        return m_endpoint;
    case Field::ApiStyle:
        return m_apiStyle;
    case Field::SecretEnv:
        return m_secretEnv;
    case Field::PollSeconds:
        return m_poll;
    case Field::Other:
        return m_other;
    }
    return nullptr;
}
