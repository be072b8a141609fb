#pragma once

#include "models/RecordTableModel.h"

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
};

// Every section in the order of the account detail's tabs.
QList<AccountSectionSpec> accountSections();
AccountSectionSpec accountSection(const QString &id);

} // namespace kac::models
