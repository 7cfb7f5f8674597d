#include "forms/datefield.h"

#include "model/core/chinesedate.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace nianbao {

DateField::DateField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_pick(new QToolButton(this)) {
    m_edit->setPlaceholderText(tr("yyyy-mm-dd"));
    m_edit->setClearButtonEnabled(true);
    m_pick->setText(QStringLiteral("…"));
    m_pick->setToolTip(tr("Pick the date from a calendar"));
    m_pick->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_pick);
    auto* calendar = new QCalendarWidget(menu);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    m_pick->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, calendar] {
        QString ignored;
        const auto typed = date(&ignored);
        calendar->setSelectedDate(typed && typed->isValid() ? *typed : QDate::currentDate());
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate picked) {
        setDate(picked);
        menu->close();
    });
    // What was typed is shown back in one form once it is read: the clerk sees the date taken.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        QString ignored;
        if (const auto typed = date(&ignored); typed && typed->isValid())
            setDate(*typed);
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);
    setFocusProxy(m_edit);
}

void DateField::setDate(QDate date) {
    m_edit->setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

std::optional<QDate> DateField::date(QString* error) const {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QDate();
    return parseChineseDate(text, error);
}

} // namespace nianbao
