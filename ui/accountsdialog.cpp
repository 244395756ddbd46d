// Layout: the account list with its buttons on the left; on the right the heading, the form,
// the keychain band, the connection test and a status line; Save / Revert / Close below.
// Questions (unsaved changes, removal) are window-modal message boxes opened with open(), so
// no nested event loop runs while the keychain or the network answer.
#include "accountsdialog.h"

#include "accounteditor.h"
#include "accountlist.h"
#include "connectiontestpanel.h"
#include "credentialimport.h"
#include "credentialresolver.h"
#include "credentials.h"
#include "importdialog.h"
#include "keychainnotice.h"
#include "sessionsecretstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

AccountsDialog::AccountsDialog(AccountRegistry *registry, QNetworkAccessManager *network,
                               QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_resolver(new CredentialResolver(registry->keychain(), registry->session(), this))
    , m_importHome(QDir::homePath())
    , m_importEnvironment(QProcessEnvironment::systemEnvironment())
{
    setWindowTitle(tr("Accounts"));
    auto *layout = new QVBoxLayout(this);
    m_readOnly = plainLabel(this);
    m_readOnly->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnly->setFrameShape(QFrame::StyledPanel);
    m_readOnly->setMargin(8);
    layout->addWidget(m_readOnly);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    m_accounts = new AccountList(this);
    columns->addWidget(m_accounts);

    auto *right = new QVBoxLayout;
    m_heading = plainLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subheading = plainLabel(this);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_heading);
    right->addWidget(m_subheading);
    m_editor = new AccountEditor(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    right->addWidget(scroll, 1);
    m_notice = new KeychainNotice(this);
    right->addWidget(m_notice);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    right->addWidget(rule);
    m_test = new ConnectionTestPanel(network, m_resolver, this);
    right->addWidget(m_test);
    m_status = plainLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Reset | QDialogButtonBox::Close, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Save")); // Ctrl+S; Alt+S belongs to the secret field
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save this account (Ctrl+S)"));
    m_revert = m_buttons->button(QDialogButtonBox::Reset);
    m_revert->setText(tr("Re&vert"));
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(m_buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { showAccount(m_currentId); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, m_accounts->addButton(),
            &QPushButton::click);
    connect(m_accounts->addButton(), &QPushButton::clicked, this,
            [this] { whenSettled([this] { startNewAccount(); }); });
    connect(m_accounts->duplicateButton(), &QPushButton::clicked, this,
            &AccountsDialog::duplicateCurrent);
    connect(m_accounts->removeButton(), &QPushButton::clicked, this,
            &AccountsDialog::removeCurrent);
    connect(m_accounts->importButton(), &QPushButton::clicked, this,
            [this] { whenSettled([this] { openImport(); }); });
    connect(m_accounts, &AccountList::currentIdRequested, this, [this](const QString &id) {
        // Stay on the shown account until the user has answered about unsaved changes.
        whenSettled([this, id] { showAccount(id); });
    });
    connect(m_editor, &AccountEditor::edited, this, [this] {
        updateButtons();
        updateHeading();
    });
    connect(m_test, &ConnectionTestPanel::testRequested, this, &AccountsDialog::testConnection);
    connect(m_notice, &KeychainNotice::keepForSession, this, [this] {
        commit(m_pendingDraft, m_pendingSecret, AccountRegistry::SecretPlacement::SessionOnly,
               m_pendingThen);
        Credentials::wipe(m_pendingSecret);
        m_pendingSecret.clear();
    });
    connect(m_notice, &KeychainNotice::cancelled, this, [this] {
        Credentials::wipe(m_pendingSecret);
        m_pendingSecret.clear();
        setStatus(tr("Not saved: the secret is still in the form. Save again once the keychain "
                     "is available."));
    });
    for (auto signal : { &AccountRegistry::accountAdded, &AccountRegistry::accountChanged,
                         &AccountRegistry::accountRemoved })
        connect(registry, signal, this, &AccountsDialog::rebuildList);
    connect(registry, &AccountRegistry::accountsReset, this, [this] {
        rebuildList();
        showAccount(m_registry->contains(m_currentId) ? m_currentId : QString());
    });

    rebuildList();
    if (m_registry->accounts().isEmpty())
        startNewAccount();
    else
        selectAccount(m_registry->accounts().constFirst().id);
    resize(980, 700);
}

AccountsDialog::~AccountsDialog()
{
    Credentials::wipe(m_pendingSecret);
}

void AccountsDialog::setImportSource(const QString &homeDir, const QProcessEnvironment &environment)
{
    m_importHome = homeDir;
    m_importEnvironment = environment;
}

void AccountsDialog::rebuildList()
{
    m_accounts->setAccounts(m_registry->accounts());
    m_readOnly->setText(m_registry->readOnlyReason());
    m_readOnly->setVisible(m_registry->isReadOnly());
    m_editor->setReadOnly(m_registry->isReadOnly());
    updateButtons();
}

void AccountsDialog::selectAccount(const QString &id)
{
    showAccount(id);
}

void AccountsDialog::startNewAccount()
{
    showAccount(QString());
    m_editor->fieldWidget(AccountEditor::Field::Name)->setFocus(Qt::OtherFocusReason);
}

void AccountsDialog::showAccount(const QString &id)
{
    const std::optional<Account> account = m_registry->account(id);
    m_currentId = account ? id : QString();
    m_notice->hide();
    m_test->reset();
    if (account) {
        const SessionSecretStore *session = m_registry->session();
        m_editor->edit(*account,
                       !account->secretEnv.isEmpty() ? AccountEditor::SecretHome::Environment
                           : session && session->contains(id)
                           ? AccountEditor::SecretHome::Session
                           : AccountEditor::SecretHome::Keychain);
    } else {
        m_editor->editNew();
    }
    m_accounts->setCurrentId(m_currentId);
    updateHeading();
    updateButtons();
}

void AccountsDialog::whenSettled(const std::function<void()> &next)
{
    if (m_busy)
        return;
    if (!m_editor->isModified() || m_registry->isReadOnly()) {
        next();
        return;
    }
    const QString name = m_editor->account().name;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        name.isEmpty() ? tr("Save the new account?") : tr("Save the changes to “%1”?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, next] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            save(next);
            break;
        case QMessageBox::Discard:
            m_editor->clearTypedSecret();
            next();
            break;
        default:
            break;
        }
    });
    box->open();
}

