#include "ui/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace kac::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_endpointLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(tr("Not connected"), this))
{
    setWindowTitle(tr("Kraken Agent Console"));
    auto *placeholder = new QLabel(tr("Kraken Agent Console"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_endpointLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    resize(1200, 800);
}

void MainWindow::setEndpoint(const QUrl &endpoint)
{
    m_endpointLabel->setText(endpoint.toString(QUrl::RemoveUserInfo));
}

void MainWindow::setConnectionState(const QString &state)
{
    m_connectionLabel->setText(state);
}

} // namespace kac::ui
