#pragma once

#include "model/import/registerimport.h"

#include <QStringList>

#include <optional>

class QSettings;

namespace nianbao {

// The fields a clerk chose for the columns of a register sheet, remembered by the text of its
// header row: the next sheet with the same headers opens with the same choice.
class RegisterColumnMemory {
public:
    explicit RegisterColumnMemory(QSettings& settings);

    void remember(const RegisterColumns& columns);
    // The fields remembered for a header row with this key (RegisterColumns::key()).
    std::optional<QStringList> fieldsFor(const QString& key) const;
    // The columns to propose for a sheet: the first of its rows whose text has a remembered
    // choice, else the recognised header row (findRegisterColumns). nullopt with the reason
    // when there is neither.
    std::optional<RegisterColumns> columnsFor(const Spreadsheet& sheet, QString* error) const;

private:
    QSettings& m_settings;
};

} // namespace nianbao
