// The account-health strip: problem scopes get their own pill, worst first; healthy ones are
// summed up in one; ages count from the clock; tooltips, the details dialog and the clipboard
// carry the cloud's words and request id as plain text.
#include "healthdetailsdialog.h"
#include "healthpill.h"
#include "healthstrip.h"
#include "samplefleet.h"
#include "uilanguage.h"

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;

class tst_HealthStrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void problemsFirstHealthySummed();
    void agesFollowTheClock();
    void overflowPill();
    void tooltipShowsServerTextLiterally();
    void detailsDialogIsPlainAndCopyable();
    void countsAccountsAndStale();
    void removeAccount();

private:
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QList<ScopeHealth> troubled()
    {
        samplefleet::Fleet fleet = samplefleet::make(now);
        samplefleet::addTrouble(fleet, now);
        return fleet.health;
    }
};

void tst_HealthStrip::initTestCase()
{
    QVERIFY(UiLanguage::install(u"en"_s));
}

void tst_HealthStrip::problemsFirstHealthySummed()
{
    HealthStrip strip;
    strip.setClock([this] { return now; });
    strip.setAccountNames(samplefleet::accountNames());
    strip.setHealth(troubled());
    QVERIFY(!strip.isHidden());
    const QList<HealthPill *> pills = strip.pills();
    QCOMPARE(pills.size(), 4);
    QCOMPARE(pills.at(0)->text(), u"JD retail · cn-east-2 — Auth failed · stale 27 min"_s);
    QCOMPARE(pills.at(1)->text(), u"Tencent games · ap-shanghai — Throttled · retrying in 8 s"_s);
    QCOMPARE(pills.at(2)->text(), u"Zenlayer edge — Details unavailable"_s);
    QVERIFY(pills.at(3)->text().startsWith(u"5 scopes OK · refreshed within "_s));
    QCOMPARE(pills.at(0)->tone(), StateColors::Tone::Bad);
    QCOMPARE(pills.at(1)->tone(), StateColors::Tone::Warning);
    QCOMPARE(pills.at(3)->tone(), StateColors::Tone::Good);
    QVERIFY(pills.at(0)->toolTipText().contains(u"UNAUTHENTICATED"_s));
    QVERIFY(pills.at(0)->toolTipText().contains(u"Accounts"_s));
}

void tst_HealthStrip::agesFollowTheClock()
{
    HealthStrip strip;
    strip.setClock([this] { return now; });
    ScopeHealth h;
    h.cloud = Cloud::Aliyun;
    h.scope = { u"a"_s, u"cn-hangzhou"_s };
    h.status = ScopeHealth::Status::Ok;
    h.lastSuccess = now.addSecs(-12);
    strip.updateHealth(h);
    QCOMPARE(strip.pills().at(0)->text(), u"a · cn-hangzhou — OK · 12 s ago"_s);
    now = now.addSecs(60);
    strip.setClock([this] { return now; });
    QCOMPARE(strip.pills().at(0)->text(), u"a · cn-hangzhou — OK · 1 min ago"_s);
}

void tst_HealthStrip::overflowPill()
{
    HealthStrip strip;
    strip.setClock([this] { return now; });
    QList<ScopeHealth> all;
    for (int i = 0; i < 9; ++i) {
        ScopeHealth h;
        h.scope = { u"acct"_s, u"region-%1"_s.arg(i) };
        h.status = ScopeHealth::Status::Unreachable;
        h.lastError =
            FetchError { FetchError::Kind::Network, u"ConnectionRefused"_s, {}, {}, 0, {}, {} };
        all.append(h);
    }
    strip.setHealth(all);
    const QList<HealthPill *> pills = strip.pills();
    QCOMPARE(pills.size(), HealthStrip::maxProblemPills + 1);
    QCOMPARE(pills.last()->text(), u"+4 more with problems"_s);
}

