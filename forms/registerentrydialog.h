#pragma once

#include "model/core/requestregister.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nianbao {

class DateField;

// One request of the register, every field of it (issue 18, item 1): number, received, how,
// applicant type, name and contact, what was asked, 补正, third-party consultation, extension,
// reply, outcome (one result row of table three), fee, notes, withdrawn, merged. OK hands the
// entry to `store`; what it refuses (the register's rules, in the user's language) is shown in
// the dialog, which stays open for correcting.
class RegisterEntryDialog : public QDialog {
    Q_OBJECT

public:
    explicit RegisterEntryDialog(const RegisterEntry& entry, QWidget* parent = nullptr);

    // The entry as the fields give it; nullopt when a field cannot be read (a date that is not
    // one, a fee that is not an amount), with each reason in `problems`.
    std::optional<RegisterEntry> entry(QStringList* problems) const;
    // Stores the entry: empty when stored, else the reasons it was refused.
    std::function<QStringList(const RegisterEntry&)> store;
    // What is shown as refused (empty when nothing is).
    QString shownProblems() const;

    QLineEdit* numberEdit() const { return m_number; }
    DateField* receivedField() const { return m_received; }
    DateField* repliedField() const { return m_replied; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QLineEdit* feeEdit() const { return m_fee; }

public Q_SLOTS:
    void accept() override;

private:
    void showProblems(const QStringList& problems);

    RegisterEntry m_original;
    QLineEdit* m_number;
    DateField* m_received;
    QComboBox* m_channel;
    QComboBox* m_type;
    QLineEdit* m_name;
    QLineEdit* m_contact;
    QPlainTextEdit* m_subject;
    DateField* m_correctionAsked;
    DateField* m_correctionReceived;
    DateField* m_consultationStart;
    DateField* m_consultationEnd;
    DateField* m_extended;
    DateField* m_replied;
    QComboBox* m_outcome;
    QLineEdit* m_fee;
    QCheckBox* m_withdrawn;
    QLineEdit* m_mergedInto;
    QLineEdit* m_notes;
    QLabel* m_problems;
};

} // namespace nianbao
