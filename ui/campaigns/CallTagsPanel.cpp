#include "ui/campaigns/CallTagsPanel.h"

#include "models/PagedLoader.h"
#include "models/campaigns/CallLookupService.h"
#include "models/campaigns/CallTagModel.h"
#include "ui/AccessibleNames.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kac::ui {

CallTagsPanel::CallTagsPanel(models::CallLookupService *service, const ConsoleContext &context,
                             QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_errors(context.errors)
    , m_name(new QLineEdit)
    , m_state(new QComboBox)
    , m_id(new QLineEdit)
    , m_result(new QLabel)
    , m_tagsState(new PaneStateWidget)
    , m_tags(new QTableView)
{
    m_name->setPlaceholderText(tr("Part of the tag name"));
    m_name->setAccessibleName(tr("Filter tags by name"));
    m_name->setClearButtonEnabled(true);
    AccessibleNames::nameClearButton(m_name, tr("tag filter"));
    m_state->addItem(tr("Active and inactive"));
    m_state->addItem(tr("Active only"), true);
    m_state->addItem(tr("Inactive only"), false);
    m_state->setAccessibleName(tr("Filter tags by state"));
    m_id->setPlaceholderText(tr("Tag id"));
    m_id->setAccessibleName(tr("Call tag id"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tags->setModel(service->callTags());
    m_tags->setAccessibleName(tr("Call tags"));
    m_tags->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_tags->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tags->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tags->verticalHeader()->hide();
    m_tags->horizontalHeader()->setSectionResizeMode(models::CallTagModel::Name,
                                                     QHeaderView::Stretch);
    m_tagsState->setErrorCatalog(context.errors);
    m_tagsState->setContent(m_tags);
    bindPagedList(m_tagsState, service->callTagLoader(), service->callTags(),
                  tr("No call tags match."));

    auto *lookUp = new QPushButton(tr("&Look up"));
    auto *filters = new QFormLayout;
    filters->addRow(tr("&Name:"), m_name);
    filters->addRow(tr("&State:"), m_state);
    auto *byId = new QHBoxLayout;
    byId->addWidget(m_id);
    byId->addWidget(lookUp);
    // A row holding a layout gets no buddy from QFormLayout: without one the & shows as is.
    auto *byIdLabel = new QLabel(tr("By i&d:"));
    byIdLabel->setBuddy(m_id);
    filters->addRow(byIdLabel, byId);
    filters->addRow(QString(), m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tagsState, 1);

    connect(m_name, &QLineEdit::returnPressed, this, &CallTagsPanel::reload);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CallTagsPanel::reload);
    auto lookUpTag = [this] {
        if (m_id->text().trimmed().isEmpty())
            return;
        m_result->setText(tr("Looking up…"));
        m_service->lookUpCallTag(m_id->text());
    };
    connect(lookUp, &QPushButton::clicked, this, lookUpTag);
    connect(m_id, &QLineEdit::returnPressed, this, lookUpTag);
    connect(service, &models::CallLookupService::callTagFound, this,
            [this](const models::CallTagInfo &tag) {
                m_result->setText(
                    tr("Tag %1: %2 — %3")
                        .arg(tag.id, tag.name, tag.isActive ? tr("active") : tr("inactive")));
            });
    connect(service, &models::CallLookupService::callTagFailed, this,
            [this](const api::ApiError &error) {
                m_result->setText(PaneStateWidget::messageFor(error, m_errors) +
                                  (error.errorCode.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" (%1)").arg(error.errorCode)));
            });
}

void CallTagsPanel::reload()
{
    const QVariant state = m_state->currentData();
    m_service->loadCallTags(m_name->text(),
                            state.isValid() ? std::optional<bool>(state.toBool()) : std::nullopt);
}

void CallTagsPanel::setShown(bool shown)
{
    if (!shown)
        m_service->callTagLoader()->suspend();
    else if (m_service->callTagLoader()->state() == models::LoadState::Idle)
        reload();
}

} // namespace kac::ui
