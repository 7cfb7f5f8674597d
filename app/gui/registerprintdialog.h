#pragma once

#include "model/render/registerprint.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace nianbao {

// 登记台账 → 打印登记表…: whose register, which year, and whether the applicants' names and
// contacts are printed (masked or not). Left out unless asked for (issue 18, item 6).
class RegisterPrintDialog : public QDialog {
    Q_OBJECT

public:
    RegisterPrintDialog(const RegisterPrintOptions& proposal, const QStringList& agencies,
                        QWidget* parent = nullptr);

    QComboBox* agency() const { return m_agency; }
    QSpinBox* year() const { return m_year; }
    QCheckBox* personalData() const { return m_personal; }
    QCheckBox* mask() const { return m_mask; }
    RegisterPrintOptions options() const;

private:
    QComboBox* m_agency;
    QSpinBox* m_year;
    QCheckBox* m_personal;
    QCheckBox* m_mask;
};

} // namespace nianbao
