// The window's wiring: actions and menus, the table page, filters, counts, persistence.
// Counts are recomputed (one pass, FleetTally) at most every 200 ms after the model changes.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "emptystate.h"
#include "exportfile.h"
#include "filterentries.h"
#include "fleettally.h"
#include "healthdetailsdialog.h"
#include "healthstrip.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "instancetableview.h"
#include "mainactions.h"
#include "rowhighlights.h"
#include "settingsdialog.h"
#include "summaryline.h"
#include "traynotifier.h"
#include "uiicons.h"
#include "uisettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using Model = InstanceTableModel;
using D = FilterPanel::Dimension;

MainWindow::MainWindow(InstanceTableModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_settings(std::make_unique<UiSettings>())
{
    setWindowTitle(tr("Fleetwatch"));
    setObjectName(QStringLiteral("MainWindow"));
    m_proxy = new InstanceFilterProxy(this);
    m_proxy->setSourceModel(model);
    m_tray = new TrayNotifier(this);
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(200);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);

    createActions();
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createTablePage());
    setCentralWidget(m_stack);
    createMenus();

    connect(m_empty, &EmptyState::addAccountRequested, this, &MainWindow::addAccountRequested);
    connect(m_empty, &EmptyState::importRequested, this, &MainWindow::importRequested);
    connect(m_empty, &EmptyState::demoRequested, this, &MainWindow::demoRequested);
    connect(m_health, &HealthStrip::accountsRequested, this, &MainWindow::accountsDialogRequested);
    connect(m_health, &HealthStrip::summaryChanged, this, &MainWindow::scheduleCounts);
    connect(m_table, &InstanceTableView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_tray, &TrayNotifier::activated, this, &MainWindow::toggleWindow);
    connect(m_tray, &TrayNotifier::messageClicked, this, [this] {
        showNormal();
        activateWindow();
    });
    connect(m_tray, &TrayNotifier::notificationShown, this,
            [this](const QString &title) { statusBar()->showMessage(title, 15000); });

    if (model) {
        connect(model, &Model::stateTransition, this,
                [this](const InstanceKey &key, InstanceState from, InstanceState to) {
                    onTransition(key, from, to);
                });
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleCounts);
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleCounts);
    }
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleCounts);

    TransitionDigest::Options options;
    options.triggers = m_settings->notifyTriggers();
    m_tray->setOptions(options);
    m_tray->setEnabled(m_settings->notificationsEnabled());
    m_tray->setVisible(true);

    statusBar(); // created now, so that the first message does not shift the layout
    restoreLayout();
    updateCounts();
    updatePage();
    if (m_settings->isReadOnly())
        statusBar()->showMessage(tr("Settings were saved by a newer Fleetwatch: they are used as "
                                    "far as understood and left untouched."),
                                 30000);
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::createActions()
{
    m_actions = new MainActions(this);
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_actions->pause, &QAction::toggled, this, [this](bool paused) {
        m_actions->setPaused(paused);
        emit pauseRequested(paused);
    });
    connect(m_actions->exportCsv, &QAction::triggered, this,
            [this] { exportView(QStringLiteral("csv")); });
    connect(m_actions->exportJson, &QAction::triggered, this,
            [this] { exportView(QStringLiteral("json")); });
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->accounts, &QAction::triggered, this, &MainWindow::accountsDialogRequested);
    connect(m_actions->addAccount, &QAction::triggered, this, &MainWindow::addAccountRequested);
    connect(m_actions->import, &QAction::triggered, this, &MainWindow::importRequested);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        emit quitRequested();
        close();
    });
    connect(m_actions->showWindow, &QAction::triggered, this, &MainWindow::toggleWindow);
}

void MainWindow::createMenus()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    auto *trayMenu = new QMenu(this);
    m_actions->populate(menuBar(), bar, trayMenu, m_table, m_search);
    m_tray->setContextMenu(trayMenu);
    connect(m_actions->accountHealth, &QAction::triggered, m_health,
            [this] { m_health->showDetails(); });
}

