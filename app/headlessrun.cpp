#include "headlessrun.h"

#include "accountsfile.h"
#include "credentialresolver.h"
#include "credentialstore.h"
#include "emulator.h"
#include "instanceexport.h"
#include "instancetablemodel.h"
#include "poller.h"
#include "scopehealthtext.h"
#include "sessionsecretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <chrono>

using namespace std::chrono_literals;

namespace {

// Rows by cloud, account, region and instance id, so that two runs over an unchanged fleet
// print the same bytes (the model keeps rows in the order scopes were first listed).
class StableOrder : public QSortFilterProxyModel
{
public:
    explicit StableOrder(QAbstractItemModel *source)
    {
        setSourceModel(source);
        sort(0);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto key = [](const QModelIndex &i) {
            using M = InstanceTableModel;
            return std::make_tuple(
                i.data(M::CloudIdRole).toString(), i.data(M::AccountIdRole).toString(),
                i.data(M::RegionRole).toString(), i.data(M::InstanceIdRole).toString());
        };
        return key(left) < key(right);
    }
};

} // namespace

HeadlessRun::HeadlessRun(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_keychain(new CredentialStore(this))
    , m_session(new SessionSecretStore(this))
    , m_resolver(new CredentialResolver(m_keychain, m_session, this))
    , m_poller(new Poller(m_resolver, nullptr, nullptr, this))
    , m_model(new InstanceTableModel(this))
{
    // A keychain that never answers (a prompt on an invisible screen) must not hang a
    // monitoring check forever.
    m_keychain->setTimeout(30s);
    connect(m_poller, &Poller::snapshotReady, this, [this](const Snapshot &snapshot) {
        m_model->applySnapshot(snapshot);
        if (!snapshot.isComplete())
            m_failures.append(snapshot);
    });
    connect(m_poller, &Poller::detailsReady, m_model, &InstanceTableModel::applyDetails);
    connect(m_poller, &Poller::roundFinished, this, &HeadlessRun::onRoundFinished);
}

HeadlessRun::~HeadlessRun() = default;

void HeadlessRun::start()
{
    QList<Account> accounts;
    if (!loadAccounts(accounts))
        return;
    for (const Account &account : std::as_const(accounts))
        m_accountNames.insert(account.id, account.name.isEmpty() ? account.id : account.name);
    m_model->setAccountNames(m_accountNames);
    m_poller->setAccounts(accounts);
    m_poller->runOnce();
}

bool HeadlessRun::loadAccounts(QList<Account> &accounts)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("HeadlessRun", text);
    };
    if (m_options.demo) {
        EmulatorConfig demo = EmulatorConfig::demo();
        demo.logRequests = m_options.verbose;
        m_demo = std::make_unique<Emulator>(demo);
        if (!m_demo->start()) {
            fail(1, tr("The demo emulator could not start: %1").arg(m_demo->errorString()));
            return false;
        }
        accounts = m_demo->accounts();
        // The demo's secrets exist only in this process: the session store, never the
        // environment or the keychain.
        for (Account &account : accounts) {
            account.secretEnv.clear();
            m_session->set(account.id, m_demo->credentials(account.id).secret);
        }
        return true;
    }
    const AccountsFile file(m_options.accountsFile.isEmpty() ? AccountsFile::defaultPath()
                                                             : m_options.accountsFile);
    const AccountsLoadResult loaded = file.load();
    if (loaded.status == AccountsLoadResult::Status::Missing) {
        fail(1,
             tr("No accounts file at %1. Add accounts in Fleetwatch's window, or pass "
                "--accounts FILE.")
                 .arg(file.path()));
        return false;
    }
    if (!loaded.ok()) {
        fail(1, loaded.errorString());
        return false;
    }
    for (const AccountsFileIssue &warning : loaded.warnings)
        m_diagnostics.append(warning.message().toUtf8() + '\n');
    if (loaded.accounts.isEmpty()) {
        fail(1, tr("%1 lists no accounts.").arg(file.path()));
        return false;
    }
    accounts = loaded.accounts;
    return true;
}

void HeadlessRun::fail(int exitCode, const QString &message)
{
    m_diagnostics.append(message.toUtf8() + '\n');
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

void HeadlessRun::onRoundFinished()
{
    // A details call that failed leaves the instances without names and addresses; the
    // status listing is what the exit code speaks for, so this is a note on stderr.
    for (const ScopeHealth &health : m_poller->allHealth()) {
        if (!health.detailsError)
            continue;
        m_diagnostics.append(
            QCoreApplication::translate("HeadlessRun",
                                        "Names and addresses unavailable for %1, %2: %3 (%4)\n")
                .arg(m_accountNames.value(health.scope.accountId), ScopeHealthText::where(health),
                     health.detailsError->message, health.detailsError->code)
                .toUtf8());
    }
    m_output = m_options.format == CommandLine::Format::Csv ? csvOutput() : jsonOutput();
    if (m_options.format == CommandLine::Format::Csv) {
        for (const Snapshot &failure : std::as_const(m_failures)) {
            const ScopeHealth health = m_poller->health(failure.scope);
            m_diagnostics.append(
                ScopeHealthText::details(health, m_accountNames.value(failure.scope.accountId),
                                         QDateTime::currentDateTimeUtc())
                    .toUtf8()
                + "\n\n");
        }
    }
    emit finished(m_failures.isEmpty() ? 0 : 2);
}

QByteArray HeadlessRun::jsonOutput() const
{
    StableOrder ordered(m_model);
    QJsonObject document = QJsonDocument::fromJson(InstanceExport::toJson(&ordered)).object();

    QJsonArray errors;
    QList<Snapshot> failures = m_failures;
    std::sort(failures.begin(), failures.end(),
              [](const Snapshot &a, const Snapshot &b) { return a.scope < b.scope; });
    for (const Snapshot &failure : std::as_const(failures)) {
        const FetchError &e = *failure.error;
        const QString accountName = m_accountNames.value(failure.scope.accountId);
        QJsonObject o;
        o.insert(QStringLiteral("account"), failure.scope.accountId);
        o.insert(QStringLiteral("cloud"), cloudId(failure.cloud));
        o.insert(QStringLiteral("region"), failure.scope.region);
        o.insert(QStringLiteral("kind"), e.kindName());
        o.insert(QStringLiteral("code"), e.code);
        o.insert(QStringLiteral("message"), e.message);
        o.insert(QStringLiteral("requestId"), e.requestId);
        if (e.httpStatus)
            o.insert(QStringLiteral("httpStatus"), e.httpStatus);
        o.insert(QStringLiteral("explanation"),
                 ScopeHealthText::explanation(m_poller->health(failure.scope), accountName,
                                              QDateTime::currentDateTimeUtc()));
        errors.append(o);
    }
    document.insert(QStringLiteral("errors"), errors);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray HeadlessRun::csvOutput() const
{
    StableOrder ordered(m_model);
    return InstanceExport::toCsv(&ordered);
}
