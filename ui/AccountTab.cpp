#include "ui/AccountTab.h"

#include "models/accounts/AccountSections.h"
#include "models/accounts/AccountService.h"
#include "models/accounts/SectionLoader.h"
#include "models/actions/ActivityLog.h"
#include "ui/AccessibleNames.h"
#include "ui/AccountHeaderWidget.h"
#include "ui/AccountNoteEditor.h"
#include "ui/ActivityPane.h"
#include "ui/ContactDetailsPane.h"
#include "ui/LazyPane.h"
#include "ui/PaneStateBinding.h"
#include "ui/PaneStateWidget.h"
#include "ui/SectionPane.h"
#include "ui/TabStripKeys.h"
#include "ui/conversations/ConversationsPane.h"
#include "ui/properties/PropertiesPane.h"

#include <QEvent>
#include <QHideEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kac::ui {

using models::AccountService;

AccountTab::AccountTab(const ConsoleContext &context, const QString &accountNumber, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(new AccountService(context.transport, accountNumber, this))
    , m_state(new PaneStateWidget(this))
    , m_header(new AccountHeaderWidget)
    , m_contacts(new ContactDetailsPane)
    , m_sections(new QTabWidget)
    , m_activity(new models::ActivityLog(this))
{
    setObjectName(QStringLiteral("accountTab_") + accountNumber);
    setAccessibleName(tr("Account %1").arg(accountNumber));
    m_sections->setObjectName(QStringLiteral("accountSections"));
    m_sections->setAccessibleName(tr("Account sections"));
    m_sections->setDocumentMode(true);
    m_sections->tabBar()->setAccessibleName(m_sections->accessibleName());
    m_sections->setUsesScrollButtons(true);
    addTabStripKeys(m_sections); // Home / End; Alt+1… and Ctrl+PgDown are in the Go menu
    m_sections->addTab(m_contacts, tr("Account users"));
    for (const models::AccountSectionSpec &spec : models::accountSections()) {
        auto *pane = new SectionPane(m_service->section(spec.id), context.errors);
        pane->setObjectName(QStringLiteral("section_") + spec.id);
        m_sections->addTab(pane, spec.title);
        if (spec.id == QLatin1String("notes")) {
            // The notes list shows a new note at once: it asks Kraken again.
            m_noteEditor = new AccountNoteEditor(context.transport, accountNumber, context.errors);
            pane->setActionArea(m_noteEditor);
            connect(m_noteEditor, &AccountNoteEditor::noteSaved, pane->loader(),
                    &models::SectionLoader::retry);
            m_activity->track(m_noteEditor->sender(), tr("Note added to the account"));
        }
    }
    auto *activity = new ActivityPane(m_activity);
    activity->setObjectName(QStringLiteral("section_activity"));
    m_sections->addTab(activity, tr("Activity"));
    // Properties/meters and conversations load the first time the agent opens them, like the
    // other sections; both can ask for another account to be opened.
    auto *properties = new PropertiesPane(context, accountNumber);
    properties->setObjectName(QStringLiteral("section_properties"));
    m_sections->addTab(properties, tr("Properties && meters"));
    connect(properties, &PropertiesPane::openAccountRequested, this,
            &AccountTab::openAccountRequested);
    auto *conversations = new ConversationsPane(context.transport, accountNumber, context.errors);
    conversations->setObjectName(QStringLiteral("section_conversations"));
    m_sections->addTab(conversations, tr("Conversations"));
    AccessibleNames::nameTabPages(m_sections);
    connect(conversations, &ConversationsPane::copied, this, &AccountTab::copied);
    connect(m_sections, &QTabWidget::currentChanged, this, &AccountTab::onSectionChanged);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_header);
    pageLayout->addWidget(m_sections, 1);
    m_state->setErrorCatalog(context.errors);
    m_state->setContent(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);

    m_header->installEventFilter(this);
    connect(m_header, &AccountHeaderWidget::copied, this, &AccountTab::copied);
    connect(m_contacts, &ContactDetailsPane::copied, this, &AccountTab::copied);
    bindPaneState(m_state, m_service, {}, tr("Opening account %1…").arg(accountNumber));
    connect(m_service, &AccountService::overviewLoaded, this, &AccountTab::onOverviewLoaded);
}

