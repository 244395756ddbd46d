// Test helper: drives the accounts dialog the way a person does, with QTest key and mouse
// events on its real widgets, and waits for its asynchronous answers (keychain, network).
#pragma once

#include "accounteditor.h"
#include "accountlist.h"
#include "accountsdialog.h"
#include "connectiontestpanel.h"
#include "emulator.h"
#include "regionlist.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace DialogDriver {

constexpr int answerTimeoutMs = 30000;

inline QLineEdit *lineEdit(AccountsDialog &dialog, AccountEditor::Field field)
{
    return qobject_cast<QLineEdit *>(dialog.editor()->fieldWidget(field));
}

// Replaces a line edit's text by typing: select all, then the keys.
inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void type(AccountsDialog &dialog, AccountEditor::Field field, const QString &text)
{
    type(lineEdit(dialog, field), text);
}

// Ticks (or unticks) a region with the keyboard: arrow to it, then Space.
inline bool toggleRegion(AccountsDialog &dialog, const QString &region)
{
    QListWidget *list = dialog.editor()->regionList()->list();
    list->setFocus(Qt::OtherFocusReason);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == region) {
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space);
            return true;
        }
    }
    return false;
}

inline void click(QPushButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks Save and waits until the dialog has finished (saved, refused, or asking).
inline bool save(AccountsDialog &dialog)
{
    click(dialog.saveButton());
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, answerTimeoutMs);
}

// The open message box of `parent` (opened with open(), so not blocking), or null.
inline QMessageBox *messageBox(QWidget *parent)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// Waits for a message box and clicks its button with `text` (or the standard button).
inline bool answer(QWidget *parent, const QString &text,
                   QMessageBox::StandardButton standard = QMessageBox::NoButton)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = messageBox(parent)) != nullptr; }, 5000))
        return false;
    QAbstractButton *button = standard != QMessageBox::NoButton ? box->button(standard) : nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (!button && b->text().remove(u'&') == text)
            button = b;
    }
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// Clicks "Test connection" and waits for its outcome; empty when none came.
inline QString testConnection(AccountsDialog &dialog)
{
    QSignalSpy finished(dialog.testPanel(), &ConnectionTestPanel::finished);
    click(dialog.testPanel()->button());
    if (!finished.wait(answerTimeoutMs))
        return {};
    return dialog.testPanel()->messageLabel()->text();
}

inline EmulatorConfig emulatorConfig()
{
    EmulatorAccount a;
    a.id = QStringLiteral("emu-ali");
    a.name = a.id;
    a.cloud = Cloud::Aliyun;
    a.accessKeyId = EmulatorConfig::generateKeyId(a.cloud);
    a.secret = EmulatorConfig::generateSecret(a.cloud);
    a.regions = { QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai") };
    a.instancesByRegion = { { QStringLiteral("cn-hangzhou"), 137 },
                            { QStringLiteral("cn-shanghai"), 20 } };
    EmulatorConfig c;
    c.seed = 7;
    c.logRequests = false;
    c.dynamics.meanDwellMs = 0;
    c.accounts = { a };
    return c;
}

// Fills the form for a new Alibaba Cloud account pointing at the emulator.
inline void fillNewAccount(AccountsDialog &dialog, const Emulator &emulator, const QString &name,
                           const QByteArray &secret)
{
    click(dialog.accounts()->addButton());
    type(dialog, AccountEditor::Field::Name, name);
    type(dialog, AccountEditor::Field::AccessKeyId,
         emulator.credentials(QStringLiteral("emu-ali")).accessKeyId);
    type(dialog, AccountEditor::Field::Secret, QString::fromUtf8(secret));
    toggleRegion(dialog, QStringLiteral("cn-hangzhou"));
    type(dialog, AccountEditor::Field::Endpoint, emulator.baseUrl(Cloud::Aliyun).toString());
}

} // namespace DialogDriver
