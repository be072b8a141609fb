#pragma once

#include <QString>

namespace kac::api {

// One GraphQL operation, read from the resources compiled into the application
// (resources/graphql/<Name>.graphql, one operation per file, named after the operation).
struct Operation
{
    QString name;
    QString document;

    // Reads :/kac/graphql/<name>.graphql; an invalid (empty) Operation when there is none.
    static Operation load(const QString &name);
    bool isValid() const { return !name.isEmpty() && !document.isEmpty(); }
    bool isMutation() const;
};

} // namespace kac::api
