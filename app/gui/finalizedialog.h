#pragma once

#include "model/storage/reportstore.h"

#include <QDialog>

#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nianbao {

class ReportDocument;

// 定稿: lists what still blocks (errors) and what needs a written reason (warnings), asks for
// 填报人, 审核人, 负责人 and the date. Accepting stores the reasons and freezes the report.
class FinalizeDialog : public QDialog {
    Q_OBJECT

public:
    FinalizeDialog(ReportDocument* document, QWidget* parent = nullptr);

    int blockingErrors() const { return m_errors; }
    std::vector<QLineEdit*> reasonFields() const;
    QLineEdit* preparer() const { return m_preparer; }
    QLineEdit* reviewer() const { return m_reviewer; }
    QLineEdit* approver() const { return m_approver; }
    QDateEdit* date() const { return m_date; }
    Approval approval() const;
    // Stores the reasons in the document; false while something is missing.
    bool applyReasons();

private:
    void updateButton();

    ReportDocument* m_document;
    int m_errors = 0;
    std::vector<std::pair<Finding, QLineEdit*>> m_reasons;
    QLineEdit* m_preparer;
    QLineEdit* m_reviewer;
    QLineEdit* m_approver;
    QDateEdit* m_date;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace nianbao
