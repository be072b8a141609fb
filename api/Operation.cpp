#include "api/Operation.h"

#include "api/Log.h"

#include <QFile>
#include <QRegularExpression>

namespace kac::api {

Operation Operation::load(const QString &name)
{
    QFile file(QStringLiteral(":/kac/graphql/%1.graphql").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(kacTransport) << "no GraphQL operation named" << name;
        return {};
    }
    return Operation{name, QString::fromUtf8(file.readAll())};
}

bool Operation::isMutation() const
{
    // The first definition keyword decides; comments (#...) may precede it.
    static const QRegularExpression firstKeyword(
        QStringLiteral(R"(^(?:\s|#[^\n]*\n)*(query|mutation|subscription|fragment|\{))"));
    const QRegularExpressionMatch match = firstKeyword.match(document);
    return match.hasMatch() && match.captured(1) == QLatin1String("mutation");
}

} // namespace kac::api
