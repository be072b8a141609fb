#include "models/AgentWords.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace kac::models::AgentWords {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kac::models::AgentWords", text);
}

// Values whose plain wording is not just the words of the constant.
const QHash<QString, QString> &specialWords()
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("SMS"), tr("SMS")},
        {QStringLiteral("BPAY"), tr("BPAY")},
        {QStringLiteral("EFT"), tr("EFT")},
        {QStringLiteral("NMI"), tr("NMI")},
        {QStringLiteral("MIRN"), tr("MIRN")},
        {QStringLiteral("GAINING"), tr("Gaining (switching to us)")},
        {QStringLiteral("LOSING"), tr("Losing (switching away)")},
        {QStringLiteral("LOST"), tr("Lost (switched away)")},
        {QStringLiteral("COMMS4"), tr("Comms 4 (interval meter)")},
        {QStringLiteral("MRIM"), tr("Manually read interval meter")},
        {QStringLiteral("BASIC"), tr("Basic (accumulation meter)")},
        {QStringLiteral("WRAP_UP"), tr("Wrap-up")},
        {QStringLiteral("E_BILLING"), tr("Email")},
        {QStringLiteral("EMAIL"), tr("Email")},
        {QStringLiteral("POST"), tr("Post")},
        {QStringLiteral("GAS"), tr("Gas")},
    };
    return words;
}

} // namespace

QString enumText(const QString &krakenValue, bool titleCase)
{
    const QString value = krakenValue.trimmed();
    if (value.isEmpty())
        return {};
    const auto special = specialWords().constFind(value.toUpper());
    if (special != specialWords().constEnd())
        return special.value();
    // Not an enum constant (already words, e.g. a display name): leave it as Kraken wrote it.
    if (value != value.toUpper())
        return value;
    // Up to three capitals without an underscore are an initialism: "NSW", "ACT", "VIC".
    if (value.size() <= 3 && !value.contains(QLatin1Char('_')))
        return value;
    QStringList words = value.toLower().split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if ((i == 0 || titleCase) && !words[i].isEmpty())
            words[i][0] = words[i][0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QString fieldText(const QString &krakenField)
{
    QString words;
    for (const QChar c : krakenField) {
        if (c == QLatin1Char('_')) {
            words += QLatin1Char(' ');
        } else if (c.isUpper() && !words.isEmpty() && !words.endsWith(QLatin1Char(' '))) {
            words += QLatin1Char(' ');
            words += c.toLower();
        } else {
            words += words.isEmpty() ? c.toUpper() : c;
        }
    }
    return words.simplified();
}

QString missingText(const QStringList &fieldPath)
{
    // The deepest step that names a field: Relay's "edges"/"node" and list indexes name none.
    for (qsizetype i = fieldPath.size() - 1; i >= 0; --i) {
        const QString &step = fieldPath.at(i);
        bool isIndex = false;
        step.toInt(&isIndex);
        if (isIndex || step.isEmpty() || step == QLatin1String("edges") ||
            step == QLatin1String("node"))
            continue;
        return tr("%1 could not be loaded").arg(fieldText(step));
    }
    return {};
}

} // namespace kac::models::AgentWords
