#pragma once

#include "app/gui/printing.h"
#include "model/render/registerprint.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QMenu;
class QMenuBar;
class QWidget;

namespace nianbao {

class RegisterImportDialog;
class ReportStore;

// The window's 登记台账 menu: 导入… (the import preview) and 打印登记表…. The register's own
// window (its table, entry dialog, due list) hooks in beside these.
class RegisterMenu : public QObject {
    Q_OBJECT

public:
    // `currentAgency` is the agency of the report on screen (empty on the start page).
    RegisterMenu(QMenuBar* bar, ReportStore* store, std::function<QString()> currentAgency,
                 QWidget* parent);

    QMenu* menu() const { return m_menu; }

    // Seams: how the menu asks and tells. Defaults use dialogs; tests replace them.
    std::function<bool(RegisterImportDialog& dialog)> runImportDialog; // true: accepted
    std::function<std::optional<RegisterPrintOptions>(const RegisterPrintOptions& proposal)>
        askPrintOptions;
    std::function<void(const QString& message)> showError;
    std::function<void(const QString& message)> showMessage;
    // The year of the report on screen (0 on the start page): the printed register's year.
    std::function<int()> currentYear;

    // The import preview; on 「导入 N 行」 the recognised rows are stored in one transaction and
    // the columns chosen remembered. False when cancelled or refused (then nothing is stored).
    bool importSheet();

    // 打印登记表: the options, then the print preview (A4 landscape), from which it is printed.
    // False when cancelled.
    bool printRegister();
    // The printed register's pages for those options (the year's entries: those its table
    // three counts).
    std::vector<LaidOutPage> registerPages(const RegisterPrintOptions& options) const;
    PrintController& printing() { return m_printing; }

    // The agencies of the store's reports and registers, for the dialogs to offer.
    QStringList agencies() const;

private:
    ReportStore* m_store;
    std::function<QString()> m_currentAgency;
    QWidget* m_parent;
    QMenu* m_menu;
    PrintController m_printing;
};

} // namespace nianbao
