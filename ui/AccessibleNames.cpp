#include "ui/AccessibleNames.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>

namespace kac::ui::AccessibleNames {

namespace {

// The combo box's name is its label; its value is the current item. Everything else (role,
// state, children such as an editable combo's line edit, focus) is QAccessibleWidget's.
class AccessibleComboBox : public QAccessibleWidget
{
public:
    explicit AccessibleComboBox(QComboBox *combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox)
    {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return combo()->currentText();
        return QAccessibleWidget::text(t); // Name: accessibleName, else the buddy label
    }

    QStringList actionNames() const override
    {
        return QAccessibleWidget::actionNames() << showMenuAction();
    }

    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            combo()->showPopup();
        else
            QAccessibleWidget::doAction(action);
    }

private:
    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }
};

QAccessibleInterface *comboBoxFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QComboBox") && object && object->isWidgetType())
        return new AccessibleComboBox(static_cast<QComboBox *>(object));
    return nullptr;
}

} // namespace

void installComboBoxNaming()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(comboBoxFactory);
}

void nameClearButton(QLineEdit *field, const QString &fieldName)
{
    // Qt adds the clear button as a tool button child of the line edit.
    for (QToolButton *button : field->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(QLineEdit::tr("Clear %1").arg(fieldName));
        button->setToolTip(button->accessibleName());
    }
}

void nameSplitterHandles(QSplitter *splitter, const QString &name)
{
    for (int i = 0; i < splitter->count(); ++i) {
        if (QSplitterHandle *handle = splitter->handle(i))
            handle->setAccessibleName(name);
    }
}

void nameTabPages(QTabWidget *tabs)
{
    const auto name = [tabs] {
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget *page = tabs->widget(i);
            if (page && page->accessibleName().isEmpty())
                page->setAccessibleName(withoutMnemonic(tabs->tabText(i)));
        }
    };
    name();
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, name);
}

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void setLabelledValue(QLabel *label, const QString &caption, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text.isEmpty() ? caption : QLabel::tr("%1: %2").arg(caption, text));
}

} // namespace kac::ui::AccessibleNames
