#include "ui/properties/MeterLookupWidget.h"

#include "models/AgentWords.h"
#include "ui/PaneStateWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kac::ui {

using models::MeterIdentifiers;
using models::MeterLookupService;

MeterLookupWidget::MeterLookupWidget(api::Transport *transport, const api::ErrorCatalog *errors,
                                     QWidget *parent)
    : QWidget(parent)
    , m_service(new MeterLookupService(transport, this))
    , m_errors(errors)
    , m_identifier(new QLineEdit)
    , m_lookup(new QPushButton(tr("&Look up")))
    , m_hint(new QLabel)
    , m_result(new QLabel)
    , m_openAccount(new QPushButton(tr("&Open account")))
    , m_discover(new QPushButton(tr("&Find NMI")))
    , m_discoveryResult(new QLabel)
    , m_useDiscovered(new QPushButton(tr("Look up &this NMI")))
{
    m_identifier->setPlaceholderText(tr("NMI or MIRN, with or without its check digit"));
    m_identifier->setAccessibleName(tr("NMI or MIRN"));
    m_identifier->setMaxLength(20);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_openAccount->setVisible(false);
    m_useDiscovered->setVisible(false);

    connect(m_identifier, &QLineEdit::textEdited, this, &MeterLookupWidget::onTextEdited);
    connect(m_identifier, &QLineEdit::returnPressed, this, &MeterLookupWidget::lookUp);
    connect(m_lookup, &QPushButton::clicked, this, &MeterLookupWidget::lookUp);
    connect(m_result, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("account:")))
            emit openAccountRequested(link.mid(8));
    });
    connect(m_openAccount, &QPushButton::clicked, this, [this] {
        if (!m_foundAccount.isEmpty())
            emit openAccountRequested(m_foundAccount);
    });
    connect(m_service, &MeterLookupService::rejected, this,
            [this](const MeterIdentifiers::Check &check) { m_hint->setText(check.message()); });
    connect(m_service, &MeterLookupService::lookupStarted, this, [this](const QString &identifier) {
        m_result->setText(tr("Looking up %1…").arg(identifier));
        m_openAccount->setVisible(false);
        m_foundAccount.clear();
    });
    connect(m_service, &MeterLookupService::lookupFinished, this, &MeterLookupWidget::onFound);
    connect(m_service, &MeterLookupService::lookupFailed, this, &MeterLookupWidget::showFailure);

    auto *row = new QHBoxLayout;
    row->addWidget(m_identifier, 1);
    row->addWidget(m_lookup);
    auto *lookupBox = new QGroupBox(tr("Who supplies an NMI or MIRN"));
    auto *lookupLayout = new QVBoxLayout(lookupBox);
    lookupLayout->addLayout(row);
    lookupLayout->addWidget(m_hint);
    lookupLayout->addWidget(m_result);
    lookupLayout->addWidget(m_openAccount, 0, Qt::AlignLeft);

    // NMI discovery from an address.
    m_address = {new QLineEdit, new QLineEdit, new QLineEdit, new QLineEdit,
                 new QLineEdit, new QLineEdit, new QComboBox};
    m_address.unit->setPlaceholderText(tr("4, or Shop 4"));
    m_address.number->setPlaceholderText(tr("26 or 26A"));
    m_address.lot->setPlaceholderText(tr("only without a house number"));
    m_address.street->setPlaceholderText(tr("Sylvan Road"));
    m_address.state->addItems({QString(), QStringLiteral("ACT"), QStringLiteral("NSW"),
                               QStringLiteral("NT"), QStringLiteral("QLD"), QStringLiteral("SA"),
                               QStringLiteral("TAS"), QStringLiteral("VIC"), QStringLiteral("WA")});
    m_address.postcode->setMaxLength(4);
    m_address.postcode->setInputMask(QString());
    auto *discoveryBox = new QGroupBox(tr("Find the NMI at an address"));
    auto *form = new QFormLayout(discoveryBox);
    form->addRow(tr("&Unit"), m_address.unit);
    form->addRow(tr("House &number"), m_address.number);
    form->addRow(tr("Lo&t number"), m_address.lot);
    form->addRow(tr("&Street (with type)"), m_address.street);
    form->addRow(tr("Su&burb"), m_address.suburb);
    form->addRow(tr("St&ate"), m_address.state);
    form->addRow(tr("&Postcode"), m_address.postcode);
    form->addRow(m_discover);
    form->addRow(m_discoveryResult);
    form->addRow(m_useDiscovered);
    connect(m_discover, &QPushButton::clicked, this, &MeterLookupWidget::discover);
    connect(m_useDiscovered, &QPushButton::clicked, this, [this] {
        m_identifier->setText(m_discoveredNmi);
        lookUp();
    });
    connect(m_service, &MeterLookupService::discoveryFinished, this, [this](const QString &nmi) {
        m_discoveredNmi = nmi;
        m_discoveryResult->setText(tr("NMI %1 (check digit %2)").arg(nmi.left(10), nmi.mid(10)));
        m_useDiscovered->setVisible(true);
        m_discover->setEnabled(true);
    });
    connect(m_service, &MeterLookupService::discoveryNoMatch, this, [this](const QString &reason) {
        m_discoveryResult->setText(reason);
        m_discover->setEnabled(true);
    });
    connect(m_service, &MeterLookupService::discoveryRejected, this, [this](const QString &reason) {
        m_discoveryResult->setText(reason);
        m_discover->setEnabled(true);
    });
    connect(m_service, &MeterLookupService::discoveryFailed, this,
            [this](const api::ApiError &error) {
                m_discoveryResult->setText(PaneStateWidget::messageFor(error, m_errors));
                m_discover->setEnabled(true);
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lookupBox);
    layout->addWidget(discoveryBox);
    layout->addStretch(1);
}

