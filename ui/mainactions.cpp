#include "mainactions.h"

#include "instancetableview.h"
#include "uiicons.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

MainActions::MainActions(QObject *parent)
    : QObject(parent)
{
    auto make = [this](const char *icon, const QString &text) {
        return icon ? new QAction(UiIcons::named(QString::fromLatin1(icon)), text, this)
                    : new QAction(text, this);
    };
    refresh = make("refresh", tr("&Refresh now"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Refresh every account and region now (F5)"));
    pause = make("pause", tr("&Pause"));
    pause->setCheckable(true);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    setPaused(false);
    exportCsv = make("export", tr("Export as &CSV…"));
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportCsv->setToolTip(tr("Save the instances shown as CSV (Ctrl+E)"));
    exportJson = make(nullptr, tr("Export as &JSON…"));
    exportJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    settings = make("settings", tr("&Settings…"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    accounts = make("accounts", tr("&Manage accounts…"));
    accounts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    accounts->setIconText(tr("Accounts"));
    accounts->setToolTip(tr("Add, edit or remove cloud accounts (Ctrl+Shift+A)"));
    addAccount = make("add", tr("&Add account…"));
    import = make("import", tr("&Import from CLI profiles…"));
    accountHealth = make("health-details", tr("Account &health…"));
    about = make("about", tr("&About Fleetwatch"));
    about->setMenuRole(QAction::AboutRole);
    quit = make("quit", tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    showFilters = make("filter", tr("&Filter panel"));
    showFilters->setCheckable(true);
    showFilters->setChecked(true);
    showFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    showFilters->setToolTip(tr("Show or hide the filter panel (Ctrl+L)"));
    find = make("search", tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    showWindow = make(nullptr, tr("&Show Fleetwatch"));
}

void MainActions::setPaused(bool paused)
{
    pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    pause->setIcon(UiIcons::named(paused ? QStringLiteral("resume") : QStringLiteral("pause")));
    pause->setToolTip(paused ? tr("Resume refreshing (Ctrl+P)")
                             : tr("Pause refreshing; rows keep their last known state (Ctrl+P)"));
}

void MainActions::populate(QMenuBar *menuBar, QToolBar *toolBar, QMenu *trayMenu,
                           InstanceTableView *table, QWidget *searchBox)
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addActions({ exportCsv, exportJson });
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->addActions({ refresh, pause });
    view->addSeparator();
    view->addActions({ find, showFilters });
    QAction *columnsPlace = view->addSeparator();
    view->addActions({ table->copyAction(), table->copyIdAction(), table->openConsoleAction() });
    // The columns submenu shows which columns are visible now: rebuilt each time it opens.
    QMenu *columns = nullptr;
    connect(view, &QMenu::aboutToShow, table, [view, table, columnsPlace, columns]() mutable {
        delete columns;
        columns = table->columnsMenu(view);
        view->insertMenu(columnsPlace, columns);
    });

    QMenu *accountsMenu = menuBar->addMenu(tr("&Accounts"));
    accountsMenu->addActions({ accounts, addAccount, import });
    accountsMenu->addSeparator();
    accountsMenu->addAction(accountHealth);

    menuBar->addMenu(tr("&Tools"))->addAction(settings);
    menuBar->addMenu(tr("&Help"))->addAction(about);

    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({ refresh, pause });
    toolBar->addSeparator();
    toolBar->addActions({ showFilters, exportCsv, accounts });
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(searchBox);

    trayMenu->addActions({ showWindow, refresh, pause });
    trayMenu->addSeparator();
    trayMenu->addAction(quit);
}
