#include "app/gui/registerprintdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nianbao {

namespace {

// The year box's lowest value stands for every year.
constexpr int kAllYears = 2007;

} // namespace

RegisterPrintDialog::RegisterPrintDialog(const RegisterPrintOptions& proposal,
                                         const QStringList& agencies, QWidget* parent)
    : QDialog(parent)
    , m_agency(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_personal(new QCheckBox(tr("Print the applicants' &names and contacts"), this))
    , m_mask(new QCheckBox(tr("&Mask them (张**, 138****1234)"), this)) {
    setWindowTitle(tr("Print the request register"));
    m_agency->setEditable(true);
    m_agency->addItems(agencies);
    m_agency->setCurrentText(proposal.agency);
    m_year->setRange(kAllYears, 2100);
    m_year->setSpecialValueText(tr("(every year)"));
    m_year->setValue(proposal.year.value_or(kAllYears));
    m_personal->setChecked(proposal.personalData != PersonalData::LeftOut);
    m_mask->setChecked(proposal.personalData != PersonalData::Shown);
    m_mask->setEnabled(m_personal->isChecked());
    connect(m_personal, &QCheckBox::toggled, m_mask, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Year:"), m_year);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview…"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_personal);
    layout->addWidget(m_mask);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_agency->currentText().trimmed().isEmpty());
    };
    connect(m_agency, &QComboBox::currentTextChanged, this, update);
    update();
}

RegisterPrintOptions RegisterPrintDialog::options() const {
    RegisterPrintOptions options;
    options.agency = m_agency->currentText().trimmed();
    if (m_year->value() != kAllYears)
        options.year = m_year->value();
    if (m_personal->isChecked())
        options.personalData = m_mask->isChecked() ? PersonalData::Masked : PersonalData::Shown;
    return options;
}

} // namespace nianbao
