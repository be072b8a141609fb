#pragma once

#include "models/properties/MeterLookupService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kac::api {
class ErrorCatalog;
class Transport;
} // namespace kac::api

namespace kac::ui {

// "Who supplies this NMI / MIRN?": the identifier is checked as it is typed (check digit
// included) and only a valid one is sent; the answer names the property and links to the
// account. Below, NMI discovery finds an NMI from an address.
class MeterLookupWidget : public QWidget
{
    Q_OBJECT
public:
    MeterLookupWidget(api::Transport *transport, const api::ErrorCatalog *errors,
                      QWidget *parent = nullptr);

    models::MeterLookupService *service() const { return m_service; }
    QLineEdit *identifierEdit() const { return m_identifier; }
    QPushButton *lookupButton() const { return m_lookup; }
    QLabel *hintLabel() const { return m_hint; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *openAccountButton() const { return m_openAccount; }
    QLabel *discoveryLabel() const { return m_discoveryResult; }
    QString foundAccountNumber() const { return m_foundAccount; }

    struct AddressFields
    {
        QLineEdit *unit, *number, *lot, *street, *suburb, *postcode;
        QComboBox *state;
    };
    AddressFields addressFields() const { return m_address; }
    QPushButton *discoverButton() const { return m_discover; }

public slots:
    void lookUp();
    void discover();

signals:
    void openAccountRequested(const QString &accountNumber);

private:
    void onTextEdited(const QString &text);
    void onFound(const models::MeterLookupService::Result &result);
    void showFailure(const api::ApiError &error);

    models::MeterLookupService *m_service;
    const api::ErrorCatalog *m_errors;
    QLineEdit *m_identifier;
    QPushButton *m_lookup;
    QLabel *m_hint;
    QLabel *m_result;
    QPushButton *m_openAccount;
    AddressFields m_address;
    QPushButton *m_discover;
    QLabel *m_discoveryResult;
    QPushButton *m_useDiscovered;
    QString m_foundAccount;
    QString m_discoveredNmi;
};

} // namespace kac::ui
