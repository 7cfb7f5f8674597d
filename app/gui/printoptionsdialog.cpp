#include "app/gui/printoptionsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace nianbao {

PrintOptionsDialog::PrintOptionsDialog(const PrintChoices& proposal, bool finalized,
                                       QWidget* parent)
    : QDialog(parent)
    , m_approvalPage(
          new QCheckBox(tr("Add the approval page (签批页) for signatures and the seal")))
    , m_finalCopy(new QRadioButton(tr("Signed copy: content fingerprint and QR code")))
    , m_draft(new QRadioButton(tr("Draft: 「草稿」 watermark on every page")))
    , m_copies(new QSpinBox) {
    setWindowTitle(tr("Print the report"));
    m_approvalPage->setObjectName(QStringLiteral("approvalPage"));
    m_finalCopy->setObjectName(QStringLiteral("finalCopy"));
    m_draft->setObjectName(QStringLiteral("draft"));
    m_copies->setObjectName(QStringLiteral("copies"));
    m_approvalPage->setChecked(proposal.approvalPage);
    m_finalCopy->setEnabled(finalized);
    (finalized && proposal.finalCopy ? m_finalCopy : m_draft)->setChecked(true);
    m_copies->setRange(1, 99);
    m_copies->setValue(std::clamp(proposal.copies, 1, 99));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_finalCopy);
    layout->addWidget(m_draft);
    if (!finalized) {
        auto* why = new QLabel(tr("Only a finalized report (定稿) prints without the watermark."));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(m_approvalPage);
    auto* form = new QFormLayout;
    form->addRow(tr("Copies:"), m_copies);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

PrintChoices PrintOptionsDialog::choices() const {
    PrintChoices c;
    c.approvalPage = m_approvalPage->isChecked();
    c.finalCopy = m_finalCopy->isEnabled() && m_finalCopy->isChecked();
    c.copies = m_copies->value();
    return c;
}

} // namespace nianbao
