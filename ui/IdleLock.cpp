#include "ui/IdleLock.h"

#include "models/AppSettings.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

namespace kac::ui {

namespace {

QString idleMessage()
{
    return IdleLock::tr("The console was locked after a period of inactivity.\n"
                        "Sign in again to see customer details.");
}

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(QWidget *covered, QObject *parent)
    : QObject(parent)
    , m_covered(covered)
    , m_overlay(new QWidget(covered))
    , m_message(new QLabel(idleMessage(), m_overlay))
{
    m_overlay->setObjectName(QStringLiteral("idleLockOverlay"));
    m_overlay->setAutoFillBackground(true);
    m_overlay->setAccessibleName(tr("Console locked"));
    auto *layout = new QVBoxLayout(m_overlay);
    layout->addStretch();
    m_message->setObjectName(QStringLiteral("idleLockMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_message);
    auto *signIn = new QPushButton(tr("Sign in…"), m_overlay);
    signIn->setObjectName(QStringLiteral("idleLockSignIn"));
    layout->addWidget(signIn, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(signIn, &QPushButton::clicked, this, &IdleLock::signInRequested);
    m_overlay->hide();
    covered->installEventFilter(this); // to follow its size

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    restart();
}

IdleLock::~IdleLock()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
    restart();
}

void IdleLock::applySettings(const models::AppSettings &settings)
{
    bool ok = false;
    const int minutes = settings.value(models::AppSettings::kIdleTimeoutMinutes).toInt(&ok);
    setTimeoutMs(ok ? minutes * 60 * 1000 : 30 * 60 * 1000);
}

void IdleLock::restart()
{
    if (m_locked || m_timeoutMs == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_timeoutMs);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_covered && event->type() == QEvent::Resize)
        layoutOverlay();
    // A shortcut (a menu action, a dock's toggle, Ctrl+Tab) could bring a hidden pane back.
    if (m_locked && event->type() == QEvent::Shortcut && belongsToCoveredWindow(watched))
        return true;
    // Input while locked does not count: only signing in unlocks.
    if (!m_locked && isInput(event->type()) && m_timer.isActive() &&
        m_timer.remainingTime() < m_timeoutMs - 50)
        restart(); // (restarting at most every 50 ms: mouse moves come in floods)
    return QObject::eventFilter(watched, event);
}

bool IdleLock::belongsToCoveredWindow(QObject *object) const
{
    if (!m_covered)
        return false;
    // The first window up the parents, passing over menus and docks (their popups and floating
    // frames are windows of their own but belong to the main window).
    for (QObject *o = object; o; o = o->parent()) {
        auto *widget = qobject_cast<QWidget *>(o);
        if (!widget || qobject_cast<QMenu *>(widget) || qobject_cast<QDockWidget *>(widget))
            continue;
        if (widget->isWindow())
            return widget == m_covered->window();
    }
    return false;
}

void IdleLock::layoutOverlay()
{
    if (m_covered)
        m_overlay->setGeometry(m_covered->rect());
}

void IdleLock::lock()
{
    lockWithMessage(idleMessage());
}

void IdleLock::lockWithMessage(const QString &message)
{
    m_message->setText(message);
    if (m_locked || !m_covered)
        return;
    m_locked = true;
    m_timer.stop();
    m_hidden.clear();
    for (QWidget *child : m_covered->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        // Dialogs stay (the sign-in dialog is one); floating docks are windows but hold panes.
        const bool dock = qobject_cast<QDockWidget *>(child) != nullptr;
        if (child == m_overlay || child->isHidden() || (child->isWindow() && !dock))
            continue;
        m_hidden << child;
        child->hide();
    }
    layoutOverlay();
    m_overlay->show();
    m_overlay->raise();
    m_overlay->setFocus();
    emit locked();
}

void IdleLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_overlay->hide();
    for (const QPointer<QWidget> &child : std::as_const(m_hidden)) {
        if (child)
            child->show();
    }
    m_hidden.clear();
    restart();
    emit unlocked();
}

} // namespace kac::ui
