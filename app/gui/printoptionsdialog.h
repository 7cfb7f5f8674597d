#pragma once

#include "app/gui/printing.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace nianbao {

// Nianbao's own print options, asked before the system's print dialog: the approval page
// (签批页), the signed copy or a draft, and the number of copies.
class PrintOptionsDialog : public QDialog {
    Q_OBJECT
public:
    PrintOptionsDialog(const PrintChoices& proposal, bool finalized, QWidget* parent = nullptr);

    PrintChoices choices() const;

private:
    QCheckBox* m_approvalPage;
    QRadioButton* m_finalCopy;
    QRadioButton* m_draft;
    QSpinBox* m_copies;
};

} // namespace nianbao
