#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace kac::ui {

// The agent's main window. For now: the frame and the status bar; panes arrive with their issues.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setEndpoint(const QUrl &endpoint);
    void setConnectionState(const QString &state);

private:
    QLabel *m_endpointLabel;
    QLabel *m_connectionLabel;
};

} // namespace kac::ui
