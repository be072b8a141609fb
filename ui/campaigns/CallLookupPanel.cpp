#include "ui/campaigns/CallLookupPanel.h"

#include "models/PiiText.h"
#include "models/campaigns/CallLookupService.h"
#include "models/campaigns/CampaignText.h"
#include "ui/PaneStateWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kac::ui {

using namespace models::CampaignText;

CallLookupPanel::CallLookupPanel(models::CallLookupService *service, const ConsoleContext &context,
                                 QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(new QLineEdit)
    , m_state(new PaneStateWidget)
    , m_summary(new QLabel)
    , m_openAccount(new QPushButton)
    , m_metadata(new QTableWidget(0, 2))
{
    m_id->setPlaceholderText(tr("Call id or UUID"));
    m_id->setAccessibleName(tr("Call id"));
    auto *open = new QPushButton(tr("&Open call"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadata->setAccessibleName(tr("Call metadata"));
    m_metadata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadata->verticalHeader()->hide();
    m_metadata->horizontalHeader()->setStretchLastSection(true);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_openAccount, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_metadata, 1);
    m_state->setErrorCatalog(context.errors);
    m_state->setContent(content);
    m_state->showEmpty(tr("Enter a call id to see its account and metadata."));

    auto *row = new QHBoxLayout;
    row->addWidget(m_id, 1);
    row->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_state, 1);

    connect(open, &QPushButton::clicked, this, [this] { openCall(m_id->text()); });
    connect(m_id, &QLineEdit::returnPressed, this, [this] { openCall(m_id->text()); });
    connect(m_state, &PaneStateWidget::retryRequested, this, [this] { openCall(m_id->text()); });
    connect(m_openAccount, &QPushButton::clicked, this, [this] {
        if (!m_accountNumber.isEmpty())
            emit openAccountRequested(m_accountNumber);
    });
    connect(service, &models::CallLookupService::callLoaded, this, &CallLookupPanel::showCall);
    connect(service, &models::CallLookupService::callFailed, m_state, &PaneStateWidget::showError);
}

void CallLookupPanel::openCall(const QString &id)
{
    if (id.trimmed().isEmpty())
        return;
    m_id->setText(id.trimmed());
    m_state->showLoading(tr("Opening call %1…").arg(id.trimmed()));
    m_service->openCall(id);
}

void CallLookupPanel::showCall(const models::CallDetail &call, const api::ApiError &partial)
{
    m_accountNumber = call.accountNumber;
    QStringList tags;
    for (const models::CallTagInfo &tag : call.tags)
        tags << tag.name;
    m_summary->setText(tr("%1 call %2\nTags: %3")
                           .arg(call.directionLabel(), call.id,
                                tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", "))));
    m_openAccount->setVisible(!call.accountNumber.isEmpty());
    m_openAccount->setText(tr("Open account %1 (%2)").arg(call.accountNumber, call.accountName));
    m_metadata->setRowCount(int(call.metadata.size()));
    for (int i = 0; i < call.metadata.size(); ++i) {
        m_metadata->setItem(i, 0, new QTableWidgetItem(call.metadata.at(i).first));
        m_metadata->setItem(i, 1, new QTableWidgetItem(call.metadata.at(i).second));
    }
    m_state->showContent(partial);
}

} // namespace kac::ui
