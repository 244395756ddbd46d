// Text that comes from a server — instance ids, names, raw states, account names, error codes,
// messages, request ids — is shown as the characters it is, never as markup: in table cells,
// tooltips, the filter panel, the health strip and its dialog, labels and notifications.
// Each check looks at what is rendered (the tooltip's document, the pixels a cell paints).
#include "filterpanel.h"
#include "healthdetailsdialog.h"
#include "healthpill.h"
#include "healthstrip.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "instancetableview.h"
#include "mainwindow.h"
#include "traynotifier.h"
#include "uilanguage.h"
#include "uisettings.h"

#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Model = InstanceTableModel;

namespace {

const QString boldId = u"<b>x</b>"_s;
const QString imgName = u"<img src=http://evil.example/x.png>"_s;
const QString rawState = u"<b>RUNNING</b>"_s;
const QString accountName = u"<i>acct</i> & co"_s;
const QString linkMessage = u"<a href=http://evil.example>click</a>"_s;

// What a rich-text tooltip shows, as plain characters.
QString rendered(const QString &toolTip)
{
    QTextDocument doc;
    doc.setHtml(toolTip);
    return doc.toPlainText();
}

// How many pixel columns of `rect` in `image` hold anything but the background.
int inkWidth(const QImage &image, const QRect &rect)
{
    const QRgb background = image.pixel(rect.right() - 1, rect.top() + 1);
    int columns = 0;
    for (int x = rect.left(); x <= rect.right(); ++x) {
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            if (qGray(image.pixel(x, y)) < qGray(background) - 60) {
                ++columns;
                break;
            }
        }
    }
    return columns;
}

} // namespace

class tst_ServerTextIsPlain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everywhere();

private:
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void tst_ServerTextIsPlain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FleetwatchTest"_s);
    QCoreApplication::setApplicationName(u"tst_servertextisplain"_s);
    QFile::remove(UiSettings().fileName());
    QVERIFY(UiLanguage::install(u"en"_s));
}