void tst_HealthStrip::tooltipShowsServerTextLiterally()
{
    HealthStrip strip;
    strip.setClock([this] { return now; });
    ScopeHealth h;
    h.cloud = Cloud::Tencent;
    h.scope = { u"<b>acct</b>"_s, u"ap-guangzhou"_s };
    h.status = ScopeHealth::Status::Failing;
    h.lastError = FetchError { FetchError::Kind::Server,
                               u"<img src=http://evil/x.png>"_s,
                               u"<a href=x>click</a>"_s,
                               u"req-<i>1</i>"_s,
                               500,
                               {},
                               {} };
    strip.updateHealth(h);
    strip.resize(1200, 40);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    HealthPill *pill = strip.pills().at(0);
    QVERIFY(pill->text().contains(u"<b>acct</b>"_s));
    QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), pill->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(pill, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    // What the tooltip renders is exactly the plain explanation, tags and all.
    QTextDocument rendered;
    rendered.setHtml(QToolTip::text());
    QCOMPARE(rendered.toPlainText(), pill->toolTipText());
    QVERIFY(rendered.toPlainText().contains(u"<img src=http://evil/x.png>"_s));
    QVERIFY(!QToolTip::text().contains(u"<img"_s));
    QToolTip::hideText();
}

void tst_HealthStrip::detailsDialogIsPlainAndCopyable()
{
    HealthStrip strip;
    strip.setClock([this] { return now; });
    strip.setAccountNames(samplefleet::accountNames());
    QList<ScopeHealth> all = troubled();
    all[0].status = ScopeHealth::Status::Failing;
    all[0].lastError = FetchError {
        FetchError::Kind::Server, u"InternalError"_s, u"<b>boom</b>"_s, u"REQ-77"_s, 500, {}, {}
    };
    strip.setHealth(all);
    strip.showDetails(all[0].scope);
    HealthDetailsDialog *dialog = strip.detailsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->detailsText().contains(u"Message: <b>boom</b>"_s));
    QVERIFY(dialog->detailsText().contains(u"Request id: REQ-77"_s));
    auto *edit = dialog->findChild<QPlainTextEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), dialog->detailsText());
    QCOMPARE(dialog->table()->rowCount(), int(all.size()));
    QApplication::clipboard()->clear();
    const auto buttons = dialog->findChildren<QPushButton *>();
    auto copy = std::find_if(buttons.begin(), buttons.end(),
                             [](QPushButton *b) { return b->text() == u"&Copy details"_s; });
    QVERIFY(copy != buttons.end());
    (*copy)->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog->detailsText());
    QSignalSpy accounts(&strip, &HealthStrip::accountsRequested);
    auto open = std::find_if(buttons.begin(), buttons.end(),
                             [](QPushButton *b) { return b->text() == u"Open &Accounts…"_s; });
    (*open)->click();
    QCOMPARE(accounts.size(), 1);
    dialog->close();
}

void tst_HealthStrip::countsAccountsAndStale()
{
    HealthStrip strip;
    strip.setClock([this] { return now; });
    QSignalSpy summary(&strip, &HealthStrip::summaryChanged);
    strip.setHealth(troubled());
    QCOMPARE(strip.accountCount(), 4);
    // JD (auth failed, stale) and Tencent (throttled) are not up to date.
    QCOMPARE(strip.staleAccountCount(), 2);
    QCOMPARE(summary.size(), 1);
    strip.setClock([this] { return now.addSecs(1); }); // ages change, counts do not
    QCOMPARE(summary.size(), 1);
}

void tst_HealthStrip::removeAccount()
{
    HealthStrip strip;
    strip.setClock([this] { return now; });
    strip.setHealth(troubled());
    strip.removeAccount(u"jd-retail"_s);
    QCOMPARE(strip.accountCount(), 3);
    for (const ScopeHealth &h : strip.health())
        QVERIFY(h.scope.accountId != u"jd-retail"_s);
}

QTEST_MAIN(tst_HealthStrip)
#include "tst_healthstrip.moc"
