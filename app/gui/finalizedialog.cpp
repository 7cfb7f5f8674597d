#include "app/gui/finalizedialog.h"

#include "model/editing/reportdocument.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

FinalizeDialog::FinalizeDialog(ReportDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_preparer(new QLineEdit(this))
    , m_reviewer(new QLineEdit(this))
    , m_approver(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Finalize the report (定稿)"));
    resize(760, 560);
    auto* layout = new QVBoxLayout(this);
    auto* content = new QWidget;
    auto* list = new QVBoxLayout(content);

    auto* errors = new QGroupBox(tr("Errors to fix first"), content);
    auto* errorList = new QVBoxLayout(errors);
    auto* warnings = new QGroupBox(tr("Warnings: write why each is right"), content);
    auto* warningList = new QFormLayout(warnings);
    for (const Finding& f : document->findings()) {
        if (f.severity == Severity::Error) {
            ++m_errors;
            auto* label = new QLabel(u"✖ "_s + f.rule + u" "_s + f.message, errors);
            label->setWordWrap(true);
            errorList->addWidget(label);
        } else if (f.severity == Severity::Warning) {
            auto* message = new QLabel(u"▲ "_s + f.rule + u" "_s + f.message, warnings);
            message->setWordWrap(true);
            auto* reason = new QLineEdit(document->acknowledgement(f), warnings);
            reason->setPlaceholderText(tr("Reason (kept with the report)"));
            warningList->addRow(message);
            warningList->addRow(tr("Reason:"), reason);
            m_reasons.emplace_back(f, reason);
            connect(reason, &QLineEdit::textChanged, this, &FinalizeDialog::updateButton);
        }
    }
    if (m_errors == 0)
        errorList->addWidget(new QLabel(tr("None."), errors));
    if (m_reasons.empty())
        warningList->addRow(new QLabel(tr("None."), warnings));
    list->addWidget(errors);
    list->addWidget(warnings);
    auto* approval = new QGroupBox(tr("Approval"), content);
    auto* form = new QFormLayout(approval);
    form->addRow(tr("Prepared by (填报人):"), m_preparer);
    form->addRow(tr("Reviewed by (审核人):"), m_reviewer);
    form->addRow(tr("Approved by (负责人):"), m_approver);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addRow(tr("Date of 定稿:"), m_date);
    list->addWidget(approval);
    list->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Finalize"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_preparer, m_reviewer, m_approver})
        connect(e, &QLineEdit::textChanged, this, &FinalizeDialog::updateButton);
    updateButton();
}

std::vector<QLineEdit*> FinalizeDialog::reasonFields() const {
    std::vector<QLineEdit*> fields;
    for (const auto& [finding, field] : m_reasons)
        fields.push_back(field);
    return fields;
}

Approval FinalizeDialog::approval() const {
    return {m_date->date(), m_preparer->text().trimmed(), m_reviewer->text().trimmed(),
            m_approver->text().trimmed()};
}

void FinalizeDialog::updateButton() {
    int missing = 0;
    for (const auto& [finding, field] : m_reasons)
        missing += field->text().trimmed().isEmpty();
    const bool names = !m_preparer->text().trimmed().isEmpty() &&
                       !m_reviewer->text().trimmed().isEmpty() &&
                       !m_approver->text().trimmed().isEmpty();
    QString status;
    if (m_errors > 0)
        status =
            tr("%n error(s) must be fixed before the report can be finalized.", nullptr, m_errors);
    else if (missing > 0)
        status = tr("%n warning(s) still need a reason.", nullptr, missing);
    else if (!names)
        status = tr("Enter who prepared, reviewed and approved the report.");
    m_status->setText(status);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(status.isEmpty());
}

bool FinalizeDialog::applyReasons() {
    if (m_errors > 0)
        return false;
    for (const auto& [finding, field] : m_reasons) {
        if (field->text().trimmed().isEmpty())
            return false;
        if (m_document->acknowledgement(finding) != field->text().trimmed())
            m_document->acknowledge(finding, field->text().trimmed());
    }
    return true;
}

} // namespace nianbao
