// MainActions: the main window's commands — their texts, mnemonics, shortcuts, icons and
// tooltips — and where they appear (menu bar, toolbar, tray menu). The window connects them;
// keeping them here keeps every shortcut of the application in one place.
#pragma once

#include <QObject>

class HealthStrip;
class InstanceTableView;
class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QObject *parent);

    // F5, Ctrl+P, Ctrl+E, Ctrl+Shift+E, Ctrl+, , Ctrl+Shift+A, Ctrl+Q, Ctrl+L, Ctrl+F.
    QAction *refresh;
    QAction *pause; // checkable; setPaused() shows Resume while checked
    QAction *exportCsv;
    QAction *exportJson;
    QAction *settings;
    QAction *accounts;
    QAction *addAccount;
    QAction *import;
    QAction *accountHealth;
    QAction *about;
    QAction *quit;
    QAction *showFilters; // checkable
    QAction *find;
    QAction *showWindow;

    void setPaused(bool paused);
    void populate(QMenuBar *menuBar, QToolBar *toolBar, QMenu *trayMenu, InstanceTableView *table,
                  QWidget *searchBox);
};
