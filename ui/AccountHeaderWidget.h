#pragma once

#include "models/accounts/AccountOverview.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QVBoxLayout;

namespace kac::ui {

// The top of an account tab, always visible: number (with Copy), status, brand, customer,
// balance and overdue balance in AUD, the NMI/MIRN supply points (with Copy) and a banner for
// each safety-critical flag (life support, hardship, vulnerability).
class AccountHeaderWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AccountHeaderWidget(QWidget *parent = nullptr);

    void setOverview(const models::AccountOverview &overview);
    // "Life support", "Hardship"... in display order (tests, accessibility).
    QStringList bannerTitles() const;
    QString fieldText(const QString &objectName) const;

signals:
    // After a Copy button put something on the clipboard ("Account number copied").
    void copied(const QString &what);

private:
    QWidget *makeBanner(const models::AccountFlag &flag);
    QWidget *makeSupplyPoint(const models::SupplyPoint &point);

    QLabel *m_number;
    QLabel *m_status;
    QLabel *m_brand;
    QLabel *m_customer;
    QLabel *m_balance;
    QLabel *m_overdue;
    QHBoxLayout *m_supplyLayout;
    QVBoxLayout *m_bannerLayout;
    QStringList m_bannerTitles;
    QString m_accountNumber;
};

} // namespace kac::ui
