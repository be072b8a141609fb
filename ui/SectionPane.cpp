#include "ui/SectionPane.h"

#include "models/SectionLoader.h"
#include "ui/PaneStateWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kac::ui {

using models::SectionLoader;

SectionPane::SectionPane(SectionLoader *loader, const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_errors(errors)
    , m_state(new PaneStateWidget(this))
    , m_view(new QTableView)
    , m_footer(new QLabel(this))
    , m_retryPage(new QPushButton(tr("Retry loading more"), this))
{
    const QString title = loader->spec().title;
    setAccessibleName(title);
    m_view->setObjectName(loader->spec().id + QStringLiteral("Table"));
    m_view->setAccessibleName(title);
    m_view->setModel(loader->model());
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Fixed row heights and column widths: sizing to contents walks every row (10,000+).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_state->setErrorCatalog(errors);
    m_state->setContent(m_view);

    m_footer->setObjectName(QStringLiteral("sectionFooter"));
    m_retryPage->setObjectName(QStringLiteral("retryPageButton"));
    m_retryPage->hide();
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_retryPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addLayout(footer);

    connect(m_state, &PaneStateWidget::retryRequested, loader, &SectionLoader::retry);
    connect(m_retryPage, &QPushButton::clicked, this, [this] {
        m_retryPage->hide();
        m_loader->fetchMore();
    });
    connect(loader, &SectionLoader::stateChanged, this, &SectionPane::updateState);
    // Every page may bring refused fields (the notice) and moves the footer on.
    connect(loader, &SectionLoader::progress, this, &SectionPane::updateState);
    connect(loader, &SectionLoader::pageFailed, this, [this] {
        m_retryPage->show();
        updateFooter();
    });
    updateState();
}

void SectionPane::activate()
{
    m_loader->load();
}

void SectionPane::updateState()
{
    switch (m_loader->state()) {
    case SectionLoader::State::Idle:
    case SectionLoader::State::Loading:
        m_state->showLoading(tr("Loading %1…").arg(m_loader->spec().title.toLower()));
        break;
    case SectionLoader::State::Ready:
        m_state->showContent(m_loader->partialError());
        break;
    case SectionLoader::State::Empty:
        m_state->showEmpty(m_loader->spec().emptyText);
        break;
    case SectionLoader::State::Failed:
        m_state->showError(m_loader->error());
        break;
    }
    m_retryPage->hide();
    updateFooter();
}

void SectionPane::updateFooter()
{
    const int loaded = m_loader->model()->rowCount();
    const int total = m_loader->totalCount();
    if (m_loader->spec().shape != models::AccountSectionSpec::Shape::Connection || total < 0) {
        m_footer->clear();
        return;
    }
    const QLocale locale(QLocale::English, QLocale::Australia);
    QString text = tr("%1 of %2").arg(locale.toString(loaded), locale.toString(total));
    if (m_retryPage->isVisible())
        text += QStringLiteral(" — ") +
                tr("loading more failed: %1")
                    .arg(PaneStateWidget::messageFor(m_loader->error(), m_errors));
    else if (loaded < total)
        text += QStringLiteral(" — ") + tr("scroll down for more");
    m_footer->setText(text);
}

} // namespace kac::ui
