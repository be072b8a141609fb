#include "ui/ContactDetailsPane.h"

#include "models/PiiText.h"
#include "ui/AccessibleNames.h"
#include "ui/PiiConcealer.h"
#include "ui/SecureClipboard.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kac::ui {

ContactDetailsPane::ContactDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout)
{
    auto *inner = new QWidget;
    inner->setLayout(m_layout);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The scroll area takes focus (to scroll with keys): it says what it holds.
    scroll->setAccessibleName(tr("Account users"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void ContactDetailsPane::setContacts(const QList<models::AccountContact> &contacts)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const models::AccountContact &contact = contacts.at(i);
        auto *box =
            new QGroupBox(contact.name + (contact.deceased ? tr(" (deceased)") : QString()));
        box->setObjectName(QStringLiteral("contact_%1").arg(i));
        auto *form = new QFormLayout(box);
        const QString prefix = QStringLiteral("contact%1_").arg(i);
        addPiiRow(form, tr("Email"), prefix + QStringLiteral("email"), contact.email,
                  models::maskEmail(contact.email), contact.email, true);
        addPiiRow(form, tr("Mobile"), prefix + QStringLiteral("mobile"), contact.mobile,
                  models::maskPhone(contact.mobile), models::displayPhone(contact.mobile), false);
        addPiiRow(form, tr("Landline"), prefix + QStringLiteral("landline"), contact.landline,
                  models::maskPhone(contact.landline), models::displayPhone(contact.landline),
                  false);
        addPiiRow(form, tr("Date of birth"), prefix + QStringLiteral("dateOfBirth"),
                  contact.dateOfBirth, models::maskDate(contact.dateOfBirth),
                  models::displayDate(contact.dateOfBirth), false);
        m_layout->addWidget(box);
    }
    if (contacts.isEmpty())
        m_layout->addWidget(new QLabel(tr("No account users on this account.")));
    m_layout->addStretch();
}

void ContactDetailsPane::addPiiRow(QFormLayout *form, const QString &label,
                                   const QString &objectName, const QString &value,
                                   const QString &masked, const QString &revealed, bool copyable)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(row);
    AccessibleNames::setLabelledValue(text, label, value.isEmpty() ? tr("—") : masked);
    text->setObjectName(objectName);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(text, 1);
    if (!value.isEmpty()) {
        auto *reveal = new QPushButton(tr("Reveal"), row);
        reveal->setObjectName(objectName + QStringLiteral("_reveal"));
        reveal->setAccessibleName(tr("Reveal %1").arg(label));
        reveal->setCheckable(true);
        PiiConcealer::markRevealToggle(reveal); // masked again on lock and sign-out
        connect(reveal, &QPushButton::toggled, text, [=](bool shown) {
            AccessibleNames::setLabelledValue(text, label, shown ? revealed : masked);
            reveal->setText(shown ? tr("Hide") : tr("Reveal"));
            // The name says what pressing it does now.
            reveal->setAccessibleName(shown ? tr("Hide %1").arg(label)
                                            : tr("Reveal %1").arg(label));
        });
        layout->addWidget(reveal);
        if (copyable) {
            auto *copy = new QPushButton(tr("Copy"), row);
            copy->setObjectName(objectName + QStringLiteral("_copy"));
            copy->setAccessibleName(tr("Copy %1").arg(label));
            connect(copy, &QPushButton::clicked, this, [this, value, label] {
                copyToClipboard(value, true);
                emit copied(tr("%1 copied").arg(label));
            });
            layout->addWidget(copy);
        }
    }
    form->addRow(label + QLatin1Char(':'), row);
}

} // namespace kac::ui
