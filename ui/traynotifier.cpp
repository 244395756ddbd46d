// The badge is drawn onto the application icon (a red disc with the Error count, amber when only
// accounts are stale), because tray icons have no native badge on Linux or Windows.
#include "traynotifier.h"

#include "applicationicon.h"
#include "plaintext.h"

#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TrayNotifier::flush);
    m_icon = applicationIcon();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        emit activated();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::messageClicked);
    }
    setCounts({});
}

void TrayNotifier::setContextMenu(QMenu *menu)
{
    if (m_tray)
        m_tray->setContextMenu(menu);
}

void TrayNotifier::setVisible(bool visible)
{
    if (m_tray)
        m_tray->setVisible(visible);
}

void TrayNotifier::setOptions(const TransitionDigest::Options &options)
{
    m_digest.setOptions(options);
    schedule();
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_digest.clear();
        m_timer.stop();
    }
}

void TrayNotifier::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void TrayNotifier::addTransition(const TransitionDigest::Event &event)
{
    if (!m_enabled)
        return;
    if (m_digest.add(event, now()))
        schedule();
}

void TrayNotifier::schedule()
{
    const std::optional<QDateTime> due = m_digest.due();
    if (!due) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(now().msecsTo(*due), 0, 24 * 3600 * 1000)));
}

void TrayNotifier::flush()
{
    const std::optional<TransitionDigest::Notification> n = m_digest.take(now());
    if (n) {
        const QString title = PlainText::notification(n->title);
        const QString body = PlainText::notification(n->body);
        if (m_tray && m_tray->isVisible())
            m_tray->showMessage(title, body,
                                n->severe ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                                10000);
        emit notificationShown(title, body, n->severe);
    }
    schedule();
}

void TrayNotifier::setCounts(const Counts &counts)
{
    const QLocale locale;
    QString tip = tr("Fleetwatch — %1 running · %2 stopped · %3 error")
                      .arg(locale.toString(counts.running), locale.toString(counts.stopped),
                           locale.toString(counts.error));
    if (counts.staleAccounts > 0)
        tip += u'\n' + tr("%n account(s) not up to date", nullptr, counts.staleAccounts);
    m_toolTip = tip;
    if (!(counts == m_counts) || m_icon.isNull()) {
        const bool badgeChanged = (counts.error > 0) != (m_counts.error > 0)
            || counts.error != m_counts.error
            || (counts.staleAccounts > 0) != (m_counts.staleAccounts > 0);
        m_counts = counts;
        if (badgeChanged || m_icon.isNull())
            m_icon = badgeIcon(counts);
    }
    if (m_tray) {
        m_tray->setToolTip(m_toolTip);
        m_tray->setIcon(m_icon);
    }
}

QIcon TrayNotifier::badgeIcon(const Counts &counts)
{
    const QIcon base = applicationIcon();
    if (counts.error == 0 && counts.staleAccounts == 0)
        return base;
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pm = base.pixmap(size, size);
        if (pm.isNull()) {
            pm = QPixmap(size, size);
            pm.fill(Qt::transparent);
        }
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.56;
        const QRectF disc(size - d, 0, d, d);
        p.setPen(QPen(Qt::white, std::max(1.0, size / 24.0)));
        p.setBrush(counts.error > 0 ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xe0, 0x8a, 0x00));
        p.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
        if (counts.error > 0 && size >= 22) {
            QFont font = p.font();
            font.setBold(true);
            font.setPixelSize(int(d * 0.62));
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(disc, Qt::AlignCenter,
                       counts.error > 99 ? QStringLiteral("99+") : QString::number(counts.error));
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}
