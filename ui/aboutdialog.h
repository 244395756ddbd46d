// AboutDialog: Fleetwatch's version, what it is, and the licences of what it is built from.
#pragma once

#include <QDialog>

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The licence notice shown in the dialog, also used by tests.
    static QString licenceText();
};
