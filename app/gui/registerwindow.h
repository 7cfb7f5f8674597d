#pragma once

#include "model/core/requestregister.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

namespace nianbao {

class RegisterEntryDialog;
class RegisterTableModel;
class RegisterView;
class ReportStore;

// The request register in a window of its own (issue 18): the entries of an agency and year
// from the store, added, edited and deleted through the entry dialog, rows pasted from a
// spreadsheet previewed (refused rows with their reasons) before they are stored, all in one
// transaction. Wiring only: the store holds the SQL and the rules, the model the rows.
class RegisterWindow : public QWidget {
    Q_OBJECT

public:
    explicit RegisterWindow(ReportStore* store, QWidget* parent = nullptr);
    ~RegisterWindow() override;

    // Shows the entries of `agency` (empty: every agency) and `year` (none: every year).
    void showEntries(const QString& agency, std::optional<int> year);
    void reload();
    // Shows the entry and opens it in the entry dialog.
    bool openEntry(qint64 id);
    bool addEntry();
    bool editEntry(qint64 id);
    bool deleteEntry(qint64 id);
    // Rows pasted from a spreadsheet: refused rows are shown with their reasons before
    // anything is stored; the recognised ones are stored in one transaction if the clerk
    // agrees. True when rows were stored.
    bool pasteRows(const QString& text);
    // The day deadlines are counted to (tests and screenshots fix it).
    void setToday(QDate today);

    RegisterView* view() const { return m_view; }
    RegisterTableModel* model() const { return m_model; }

    // Seams: how the window asks and tells. Defaults use dialogs; tests replace them.
    std::function<bool(RegisterEntryDialog& dialog)> runEntryDialog;
    std::function<bool(const QString& question)> confirm;
    std::function<void(const QString& message)> showError;
    // The pasted rows before they are stored: how many are recognised, and the refused ones
    // each with its reasons. True to store the recognised ones.
    std::function<bool(int recognised, const QStringList& refused)> confirmPaste;

Q_SIGNALS:
    // An entry was added, changed or deleted (the start page's due list follows).
    void registerChanged();

private:
    bool runDialog(const RegisterEntry& entry);
    QStringList storeEntry(const RegisterEntry& entry);
    void updateChoices();

    ReportStore* m_store;
    RegisterTableModel* m_model;
    RegisterView* m_view;
    QString m_agency;
    std::optional<int> m_year;
};

} // namespace nianbao
