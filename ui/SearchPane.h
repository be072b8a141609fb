#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace kac::api {
class ErrorCatalog;
class Transport;
} // namespace kac::api

namespace kac::models {
class AccountSearchService;
}

namespace kac::ui {

class PaneStateWidget;

// The left pane: the search box, what the search is by, the results table and the agent's
// recent accounts. Enter (in the box or the table) or a double-click opens an account.
class SearchPane : public QWidget
{
    Q_OBJECT
public:
    SearchPane(api::Transport *transport, const api::ErrorCatalog *errors,
               QWidget *parent = nullptr);

    models::AccountSearchService *service() const { return m_service; }
    QLineEdit *searchField() const { return m_field; }
    QTableView *resultsView() const { return m_results; }
    PaneStateWidget *resultsState() const { return m_state; }
    QString searchKindText() const;

    void focusSearch(); // Ctrl+K
    void setRecentAccounts(const QStringList &accountNumbers);
    // A screen pop opened this account: its recent entry says when and from which (masked)
    // number. Kept for this session only: a caller's number is never written to settings.
    void noteCall(const QString &accountNumber, const QString &note);

signals:
    void openAccountRequested(const QString &accountNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void openRow(int row);
    void openFromSearchField();

    models::AccountSearchService *m_service;
    QLineEdit *m_field;
    QLabel *m_kind;
    PaneStateWidget *m_state;
    QTableView *m_results;
    QListWidget *m_recent;
    bool m_openWhenResultsArrive = false;
    QStringList m_recentAccounts;
    QHash<QString, QString> m_callNotes; // account number -> "call 14:02 from •••• ••• 156"
};

} // namespace kac::ui
