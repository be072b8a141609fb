#include "models/accounts/AccountSections.h"

#include <QCoreApplication>

namespace kac::models {

namespace {

using F = RecordColumn::Format;
using Shape = AccountSectionSpec::Shape;

QString tr(const char *text)
{
    return QCoreApplication::translate("kac::models::AccountSections", text);
}

AccountSectionSpec section(const QString &id, const QString &title, const QString &operation,
                           const QString &field, Shape shape, const QList<RecordColumn> &columns,
                           const QString &emptyText)
{
    AccountSectionSpec spec;
    spec.id = id;
    spec.title = title;
    spec.operationName = operation;
    spec.listPath = field.isEmpty() ? QStringList{QStringLiteral("account")}
                                    : QStringList{QStringLiteral("account"), field};
    spec.shape = shape;
    spec.columns = columns;
    spec.emptyText = emptyText;
    return spec;
}

} // namespace

QList<AccountSectionSpec> accountSections()
{
    QList<AccountSectionSpec> sections;
    sections << section(
        QStringLiteral("billing"), tr("Billing details"), QStringLiteral("AccountBillingDetails"),
        {}, Shape::Fields,
        {{tr("Billing name"), QStringLiteral("billingName")},
         {tr("Billing sub-name"), QStringLiteral("billingSubName")},
         {tr("Billing email"), QStringLiteral("billingEmail"), F::Email},
         {tr("Billing address"), QStringLiteral("billingAddress")},
         {tr("Postcode"), QStringLiteral("billingAddressPostcode")},
         {tr("Comms delivery"), QStringLiteral("commsDeliveryPreference"), F::Enum},
         {tr("Document accessibility"), QStringLiteral("documentAccessibility"), F::Enum},
         {tr("Preferred language"), QStringLiteral("preferredLanguageForComms"), F::Enum},
         {tr("Total balance owing"), QStringLiteral("totalBalanceOwing"), F::Money},
         {tr("Account created"), QStringLiteral("createdAt"), F::DateTime}},
        tr("No billing details on this account."));
    sections << section(QStringLiteral("ledgers"), tr("Ledgers"), QStringLiteral("AccountLedgers"),
                        QStringLiteral("ledgers"), Shape::List,
                        {{tr("Number"), QStringLiteral("number")},
                         {tr("Name"), QStringLiteral("name")},
                         {tr("Type"), QStringLiteral("ledgerType"), F::Enum},
                         {tr("Balance"), QStringLiteral("balance"), F::Money}},
                        tr("This account has no ledgers."));
    sections << section(QStringLiteral("transactions"), tr("Transactions"),
                        QStringLiteral("AccountTransactions"), QStringLiteral("transactions"),
                        Shape::Connection,
                        {{tr("Posted"), QStringLiteral("postedDate"), F::Date},
                         {tr("Type"), QStringLiteral("__typename"), F::TypeName},
                         {tr("Title"), QStringLiteral("title")},
                         // Charges and refunds take from the balance, credits and payments
                         // add to it, as "Balance after" shows (positive: in credit).
                         {tr("Amount"),
                          QStringLiteral("amount"),
                          F::Money,
                          QStringLiteral("__typename"),
                          {QStringLiteral("Charge"), QStringLiteral("Refund")}},
                         {tr("Balance after"), QStringLiteral("balanceCarriedForward"), F::Money},
                         {tr("Reversed"), QStringLiteral("isReversed"), F::Boolean},
                         {tr("Note"), QStringLiteral("note")}},
                        tr("No transactions yet."));
    sections.last().serverOrder = {0, QStringLiteral("orderBy"), QStringLiteral("POSTED_DATE_ASC"),
                                   QStringLiteral("POSTED_DATE_DESC")};
    sections.last().fromDateArgument = QStringLiteral("fromDate");
    sections.last().toDateArgument = QStringLiteral("toDate");
    sections << section(QStringLiteral("bills"), tr("Bills"), QStringLiteral("AccountBills"),
                        QStringLiteral("bills"), Shape::Connection,
                        {{tr("Issued"), QStringLiteral("issuedDate"), F::Date},
                         {tr("From"), QStringLiteral("fromDate"), F::Date},
                         {tr("To"), QStringLiteral("toDate"), F::Date},
                         {tr("Type"), QStringLiteral("billType"), F::Enum},
                         {tr("Closing balance"), QStringLiteral("closingBalance"), F::Money},
                         {tr("Due"), QStringLiteral("paymentDueDate"), F::Date}},
                        tr("No bills issued yet."));
    sections << section(QStringLiteral("payments"), tr("Payments"),
                        QStringLiteral("AccountPayments"), QStringLiteral("payments"),
                        Shape::Connection,
                        {{tr("Date"), QStringLiteral("paymentDate"), F::Date},
                         {tr("Amount"), QStringLiteral("amount"), F::Money},
                         {tr("Status"), QStringLiteral("status"), F::Enum},
                         {tr("Method"), QStringLiteral("transactionType"), F::Enum},
                         {tr("Reference"), QStringLiteral("reference")}},
                        tr("No payments received yet."));
    sections << section(QStringLiteral("paymentPlans"), tr("Payment plans"),
                        QStringLiteral("AccountPaymentPlans"), QStringLiteral("paymentPlans"),
                        Shape::Connection,
                        {{tr("Status"), QStringLiteral("status"), F::Enum},
                         {tr("Plan"), QStringLiteral("strategyDisplayName")},
                         {tr("Accepted"), QStringLiteral("acceptedAt"), F::DateTime},
                         {tr("Next payment"), QStringLiteral("nextPayment.payableDate"), F::Date},
                         {tr("Next amount"), QStringLiteral("nextPayment.amount"), F::Money},
                         {tr("Method"), QStringLiteral("nextPayment.paymentType"), F::Enum}},
                        tr("No payment plans."));
    sections << section(QStringLiteral("paymentSchedules"), tr("Payment schedules"),
                        QStringLiteral("AccountPaymentSchedules"),
                        QStringLiteral("paymentSchedules"), Shape::Connection,
                        {{tr("Valid from"), QStringLiteral("validFrom"), F::Date},
                         {tr("Valid to"), QStringLiteral("validTo"), F::Date},
                         {tr("Day"), QStringLiteral("paymentDay")},
                         {tr("Frequency"), QStringLiteral("paymentFrequency"), F::Enum},
                         {tr("Every"), QStringLiteral("paymentFrequencyMultiplier")},
                         {tr("Amount"), QStringLiteral("paymentAmount"), F::Money},
                         {tr("Variable"), QStringLiteral("isVariablePaymentAmount"), F::Boolean},
                         {tr("Holiday"), QStringLiteral("isPaymentHoliday"), F::Boolean},
                         {tr("Reason"), QStringLiteral("reason"), F::Enum}},
                        tr("No payment schedules."));
    sections << section(QStringLiteral("complaints"), tr("Complaints"),
                        QStringLiteral("AccountComplaints"), QStringLiteral("complaints"),
                        Shape::Connection,
                        {{tr("Raised"), QStringLiteral("creationDate"), F::Date},
                         {tr("Resolved"), QStringLiteral("resolutionDate"), F::Date},
                         {tr("Type"), QStringLiteral("type"), F::Enum},
                         {tr("Subtype"), QStringLiteral("subtype"), F::Enum},
                         {tr("Official"), QStringLiteral("isOfficial"), F::Boolean},
                         {tr("Reference"), QStringLiteral("id")}},
                        tr("No complaints on this account."));
    sections << section(QStringLiteral("notes"), tr("Notes"), QStringLiteral("AccountNotes"),
                        QStringLiteral("notes"), Shape::List,
                        {{tr("Created"), QStringLiteral("createdAt"), F::DateTime},
                         {tr("Pinned"), QStringLiteral("isPinned"), F::Boolean},
                         {tr("Unpins"), QStringLiteral("unpinAt"), F::DateTime},
                         {tr("Note"), QStringLiteral("body")}},
                        tr("No notes on this account."));
    sections << section(QStringLiteral("references"), tr("References"),
                        QStringLiteral("AccountReferences"), QStringLiteral("references"),
                        Shape::List,
                        {{tr("Namespace"), QStringLiteral("namespace"), F::Enum},
                         {tr("Value"), QStringLiteral("value")},
                         {tr("Created"), QStringLiteral("createdAt"), F::DateTime}},
                        tr("No external references."));
    sections << section(QStringLiteral("campaigns"), tr("Campaigns"),
                        QStringLiteral("AccountCampaigns"), QStringLiteral("campaigns"),
                        Shape::List,
                        {{tr("Campaign"), QStringLiteral("name")},
                         {tr("Slug"), QStringLiteral("slug")},
                         {tr("Start"), QStringLiteral("startDate"), F::Date},
                         {tr("Leaves"), QStringLiteral("expiryDate"), F::Date},
                         {tr("Campaign ends"), QStringLiteral("campaignExpiryDate"), F::Date}},
                        tr("Not in any campaign."));
    sections << section(QStringLiteral("consents"), tr("Consents"),
                        QStringLiteral("AccountConsents"), QStringLiteral("consents"), Shape::List,
                        {{tr("Consent"), QStringLiteral("type.name")},
                         {tr("Code"), QStringLiteral("code"), F::Enum},
                         {tr("Value"), QStringLiteral("value")}},
                        tr("No consents recorded."));
    return sections;
}

AccountSectionSpec accountSection(const QString &id)
{
    for (const AccountSectionSpec &spec : accountSections()) {
        if (spec.id == id)
            return spec;
    }
    return {};
}

} // namespace kac::models
