// HealthPill: one rounded, focusable chip of the account-health strip — a glyph in the
// status's colour, a line of text, the plain-words explanation as its tooltip, and "Copy
// details" in its context menu. Clicking it (or Enter/Space) emits clicked().
#pragma once

#include "statecolors.h"

#include <QAbstractButton>
#include <QIcon>

class HealthPill : public QAbstractButton
{
    Q_OBJECT

public:
    explicit HealthPill(QWidget *parent = nullptr);

    void setContent(const QIcon &glyph, StateColors::Tone tone, const QString &text,
                    const QString &toolTip, const QString &copyText);
    StateColors::Tone tone() const { return m_tone; }
    QString toolTipText() const { return m_toolTip; } // plain, before escaping
    QString copyText() const { return m_copyText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void copyRequested(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QIcon m_glyph;
    StateColors::Tone m_tone = StateColors::Tone::Muted;
    QString m_toolTip;
    QString m_copyText;
};
