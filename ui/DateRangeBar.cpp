#include "ui/DateRangeBar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kac::ui {

DateRangeBar::DateRangeBar(const QString &switchText, QWidget *parent)
    : QWidget(parent)
    , m_switch(new QCheckBox(switchText))
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_show(new QPushButton(tr("Show")))
{
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addMonths(-3));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy")); // as the table shows dates
        edit->setEnabled(false);
    }
    m_show->setEnabled(false);
    connect(m_switch, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        m_show->setEnabled(on);
        emit rangeChanged();
    });
    connect(m_show, &QPushButton::clicked, this, &DateRangeBar::rangeChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_switch);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to")));
    layout->addWidget(m_to);
    layout->addWidget(m_show);
    layout->addStretch(1);
}

bool DateRangeBar::isOn() const
{
    return m_switch->isChecked();
}

QDate DateRangeBar::from() const
{
    return isOn() ? std::min(m_from->date(), m_to->date()) : QDate();
}

QDate DateRangeBar::to() const
{
    return isOn() ? std::max(m_from->date(), m_to->date()) : QDate();
}

} // namespace kac::ui
