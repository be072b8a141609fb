#pragma once

#include "api/ApiError.h"

#include <QStackedWidget>

class QFrame;
class QLabel;
class QProgressBar;
class QAbstractButton;
class QPushButton;

namespace kac::api {
class ErrorCatalog;
}

namespace kac::ui {

// The four states every pane shows: loading (busy bar), content (the pane's own widget),
// empty (a sentence saying what to do) and error (Kraken code, the catalog's message, Retry;
// "Not offered by this Kraken" and why, without Retry, when the endpoint lacks the operation).
// Content that came back partial (Kraken refused some fields, e.g. KT-CT-1113), or whose next
// page failed, shows a notice bar above it naming the problem, with its own Retry.
class PaneStateWidget : public QStackedWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Loading,
        Content,
        Empty,
        Error
    };
    Q_ENUM(State)

    explicit PaneStateWidget(QWidget *parent = nullptr);

    // The widget shown in the Content state (owned from now on).
    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }
    void setErrorCatalog(const api::ErrorCatalog *catalog) { m_catalog = catalog; }

    State state() const { return m_state; }
    void showLoading(const QString &text = {});
    // partial: the per-field error when some of the content is missing; none when complete.
    void showContent(const api::ApiError &partial = {});
    // The rows already loaded stay; the notice says the next page failed and offers Retry.
    void showContentWithPagingError(const api::ApiError &error);
    void showEmpty(const QString &text);
    void showError(const api::ApiError &error);

    // What the error page shows (tests and the status bar).
    QString errorCode() const;
    QString errorMessage() const;
    QString emptyText() const;
    QAbstractButton *retryButton() const;
    bool hasNotice() const;
    QString noticeText() const;
    // The code and field path behind the notice: logged for Kraken support, never shown.
    QString noticeDetails() const;
    QAbstractButton *noticeRetryButton() const;

    static QString messageFor(const api::ApiError &error, const api::ErrorCatalog *catalog);
    // The short code shown in bold: Kraken's KT-CT code, "HTTP 503", or the kind of failure.
    static QString codeFor(const api::ApiError &error);

signals:
    void retryRequested();

private:
    void setState(State state);
    void showContentWithNotice(const QString &headline, const api::ApiError &problem);

    const api::ErrorCatalog *m_catalog = nullptr;
    State m_state = State::Loading;
    QWidget *m_content = nullptr;
    QString m_noticeDetails;
    QWidget *m_loadingPage;
    QLabel *m_loadingLabel;
    QLabel *m_emptyLabel;
    QWidget *m_errorPage;
    QLabel *m_errorCode;
    QLabel *m_errorMessage;
    QLabel *m_errorDetail;
    QPushButton *m_retry;
    QWidget *m_contentPage;
    QFrame *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_noticeRetry;
};

} // namespace kac::ui
