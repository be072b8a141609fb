#pragma once

#include <QProxyStyle>

namespace kac::ui {

// The console's one focus indicator (WCAG 2.4.11/1.4.11): every focused control, whatever the
// underlying style, shows an opaque two-pixel ring with at least 3:1 contrast against what
// surrounds it. Fusion's own rings are translucent (1.2:1 to 2.2:1) and appear only after a
// Tab press. Installed once for the application by app/main.cpp (QApplication::setStyle).
class FocusStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit FocusStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;

    // The ring's colour on `background`: the dark one, or white on a dark or saturated
    // background (a selected row), whichever contrasts more.
    static QColor ringColour(const QColor &background);
};

} // namespace kac::ui
