#include "ui/PaneStateWidget.h"

#include "api/ErrorCatalog.h"
#include "api/Log.h"
#include "models/AgentWords.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kac::ui {

namespace {

QLabel *centredLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PaneStateWidget::PaneStateWidget(QWidget *parent)
    : QStackedWidget(parent)
    , m_loadingPage(new QWidget(this))
    , m_loadingLabel(centredLabel(m_loadingPage))
    , m_emptyLabel(centredLabel(this))
    , m_errorPage(new QWidget(this))
    , m_errorCode(centredLabel(m_errorPage))
    , m_errorMessage(centredLabel(m_errorPage))
    , m_errorDetail(centredLabel(m_errorPage))
    , m_retry(new QPushButton(tr("&Retry"), m_errorPage))
    , m_contentPage(new QWidget(this))
    , m_notice(new QFrame(m_contentPage))
    , m_noticeText(new QLabel(m_notice))
    , m_noticeRetry(new QPushButton(tr("Load &again"), m_notice))
{
    auto *busy = new QProgressBar(m_loadingPage);
    busy->setRange(0, 0); // indeterminate
    busy->setMaximumWidth(240);
    busy->setAccessibleName(tr("Loading"));
    auto *loadingLayout = new QVBoxLayout(m_loadingPage);
    loadingLayout->addStretch();
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addStretch();

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_errorCode->setObjectName(QStringLiteral("errorCode"));
    m_errorMessage->setObjectName(QStringLiteral("errorMessage"));
    m_errorDetail->setObjectName(QStringLiteral("errorDetail"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    QFont codeFont = m_errorCode->font();
    codeFont.setBold(true);
    m_errorCode->setFont(codeFont);
    m_errorDetail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch();
    errorLayout->addWidget(m_errorCode);
    errorLayout->addWidget(m_errorMessage);
    errorLayout->addWidget(m_errorDetail);
    errorLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    connect(m_retry, &QPushButton::clicked, this, &PaneStateWidget::retryRequested);

    // The content page: the partial-data notice (hidden unless needed) above the content.
    m_notice->setObjectName(QStringLiteral("partialNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAccessibleName(tr("Some details are missing"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeText->setObjectName(QStringLiteral("partialNoticeText"));
    m_noticeRetry->setObjectName(QStringLiteral("partialNoticeRetry"));
    m_noticeRetry->setAccessibleName(tr("Load again"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeRetry);
    m_notice->hide();
    connect(m_noticeRetry, &QPushButton::clicked, this, &PaneStateWidget::retryRequested);
    auto *contentLayout = new QVBoxLayout(m_contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_notice);

    addWidget(m_loadingPage);
    addWidget(m_emptyLabel);
    addWidget(m_errorPage);
    addWidget(m_contentPage);
    setCurrentWidget(m_loadingPage);
}

void PaneStateWidget::setContent(QWidget *content)
{
    if (m_content)
        m_content->deleteLater();
    m_content = content;
    qobject_cast<QBoxLayout *>(m_contentPage->layout())->addWidget(content, 1); // below the notice
}

void PaneStateWidget::showLoading(const QString &text)
{
    m_loadingLabel->setText(text.isEmpty() ? tr("Loading…") : text);
    setCurrentWidget(m_loadingPage);
    setState(State::Loading);
}

void PaneStateWidget::showContent(const api::ApiError &partial)
{
    showContentWithNotice(tr("Some details could not be loaded"), partial);
}

void PaneStateWidget::showContentWithPagingError(const api::ApiError &error)
{
    showContentWithNotice(tr("More rows could not be loaded"), error);
}

void PaneStateWidget::showContentWithNotice(const QString &headline, const api::ApiError &problem)
{
    if (!problem.isNone()) {
        // What is missing in the agent's words.
        const QString missing = problem.kind == api::ApiError::Kind::Kraken
                                    ? models::AgentWords::missingText(problem.path)
                                    : QString();
        // Why, in the catalog's words; without a catalog only Kraken's own description (the
        // summary names the code and the path).
        const QString why = m_catalog || !problem.errorDescription.isEmpty()
                                ? QStringLiteral(" ") + messageFor(problem, m_catalog)
                                : QString();
        m_noticeText->setText(
            QStringLiteral("%1.%2").arg(missing.isEmpty() ? headline : missing, why));
        // The code and the field path are for Kraken support, never for the agent (a screen
        // reader reads the description, a hover shows the tooltip): they go to the debug log.
        const QString field = problem.path.join(QLatin1Char('.'));
        m_noticeDetails = field.isEmpty() ? codeFor(problem)
                                          : QStringLiteral("%1, %2").arg(codeFor(problem), field);
        qCDebug(kacUi) << "partial content shown:" << m_noticeDetails;
        const QString help =
            tr("Load again asks Kraken once more. If it stays missing, ask your team leader.");
        m_noticeText->setToolTip(help);
        m_noticeText->setAccessibleDescription(help);
    } else {
        m_noticeDetails.clear();
    }
    m_notice->setVisible(!problem.isNone());
    setCurrentWidget(m_contentPage);
    setState(State::Content);
}

void PaneStateWidget::showEmpty(const QString &text)
{
    m_emptyLabel->setText(text);
    setCurrentWidget(m_emptyLabel);
    setState(State::Empty);
}

QString PaneStateWidget::messageFor(const api::ApiError &error, const api::ErrorCatalog *catalog)
{
    if (catalog)
        return catalog->messageFor(error);
    if (!error.errorDescription.isEmpty())
        return error.errorDescription;
    return error.summary();
}

QString PaneStateWidget::codeFor(const api::ApiError &error)
{
    if (!error.errorCode.isEmpty())
        return error.errorCode; // KT-CT-…: what Kraken support asks for
    if (error.kind == api::ApiError::Kind::NotOffered)
        return tr("Not offered by this Kraken");
    if (error.kind == api::ApiError::Kind::HttpStatus && error.httpStatus)
        return QStringLiteral("HTTP %1").arg(error.httpStatus);
    return api::ApiError::kindName(error.kind);
}

void PaneStateWidget::showError(const api::ApiError &error)
{
    m_errorCode->setText(codeFor(error));
    m_errorMessage->setText(messageFor(error, m_catalog));
    m_errorDetail->setText(error.technicalDetail);
    m_errorDetail->setVisible(!error.technicalDetail.isEmpty());
    // Retrying cannot help an endpoint that lacks what the pane needs.
    const bool retryable = error.kind != api::ApiError::Kind::NotOffered;
    m_retry->setVisible(retryable);
    // Retry takes the focus only from a page of ours that is going away: the agent typing in a
    // search box next to us keeps typing there (a space would press Retry).
    const QWidget *focused = QApplication::focusWidget();
    const bool focusWasInside = focused && isAncestorOf(focused);
    setCurrentWidget(m_errorPage);
    setState(State::Error);
    if (isVisible() && retryable && focusWasInside)
        m_retry->setFocus();
}

QString PaneStateWidget::errorCode() const
{
    return m_errorCode->text();
}

QString PaneStateWidget::errorMessage() const
{
    return m_errorMessage->text();
}

QString PaneStateWidget::emptyText() const
{
    return m_emptyLabel->text();
}

QAbstractButton *PaneStateWidget::retryButton() const
{
    return m_retry;
}

bool PaneStateWidget::hasNotice() const
{
    return !m_notice->isHidden();
}

QString PaneStateWidget::noticeText() const
{
    return hasNotice() ? m_noticeText->text() : QString();
}

QString PaneStateWidget::noticeDetails() const
{
    return hasNotice() ? m_noticeDetails : QString();
}

QAbstractButton *PaneStateWidget::noticeRetryButton() const
{
    return m_noticeRetry;
}

void PaneStateWidget::setState(State state)
{
    m_state = state;
}

} // namespace kac::ui
