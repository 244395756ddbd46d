// JsonLineIndex: the line of every value by JSON Pointer, repeated keys, escaped keys,
// line/column of byte offsets, and survival on input that is not JSON at all.
#include "jsonlineindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_JsonLineIndex : public QObject
{
    Q_OBJECT

private slots:
    void linesOfNestedValues();
    void escapedKeysFollowRfc6901();
    void repeatedKeysAreReported();
    void lineAndColumnCountCharacters();
    void survivesArbitraryBytes();
};

void tst_JsonLineIndex::linesOfNestedValues()
{
    const QByteArray text = "{\n"
                            "  \"version\": 1,\n"
                            "  \"accounts\": [\n"
                            "    {\"id\": \"a\",\n"
                            "     \"regions\": [\"x\",\n"
                            "                 \"y\"]},\n"
                            "    [ { \"deep\": { \"er\": null } } ]\n"
                            "  ]\n"
                            "}\n";
    const JsonLineIndex index = JsonLineIndex::build(text);
    QCOMPARE(index.line(QString()), 1);
    QCOMPARE(index.line(u"/version"_s), 2);
    QCOMPARE(index.line(u"/accounts"_s), 3);
    QCOMPARE(index.line(u"/accounts/0"_s), 4);
    QCOMPARE(index.line(u"/accounts/0/id"_s), 4);
    QCOMPARE(index.line(u"/accounts/0/regions"_s), 5);
    QCOMPARE(index.line(u"/accounts/0/regions/0"_s), 5);
    QCOMPARE(index.line(u"/accounts/0/regions/1"_s), 6);
    QCOMPARE(index.line(u"/accounts/1/0/deep/er"_s), 7);
    QCOMPARE(index.line(u"/accounts/2"_s), 0); // never seen
    QVERIFY(index.duplicateKeys().isEmpty());
}

void tst_JsonLineIndex::escapedKeysFollowRfc6901()
{
    const QByteArray text = "{\"a/b\": 1,\n\"m~n\": 2,\n\"\\u0063loud\": 3,\n\"q\\\"uote\": 4}";
    const JsonLineIndex index = JsonLineIndex::build(text);
    QCOMPARE(index.line(u"/a~1b"_s), 1);
    QCOMPARE(index.line(u"/m~0n"_s), 2);
    QCOMPARE(index.line(u"/cloud"_s), 3); // escapes in keys are decoded
    QCOMPARE(index.line(u"/q\"uote"_s), 4);
    QCOMPARE(JsonLineIndex::child(u"/x"_s, u"a/b~"_s), u"/x/a~1b~0"_s);
    QCOMPARE(JsonLineIndex::child(u"/x"_s, 3), u"/x/3"_s);
}

void tst_JsonLineIndex::repeatedKeysAreReported()
{
    const QByteArray text =
        "{\"a\": {\"k\": 1,\n \"k\": 2},\n \"b\": [{\"k\": 1}, {\"k\": 2}],\n \"a\": 0}";
    const JsonLineIndex index = JsonLineIndex::build(text);
    const QList<JsonLineIndex::DuplicateKey> duplicates = index.duplicateKeys();
    QCOMPARE(duplicates.size(), 2); // "k" inside "a", then "a" itself; "k" in two objects is fine
    QCOMPARE(duplicates.at(0).pointer, u"/a/k"_s);
    QCOMPARE(duplicates.at(0).line, 2);
    QCOMPARE(duplicates.at(1).pointer, u"/a"_s);
    QCOMPARE(duplicates.at(1).line, 4);
    QCOMPARE(index.line(u"/a/k"_s), 1); // the first occurrence keeps its line
}

void tst_JsonLineIndex::lineAndColumnCountCharacters()
{
    const QByteArray text = "ab\n\xC3\xA9\xE4\xB8\xAD"
                            "x\n";
    QCOMPARE(JsonLineIndex::lineAndColumn(text, 0), std::make_pair(1, 1));
    QCOMPARE(JsonLineIndex::lineAndColumn(text, 2), std::make_pair(1, 3));
    QCOMPARE(JsonLineIndex::lineAndColumn(text, 3), std::make_pair(2, 1));
    QCOMPARE(JsonLineIndex::lineAndColumn(text, 8), std::make_pair(2, 3)); // é and 中: 2 chars
    QCOMPARE(JsonLineIndex::lineAndColumn(text, 1000), std::make_pair(3, 1)); // clamped
}

void tst_JsonLineIndex::survivesArbitraryBytes()
{
    QRandomGenerator random(20240611); // fixed seed: a failure can be replayed
    const QByteArray alphabet = "{}[]\":,\\ \n\tu0a/~-1e";
    for (int round = 0; round < 2000; ++round) {
        QByteArray input(random.bounded(1, 300), '\0');
        for (char &c : input)
            c = random.bounded(4) == 0 ? char(random.bounded(256))
                                       : alphabet.at(random.bounded(int(alphabet.size())));
        const JsonLineIndex index = JsonLineIndex::build(input);
        QVERIFY(index.line(QString()) <= int(input.count('\n')) + 1);
    }
    // Deep nesting: no recursion, bounded paths.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const JsonLineIndex index = JsonLineIndex::build(deep);
    QCOMPARE(index.line(QString()), 1);
}

QTEST_GUILESS_MAIN(tst_JsonLineIndex)
#include "tst_jsonlineindex.moc"
