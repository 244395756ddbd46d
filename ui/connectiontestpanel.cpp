// The outcome's text comes partly from the server (codes, request ids): every label here is
// Qt::PlainText.
#include "connectiontestpanel.h"

#include "statecolors.h"
#include "uiicons.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

ConnectionTestPanel::ConnectionTestPanel(QNetworkAccessManager *network,
                                         CredentialResolver *resolver, QWidget *parent)
    : QWidget(parent)
    , m_check(new ConnectionCheck(network, resolver, this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QPushButton(tr("&Test connection"), this);
    m_button->setAutoDefault(false);
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setFixedSize(size, size);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setVisible(false);
    layout->addWidget(m_button, 0, 0, Qt::AlignTop);
    layout->addWidget(m_icon, 0, 1, Qt::AlignTop);
    layout->addWidget(m_message, 0, 2);
    layout->addWidget(m_details, 1, 2);
    layout->setColumnStretch(2, 1);
    m_icon->setVisible(false);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_check->isRunning())
            cancel();
        else
            emit testRequested();
    });
    connect(m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheckResult &r) {
        setRunning(false);
        show(r);
        emit finished(r);
    });
}

void ConnectionTestPanel::run(const Account &account, const Credentials &typed)
{
    m_last.reset();
    m_icon->setVisible(false);
    m_details->setVisible(false);
    m_message->setText(account.cloud == Cloud::Zenlayer || account.regions.isEmpty()
                           ? tr("Testing…")
                           : tr("Testing %1…").arg(account.regions.constFirst()));
    setRunning(true);
    m_check->start(account, typed);
}

void ConnectionTestPanel::cancel()
{
    if (!m_check->isRunning())
        return;
    m_check->cancel();
    setRunning(false);
    m_message->setText(tr("Test cancelled."));
}

void ConnectionTestPanel::reset()
{
    m_check->cancel();
    setRunning(false);
    m_last.reset();
    m_icon->setVisible(false);
    m_message->clear();
    m_details->clear();
    m_details->setVisible(false);
}

void ConnectionTestPanel::setRunning(bool running)
{
    m_button->setText(running ? tr("Cancel &test") : tr("&Test connection"));
}

void ConnectionTestPanel::show(const ConnectionCheckResult &result)
{
    m_last = result;
    QString glyph = u"health-unreachable"_s;
    StateColors::Tone tone = StateColors::Tone::Bad;
    if (result.ok()) {
        glyph = u"health-ok"_s;
        tone = StateColors::Tone::Good;
    } else if (result.error && result.error->kind == FetchError::Kind::Auth) {
        glyph = u"health-auth"_s;
    } else if (result.error && result.error->kind == FetchError::Kind::ClockSkew) {
        glyph = u"health-clock"_s;
    } else if (result.error && result.error->kind == FetchError::Kind::Throttled) {
        glyph = u"health-throttled"_s;
        tone = StateColors::Tone::Warning;
    } else if (result.outcome != ConnectionCheckResult::Outcome::Failed) {
        glyph = u"health-auth"_s;
        tone = StateColors::Tone::Warning;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(UiIcons::named(glyph, StateColors::accent(tone, palette()))
                          .pixmap(size, size, isEnabled() ? QIcon::Normal : QIcon::Disabled));
    m_icon->setVisible(true);
    m_message->setText(result.message());
    const QString details = result.details();
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}
