#pragma once

#include "models/accounts/AccountOverview.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace kac::ui {

// The first section of an account: its users and their contact details. Email, phone numbers
// and date of birth are masked until the agent presses that field's Reveal button; Copy puts
// the real value on the clipboard marked as secret.
class ContactDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContactDetailsPane(QWidget *parent = nullptr);

    void setContacts(const QList<models::AccountContact> &contacts);

signals:
    void copied(const QString &what);

private:
    void addPiiRow(QFormLayout *form, const QString &label, const QString &objectName,
                   const QString &value, const QString &masked, const QString &revealed,
                   bool copyable);

    QVBoxLayout *m_layout;
};

} // namespace kac::ui
