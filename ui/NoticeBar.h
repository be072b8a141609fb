#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace kac::ui {

// A notice the agent must see and acknowledge (e.g. "this sign-in will not be remembered"):
// it stays until Dismiss is pressed, unlike a status-bar message that is gone in seconds.
// Hidden while there is nothing to say; a newer notice replaces the one shown.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &message);
    QString text() const; // empty once dismissed
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    QLabel *m_text;
    QPushButton *m_dismiss;
};

} // namespace kac::ui