QWidget *MainWindow::createTablePage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search id, name or IP  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(UiIcons::named(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(280);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &InstanceFilterProxy::setTextFilter);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setChildrenCollapsible(false);
    m_filters = new FilterPanel(m_splitter);
    m_filters->setMinimumWidth(200);
    connect(m_filters, &FilterPanel::selectionChanged, this, &MainWindow::applyFilters);
    connect(m_actions->showFilters, &QAction::toggled, m_filters, &QWidget::setVisible);

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_summary = new SummaryLine(right);
    m_summary->setContentsMargins(8, 5, 8, 5);
    rightLayout->addWidget(m_summary);
    m_table = new InstanceTableView(right);
    m_table->setModel(m_proxy);
    rightLayout->addWidget(m_table, 1);
    m_splitter->addWidget(m_filters);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 270, 1000 });
    layout->addWidget(m_splitter, 1);

    m_health = new HealthStrip(page);
    layout->addWidget(m_health);

    setTabOrder(m_search, m_filters->tree());
    setTabOrder(m_filters->tree(), m_table);
    return page;
}

int MainWindow::pollSeconds() const
{
    return m_settings->pollSeconds();
}

bool MainWindow::startsMinimized() const
{
    return m_settings->startMinimized() && m_tray->isTrayAvailable();
}

void MainWindow::showAccordingToSettings()
{
    if (startsMinimized())
        m_tray->setVisible(true);
    else
        show();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void MainWindow::setHasAccounts(bool hasAccounts)
{
    m_hasAccounts = hasAccounts;
    updatePage();
}

void MainWindow::updatePage()
{
    const bool empty = !m_hasAccounts && (!m_model || m_model->rowCount() == 0);
    m_stack->setCurrentIndex(empty ? 0 : 1);
    for (QAction *a : { m_actions->refresh, m_actions->pause, m_actions->exportCsv,
                        m_actions->exportJson, m_actions->showFilters, m_actions->find })
        a->setEnabled(!empty);
    m_search->setEnabled(!empty);
}

void MainWindow::setPaused(bool paused)
{
    const QSignalBlocker blocker(m_actions->pause);
    m_actions->pause->setChecked(paused);
    m_actions->setPaused(paused);
}

void MainWindow::setScopeHealth(const ScopeHealth &health)
{
    m_health->updateHealth(health);
}

void MainWindow::setAllScopeHealth(const QList<ScopeHealth> &health)
{
    m_health->setHealth(health);
}

void MainWindow::removeAccount(const QString &accountId)
{
    m_health->removeAccount(accountId);
    if (m_model)
        m_model->removeAccount(accountId);
}

void MainWindow::setAccountNames(const QHash<QString, QString> &names)
{
    m_health->setAccountNames(names);
    if (m_model)
        m_model->setAccountNames(names);
    scheduleCounts();
}

void MainWindow::onTransition(const InstanceKey &key, InstanceState from, InstanceState to)
{
    m_table->highlights()->mark(key);
    TransitionDigest::Event event { key, key.region, key.instanceId, from, to };
    if (m_model) {
        const int row = m_model->findRow(key);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            event.where = index.data(Model::RegionRole).toString();
            const QString name = index.data(Model::NameRole).toString();
            if (!name.isEmpty())
                event.label = name;
        }
    }
    m_tray->addTransition(event);
}

