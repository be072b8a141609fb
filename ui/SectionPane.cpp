#include "ui/SectionPane.h"

#include "models/accounts/SectionLoader.h"
#include "ui/DateRangeBar.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"
#include "ui/RowTableView.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace kac::ui {

using models::AccountSectionSpec;
using models::RecordTableModel;
using models::SectionLoader;

SectionPane::SectionPane(SectionLoader *loader, const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_state(new PaneStateWidget(this))
    , m_view(new RowTableView)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_footer(new QLabel(this))
{
    const AccountSectionSpec &spec = loader->spec();
    const QString title = spec.title;
    setAccessibleName(title);
    m_view->setObjectName(spec.id + QStringLiteral("Table"));
    m_view->setAccessibleName(title);
    // Source order until a header is clicked; re-sorted as pages arrive.
    m_sorted->setSourceModel(loader->model());
    m_sorted->setSortRole(RecordTableModel::SortRole);
    m_sorted->setDynamicSortFilter(true);
    m_view->setModel(m_sorted);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Fixed row heights and column widths: sizing to contents walks every row (10,000+).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(130);
    header->setStretchLastSection(true);
    if (spec.shape != AccountSectionSpec::Shape::Fields) { // label/value rows keep their order
        header->setSectionsClickable(true);
        header->setSortIndicatorShown(true);
        // Kraken's own order (newest first) is what the rows arrive in.
        header->setSortIndicator(spec.serverOrder.column, Qt::DescendingOrder);
        connect(header, &QHeaderView::sortIndicatorChanged, this, &SectionPane::sortBy);
    }
    m_state->setErrorCatalog(errors);
    m_state->setContent(m_view);

    m_footer->setObjectName(QStringLiteral("sectionFooter"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!spec.fromDateArgument.isEmpty()) {
        m_dateFilter = new DateRangeBar(tr("Only posted from"), this);
        m_dateFilter->setObjectName(spec.id + QStringLiteral("DateFilter"));
        connect(m_dateFilter, &DateRangeBar::rangeChanged, this, &SectionPane::sendArguments);
        layout->addWidget(m_dateFilter);
    }
    layout->addWidget(m_state, 1);
    layout->addWidget(m_footer);

    PaneStateBinding::Texts texts;
    texts.loading = [this] { return tr("Loading %1…").arg(m_loader->spec().title.toLower()); };
    texts.empty = [this] {
        return m_dateFilter && m_dateFilter->isOn() ? tr("Nothing posted in the dates chosen.")
                                                    : m_loader->spec().emptyText;
    };
    // Every page may bring refused fields (the notice) and moves the footer on.
    auto *binding = new PaneStateBinding(m_state, loader, std::move(texts));
    connect(binding, &PaneStateBinding::shown, this, &SectionPane::updateFooter);
    updateFooter();
}

void SectionPane::setActionArea(QWidget *area)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, area);
}

void SectionPane::setShown(bool shown)
{
    if (shown)
        m_loader->load();
    else
        m_loader->suspend();
}

void SectionPane::sortBy(int column, Qt::SortOrder order)
{
    const AccountSectionSpec::ServerOrder &server = m_loader->spec().serverOrder;
    if (column >= 0 && column == server.column) {
        m_sorted->sort(-1); // the rows as Kraken orders them
        m_serverOrdered = true;
        m_serverOrder = order;
        sendArguments();
    } else {
        m_sorted->sort(column, order);
    }
    updateFooter();
}

void SectionPane::sendArguments()
{
    const AccountSectionSpec &spec = m_loader->spec();
    QJsonObject arguments;
    if (m_serverOrdered && !spec.serverOrder.argument.isEmpty())
        arguments.insert(spec.serverOrder.argument, m_serverOrder == Qt::AscendingOrder
                                                        ? spec.serverOrder.ascending
                                                        : spec.serverOrder.descending);
    if (m_dateFilter && m_dateFilter->isOn()) {
        arguments.insert(spec.fromDateArgument, m_dateFilter->from().toString(Qt::ISODate));
        // The agent's "to" day is included; Kraken's end date is not.
        arguments.insert(spec.toDateArgument, m_dateFilter->to().addDays(1).toString(Qt::ISODate));
    }
    m_loader->setArguments(arguments);
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
    const int sortColumn = m_sorted->sortColumn();
    if (sortColumn >= 0 && loaded < total)
        text += QStringLiteral(" — ") +
                tr("sorted by %1 among the rows loaded so far")
                    .arg(m_loader->model()->headerData(sortColumn, Qt::Horizontal).toString());
    m_footer->setText(text);
}

} // namespace kac::ui
