// Every focusable control shows where the keyboard is (WCAG 2.4.11 / 1.4.11): with the real
// sandbox data, on every pane, sub-tab and dock, each visible focusable control is rendered
// without and with the focus (QWidget::grab()); the pixels that changed are the focus indicator,
// and enough of them must contrast at least 3:1 (WCAG relative luminance) with what they cover,
// the surroundings the unfocused control showed there. Runs offscreen and, from
// scripts/test.sh, on xcb.
#include "ConsoleTour.h"
#include "support/WindowActivation.h"
#include "ui/AccountTab.h"
#include "ui/FocusStyle.h"
#include "ui/MainWindow.h"
#include "ui/SearchPane.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <cmath>

using kac::test::ConsoleTour;

namespace {

// WCAG 2.x relative luminance of an sRGB colour, and the contrast ratio of two colours.
double luminance(QRgb rgb)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) +
           0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// A one-pixel line around a 30×12 target (a short tab or check box label): fewer changed pixels
// at 3:1 are no ring, e.g. only a line edit's text cursor (about 15 pixels).
constexpr int kMinRingPixels = 80;

struct Ring
{
    int changed = 0;       // pixels that differ between the two renderings
    int strong = 0;        // of those, pixels at >= 3:1 against the unfocused pixel
    int strongInFrame = 0; // strong pixels outside a view's viewport: its frame
    double best = 1.0;     // the best contrast seen
};