void AccountsDialog::save(const std::function<void()> &then)
{
    if (m_busy || m_registry->isReadOnly())
        return;
    Account draft = m_editor->account();
    if (m_editor->isNew())
        draft.id = m_registry->newId(draft.name, draft.cloud);
    QList<AccountsFileIssue> issues = m_editor->localIssues();
    issues.append(m_registry->validate(draft));
    if (!issues.isEmpty()) {
        m_editor->showIssues(issues);
        m_editor->focusFirstError();
        setStatus(tr("Not saved: fix what is marked in red, then save again."));
        return;
    }
    m_editor->clearIssues();
    commit(draft, m_editor->typedSecret(), AccountRegistry::SecretPlacement::Keychain, then);
}

void AccountsDialog::commit(const Account &draft, const QByteArray &secret,
                            AccountRegistry::SecretPlacement placement,
                            const std::function<void()> &then)
{
    setBusy(true);
    setStatus(secret.isEmpty() ? tr("Saving…") : tr("Storing the secret in the keychain…"));
    m_registry->save(draft, secret, placement, this,
                     [this, draft, secret, then](const AccountRegistry::SaveOutcome &outcome) {
                         setBusy(false);
                         if (outcome.keychainError.offersSessionOnly()) {
                             m_pendingDraft = draft;
                             m_pendingSecret = secret;
                             m_pendingThen = then;
                             setStatus(tr("Not saved yet: the keychain cannot be used."));
                             m_notice->offer(outcome.keychainError);
                         } else if (!outcome.keychainError.ok()) {
                             setStatus(tr("Not saved: %1").arg(outcome.keychainError.message()));
                         } else if (!outcome.file.ok()) {
                             m_editor->showIssues(outcome.file.errors);
                             setStatus(tr("Not saved: %1").arg(outcome.file.errorString()));
                         } else {
                             showAccount(outcome.accountId);
                             setStatus(tr("Saved “%1”.").arg(draft.name));
                             emit settled();
                             if (then)
                                 then();
                         }
                     });
}