void MeterLookupWidget::onTextEdited(const QString &text)
{
    // Live feedback while typing; nothing is sent until Enter or "Look up".
    const auto check = MeterIdentifiers::checkEither(text);
    if (check.isValid() || check.verdict == MeterIdentifiers::Verdict::Empty)
        m_hint->setText(check.isValid() && MeterIdentifiers::compact(text).size() == 10
                            ? tr("Check digit: %1").arg(check.checkDigit)
                            : QString());
    else if (MeterIdentifiers::compact(text).size() >= 10)
        m_hint->setText(check.message());
    else
        m_hint->clear();
}

void MeterLookupWidget::lookUp()
{
    m_foundAccount.clear();
    m_openAccount->setVisible(false);
    const auto check = m_service->lookup(m_identifier->text());
    if (!check.isValid())
        m_result->clear();
    else
        m_hint->clear();
}

void MeterLookupWidget::onFound(const MeterLookupService::Result &result)
{
    const QString what = result.kind == MeterIdentifiers::Kind::Nmi ? tr("NMI") : tr("MIRN");
    if (!result.found()) {
        m_result->setText(tr("No account of ours supplies %1 %2.").arg(what, result.identifier));
        return;
    }
    m_foundAccount = result.accountNumber;
    const QString status =
        result.krakenStatus.isEmpty()
            ? QString()
            : QStringLiteral(" (%1)").arg(
                  models::AgentWords::enumText(result.krakenStatus).toHtmlEscaped());
    const QString identifier =
        result.checkDigit.isEmpty()
            ? result.identifier
            : QStringLiteral("%1 (%2)").arg(result.identifier, result.checkDigit.toHtmlEscaped());
    m_result->setText(tr("%1 %2 at <b>%3</b>%4 — account <a href=\"account:%5\">%5</a>")
                          .arg(what, identifier, result.address.toHtmlEscaped(), status,
                               result.accountNumber.toHtmlEscaped()));
    m_openAccount->setText(tr("&Open account %1").arg(result.accountNumber));
    m_openAccount->setVisible(true);
}

void MeterLookupWidget::showFailure(const api::ApiError &error)
{
    const QString code =
        error.errorCode.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(error.errorCode);
    m_result->setText((PaneStateWidget::messageFor(error, m_errors) + code).toHtmlEscaped());
}

void MeterLookupWidget::discover()
{
    MeterLookupService::Address address;
    address.unit = m_address.unit->text();
    address.houseNumber = m_address.number->text();
    address.lotNumber = m_address.lot->text();
    address.street = m_address.street->text();
    address.suburb = m_address.suburb->text();
    address.state = m_address.state->currentText();
    address.postcode = m_address.postcode->text();
    m_useDiscovered->setVisible(false);
    m_discoveryResult->setText(tr("Asking AEMO…"));
    m_discover->setEnabled(false);
    m_service->discoverNmi(address); // an incomplete address comes back as discoveryRejected
}

} // namespace kac::ui
