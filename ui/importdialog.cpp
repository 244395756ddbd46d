// Candidates are imported one after the other (each is a keychain write, then a file save), so
// a keychain that fails stops the run at one place, and the user's session-only choice applies
// to the rest of the run. Every text cell is plain: profile names and paths come from files.
#include "importdialog.h"

#include "credentialimport.h"
#include "keychainnotice.h"
#include "plaintext.h"
#include "regioncatalog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportDialog::ImportDialog(AccountRegistry *registry, ImportResult found, const QString &homeDir,
                           QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_found(std::move(found))
{
    setWindowTitle(tr("Import accounts"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(
        m_found.candidates.isEmpty()
            ? tr("No keys were found in the Alibaba Cloud CLI (~/.aliyun/config.json), the "
                 "Tencent Cloud CLI (~/.tccli) or the clouds' environment variables.")
            : tr("Choose the keys to add as accounts. Their secrets are stored in the system "
                 "keychain; keys found in environment variables are read from the variable "
                 "instead, as scripts do. Secrets are never shown here."));
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keys found"));
    m_list->setHeaderLabels({ tr("Found"), tr("Key ID"), tr("Region"), tr("Secret goes to"),
                              tr("Read from"), tr("Result") });
    const auto shortPath = [&homeDir](const QString &path) -> QString {
        if (!homeDir.isEmpty() && path.startsWith(homeDir + u'/'))
            return u"~"_s + path.mid(homeDir.size());
        return path;
    };
    bool anyKnown = false;
    QStringList existingKeys;
    for (const Account &a : m_registry->accounts())
        existingKeys.append(cloudId(a.cloud) + u'/' + a.accessKeyId);
    for (const ImportCandidate &candidate : std::as_const(m_found.candidates)) {
        const Account account = accountFor(candidate);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(LabelColumn, candidate.label);
        item->setText(KeyIdColumn, account.accessKeyId);
        if (account.cloud == Cloud::Zenlayer) {
            item->setText(RegionColumn, tr("all zones"));
        } else if (candidate.account.regions.isEmpty()) {
            item->setText(RegionColumn, tr("%1 (default)").arg(account.regions.value(0)));
            item->setToolTip(RegionColumn,
                             tr("No region was configured there; change it in "
                                "Accounts after importing."));
        } else {
            item->setText(RegionColumn, account.regions.join(u", "_s));
        }
        item->setText(SecretColumn,
                      account.secretEnv.isEmpty() ? tr("Keychain") : u'$' + account.secretEnv);
        if (!account.secretEnv.isEmpty())
            item->setToolTip(SecretColumn,
                             tr("The account reads its secret from the environment "
                                "variable %1 (nothing goes into the keychain).")
                                 .arg(account.secretEnv));
        item->setText(SourceColumn,
                      candidate.origin == ImportCandidate::Origin::Environment
                          ? tr("environment")
                          : shortPath(candidate.source));
        item->setToolTip(LabelColumn, PlainText::toolTip(candidate.label));
        item->setToolTip(SourceColumn, PlainText::toolTip(candidate.source));
        const bool known =
            existingKeys.contains(cloudId(account.cloud) + u'/' + account.accessKeyId);
        item->setCheckState(LabelColumn, known ? Qt::Unchecked : Qt::Checked);
        if (known)
            item->setText(ResultColumn, tr("Already an account"));
        anyKnown = anyKnown || known;
    }
    m_list->header()->setStretchLastSection(true);
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    // Long labels are elided (the tooltip has them whole), so the key ids stay in view.
    m_list->setColumnWidth(
        LabelColumn,
        std::min(m_list->columnWidth(LabelColumn), m_list->fontMetrics().averageCharWidth() * 42));
    m_list->setColumnHidden(ResultColumn, !anyKnown);
    m_list->setVisible(!m_found.candidates.isEmpty());
    layout->addWidget(m_list, 1);

    m_showProblems = new QToolButton(this);
    m_showProblems->setCheckable(true);
    m_showProblems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showProblems->setArrowType(Qt::RightArrow);
    m_showProblems->setAutoRaise(true);
    m_showProblems->setText(
        tr("%n problem(s) met while reading", "", int(m_found.problems.size())));
    m_showProblems->setVisible(!m_found.problems.isEmpty());
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Problems met while reading"));
    QStringList lines;
    for (const ImportProblem &problem : std::as_const(m_found.problems))
        lines.append(tr("%1: %2").arg(shortPath(problem.source), problem.message));
    m_problems->setPlainText(lines.join(u'\n'));
    m_problems->setVisible(false);
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 8);
    auto *problemsRow = new QHBoxLayout;
    problemsRow->addWidget(m_showProblems);
    problemsRow->addStretch(1);
    layout->addLayout(problemsRow);
    layout->addWidget(m_problems);
    connect(m_showProblems, &QToolButton::toggled, this, [this](bool shown) {
        m_problems->setVisible(shown);
        m_showProblems->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    m_notice = new KeychainNotice(this);
    layout->addWidget(m_notice);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    m_import->setVisible(!m_found.candidates.isEmpty());
    layout->addWidget(m_buttons);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, &ImportDialog::updateImportButton);
    connect(m_notice, &KeychainNotice::keepForSession, this, [this] {
        m_placement = AccountRegistry::SecretPlacement::SessionOnly;
        importNext();
    });
    connect(m_notice, &KeychainNotice::cancelled, this, [this] {
        m_queue.clear();
        finishImport();
    });
    if (m_registry->isReadOnly()) {
        m_status->setText(m_registry->readOnlyReason());
        m_list->setEnabled(false);
    }
    updateImportButton();
    resize(1100, 480);
}

ImportDialog::~ImportDialog()
{
    for (ImportCandidate &candidate : m_found.candidates)
        Credentials::wipe(candidate.credentials.secret);
}

Account ImportDialog::accountFor(const ImportCandidate &candidate)
{
    Account account = candidate.account;
    if (account.name.isEmpty())
        account.name = candidate.label.left(200);
    if (account.regions.isEmpty() && account.cloud != Cloud::Zenlayer)
        account.regions = RegionCatalog::regionIds(account.cloud).mid(0, 1);
    if (candidate.origin == ImportCandidate::Origin::Environment)
        account.secretEnv = candidate.secretVariable;
    return account;
}

void ImportDialog::updateImportButton()
{
    int checked = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        checked += m_list->topLevelItem(i)->checkState(LabelColumn) == Qt::Checked ? 1 : 0;
    m_import->setEnabled(checked > 0 && !m_running && !m_registry->isReadOnly());
}

void ImportDialog::startImport()
{
    m_queue.clear();
    m_added.clear();
    m_failed.clear();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(LabelColumn) == Qt::Checked)
            m_queue.append(i);
    }
    m_running = true;
    m_list->setEnabled(false);
    updateImportButton();
    m_status->setText(tr("Importing…"));
    importNext();
}

