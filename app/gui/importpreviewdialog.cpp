#include "app/gui/importpreviewdialog.h"

#include "model/core/validator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nianbao {

ImportPreviewDialog::ImportPreviewDialog(const QString& fileName, ImportedReport imported,
                                         QWidget* parent)
    : QDialog(parent)
    , m_imported(std::move(imported))
    , m_agency(new QLineEdit(m_imported.report.agency, this))
    , m_year(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_notes(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import a published report: %1").arg(fileName));
    // 2008 is the first year of the regulations; below it the box shows "not found".
    m_year->setRange(2007, 2100);
    m_year->setSpecialValueText(tr("(not found)"));
    m_year->setValue(m_imported.report.year == 0 ? 2007 : m_imported.report.year);

    const Report& report = m_imported.report;
    int filled = 0;
    for (const CellValue& value : report.values())
        filled += !value.isEmpty();
    const auto findings = Validator::check(report);
    QString status = m_imported.complete ? tr("Complete") : tr("Partial");
    if (m_imported.format2019)
        status += tr(" — laid out in the 2019 format; its tables were not imported");
    m_summary->setText(tr("%1: %2 of %3 cells read. Checked: %4 errors, %5 warnings.")
                           .arg(status)
                           .arg(filled)
                           .arg(report.values().size())
                           .arg(Validator::countOf(findings, Severity::Error))
                           .arg(Validator::countOf(findings, Severity::Warning)));
    m_summary->setWordWrap(true);
    for (const QString& note : m_imported.notes)
        m_notes->addItem(note);
    if (m_imported.notes.isEmpty())
        m_notes->addItem(tr("Everything the form asks for was found."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Year:"), m_year);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Not found or not read (these cells stay empty):"), this));
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save as a report"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agency, &QLineEdit::textChanged, this, &ImportPreviewDialog::updateButton);
    connect(m_year, &QSpinBox::valueChanged, this, &ImportPreviewDialog::updateButton);
    updateButton();
    resize(640, 480);
}

QString ImportPreviewDialog::summary() const {
    return m_summary->text();
}

bool ImportPreviewDialog::canSave() const {
    return !m_agency->text().trimmed().isEmpty() && m_year->value() >= 2008;
}

void ImportPreviewDialog::updateButton() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canSave());
}

Report ImportPreviewDialog::report() const {
    Report report = m_imported.report;
    report.agency = m_agency->text().trimmed();
    report.year = m_year->value();
    return report;
}

} // namespace nianbao
