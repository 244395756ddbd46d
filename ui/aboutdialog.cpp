// Fleetwatch's own code is MIT licensed (LICENSE at the top of the source tree). Qt is used
// under the LGPLv3 and linked dynamically; QtKeychain is BSD-3-Clause.
#include "aboutdialog.h"

#include "applicationicon.h"
#include "fleetwatch_version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Fleetwatch"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setTextFormat(Qt::PlainText);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    auto *name =
        new QLabel(tr("Fleetwatch %1").arg(QStringLiteral(FLEETWATCH_VERSION_STRING)), this);
    name->setTextFormat(Qt::PlainText);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    name->setFont(big);
    titles->addWidget(name);
    auto *what = new QLabel(tr("Live status of virtual machines across JD Cloud, Zenlayer Cloud, "
                               "Alibaba Cloud ECS and Tencent Cloud CVM."),
                            this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    titles->addWidget(what);
    auto *built =
        new QLabel(tr("Built with Qt %1, running on Qt %2.")
                       .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                   this);
    built->setTextFormat(Qt::PlainText);
    built->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(built);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    auto *licences = new QPlainTextEdit(this);
    licences->setReadOnly(true);
    licences->setPlainText(licenceText());
    licences->setAccessibleName(tr("Licences"));
    licences->setMinimumHeight(200);
    layout->addWidget(licences, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 440);
}

QString AboutDialog::licenceText()
{
    return tr("Fleetwatch is free software under the MIT License.\n"
              "Copyright © the Fleetwatch authors.\n\n"
              "It is built with:\n"
              "• Qt %1 — GNU Lesser General Public License v3 (LGPLv3). Qt is linked dynamically; "
              "you may replace its libraries. Source: https://download.qt.io/\n"
              "• QtKeychain — BSD 3-Clause License. Source: "
              "https://github.com/frankosterfeld/qtkeychain\n\n"
              "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.")
        .arg(QString::fromLatin1(qVersion()));
}