QImage render(QWidget *w)
{
    QApplication::processEvents();
    return w->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

Ring measure(const QImage &unfocused, const QImage &focused, const QRect &viewport)
{
    Ring ring;
    const QSize size = unfocused.size().boundedTo(focused.size());
    for (int y = 0; y < size.height(); ++y) {
        const auto *before = reinterpret_cast<const QRgb *>(unfocused.constScanLine(y));
        const auto *after = reinterpret_cast<const QRgb *>(focused.constScanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            if (before[x] == after[x])
                continue;
            ++ring.changed;
            const double ratio = contrast(before[x], after[x]);
            ring.best = qMax(ring.best, ratio);
            if (ratio >= 3.0) {
                ++ring.strong;
                if (viewport.isValid() && !viewport.contains(x, y))
                    ++ring.strongInFrame;
            }
        }
    }
    return ring;
}

// The colour most pixels of `row` (a line of an image, clipped to it) have.
QRgb dominant(const QImage &image, int y, int left, int right)
{
    QHash<QRgb, int> counts;
    if (y < 0 || y >= image.height())
        return 0;
    for (int x = qMax(0, left); x <= qMin(right, image.width() - 1); ++x)
        ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

// The ring around `item` (a table's current cell, a strip's current tab) against the actual
// background it is drawn on, both read from the focused rendering: the colour of the ring's
// line (the item's top two rows) and of the item just inside it (rows 4 and 5, above the text
// of any item taller than 20 px). The unfocused rendering alone cannot tell: a selected cell's
// highlight may change with the focus, and the ring is then seen against the new colour.
// 0 when the item is too small to read both.
double ringAgainstInside(const QImage &focused, const QRect &item)
{
    if (item.height() < 20 || item.width() < 16)
        return 0;
    const int left = item.left() + 6, right = item.right() - 6;
    double worst = 100;
    for (int ringRow : {item.top(), item.top() + 1}) {
        for (int insideRow : {item.top() + 4, item.top() + 5})
            worst = qMin(worst, contrast(dominant(focused, ringRow, left, right),
                                         dominant(focused, insideRow, left, right)));
    }
    return worst;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        path.prepend(QStringLiteral("%1(%2)").arg(QLatin1String(o->metaObject()->className()),
                                                  o->objectName()));
    return path.mid(qMax(0, int(path.size()) - 3)).join(QLatin1String(" > "));
}

bool isFocusableControl(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && !w->isWindow() && !w->focusProxy() &&
           (w->focusPolicy() & Qt::TabFocus) && w->width() > 4 && w->height() > 4 &&
           !w->visibleRegion().isEmpty();
}

} // namespace

class TestFocusRings : public QObject
{
    Q_OBJECT
private:
    ConsoleTour m_tour;
    QSet<QString> m_checked;
    QStringList m_problems;
    QStringList m_kindsChecked;
    int m_itemsChecked = 0; // current cells and current tabs whose ring was read

    // Each visible focusable control in the window not yet checked (by class and name path).
    void check(const QString &where)
    {
        QList<QWidget *> widgets = m_tour.window->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(widgets)) {
            if (!isFocusableControl(w))
                continue;
            const QString key = describe(w);
            if (m_checked.contains(key))
                continue;
            m_checked.insert(key);
            checkOne(where, w);
        }
    }

    void checkOne(const QString &where, QWidget *w)
    {
        QWidget *previous = QApplication::focusWidget();
        w->clearFocus();
        if (QApplication::focusWidget())
            QApplication::focusWidget()->clearFocus();
        const QImage unfocused = render(w);
        w->setFocus(Qt::TabFocusReason);
        if (!w->hasFocus() && QApplication::activeWindow() != w->window()) {
            // CTest runs two programs side by side on one X server: the other one's window
            // may have taken the activation (no window manager decides). Take it back once.
            kac::test::showActive(w->window());
            w->setFocus(Qt::TabFocusReason);
        }
        if (!w->hasFocus()) {
            m_problems << QStringLiteral("%1: %2 takes no focus").arg(where, describe(w));
            return;
        }
        const QImage focused = render(w);
        const auto *view = qobject_cast<QAbstractItemView *>(w);
        const QRect viewport = view ? view->viewport()->geometry() : QRect();
        const Ring ring = measure(unfocused, focused, viewport);
        if (previous)
            previous->setFocus(Qt::OtherFocusReason);

        for (const char *kind :
             {"QLineEdit", "QAbstractButton", "QCheckBox", "QTabBar", "QTableView", "QTreeView",
              "QListView", "QComboBox", "QAbstractSpinBox", "QTextEdit"}) {
            if (w->inherits(kind) && !m_kindsChecked.contains(QLatin1String(kind)))
                m_kindsChecked << QLatin1String(kind);
        }
        if (ring.strong < kMinRingPixels)
            m_problems << QStringLiteral(
                              "%1: %2 (%6×%7): %3 of %4 changed pixels at 3:1 (best %5:1)")
                              .arg(where, describe(w))
                              .arg(ring.strong)
                              .arg(ring.changed)
                              .arg(ring.best, 0, 'f', 2)
                              .arg(focused.width())
                              .arg(focused.height());
        // A focused table or tree shows it on its frame as well as on the current cell.
        if (view && ring.strongInFrame < (w->width() + w->height()))
            m_problems << QStringLiteral("%1: %2: the view's frame has %3 pixels at 3:1")
                              .arg(where, describe(w))
                              .arg(ring.strongInFrame);
        // The current cell's ring, and the current tab's, against what they are drawn on.
        QRect item;
        QString what;
        if (view && view->currentIndex().isValid()) {
            item = view->visualRect(view->currentIndex())
                       .translated(view->viewport()->pos())
                       .intersected(viewport);
            what = QStringLiteral("current cell");
        } else if (auto *bar = qobject_cast<QTabBar *>(w); bar && bar->currentIndex() >= 0) {
            item = bar->tabRect(bar->currentIndex()).intersected(bar->rect());
            what = QStringLiteral("current tab");
        }
        if (!item.isEmpty()) {
            const double ratio = ringAgainstInside(focused, item);
            if (ratio > 0) {
                ++m_itemsChecked;
                if (ratio < 3.0)
                    m_problems << QStringLiteral("%1: %2: the %3's ring is %4:1 against it")
                                      .arg(where, describe(w), what)
                                      .arg(ratio, 0, 'f', 2);
            }
        }
    }

    void report()
    {
        qInfo("checked %lld controls of kinds: %s", qlonglong(m_checked.size()),
              qPrintable(m_kindsChecked.join(QLatin1String(", "))));
        const QStringList found = m_problems;
        m_problems.clear();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        // As app/main.cpp does, before any widget exists.
        QApplication::setStyle(new kac::ui::FocusStyle);
        QApplication::setCursorFlashTime(0); // a steady text cursor: both renderings alike
        QVERIFY2(m_tour.start(), qPrintable(m_tour.sandbox.failure()));
        QVERIFY(kac::test::showActive(m_tour.window));
    }

    void searchPaneControlsShowTheirFocus()
    {
        m_tour.window->searchPane()->searchField()->setText(QStringLiteral("2204"));
        QTest::qWait(600); // the debounce, then the results
        ConsoleTour::settle();
        check(QStringLiteral("search"));
        report();
    }

    // The main tab strip, each section's sub-tab strip, tables, trees, combos, buttons.
    void everyAccountPaneShowsItsFocus()
    {
        kac::ui::AccountTab *tab = m_tour.open(QStringLiteral("A-2B7E41C9"));
        QVERIFY(tab);
        ConsoleTour::tourTabs(tab->sections(), QStringLiteral("A-2B7E41C9"),
                              [this](const QString &where) { check(where); });
        report();
        for (const char *kind :
             {"QLineEdit", "QAbstractButton", "QTabBar", "QTableView", "QTreeView", "QComboBox"})
            QVERIFY2(m_kindsChecked.contains(QLatin1String(kind)), kind);
        // Cells and tabs were read, not skipped as too small.
        QVERIFY2(m_itemsChecked >= 4, qPrintable(QString::number(m_itemsChecked)));
    }

    void everyDockShowsItsFocus()
    {
        m_tour.tourDocks([this](const QString &where) { check(where); });
        report();
    }
};

QTEST_MAIN(TestFocusRings)
#include "tst_focus_rings.moc"
