#pragma once

#include "model/import/registerimport.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace nianbao {

class RegisterColumnMemory;

// Every row of the sheet under the header: its sheet row, recognised or refused (with the
// reasons), and for a recognised one the values as they will be stored.
class RegisterImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setImport(const RegisterImport* read);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const RegisterImport* m_read = nullptr;
    QStringList m_headers;
};

// 登记台账 → 导入…: the clerk's sheet (.xlsx or .csv), one box per column saying which field it
// holds (proposed from the remembered choice or the recognised headers), and a preview of
// every row before anything is stored. The dialog only shows; whoever runs it stores
// recognisedEntries() once it is accepted.
class RegisterImportDialog : public QDialog {
    Q_OBJECT

public:
    RegisterImportDialog(const RegisterColumnMemory& memory, const QStringList& agencies,
                         const QString& agency, QWidget* parent = nullptr);
    ~RegisterImportDialog() override;

    // Seams: the file to open (a file dialog by default), and the numbers the register of an
    // agency already has (refused in the preview).
    std::function<QString()> askFile;
    std::function<QSet<QString>(const QString& agency)> numbersTaken;

    // Reads the sheet and proposes its columns; false, with the reason shown in the dialog
    // and in *error, when it cannot be read or has no header row.
    bool openFile(const QString& path, QString* error);

    QComboBox* agency() const { return m_agency; }
    QSpinBox* headerRow() const { return m_headerRow; }
    QComboBox* fieldBox(int column) const { return m_fieldBoxes.at(static_cast<size_t>(column)); }
    int columnCount() const { return static_cast<int>(m_fieldBoxes.size()); }
    QTableView* preview() const { return m_preview; }
    QString summary() const;
    QPushButton* importButton() const { return m_import; }

    QString agencyName() const;
    RegisterColumns columns() const;
    const RegisterImport& result() const { return m_read; }

private:
    void chooseFile();
    void proposeColumns(const RegisterColumns& columns);
    void rebuildFieldBoxes(const RegisterColumns& columns);
    void refresh();

    const RegisterColumnMemory& m_memory;
    std::optional<Spreadsheet> m_sheet;
    RegisterImport m_read;
    RegisterImportPreviewModel m_model;
    QLabel* m_file;
    QComboBox* m_agency;
    QSpinBox* m_headerRow;
    QFormLayout* m_fieldForm;
    std::vector<QComboBox*> m_fieldBoxes;
    QStringList m_headerTexts;
    QLabel* m_summary;
    QTableView* m_preview;
    QPushButton* m_import;
    bool m_building = false;
};

} // namespace nianbao
