#pragma once

#include "api/ApiError.h"
#include "ui/ConsoleContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kac::models {
class CallLookupService;
struct CallDetail;
} // namespace kac::models

namespace kac::ui {

class PaneStateWidget;

// A call opened by id (number or UUID): its account (a button opens the account's tab) and its
// metadata.
class CallLookupPanel : public QWidget
{
    Q_OBJECT
public:
    CallLookupPanel(models::CallLookupService *service, const ConsoleContext &context,
                    QWidget *parent = nullptr);

    QLineEdit *idField() const { return m_id; }
    PaneStateWidget *callState() const { return m_state; }
    QLabel *summary() const { return m_summary; }
    QPushButton *openAccountButton() const { return m_openAccount; }
    QTableWidget *metadataTable() const { return m_metadata; }

    void openCall(const QString &id);

signals:
    void openAccountRequested(const QString &accountNumber);

private:
    void showCall(const models::CallDetail &call, const api::ApiError &partial);

    models::CallLookupService *m_service;
    QLineEdit *m_id;
    PaneStateWidget *m_state;
    QLabel *m_summary;
    QPushButton *m_openAccount;
    QTableWidget *m_metadata;
    QString m_accountNumber;
};

} // namespace kac::ui
