#include "emptystate.h"

#include "applicationicon.h"
#include "uiicons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    // A centred column of fixed width: word-wrapped labels get their height for that width.
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *columnWidget = new QWidget(this);
    columnWidget->setFixedWidth(560);
    auto *column = new QVBoxLayout(columnWidget);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    row->addWidget(columnWidget);
    row->addStretch(1);

    auto *icon = new QLabel(columnWidget);
    icon->setTextFormat(Qt::PlainText);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    column->addWidget(icon);

    auto *title = new QLabel(tr("No accounts yet"), columnWidget);
    title->setTextFormat(Qt::PlainText);
    title->setAlignment(Qt::AlignCenter);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);

    auto *text =
        new QLabel(tr("Fleetwatch shows the virtual machines of your JD Cloud, Zenlayer, "
                      "Alibaba Cloud and Tencent Cloud accounts in one live table. Add an "
                      "account to begin, import the profiles your cloud command-line tools "
                      "already use, or look around a demo fleet first."),
                   columnWidget);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    column->addWidget(text);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    m_add =
        new QPushButton(UiIcons::named(QStringLiteral("add")), tr("&Add account…"), columnWidget);
    m_add->setDefault(true);
    m_import = new QPushButton(UiIcons::named(QStringLiteral("import")),
                               tr("&Import from CLI profiles…"), columnWidget);
    m_demo =
        new QPushButton(UiIcons::named(QStringLiteral("demo")), tr("Try the &demo"), columnWidget);
    for (QPushButton *b : { m_add, m_import, m_demo }) {
        b->setMinimumHeight(b->sizeHint().height() + 6);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    column->addLayout(buttons);

    auto *keys = new QLabel(tr("Credentials are kept in your system's keychain, never in a file."),
                            columnWidget);
    keys->setTextFormat(Qt::PlainText);
    keys->setAlignment(Qt::AlignCenter);
    keys->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(keys);

    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_add, &QPushButton::clicked, this, &EmptyState::addAccountRequested);
    connect(m_import, &QPushButton::clicked, this, &EmptyState::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &EmptyState::demoRequested);
}
