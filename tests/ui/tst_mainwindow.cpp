// The main window driven as a user would: clicking filter entries filters the table and the
// counts agree with the model; a refresh keeps selection, sort and scroll (the model is never
// reset); export writes the rows shown; layout and filters persist; Ctrl+C copies TSV; the
// buttons and shortcuts emit what the app listens to.
#include "emptystate.h"
#include "filterpanel.h"
#include "instanceexport.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "instancetableview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "rowhighlights.h"
#include "samplefleet.h"
#include "summaryline.h"
#include "uilanguage.h"
#include "uisettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Model = InstanceTableModel;
using D = FilterPanel::Dimension;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filterClicksFilterTheViewAndCountsMatch();
    void countsFollowRefresh();
    void refreshKeepsSelectionSortAndScroll();
    void exportWritesTheRowsShown();
    void layoutAndFiltersPersist();
    void newerSettingsAreNotClobbered();
    void ctrlCCopiesTsv();
    void emptyStateAndCommands();
    void pollIntervalFromSettingsDialog();

private:
    void loadFleet(Model &model);
    static void clickEntry(FilterPanel *panel, D dimension, const QString &value);
    static int modelCount(const Model &model, int role, const QVariant &value);
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    samplefleet::Fleet fleet;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FleetwatchTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(UiLanguage::install(u"en"_s));
    fleet = samplefleet::make(now);
}

void tst_MainWindow::init()
{
    QFile::remove(UiSettings().fileName());
}

void tst_MainWindow::cleanup()
{
    QFile::remove(UiSettings().fileName());
}

void tst_MainWindow::loadFleet(Model &model)
{
    model.setAccountNames(samplefleet::accountNames());
    model.applySnapshots(fleet.snapshots);
    for (const DetailsSnapshot &d : std::as_const(fleet.details))
        model.applyDetails(d);
}

void tst_MainWindow::clickEntry(FilterPanel *panel, D dimension, const QString &value)
{
    QTreeWidgetItem *item = panel->itemFor(dimension, value);
    QVERIFY2(item, qPrintable(value));
    QTreeWidget *tree = panel->tree();
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

int tst_MainWindow::modelCount(const Model &model, int role, const QVariant &value)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += model.index(row, 0).data(role) == value ? 1 : 0;
    return n;
}

void tst_MainWindow::filterClicksFilterTheViewAndCountsMatch()
{
    Model model;
    loadFleet(model);
    MainWindow window(&model);
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FilterPanel *panel = window.filterPanel();
    InstanceFilterProxy *proxy = window.proxy();
    QCOMPARE(proxy->rowCount(), model.rowCount());

    // Every state's count in the panel is the model's.
    for (InstanceState s : allInstanceStates) {
        const int expected = modelCount(model, Model::StateRole, int(s));
        if (expected > 0)
            QCOMPARE(panel->countOf(D::State, stateName(s)), expected);
    }
    for (Cloud c : allClouds)
        QCOMPARE(panel->countOf(D::Cloud, cloudId(c)), modelCount(model, Model::CloudRole, int(c)));
    QCOMPARE(panel->countOf(D::Account, u"ali-prod"_s),
             modelCount(model, Model::AccountIdRole, u"ali-prod"_s));

    QSignalSpy changed(panel, &FilterPanel::selectionChanged);
    clickEntry(panel, D::State, u"stopped"_s);
    QCOMPARE(changed.size(), 1);
    const int stopped = modelCount(model, Model::StateRole, int(InstanceState::Stopped));
    QVERIFY(stopped > 0);
    QCOMPARE(proxy->rowCount(), stopped);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(Model::StateRole).toInt(), int(InstanceState::Stopped));

    // Multi-select within a section: stopped or error.
    clickEntry(panel, D::State, u"error"_s);
    const int error = modelCount(model, Model::StateRole, int(InstanceState::Error));
    QCOMPARE(proxy->rowCount(), stopped + error);
    QCOMPARE(panel->selection(D::State), QStringList({ u"error"_s, u"stopped"_s }));

    // Across sections: and. Tencent's stopped or error instances only.
    clickEntry(panel, D::Cloud, u"tencent"_s);
    int expected = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        const int state = i.data(Model::StateRole).toInt();
        expected += i.data(Model::CloudRole).toInt() == int(Cloud::Tencent)
                && (state == int(InstanceState::Stopped) || state == int(InstanceState::Error))
            ? 1
            : 0;
    }
    QCOMPARE(proxy->rowCount(), expected);

    // Clicking again unchecks; Space on the current entry toggles too.
    clickEntry(panel, D::Cloud, u"tencent"_s);
    QCOMPARE(proxy->rowCount(), stopped + error);
    panel->tree()->setFocus();
    panel->tree()->setCurrentItem(panel->itemFor(D::State, u"error"_s));
    QTest::keyClick(panel->tree(), Qt::Key_Space);
    QCOMPARE(proxy->rowCount(), stopped);

    // A region group checks all its regions: every Alibaba region.
    panel->clearSelection();
    QTreeWidgetItem *aliGroup = panel->itemFor(D::Region, u"aliyun/cn-hangzhou"_s)->parent();
    QTest::mouseClick(panel->tree()->viewport(), Qt::LeftButton, {},
                      panel->tree()->visualItemRect(aliGroup).center());
    QCOMPARE(proxy->rowCount(), modelCount(model, Model::CloudRole, int(Cloud::Aliyun)));
    QCOMPARE(panel->countOf(D::Region, u"aliyun/cn-hangzhou"_s),
             modelCount(model, Model::RegionRole, u"cn-hangzhou"_s));

    panel->clearSelection();
    QCOMPARE(proxy->rowCount(), model.rowCount());
}

