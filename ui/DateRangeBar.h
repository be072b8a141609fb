#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QPushButton;

namespace kac::ui {

// "Only posted from [date] to [date] [Show]": a date range the agent switches on and off.
// Switching it, or Show, announces the range; editing a date alone sends nothing, so typing a
// date does not start a request per keystroke.
class DateRangeBar : public QWidget
{
    Q_OBJECT
public:
    explicit DateRangeBar(const QString &switchText, QWidget *parent = nullptr);

    bool isOn() const;
    QDate from() const; // null when off
    QDate to() const;   // null when off; inclusive

    QCheckBox *rangeSwitch() const { return m_switch; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *showButton() const { return m_show; }

signals:
    void rangeChanged();

private:
    QCheckBox *m_switch;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_show;
};

} // namespace kac::ui
