#pragma once

#include "model/core/cellvalue.h"
#include "model/core/formdefinition.h"
#include "model/core/json.h"

#include <QString>

#include <memory>
#include <vector>

namespace nianbao {

// The agency's place in the hierarchy; some rules depend on it (T2c: only ministries and
// provincial or city governments make 规章).
enum class AgencyLevel : quint8 {
    Unknown,
    Province,
    ProvinceDepartment,
    City,
    CityDepartment,
    County,
    CountyDepartment,
    Township,
    Street,
};

QString agencyLevelCode(AgencyLevel level); // "county_department", as in the file
QString agencyLevelName(AgencyLevel level); // 县级部门
std::optional<AgencyLevel> agencyLevelFromCode(QStringView code);

// Why `name` cannot be an agency's name, or std::nullopt if it can: empty or only spaces, or
// holding a control or formatting character (NUL, U+202E that reverses what follows, a
// zero-width space…), which would print as something else than it is. The message names the
// character by its code, never prints it.
std::optional<QString> agencyNameProblem(const QString& name);
bool canMakeRegulations(AgencyLevel level);

// One annual report of one agency: cell values, narrative texts and metadata. A value type:
// copying it is cheap enough to keep last year's report or a frozen copy beside it.
class Report {
public:
    explicit Report(std::shared_ptr<const FormDefinition> form);

    const FormDefinition& form() const { return *m_form; }
    const std::shared_ptr<const FormDefinition>& formPtr() const { return m_form; }

    QString agency;
    int year = 0;
    AgencyLevel level = AgencyLevel::Unknown;

    const CellValue& value(CellRef ref) const { return m_values[ref.index]; }
    void setValue(CellRef ref, CellValue value) { m_values[ref.index] = std::move(value); }
    const std::vector<CellValue>& values() const { return m_values; }

    // Narrative texts by index into FormDefinition::texts().
    const QString& text(int index) const { return m_texts[index]; }
    void setText(int index, QString text) { m_texts[index] = std::move(text); }

    // Top-level keys of the exchange file this version does not know, kept for the round trip.
    std::vector<JsonMember> extraKeys;

    bool operator==(const Report& other) const;

private:
    std::shared_ptr<const FormDefinition> m_form;
    std::vector<CellValue> m_values;
    std::vector<QString> m_texts;
};

} // namespace nianbao
