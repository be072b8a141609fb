#include "ui/AccountHeaderWidget.h"

#include "models/Money.h"
#include "ui/AccessibleNames.h"
#include "ui/DecodedValueLabel.h"
#include "ui/SecureClipboard.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kac::ui {

namespace {

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Heard as "Balance: $487.12 owing" once set (AccessibleNames::setLabelledValue).
    label->setProperty("kacCaption", accessibleName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QToolButton *copyButton(const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(QObject::tr("Copy"));
    button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    return button;
}

void setValue(QLabel *label, const QString &text)
{
    AccessibleNames::setLabelledValue(label, label->property("kacCaption").toString(), text);
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

AccountHeaderWidget::AccountHeaderWidget(QWidget *parent)
    : QWidget(parent)
    , m_number(valueLabel(QStringLiteral("accountNumber"), tr("Account number"), this))
    , m_status(valueLabel(QStringLiteral("accountStatus"), tr("Account status"), this))
    , m_brand(valueLabel(QStringLiteral("accountBrand"), tr("Brand"), this))
    , m_customer(valueLabel(QStringLiteral("customerName"), tr("Customer name"), this))
    , m_balance(valueLabel(QStringLiteral("balance"), tr("Balance"), this))
    , m_overdue(valueLabel(QStringLiteral("overdueBalance"), tr("Overdue balance"), this))
    , m_supplyLayout(new QHBoxLayout)
    , m_bannerLayout(new QVBoxLayout)
{
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_number->setFont(big);
    m_customer->setFont(big);

    auto *copyNumber = copyButton(tr("Copy account number"), this);
    copyNumber->setObjectName(QStringLiteral("copyAccountNumber"));
    connect(copyNumber, &QToolButton::clicked, this, [this] {
        copyToClipboard(m_accountNumber, false);
        emit copied(tr("Account number copied"));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_number);
    top->addWidget(copyNumber);
    top->addSpacing(12);
    top->addWidget(m_customer, 1);
    top->addWidget(m_status);
    top->addSpacing(8);
    top->addWidget(m_brand);

    auto *money = new QHBoxLayout;
    auto *balanceCaption = new QLabel(tr("Balance:"), this);
    balanceCaption->setBuddy(m_balance);
    auto *overdueCaption = new QLabel(tr("Overdue:"), this);
    overdueCaption->setBuddy(m_overdue);
    money->addWidget(balanceCaption);
    money->addWidget(m_balance);
    money->addSpacing(16);
    money->addWidget(overdueCaption);
    money->addWidget(m_overdue);
    money->addStretch();
    // The NMI and MIRN on a line of their own: beside the balances they made the header 694 px
    // wide at least, which a 1366 px screen with a dock open could not give the account.
    m_supplyLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(m_bannerLayout);
    layout->addLayout(top);
    layout->addLayout(money);
    layout->addLayout(m_supplyLayout);
}

void AccountHeaderWidget::setOverview(const models::AccountOverview &overview)
{
    m_accountNumber = overview.number;
    setValue(m_number, overview.number);
    setValue(m_customer, overview.customerName);
    setValue(m_status, overview.status);
    setValue(m_brand, overview.brand);
    showDecoded(m_balance, overview.balanceCents, [](qint64 cents) {
        return cents == 0  ? models::formatCents(0)
               : cents < 0 ? tr("%1 owing").arg(models::formatCents(-cents))
                           : tr("%1 in credit").arg(models::formatCents(cents));
    });
    showDecoded(m_overdue, overview.overdueCents,
                [](qint64 cents) { return models::formatCents(cents); });
    setValue(m_balance, m_balance->text()); // heard with its caption, reason as description
    setValue(m_overdue, m_overdue->text());
    const bool overdue = overview.overdueCents.isAvailable() && overview.overdueCents.value() > 0;
    m_overdue->setStyleSheet(overdue ? QStringLiteral("color: #b00020; font-weight: bold;")
                                     : QString());

    clearLayout(m_bannerLayout);
    m_bannerTitles.clear();
    for (const models::AccountFlag &flag : overview.flags) {
        m_bannerLayout->addWidget(makeBanner(flag));
        m_bannerTitles << flag.title;
    }
    clearLayout(m_supplyLayout);
    for (const models::SupplyPoint &point : overview.supplyPoints) {
        m_supplyLayout->addWidget(makeSupplyPoint(point));
        m_supplyLayout->addSpacing(16);
    }
    m_supplyLayout->addStretch();
}

QStringList AccountHeaderWidget::bannerTitles() const
{
    return m_bannerTitles;
}

QString AccountHeaderWidget::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

QWidget *AccountHeaderWidget::makeBanner(const models::AccountFlag &flag)
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("banner_") + flag.id);
    banner->setFrameShape(QFrame::StyledPanel);
    QString colours;
    switch (flag.severity) {
    case models::AccountFlag::Severity::Critical:
        colours = QStringLiteral("background: #b00020; color: white;");
        break;
    case models::AccountFlag::Severity::Warning:
        colours = QStringLiteral("background: #ffb300; color: black;");
        break;
    case models::AccountFlag::Severity::Notice:
        colours = QStringLiteral("background: #546e7a; color: white;");
        break;
    }
    banner->setStyleSheet(QStringLiteral("QFrame#%1 { %2 border-radius: 3px; } QLabel { %2 }")
                              .arg(banner->objectName(), colours));
    auto *text = new QLabel(QStringLiteral("<b>%1</b> — %2")
                                .arg(flag.title.toHtmlEscaped(), flag.detail.toHtmlEscaped()),
                            banner);
    text->setWordWrap(true);
    banner->setAccessibleName(flag.title);
    banner->setAccessibleDescription(flag.detail);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(text);
    return banner;
}

QWidget *AccountHeaderWidget::makeSupplyPoint(const models::SupplyPoint &point)
{
    auto *box = new QWidget(this);
    box->setObjectName(point.kind.toLower() + QLatin1Char('_') + point.identifier);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    // Agents quote the 10-character identifier; the check digit is shown apart.
    const QString full = point.identifier;
    auto *label = valueLabel(point.kind.toLower(), point.kind, box);
    setValue(label, point.checksum.isEmpty()
                        ? QStringLiteral("%1 %2").arg(point.kind, full)
                        : QStringLiteral("%1 %2 (%3)").arg(point.kind, full, point.checksum));
    label->setToolTip(tr("%1 (%2)").arg(point.distributor, point.address));
    auto *copy = copyButton(tr("Copy %1").arg(point.kind), box);
    copy->setObjectName(QStringLiteral("copy") + point.kind);
    connect(copy, &QToolButton::clicked, this, [this, full, kind = point.kind] {
        copyToClipboard(full, false);
        emit copied(tr("%1 copied").arg(kind));
    });
    layout->addWidget(label);
    layout->addWidget(copy);
    return box;
}

} // namespace kac::ui
