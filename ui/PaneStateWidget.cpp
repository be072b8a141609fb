#include "ui/PaneStateWidget.h"

#include "api/ErrorCatalog.h"

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

    addWidget(m_loadingPage);
    addWidget(m_emptyLabel);
    addWidget(m_errorPage);
    setCurrentWidget(m_loadingPage);
}

void PaneStateWidget::setContent(QWidget *content)
{
    if (m_content) {
        removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = content;
    addWidget(content);
    if (m_state == State::Content)
        setCurrentWidget(content);
}

void PaneStateWidget::showLoading(const QString &text)
{
    m_loadingLabel->setText(text.isEmpty() ? tr("Loading…") : text);
    setCurrentWidget(m_loadingPage);
    setState(State::Loading);
}

void PaneStateWidget::showContent()
{
    if (m_content)
        setCurrentWidget(m_content);
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

void PaneStateWidget::showError(const api::ApiError &error)
{
    m_errorCode->setText(error.errorCode.isEmpty() ? api::ApiError::kindName(error.kind)
                                                   : error.errorCode);
    m_errorMessage->setText(messageFor(error, m_catalog));
    m_errorDetail->setText(error.technicalDetail);
    m_errorDetail->setVisible(!error.technicalDetail.isEmpty());
    setCurrentWidget(m_errorPage);
    setState(State::Error);
    if (isVisible())
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

void PaneStateWidget::setState(State state)
{
    m_state = state;
}

} // namespace kac::ui