void tst_ServerTextIsPlain::everywhere()
{
    Model model;
    model.setAccountNames({ { u"acct"_s, accountName } });
    Snapshot ok;
    ok.cloud = Cloud::Tencent;
    ok.scope = { u"acct"_s, u"ap-guangzhou"_s };
    ok.finishedAt = now;
    ok.instances = { { boldId, rawState, stateFromRaw(Cloud::Tencent, rawState) },
                     { u"ins-plain"_s, u"RUNNING"_s, InstanceState::Running } };
    model.applySnapshot(ok);
    DetailsSnapshot details;
    details.cloud = Cloud::Tencent;
    details.scope = ok.scope;
    details.finishedAt = now;
    details.instances = {
        { boldId, imgName, u"ap-guangzhou"_s, u"ap-guangzhou-3"_s, { u"10.0.0.1"_s }, {}, u"S5"_s }
    };
    model.applyDetails(details);

    MainWindow window(&model);
    window.setAccountNames({ { u"acct"_s, accountName } });
    window.resize(1300, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300); // counts
    InstanceTableView *table = window.table();
    QAbstractItemModel *view = table->model();
    int row = -1;
    for (int r = 0; r < view->rowCount(); ++r) {
        if (view->index(r, 0).data(Model::InstanceIdRole).toString() == boldId)
            row = r;
    }
    QVERIFY(row >= 0);

    // Table cells paint the characters: "<b>x</b>" is eight glyphs wide, not one bold x.
    const QImage pixels = table->viewport()->grab().toImage();
    const QFontMetrics fm(table->font());
    const QRect idCell = table->visualRect(view->index(row, Model::InstanceIdColumn));
    QVERIFY2(inkWidth(pixels, idCell) > fm.horizontalAdvance(boldId) * 7 / 10,
             qPrintable(QString::number(inkWidth(pixels, idCell))));
    const QRect nameCell = table->visualRect(view->index(row, Model::NameColumn));
    QVERIFY(inkWidth(pixels, nameCell) > fm.horizontalAdvance(u"<img src="_s));

    // The state cell's tooltip carries the raw state, shown literally.
    const QModelIndex state = view->index(row, Model::StateColumn);
    const QRect stateCell = table->visualRect(state);
    QHelpEvent help(QEvent::ToolTip, stateCell.center(),
                    table->viewport()->mapToGlobal(stateCell.center()));
    QApplication::sendEvent(table->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(rendered(QToolTip::text()), state.data(Qt::ToolTipRole).toString());
    QVERIFY(rendered(QToolTip::text()).contains(rawState));
    QToolTip::hideText();

    // A failed listing: the stale rows' tooltip holds the server's message, literally.
    Snapshot failed = ok;
    failed.instances.clear();
    failed.finishedAt = now.addSecs(30);
    failed.error = FetchError {
        FetchError::Kind::Server, u"<u>Internal</u>"_s, linkMessage, u"<s>req</s>"_s, 500, {}, {}
    };
    model.applySnapshot(failed);
    const QModelIndex stale = view->index(row, Model::NameColumn);
    QVERIFY(stale.data(Model::StaleRole).toBool());
    const QRect staleCell = table->visualRect(stale);
    QHelpEvent staleHelp(QEvent::ToolTip, staleCell.center(),
                         table->viewport()->mapToGlobal(staleCell.center()));
    QApplication::sendEvent(table->viewport(), &staleHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(rendered(QToolTip::text()).contains(linkMessage), qPrintable(QToolTip::text()));
    QToolTip::hideText();

    // The filter panel lists the account by its name as characters, tooltip too.
    QTreeWidgetItem *account =
        window.filterPanel()->itemFor(FilterPanel::Dimension::Account, u"acct"_s);
    QVERIFY(account);
    QCOMPARE(account->text(0), accountName);
    QCOMPARE(rendered(account->toolTip(0)), u"acct · Tencent Cloud"_s);

    // The health strip: pill text and tooltip, and the details dialog.
    ScopeHealth h;
    h.cloud = Cloud::Tencent;
    h.scope = ok.scope;
    h.status = ScopeHealth::Status::Failing;
    h.lastError = failed.error;
    h.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(30);
    window.setScopeHealth(h);
    HealthPill *pill = window.healthStrip()->pills().at(0);
    QVERIFY(pill->text().startsWith(accountName));
    QVERIFY(pill->toolTipText().contains(u"<u>Internal</u>"_s));
    QHelpEvent pillHelp(QEvent::ToolTip, QPoint(4, 4), pill->mapToGlobal(QPoint(4, 4)));
    QApplication::sendEvent(pill, &pillHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(rendered(QToolTip::text()), pill->toolTipText());
    QToolTip::hideText();
    window.healthStrip()->showDetails(h.scope);
    HealthDetailsDialog *dialog = window.healthStrip()->detailsDialog();
    QCOMPARE(dialog->table()->item(0, 0)->text(), accountName);
    QCOMPARE(dialog->table()->item(0, 5)->text(), u"<s>req</s>"_s);
    QVERIFY(dialog->detailsText().contains(u"Message: "_s + linkMessage));
    QVERIFY(rendered(dialog->table()->item(0, 3)->toolTip()).contains(u"<u>Internal</u>"_s));

    // Every label of the window and its dialogs is plain text.
    // (QToolTip's own label is rich text on purpose: it shows the escaped text checked above.)
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->objectName() == u"qtooltip_label"_s)
            continue;
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(label->objectName() + label->text()));
    }
    for (QLabel *label : dialog->findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
    dialog->close();

    // Notifications: a transition of the instance with the hostile id and name.
    TrayNotifier *tray = window.tray();
    QDateTime clock = now;
    tray->setClock([&clock] { return clock; });
    QSignalSpy shown(tray, &TrayNotifier::notificationShown);
    Snapshot again = ok;
    again.finishedAt = now.addSecs(60);
    again.instances[0].rawState = u"LAUNCH_FAILED"_s;
    again.instances[0].state = InstanceState::Error;
    model.applySnapshot(again);
    clock = clock.addSecs(10);
    tray->flush();
    QCOMPARE(shown.size(), 1);
    const QString title = shown.at(0).at(0).toString();
    const QString body = shown.at(0).at(1).toString();
    QVERIFY2(!title.contains(u'<') && !body.contains(u'<'), qPrintable(title + body));
    QVERIFY(title.contains(u"‹img src=http://evil.example/x.png›"_s));
    QVERIFY(body.contains(u"‹b›x‹/b›"_s));
}

QTEST_MAIN(tst_ServerTextIsPlain)
#include "tst_servertextisplain.moc"
