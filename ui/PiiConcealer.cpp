#include "ui/PiiConcealer.h"

#include <QAbstractButton>
#include <QWidget>

namespace kac::ui::PiiConcealer {

namespace {
constexpr const char *kRevealsPii = "kacRevealsPii";
}

void markRevealToggle(QAbstractButton *toggle)
{
    toggle->setProperty(kRevealsPii, true);
}

void concealAll(QWidget *root)
{
    for (QAbstractButton *toggle : root->findChildren<QAbstractButton *>()) {
        if (toggle->property(kRevealsPii).toBool() && toggle->isChecked())
            toggle->setChecked(false);
    }
}

} // namespace kac::ui::PiiConcealer
