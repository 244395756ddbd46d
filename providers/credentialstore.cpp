// CredentialStore's requests: one QtKeychain job each, answered exactly once (by the job or by
// the timeout), to a caller that may have gone away in the meantime.
#include "credentialstore.h"

#include "credentials.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Overwrites a string's characters when this is the only copy (see Credentials::wipe).
void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached()) {
        volatile char16_t *p = reinterpret_cast<char16_t *>(text.data());
        for (qsizetype i = 0; i < text.size(); ++i)
            p[i] = u'\0';
    }
}

} // namespace

struct CredentialStore::Request
{
    QString accountId;
    QPointer<QObject> context;
    Answer answer;
    QTimer *timer = nullptr;
    bool answered = false;
};

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QString(defaultService), parent)
{ }

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

// Jobs still running keep going and delete themselves; their answers are dropped, since the
// connections to this object go with it.
CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(const QString &accountId)
{
    return u"account:"_s + accountId;
}

void CredentialStore::start(QKeychain::Job *job, const QString &accountId, QObject *context,
                            Answer answer)
{
    auto request = std::make_shared<Request>();
    request->accountId = accountId;
    request->context = context ? context : this;
    request->answer = std::move(answer);
    request->timer = new QTimer(this);
    request->timer->setSingleShot(true);
    ++m_pending;

    job->setKey(keyFor(accountId));
    job->setAutoDelete(true);
    // Deliberately unparented: a keychain backend may still call back into a running job, so
    // it must outlive its requester and delete itself when done.
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        settle(
            request, finished,
            KeychainError::fromJob(finished->error(), finished->errorString(), request->accountId));
    });
    connect(request->timer, &QTimer::timeout, this, [this, request] {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout);
        settle(request, nullptr, KeychainError::timedOut(request->accountId, int(seconds.count())));
    });
    request->timer->start(m_timeout);
    job->start();
}

void CredentialStore::settle(const std::shared_ptr<Request> &request, QKeychain::Job *job,
                             const KeychainError &error)
{
    if (request->answered)
        return;
    request->answered = true;
    --m_pending;
    request->timer->deleteLater();
    if (request->context)
        request->answer(job, error);
}

void CredentialStore::read(const QString &accountId, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    start(job, accountId, context,
          [done = std::move(done)](QKeychain::Job *finished, const KeychainError &error) {
              if (!finished || !error.ok()) {
                  done(QByteArray(), error);
                  return;
              }
              QString text = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
              QByteArray secret = text.toUtf8();
              wipe(text);
              if (secret.isEmpty()) {
                  KeychainError notFound = error;
                  notFound.kind = KeychainError::Kind::NotFound;
                  done(QByteArray(), notFound);
                  return;
              }
              done(secret, error);
              Credentials::wipe(secret);
          });
}

void CredentialStore::write(const QString &accountId, const QByteArray &secret, QObject *context,
                            DoneCallback done)
{
    if (secret.isEmpty()) {
        KeychainError error;
        error.kind = KeychainError::Kind::Failed;
        error.accountId = accountId;
        error.detail = u"an empty secret is not stored"_s;
        // Still asynchronous, as promised.
        QTimer::singleShot(0, context ? context : this,
                           [done = std::move(done), error] { done(error); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    // Stored as text so other tools (secret-tool, Keychain Access) show it as typed.
    job->setTextData(QString::fromUtf8(secret));
    QPointer<CredentialStore> self(this);
    start(job, accountId, context,
          [self, accountId, done = std::move(done)](QKeychain::Job *, const KeychainError &error) {
              if (error.ok() && self)
                  emit self->secretChanged(accountId);
              done(error);
          });
}

void CredentialStore::remove(const QString &accountId, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    QPointer<CredentialStore> self(this);
    start(job, accountId, context,
          [self, accountId, done = std::move(done)](QKeychain::Job *, KeychainError error) {
              if (error.kind == KeychainError::Kind::NotFound) { // nothing to delete: done
                  error.kind = KeychainError::Kind::None;
                  error.detail.clear();
              }
              if (error.ok() && self)
                  emit self->secretChanged(accountId);
              done(error);
          });
}
