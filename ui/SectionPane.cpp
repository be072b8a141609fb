#include "ui/SectionPane.h"

#include "models/SectionLoader.h"
#include "ui/PaneStateWidget.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace kac::ui {

using models::SectionLoader;

SectionPane::SectionPane(SectionLoader *loader, const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_state(new PaneStateWidget(this))
    , m_view(new QTableView)
    , m_footer(new QLabel(this))
{
    const QString title = loader->spec().title;
    setAccessibleName(title);
    m_view->setObjectName(loader->spec().id + QStringLiteral("Table"));
    m_view->setAccessibleName(title);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_footer);

    connect(m_state, &PaneStateWidget::retryRequested, loader, &SectionLoader::retry);
    connect(loader, &SectionLoader::stateChanged, this, &SectionPane::updateState);
    // Every page may bring refused fields (the notice) and moves the footer on.
    connect(loader, &SectionLoader::progress, this, &SectionPane::updateState);
    connect(loader, &SectionLoader::pageFailed, this, &SectionPane::updateState);
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
        if (!m_loader->pageError().isNone())
            m_state->showContentWithPagingError(m_loader->pageError()); // the rows stay
        else
            m_state->showContent(m_loader->partialError());
        break;
    case SectionLoader::State::Empty:
        m_state->showEmpty(m_loader->spec().emptyText);
        break;
    case SectionLoader::State::Failed:
        m_state->showError(m_loader->error());
        break;
    }
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
    if (loaded < total && m_loader->pageError().isNone())
        text += QStringLiteral(" — ") + tr("scroll down for more");
    m_footer->setText(text);
}

} // namespace kac::ui
