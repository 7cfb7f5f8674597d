#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QLineEdit;
class QToolButton;

namespace nianbao {

// A date typed as clerks write it (2025-03-04, 2025/3/4, 2025年3月4日, 20250304) or picked from
// a calendar; empty means no date. Shown back as 2025-03-04 once it is read.
class DateField : public QWidget {
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    void setDate(QDate date); // an invalid date empties the field
    // The date typed (invalid when empty); nullopt when the text is not a date, with the
    // reason in `error`.
    std::optional<QDate> date(QString* error) const;
    QLineEdit* lineEdit() const { return m_edit; }

private:
    QLineEdit* m_edit;
    QToolButton* m_pick;
};

} // namespace nianbao
