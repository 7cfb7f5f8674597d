#pragma once

#include "model/import/textimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace nianbao {

// 导入已发布的年报: shows what the importer found in a published report and what it did not,
// and lets the clerk correct the agency and year, before anything is stored.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    ImportPreviewDialog(const QString& fileName, ImportedReport imported,
                        QWidget* parent = nullptr);

    QLineEdit* agency() const { return m_agency; }
    QSpinBox* year() const { return m_year; }
    QListWidget* notes() const { return m_notes; }
    QString summary() const;
    bool canSave() const;
    // The report as it will be stored, with the agency and year as edited.
    Report report() const;

private:
    void updateButton();

    ImportedReport m_imported;
    QLineEdit* m_agency;
    QSpinBox* m_year;
    QLabel* m_summary;
    QListWidget* m_notes;
    QDialogButtonBox* m_buttons;
};

} // namespace nianbao