void ImportDialog::importNext()
{
    if (m_queue.isEmpty())
        return finishImport();
    const int index = m_queue.constFirst();
    const ImportCandidate &candidate = m_found.candidates.at(index);
    Account account = accountFor(candidate);
    account.id =
        CredentialImport::uniqueId(CredentialImport::suggestedId(account.id), m_registry->ids());
    const QByteArray secret =
        account.secretEnv.isEmpty() ? candidate.credentials.secret : QByteArray();
    m_registry->save(account, secret, m_placement, this,
                     [this, index](const AccountRegistry::SaveOutcome &outcome) {
                         QTreeWidgetItem *item = m_list->topLevelItem(index);
                         m_list->setColumnHidden(ResultColumn, false);
                         if (outcome.keychainError.offersSessionOnly()
                             && m_placement == AccountRegistry::SecretPlacement::Keychain) {
                             // Ask once; the answer applies to the rest of this run.
                             m_notice->offer(outcome.keychainError);
                             return;
                         }
                         m_queue.removeFirst();
                         if (outcome.ok()) {
                             m_added.append(outcome.accountId);
                             item->setText(ResultColumn, tr("Added as %1").arg(outcome.accountId));
                             item->setCheckState(LabelColumn, Qt::Unchecked);
                         } else {
                             const QString why = outcome.keychainError.ok()
                                 ? outcome.file.errorString()
                                 : outcome.keychainError.message();
                             m_failed.append(why);
                             item->setText(ResultColumn, tr("Not added"));
                             item->setToolTip(ResultColumn, PlainText::toolTip(why));
                         }
                         importNext();
                     });
}

void ImportDialog::finishImport()
{
    m_running = false;
    m_list->setEnabled(true);
    updateImportButton();
    emit imported(m_added);
    if (m_failed.isEmpty() && !m_added.isEmpty()) {
        accept();
        return;
    }
    QString text = tr("%n account(s) added.", "", int(m_added.size()));
    if (!m_failed.isEmpty())
        text += u'\n' + tr("Not added:") + u'\n' + m_failed.join(u'\n');
    m_status->setText(text);
}