void tst_MainWindow::countsFollowRefresh()
{
    Model model;
    loadFleet(model);
    MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int running = modelCount(model, Model::StateRole, int(InstanceState::Running));
    QCOMPARE(window.filterPanel()->countOf(D::State, u"running"_s), running);
    QList<Snapshot> next = fleet.snapshots;
    int changed = 0;
    for (ObservedInstance &o : next[0].instances) {
        if (o.state == InstanceState::Running && changed < 5) {
            o.state = InstanceState::Stopped;
            o.rawState = u"Stopped"_s;
            ++changed;
        }
    }
    model.applySnapshot(next[0]);
    QTRY_COMPARE(window.filterPanel()->countOf(D::State, u"running"_s), running - 5);
    QVERIFY(window.summaryLine()->text().startsWith(QLocale().toString(running - 5)
                                                    + u" running · "_s));
}

void tst_MainWindow::refreshKeepsSelectionSortAndScroll()
{
    Model model;
    loadFleet(model);
    MainWindow window(&model);
    window.resize(1200, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InstanceTableView *table = window.table();
    table->sortByColumn(Model::NameColumn, Qt::AscendingOrder);
    QScrollBar *bar = table->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int scroll = bar->value();
    QVERIFY(scroll > 0);

    // Select three rows in the middle of the visible part.
    const int first = table->rowAt(table->viewport()->height() / 3);
    QVERIFY(first >= 0);
    QList<InstanceKey> selected;
    for (int r = first; r < first + 3; ++r) {
        table->selectionModel()->select(table->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selected.append(table->keyAt(table->model()->index(r, 0)));
    }
    table->selectionModel()->setCurrentIndex(table->model()->index(first, Model::NameColumn),
                                             QItemSelectionModel::NoUpdate);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);

    qint64 clock = 0;
    table->highlights()->setClock([&clock] { return clock; });
    QSignalSpy modelReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy proxyReset(window.proxy(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

    // A refresh: every scope listed again, states changing here and there, one of them a
    // selected row's, times moving on.
    QList<Snapshot> next = fleet.snapshots;
    for (Snapshot &s : next) {
        s.finishedAt = now.addSecs(30);
        for (int i = 0; i < s.instances.size(); i += 7) {
            ObservedInstance &o = s.instances[i];
            const InstanceState to =
                o.state == InstanceState::Running ? InstanceState::Stopped : InstanceState::Running;
            o.rawState = samplefleet::rawState(s.cloud, to);
            o.state = to;
        }
        for (ObservedInstance &o : s.instances) {
            if (o.instanceId == selected.first().instanceId) {
                const InstanceState to = o.state == InstanceState::Stopped ? InstanceState::Running
                                                                           : InstanceState::Stopped;
                o.state = to;
                o.rawState = samplefleet::rawState(s.cloud, to);
            }
        }
    }
    model.applySnapshots(next);
    QCoreApplication::processEvents();

    QCOMPARE(modelReset.size(), 0);
    QCOMPARE(proxyReset.size(), 0);
    QVERIFY(dataChanged.size() > 0);
    QCOMPARE(bar->value(), scroll);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(Model::NameColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 3);
    QList<InstanceKey> after;
    for (const QModelIndex &i : rows)
        after.append(table->keyAt(i));
    for (const InstanceKey &key : selected)
        QVERIFY(after.contains(key));
    QCOMPARE(table->keyAt(table->currentIndex()), selected.first());
    // The changed selected row is highlighted, and fades.
    QCOMPARE(table->highlights()->strength(selected.first()), 1.0);
    QVERIFY(table->highlights()->isTicking());
    clock += RowHighlights::defaultFadeMs;
    table->highlights()->advance();
    QCOMPARE(table->highlights()->strength(selected.first()), 0.0);
    QVERIFY(!table->highlights()->isTicking());
}

void tst_MainWindow::exportWritesTheRowsShown()
{
    Model model;
    loadFleet(model);
    MainWindow window(&model);
    window.filterPanel()->setSelection(D::State, { u"stopped"_s });
    window.table()->sortByColumn(Model::NameColumn, Qt::DescendingOrder);
    const InstanceFilterProxy *proxy = window.proxy();
    QVERIFY(proxy->rowCount() > 3);
    QTemporaryDir dir;
    QCOMPARE(window.exportTo(dir.filePath(u"out.json"_s), u"json"_s), QString());
    QCOMPARE(window.exportTo(dir.filePath(u"out.csv"_s), u"csv"_s), QString());

    QFile json(dir.filePath(u"out.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray rows =
        QJsonDocument::fromJson(json.readAll()).object().value(u"instances"_s).toArray();
    QCOMPARE(rows.size(), proxy->rowCount());
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject o = rows.at(r).toObject();
        const QModelIndex i = proxy->index(r, 0);
        QCOMPARE(o.value(u"instanceId"_s).toString(), i.data(Model::InstanceIdRole).toString());
        QCOMPARE(o.value(u"state"_s).toString(), u"stopped"_s);
        QCOMPARE(o.value(u"name"_s).toString(), i.data(Model::NameRole).toString());
        QCOMPARE(o.value(u"cloud"_s).toString(), i.data(Model::CloudIdRole).toString());
        QCOMPARE(o.value(u"account"_s).toString(), i.data(Model::AccountIdRole).toString());
        QCOMPARE(o.value(u"since"_s).toString(), now.toString(Qt::ISODate));
        QCOMPARE(o.value(u"privateIps"_s).toArray().first().toString(),
                 i.data(Model::PrivateIpsRole).toStringList().first());
        QCOMPARE(QStringList(o.keys()).size(), InstanceExport::fieldNames().size());
    }

    QFile csv(dir.filePath(u"out.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), proxy->rowCount() + 1);
    QCOMPARE(lines.first(), InstanceExport::fieldNames().join(u','));
    for (int r = 1; r < lines.size(); ++r) {
        const QStringList fields = lines.at(r).split(u',');
        QCOMPARE(fields.size(), InstanceExport::fieldNames().size());
        QCOMPARE(fields.at(3), proxy->index(r - 1, 0).data(Model::InstanceIdRole).toString());
        QCOMPARE(fields.at(4), u"stopped"_s);
        QCOMPARE(fields.at(6), proxy->index(r - 1, 0).data(Model::NameRole).toString());
    }
    // A folder that does not exist: a plain message, and no file.
    const QString error = window.exportTo(dir.filePath(u"missing/out.csv"_s), u"csv"_s);
    QVERIFY2(error.startsWith(u"Could not write "_s), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(u"missing/out.csv"_s)));
}

void tst_MainWindow::layoutAndFiltersPersist()
{
    Model model;
    loadFleet(model);
    QByteArray header;
    {
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *h = window.table()->horizontalHeader();
        h->setSectionHidden(Model::AccountColumn, true);
        h->setSectionHidden(Model::ZoneColumn, false);
        h->moveSection(h->visualIndex(Model::RegionColumn), 0);
        window.table()->sortByColumn(Model::SinceColumn, Qt::DescendingOrder);
        window.filterPanel()->setSelection(D::State, { u"running"_s });
        window.filterPanel()->setSelection(D::Region, { u"tencent/ap-guangzhou"_s });
        header = h->saveState();
    } // closing saves
    MainWindow window(&model);
    QHeaderView *h = window.table()->horizontalHeader();
    QVERIFY(h->isSectionHidden(Model::AccountColumn));
    QVERIFY(!h->isSectionHidden(Model::ZoneColumn));
    QCOMPARE(h->visualIndex(Model::RegionColumn), 0);
    QCOMPARE(h->sortIndicatorSection(), int(Model::SinceColumn));
    QCOMPARE(h->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(window.proxy()->sortColumn(), int(Model::SinceColumn));
    QCOMPARE(window.filterPanel()->selection(D::State), QStringList { u"running"_s });
    QCOMPARE(window.proxy()->stateFilter(), QList<InstanceState> { InstanceState::Running });
    QCOMPARE(window.proxy()->regionFilter(), QSet<QString> { u"ap-guangzhou"_s });
    for (int r = 0; r < window.proxy()->rowCount(); ++r)
        QCOMPARE(window.proxy()->index(r, 0).data(Model::RegionRole).toString(), u"ap-guangzhou"_s);
}

void tst_MainWindow::newerSettingsAreNotClobbered()
{
    {
        QSettings raw(UiSettings().fileName(), QSettings::IniFormat);
        raw.setValue(u"settingsVersion"_s, 7);
        raw.setValue(u"table/header"_s, QByteArray("a header from the future"));
        raw.setValue(u"future/thing"_s, 1);
    }
    QFile file(UiSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    {
        Model model;
        loadFleet(model);
        MainWindow window(&model); // the unknown header state is ignored: default columns
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.settings()->isReadOnly());
        // The user is told, once, in the status bar.
        QVERIFY2(window.statusBar()->currentMessage().contains(u"newer Fleetwatch"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        window.filterPanel()->setSelection(D::State, { u"running"_s });
        QCOMPARE(window.table()->horizontalHeader()->count(), int(Model::ColumnCount));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_MainWindow::ctrlCCopiesTsv()
{
    Model model;
    fleet.details[0].instances[0].name = u"name\twith tab"_s;
    loadFleet(model);
    MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InstanceTableView *table = window.table();
    QHeaderView *h = table->horizontalHeader();
    for (int c = 0; c < h->count(); ++c)
        h->setSectionHidden(c, true);
    h->setSectionHidden(Model::InstanceIdColumn, false);
    h->setSectionHidden(Model::NameColumn, false);
    h->setSectionHidden(Model::StateColumn, false);
    h->moveSection(h->visualIndex(Model::InstanceIdColumn), 0);
    h->moveSection(h->visualIndex(Model::StateColumn), 1);
    h->moveSection(h->visualIndex(Model::NameColumn), 2);
    window.searchBox()->setText(fleet.details[0].instances[0].instanceId);
    QCOMPARE(window.proxy()->rowCount(), 1);
    window.searchBox()->clear();
    table->sortByColumn(Model::NameColumn, Qt::AscendingOrder);
    table->setFocus();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    QStringList expected;
    for (int r = 0; r < 2; ++r) {
        const QModelIndex i = table->model()->index(r, 0);
        expected.append(i.data(Model::InstanceIdRole).toString() + u'\t'
                        + stateDisplayName(InstanceState(i.data(Model::StateRole).toInt())) + u'\t'
                        + i.data(Model::NameRole).toString().replace(u'\t', u' '));
    }
    QCOMPARE(QApplication::clipboard()->text(), expected.join(u'\n'));
    QTest::keySequence(table, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(QApplication::clipboard()->text(),
             table->model()->index(0, 0).data(Model::InstanceIdRole).toString() + u'\n'
                 + table->model()->index(1, 0).data(Model::InstanceIdRole).toString());
    fleet = samplefleet::make(now);
}

void tst_MainWindow::emptyStateAndCommands()
{
    Model model;
    MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isShowingEmptyState());
    QSignalSpy add(&window, &MainWindow::addAccountRequested);
    QSignalSpy import(&window, &MainWindow::importRequested);
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    QTest::mouseClick(window.emptyState()->addButton(), Qt::LeftButton);
    QTest::mouseClick(window.emptyState()->importButton(), Qt::LeftButton);
    QTest::mouseClick(window.emptyState()->demoButton(), Qt::LeftButton);
    QCOMPARE(add.size(), 1);
    QCOMPARE(import.size(), 1);
    QCOMPARE(demo.size(), 1);

    window.setHasAccounts(true);
    QVERIFY(!window.isShowingEmptyState());
    QSignalSpy refresh(&window, &MainWindow::refreshRequested);
    QSignalSpy pause(&window, &MainWindow::pauseRequested);
    QSignalSpy accounts(&window, &MainWindow::accountsDialogRequested);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(refresh.size(), 1);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(pause.size(), 1);
    QCOMPARE(pause.at(0).at(0).toBool(), true);
    QCOMPARE(window.actions()->pause->text(), u"&Resume"_s);
    window.setPaused(false); // the app's own state: no request back
    QCOMPARE(pause.size(), 1);
    QCOMPARE(window.actions()->pause->text(), u"&Pause"_s);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QCOMPARE(accounts.size(), 1);
    // A model that has rows shows the table even before the app says accounts exist.
    Model withRows;
    loadFleet(withRows);
    MainWindow other(&withRows);
    QVERIFY(!other.isShowingEmptyState());
}

void tst_MainWindow::pollIntervalFromSettingsDialog()
{
    Model model;
    MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy interval(&window, &MainWindow::pollIntervalChanged);
    QTimer::singleShot(0, &window, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *spin = dialog->findChild<QSpinBox *>();
        spin->setValue(3); // below the minimum: clamped to 5
        dialog->accept();
    });
    window.showSettings();
    QCOMPARE(interval.size(), 1);
    QCOMPARE(interval.at(0).at(0).toInt(), 5);
    QCOMPARE(window.pollSeconds(), 5);
    QCOMPARE(UiSettings().pollSeconds(), 5);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