void MainWindow::applyFilters()
{
    QList<Cloud> clouds;
    for (const QString &id : m_filters->selection(D::Cloud)) {
        if (const auto cloud = cloudFromId(id))
            clouds.append(*cloud);
    }
    QList<InstanceState> states;
    for (const QString &name : m_filters->selection(D::State)) {
        if (const auto state = stateFromName(name))
            states.append(*state);
    }
    // Region entries are "cloud/region"; the proxy filters on the region as shown.
    QSet<QString> regions;
    for (const QString &value : m_filters->selection(D::Region))
        regions.insert(value.section(u'/', 1));
    const QStringList accounts = m_filters->selection(D::Account);
    m_proxy->setCloudFilter(clouds);
    m_proxy->setStateFilter(states);
    m_proxy->setRegionFilter(regions);
    m_proxy->setAccountFilter(QSet<QString>(accounts.cbegin(), accounts.cend()));
    for (D d : FilterPanel::dimensions)
        m_settings->setFilter(FilterPanel::dimensionKey(d), m_filters->selection(d));
    scheduleCounts();
}

void MainWindow::scheduleCounts()
{
    if (!m_countsTimer->isActive())
        m_countsTimer->start();
}

void MainWindow::updateCounts()
{
    if (!m_model)
        return;
    const FleetTally tally = FleetTally::of(*m_model);
    for (D d : FilterPanel::dimensions)
        m_filters->setEntries(d, FilterEntries::of(d, tally, palette()));
    int accounts = m_health->accountCount();
    if (accounts == 0)
        accounts = int(tally.byAccount.size());
    const int stale = m_health->staleAccountCount();
    m_summary->setCounts(tally.byState, accounts, stale,
                         m_proxy->isFiltering() ? m_proxy->rowCount() : -1, tally.total);
    m_tray->setCounts({ tally.byState.value(InstanceState::Running),
                        tally.byState.value(InstanceState::Stopped),
                        tally.byState.value(InstanceState::Error), tally.total, stale });
    updatePage();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    if (!m_splitter->restoreState(m_settings->splitterState()))
        m_splitter->setSizes({ 270, 1000 });
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray headerState = m_settings->headerState();
    if (headerState.isEmpty() || !header->restoreState(headerState)
        || header->count() != Model::ColumnCount)
        m_table->resetColumns();
    else
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_actions->showFilters->setChecked(!m_filters->isHidden());
    // Read every dimension before setting any: each setSelection() applies (and saves) them all.
    QHash<D, QStringList> saved;
    for (D d : FilterPanel::dimensions)
        saved.insert(d, m_settings->filter(FilterPanel::dimensionKey(d)));
    const QSignalBlocker blocker(m_filters);
    for (D d : FilterPanel::dimensions)
        m_filters->setSelection(d, saved.value(d));
    applyFilters();
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setHeaderState(m_table->horizontalHeader()->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // With a tray, closing the window keeps Fleetwatch watching; Quit ends it.
    if (!m_quitting && m_tray->isTrayAvailable() && m_tray->trayIcon()->isVisible()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        scheduleCounts(); // state icons in the filter panel are tinted for the palette
    QMainWindow::changeEvent(event);
}

void MainWindow::toggleWindow()
{
    if (isVisible() && !isMinimized()) {
        hide();
        return;
    }
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.load(*m_settings);
    dialog.setTrayAvailable(m_tray->isTrayAvailable());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int before = m_settings->pollSeconds();
    dialog.store(*m_settings);
    m_settings->sync();
    TransitionDigest::Options options = m_tray->digest().options();
    options.triggers = dialog.notifyTriggers();
    m_tray->setOptions(options);
    m_tray->setEnabled(dialog.notificationsEnabled());
    if (dialog.pollSeconds() != before)
        emit pollIntervalChanged(dialog.pollSeconds());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::exportView(const QString &format)
{
    const QString fileName = ExportFile::askFileName(this, format);
    if (fileName.isEmpty())
        return;
    const QString error = exportTo(
        fileName,
        fileName.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
                                                                           : QStringLiteral("csv"));
    if (!error.isEmpty())
        ExportFile::showError(this, error);
}

QString MainWindow::exportTo(const QString &fileName, const QString &format)
{
    const QString error = ExportFile::write(m_proxy, fileName, format);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Exported %n instance(s) to %1.", nullptr, m_proxy->rowCount())
                                     .arg(QDir::toNativeSeparators(fileName)),
                                 8000);
    return error;
}
