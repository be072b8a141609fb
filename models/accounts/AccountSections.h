#pragma once

#include "models/accounts/RecordTableModel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kac::models {

// One lazily loaded section of the account detail (a tab): which operation fetches it, where
// its records sit in the answer and how to show them. The first section (account users and
// contact details) is not here: it arrives with the header in AccountOverview.
struct AccountSectionSpec
{
    enum class Shape
    {
        List,       // listPath leads to a JSON array of records
        Connection, // listPath leads to a Relay connection, paged with RelayPager
        Fields,     // listPath leads to one object shown as label/value rows
    };

    QString id;            // "transactions"
    QString title;         // "Transactions"
    QString operationName; // "AccountTransactions" (resources/graphql/<name>.graphql)
    QStringList listPath;  // {"account", "transactions"}
    Shape shape = Shape::List;
    QList<RecordColumn> columns; // for Fields: one column per field, shown as rows
    int pageSize = 100;
    QString emptyText; // what the empty state says

    // Connections Kraken can order: sorting by orderedColumn asks the server again with the
    // argument set to ascending/descending, so the order covers every page, not just the rows
    // loaded. Other columns sort the loaded rows. No argument: every column sorts loaded rows.
    struct ServerOrder
    {
        int column = -1;
        QString argument;   // "orderBy"
        QString ascending;  // "POSTED_DATE_ASC"
        QString descending; // "POSTED_DATE_DESC" (Kraken's default)
    } serverOrder;
    // Connections Kraken can filter by date: the arguments for the first day (inclusive) and
    // the day after the last (Kraken's end is exclusive). Empty: no date filter.
    QString fromDateArgument;
    QString toDateArgument;
};

// Every section in the order of the account detail's tabs.
QList<AccountSectionSpec> accountSections();
AccountSectionSpec accountSection(const QString &id);

} // namespace kac::models