QString AccountTab::accountNumber() const
{
    return m_service->accountNumber();
}

bool AccountTab::hasUnsentText() const
{
    return m_noteEditor && m_noteEditor->hasUnsentText();
}

SectionPane *AccountTab::sectionPane(const QString &sectionId) const
{
    return findChild<SectionPane *>(QStringLiteral("section_") + sectionId);
}

namespace {

// What an agent calls the customer on a tab strip: a person by family name, a business by its
// trading name without the legal form ("Kalogeropoulos Bakehouse", not "Ltd"), cut at a word
// with an ellipsis when long.
QString shortCustomerName(const models::AccountOverview &overview)
{
    QStringList words = overview.customerName.simplified().split(QLatin1Char(' '));
    if (overview.accountType.compare(QLatin1String("business"), Qt::CaseInsensitive) != 0)
        return words.last();
    static const QStringList legalForms{
        QStringLiteral("pty"),     QStringLiteral("pty."),    QStringLiteral("ltd"),
        QStringLiteral("ltd."),    QStringLiteral("limited"), QStringLiteral("p/l"),
        QStringLiteral("inc"),     QStringLiteral("inc."),    QStringLiteral("incorporated"),
        QStringLiteral("pty/ltd"), QStringLiteral("co."),     QStringLiteral("corp.")};
    while (words.size() > 1 && legalForms.contains(words.last().toLower()))
        words.removeLast();
    constexpr int kMostCharacters = 28;
    QString name = words.takeFirst();
    for (const QString &word : std::as_const(words)) {
        if (name.size() + 1 + word.size() > kMostCharacters)
            return name + QStringLiteral("…");
        name += QLatin1Char(' ') + word;
    }
    return name;
}

} // namespace

QString AccountTab::tabTitle() const
{
    const models::AccountOverview &overview = m_service->overview();
    if (overview.customerName.trimmed().isEmpty())
        return accountNumber();
    // A tab's text takes '&' as a mnemonic: "Smith & Sons" must read as written.
    return QStringLiteral("%1 %2")
        .arg(accountNumber(), shortCustomerName(overview))
        .replace(QLatin1Char('&'), QStringLiteral("&&"));
}

void AccountTab::start()
{
    m_service->load();
}

void AccountTab::onOverviewLoaded(const models::AccountOverview &overview)
{
    m_waitingForPaint = true;
    m_header->setOverview(overview);
    m_contacts->setContacts(overview.contacts);
    emit titleChanged(tabTitle());
    onSectionChanged(m_sections->currentIndex());
}

void AccountTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Lazily: a restored tab costs nothing until the agent looks at it; one whose loads were
    // dropped while hidden asks again.
    m_service->load();
    onSectionChanged(m_sections->currentIndex());
}

void AccountTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // A minimised window (spontaneous) keeps loading: the agent will look at it next.
    if (!event->spontaneous()) {
        m_service->suspend();
        showSection(-1); // every section out of sight
    }
}

void AccountTab::onSectionChanged(int index)
{
    if (m_service->state() != AccountService::State::Loaded)
        return;
    showSection(index);
}

void AccountTab::showSection(int index)
{
    // One rule for every section (LazyPane): those left behind give their connections up (and
    // ask again when shown); the one in view loads the first time the agent opens it.
    for (int i = 0; i < m_sections->count(); ++i) {
        if (auto *pane = dynamic_cast<LazyPane *>(m_sections->widget(i)); pane && i != index)
            pane->setShown(false);
    }
    if (auto *pane = dynamic_cast<LazyPane *>(m_sections->widget(index)))
        pane->setShown(true);
}

bool AccountTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header && event->type() == QEvent::Paint && m_waitingForPaint) {
        m_waitingForPaint = false;
        // After this paint event returns the header is on screen; tell whoever measures.
        QMetaObject::invokeMethod(this, &AccountTab::headerPainted, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kac::ui
