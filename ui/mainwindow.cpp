#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Fleetwatch"));
    auto *placeholder = new QLabel(tr("No accounts yet."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setTextFormat(Qt::PlainText);
    setCentralWidget(placeholder);
    resize(1100, 700);
}
