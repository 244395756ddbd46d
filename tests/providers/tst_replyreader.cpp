// ReplyReader against a scripted QNetworkReply: the body is read as it arrives, never by asking
// the reply for a buffer the size of the cap (QIODevice::read(n) allocates n bytes first: with
// the 16 MB cap that was 16 MB per network chunk, hundreds of MB at once during polling), and
// the cap still cuts an answer that grows past it.
#include "replyreader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Hands out what was fed, one readyRead per chunk, and remembers the largest read asked of it.
class ScriptedReply : public QNetworkReply
{
public:
    ScriptedReply()
    {
        setUrl(QUrl(u"http://127.0.0.1/"_s));
        open(QIODevice::ReadOnly | QIODevice::Unbuffered); // readData sees each request as made
    }
    void feed(const QByteArray &chunk)
    {
        m_pending += chunk;
        emit readyRead();
    }
    void finish()
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setFinished(true);
        emit finished();
    }
    void abort() override
    {
        setError(OperationCanceledError, u"aborted"_s);
        setFinished(true);
        emit finished();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_pending.size() + QNetworkReply::bytesAvailable();
    }
    qint64 largestRead = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        largestRead = std::max(largestRead, maxSize);
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        std::copy_n(m_pending.constData(), n, data);
        m_pending.remove(0, n);
        return n;
    }

private:
    QByteArray m_pending;
};

using Result = std::pair<std::optional<RawReply>, std::optional<FetchError>>;

} // namespace

class tst_ReplyReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatArrivedNotTheCap();
    void capCutsAGrowingAnswer();
};

void tst_ReplyReader::readsWhatArrivedNotTheCap()
{
    auto *reply = new ScriptedReply;
    constexpr qint64 cap = 16 * 1024 * 1024;
    ReplyReader reader(reply, 10'000, cap);
    std::optional<Result> result;
    connect(&reader, &ReplyReader::finished, this,
            [&result](const auto &raw, const auto &error) { result.emplace(raw, error); });
    QByteArray expected;
    for (int i = 0; i < 10; ++i) {
        const QByteArray chunk(1000, char('a' + i));
        expected += chunk;
        reply->feed(chunk);
    }
    reply->finish();
    QVERIFY(result.has_value());
    QVERIFY(!result->second);
    QCOMPARE(result->first->body, expected);
    QVERIFY2(reply->largestRead <= 1000, qPrintable(QString::number(reply->largestRead)));
}

void tst_ReplyReader::capCutsAGrowingAnswer()
{
    auto *reply = new ScriptedReply;
    ReplyReader reader(reply, 10'000, 2500);
    std::optional<Result> result;
    connect(&reader, &ReplyReader::finished, this,
            [&result](const auto &raw, const auto &error) { result.emplace(raw, error); });
    reply->feed(QByteArray(1000, 'x'));
    reply->feed(QByteArray(1000, 'y'));
    QVERIFY(!result.has_value());
    reply->feed(QByteArray(1000, 'z')); // 3000 > 2500: aborted at once
    QVERIFY(result.has_value());
    QVERIFY(!result->first);
    QCOMPARE(result->second->code, u"ResponseTooLarge"_s);
    QCOMPARE(result->second->kind, FetchError::Kind::Malformed);
}

QTEST_GUILESS_MAIN(tst_ReplyReader)
#include "tst_replyreader.moc"