void AccountsDialog::removeCurrent()
{
    const std::optional<Account> account = m_registry->account(m_currentId);
    if (!account || m_busy)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove account"),
                                tr("Remove the account “%1”?").arg(account->name),
                                QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        account->secretEnv.isEmpty()
            ? tr("Its secret is deleted from the keychain as well.")
            : tr("Its secret stays in the environment variable %1.").arg(account->secretEnv));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = account->id;
    const QString name = account->name;
    connect(box, &QMessageBox::finished, this, [this, box, remove, id, name] {
        if (box->clickedButton() != remove)
            return;
        const QString next = m_accounts->neighbourOf(id);
        setBusy(true);
        m_registry->remove(id, this, [this, next, name](const AccountRegistry::RemoveOutcome &o) {
            setBusy(false);
            if (!o.file.ok()) {
                setStatus(tr("Not removed: %1").arg(o.file.errorString()));
                return;
            }
            showAccount(next);
            setStatus(o.keychainError.ok()
                          ? tr("Removed “%1” and its secret.").arg(name)
                          : tr("Removed “%1”, but its secret could not be deleted from the "
                               "keychain: %2")
                                .arg(name, o.keychainError.message()));
            emit settled();
        });
    });
    box->open();
}

void AccountsDialog::duplicateCurrent()
{
    const std::optional<Account> account = m_registry->account(m_currentId);
    if (!account || m_busy)
        return;
    whenSettled([this, account] {
        setBusy(true);
        setStatus(tr("Copying “%1”…").arg(account->name));
        m_registry->duplicate(
            account->id, tr("%1 (copy)").arg(account->name).left(200), this,
            [this](const AccountRegistry::DuplicateOutcome &o) {
                setBusy(false);
                if (!o.ok()) {
                    setStatus(tr("Not copied: %1").arg(o.file.errorString()));
                    return;
                }
                showAccount(o.accountId);
                if (o.secretCopied || o.secretError.ok())
                    setStatus(tr("Copied. Rename the copy and change what differs."));
                else if (o.secretError.kind == KeychainError::Kind::NotFound)
                    setStatus(tr("Copied. The original has no secret stored, so neither has "
                                 "the copy: type it into the secret field."));
                else
                    setStatus(tr("Copied, but not its secret: %1 Type the secret into the "
                                 "secret field.")
                                  .arg(o.secretError.message()));
                emit settled();
            });
    });
}

void AccountsDialog::testConnection()
{
    Account draft = m_editor->account();
    if (m_editor->isNew())
        draft.id = m_registry->newId(draft.name, draft.cloud);
    const QByteArray typed = m_editor->typedSecret();
    m_test->run(draft, typed.isEmpty() ? Credentials() : Credentials(draft.accessKeyId, typed));
}

void AccountsDialog::openImport()
{
    auto *dialog =
        new ImportDialog(m_registry, CredentialImport::readAll(m_importHome, m_importEnvironment),
                         m_importHome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QStringList &ids) {
        if (!ids.isEmpty())
            showAccount(ids.constFirst());
        emit settled();
    });
    dialog->open();
}

void AccountsDialog::reject()
{
    if (m_notice->isVisible())
        m_notice->cancelButton()->click();
    whenSettled([this] {
        m_test->reset();
        QDialog::reject();
    });
}

void AccountsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void AccountsDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void AccountsDialog::updateButtons()
{
    const bool writable = !m_registry->isReadOnly() && !m_busy;
    const bool existing = !m_currentId.isEmpty();
    m_accounts->setActionsEnabled(writable, existing);
    m_save->setEnabled(writable && (m_editor->isNew() || m_editor->isModified()));
    m_revert->setEnabled(!m_busy && m_editor->isModified());
}

void AccountsDialog::updateHeading()
{
    const Account draft = m_editor->account();
    if (m_currentId.isEmpty()) {
        m_heading->setText(draft.name.isEmpty() ? tr("New account") : draft.name);
        m_subheading->setText(tr("Not saved yet. Its id is made from the name when it is saved "
                                 "and never changes afterwards."));
    } else {
        m_heading->setText(draft.name.isEmpty() ? m_currentId : draft.name);
        m_subheading->setText(tr("Id: %1 · %2").arg(m_currentId, cloudDisplayName(draft.cloud)));
    }
}
