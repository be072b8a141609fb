#include "ui/FocusStyle.h"

#include <QAbstractScrollArea>
#include <QFrame>
#include <QPainter>
#include <QStyleOption>
#include <QWidget>
#include <cmath>

namespace kac::ui {

namespace {

// 8.4:1 on white, 7.3:1 on Fusion's window grey (the palette's highlight: 3.7:1 and 3.2:1, and
// Fusion draws it translucent).
constexpr QRgb kRingDark = 0xff0a4a9e;
constexpr int kRingWidth = 2;

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) +
           0.0722 * channel(colour.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// Inside `rect`, so the ring is never clipped by the widget's edge.
void drawRing(QPainter *painter, const QRect &rect, const QColor &background)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(FocusStyle::ringColour(background), kRingWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // A pen of width 2 straddles the line: inset by one pixel to stay inside `rect`.
    painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

bool hasFocus(const QStyleOption *option)
{
    return option && (option->state & QStyle::State_HasFocus);
}

bool isScrollArea(const QWidget *widget)
{
    return qobject_cast<const QAbstractScrollArea *>(widget) != nullptr;
}

} // namespace

FocusStyle::FocusStyle(QStyle *base)
    : QProxyStyle(base) // none: the platform's default style, wrapped
{}

QColor FocusStyle::ringColour(const QColor &background)
{
    const QColor dark = QColor::fromRgba(kRingDark);
    if (!background.isValid())
        return dark;
    return contrast(dark, background) >= contrast(Qt::white, background) ? dark : QColor(Qt::white);
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameFocusRect: {
        // Buttons, check boxes, tabs and the current cell of a table or tree ask for this one.
        QColor background = option->palette.color(QPalette::Window);
        if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
            focus && focus->backgroundColor.isValid())
            background = focus->backgroundColor;
        drawRing(painter, option->rect, background);
        return;
    }
    case PE_PanelLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (hasFocus(option))
            drawRing(painter, option->rect, option->palette.color(QPalette::Window));
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (!hasFocus(option))
        return;
    switch (element) {
    case CE_ShapedFrame:
        // A focused table, tree, list or text view (the view has the focus, not a cell), or a
        // label whose text is selectable by keyboard: the ring on its frame.
        if (qobject_cast<const QFrame *>(widget))
            drawRing(painter, option->rect, option->palette.color(QPalette::Window));
        return;
    case CE_PushButton:
    case CE_TabBarTab:
        // Not every base style asks for PE_FrameFocusRect here (Fusion's tabs and buttons
        // only tint their outline): the ring around the button or the current tab.
        drawRing(painter, option->rect, option->palette.color(QPalette::Window));
        return;
    default:
        return;
    }
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_SpinBox) && hasFocus(option))
        drawRing(painter, option->rect, option->palette.color(QPalette::Window));
}

int FocusStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                            const QWidget *widget) const
{
    // A view's frame is as wide as the ring, so the ring is not hidden under its viewport.
    if (metric == PM_DefaultFrameWidth && isScrollArea(widget))
        return qMax(kRingWidth, QProxyStyle::pixelMetric(metric, option, widget));
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace kac::ui
