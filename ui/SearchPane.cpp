#include "ui/SearchPane.h"

#include "models/accounts/AccountSearchService.h"
#include "ui/AccessibleNames.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kac::ui {

using models::AccountSearchModel;
using models::AccountSearchService;

SearchPane::SearchPane(api::Transport *transport, const api::ErrorCatalog *errors, QWidget *parent)
    : QWidget(parent)
    , m_service(new AccountSearchService(transport, this))
    , m_field(new QLineEdit(this))
    , m_kind(new QLabel(this))
    , m_state(new PaneStateWidget(this))
    , m_results(new QTableView(this))
    , m_recent(new QListWidget(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Account, name, email, phone, postcode, address, NMI, MIRN"));
    m_field->setAccessibleName(tr("Search accounts"));
    m_field->setClearButtonEnabled(true);
    AccessibleNames::nameClearButton(m_field, tr("search"));
    m_field->installEventFilter(this);
    m_kind->setObjectName(QStringLiteral("searchKindLabel"));
    m_kind->setWordWrap(true);
    // No accessible name: its text ("Searched by phone number") is what a screen reader reads.

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_results->setModel(m_service->model());
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(AccountSearchModel::Score, Qt::DescendingOrder);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->setWordWrap(false);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_results->horizontalHeader()->setSectionResizeMode(AccountSearchModel::Address,
                                                        QHeaderView::Stretch);
    m_results->setColumnWidth(AccountSearchModel::AccountNumber, 100);
    m_results->setColumnWidth(AccountSearchModel::Name, 180);
    m_results->setColumnWidth(AccountSearchModel::Status, 80);
    m_results->setColumnWidth(AccountSearchModel::Balance, 90);
    m_results->setColumnWidth(AccountSearchModel::Score, 55);
    m_results->installEventFilter(this);
    // Account number and name stay readable next to an open dock (it was squeezed to 130 px).
    m_results->setMinimumWidth(320);
    connect(m_results, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    m_state->setErrorCatalog(errors);
    m_state->setContent(m_results);
    PaneStateBinding::Texts texts;
    texts.loading = [] { return tr("Searching…"); };
    texts.empty = [this] {
        return m_service->state() == models::LoadState::Idle
                   ? models::SearchTermClassifier::classify({}).hint
                   : tr("No accounts match. Check the spelling or the digits, or try "
                        "another detail: an email, phone number or NMI.");
    };
    texts.idleIsLoading = false; // nothing typed yet: say what can be searched
    auto *binding = new PaneStateBinding(m_state, m_service, std::move(texts));
    binding->keepRowsWhileLoading(m_service->model()); // earlier results stay while searching

    m_recent->setObjectName(QStringLiteral("recentAccounts"));
    m_recent->setAccessibleName(tr("Recent accounts"));
    m_recent->setMaximumHeight(140);
    m_recent->installEventFilter(this);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openAccountRequested(item->text().section(QLatin1Char(' '), 0, 0));
    });

    auto *layout = new QVBoxLayout(this);
    auto *searchLabel = new QLabel(tr("&Search"), this);
    searchLabel->setBuddy(m_field);
    layout->addWidget(searchLabel);
    layout->addWidget(m_field);
    layout->addWidget(m_kind);
    layout->addWidget(m_state, 1);
    auto *recentLabel = new QLabel(tr("Recent acc&ounts"), this);
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);

    connect(m_field, &QLineEdit::textChanged, m_service, &AccountSearchService::setText);
    connect(binding, &PaneStateBinding::shown, this, &SearchPane::updateState);
    connect(m_service, &AccountSearchService::planChanged, this, &SearchPane::updateState);
    updateState();
}

QString SearchPane::searchKindText() const
{
    return m_kind->text();
}

void SearchPane::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPane::setRecentAccounts(const QStringList &accountNumbers)
{
    m_recentAccounts = accountNumbers;
    m_recent->clear();
    // Activation reads the account number back as the entry's first word.
    for (const QString &number : accountNumbers) {
        const QString note = m_callNotes.value(number);
        m_recent->addItem(note.isEmpty() ? number : tr("%1 · %2").arg(number, note));
    }
}

void SearchPane::noteCall(const QString &accountNumber, const QString &note)
{
    m_callNotes.insert(accountNumber, note);
    if (!m_recentAccounts.contains(accountNumber))
        m_recentAccounts.prepend(accountNumber); // no settings to remember it in (tests)
    setRecentAccounts(m_recentAccounts);
}

void SearchPane::updateState()
{
    // The pane's page follows the binding; this keeps the line above it and Enter's intent.
    const models::SearchPlan &plan = m_service->plan();
    using State = models::LoadState;
    switch (m_service->state()) {
    case State::Idle:
        m_kind->setText(plan.kind == models::SearchPlan::Kind::Empty ? QString() : plan.hint);
        break;
    case State::Loading:
        m_kind->setText(tr("Searching by %1").arg(plan.description()));
        break;
    case State::Loaded:
        m_kind->setText(tr("Searched by %1").arg(m_service->shownPlan().description()));
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_service->model()->index(0, 0));
        if (m_openWhenResultsArrive) {
            m_openWhenResultsArrive = false;
            openRow(m_results->currentIndex().row());
        }
        break;
    case State::Empty:
    case State::Failed:
        m_openWhenResultsArrive = false;
        m_kind->setText(tr("Searched by %1").arg(m_service->shownPlan().description()));
        break;
    }
}

void SearchPane::openRow(int row)
{
    const QString accountNumber = m_service->model()->accountNumberAt(row);
    if (!accountNumber.isEmpty())
        emit openAccountRequested(accountNumber);
}

void SearchPane::openFromSearchField()
{
    // The results on screen belong to what is typed: open the highlighted one. Otherwise run
    // the search now and open its first result when it arrives.
    if (m_service->state() == AccountSearchService::State::Loaded) {
        const QModelIndex current = m_results->currentIndex();
        openRow(current.isValid() ? current.row() : 0);
        return;
    }
    if (m_service->plan().isSearchable()) {
        m_openWhenResultsArrive = true;
        m_service->searchNow();
    }
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_field) {
        if (enter) {
            openFromSearchField();
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_service->model()->rowCount() > 0) {
            m_results->setFocus(Qt::OtherFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_service->model()->index(0, 0));
            return true;
        }
    } else if (watched == m_results && enter) {
        openRow(m_results->currentIndex().row());
        return true;
    } else if (watched == m_recent && enter && m_recent->currentItem()) {
        emit m_recent->itemActivated(m_recent->currentItem());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kac::ui
