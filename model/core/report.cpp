#include "model/core/report.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct LevelName {
    AgencyLevel level;
    const char16_t* code;
    const char16_t* name;
};

constexpr LevelName kLevels[] = {
    {AgencyLevel::Province, u"province", u"省级人民政府"},
    {AgencyLevel::ProvinceDepartment, u"province_department", u"省级部门"},
    {AgencyLevel::City, u"city", u"设区的市级人民政府"},
    {AgencyLevel::CityDepartment, u"city_department", u"市级部门"},
    {AgencyLevel::County, u"county", u"县级人民政府"},
    {AgencyLevel::CountyDepartment, u"county_department", u"县级部门"},
    {AgencyLevel::Township, u"township", u"乡镇"},
    {AgencyLevel::Street, u"street", u"街道"},
};

} // namespace

QString agencyLevelCode(AgencyLevel level) {
    for (const auto& l : kLevels) {
        if (l.level == level)
            return QString::fromUtf16(l.code);
    }
    return {};
}

QString agencyLevelName(AgencyLevel level) {
    for (const auto& l : kLevels) {
        if (l.level == level)
            return QString::fromUtf16(l.name);
    }
    return u"未指定"_s;
}

std::optional<AgencyLevel> agencyLevelFromCode(QStringView code) {
    for (const auto& l : kLevels) {
        if (code == QStringView(l.code))
            return l.level;
    }
    return std::nullopt;
}

bool canMakeRegulations(AgencyLevel level) {
    switch (level) {
    case AgencyLevel::County:
    case AgencyLevel::CountyDepartment:
    case AgencyLevel::Township:
    case AgencyLevel::Street:
        return false;
    default:
        return true;
    }
}

Report::Report(std::shared_ptr<const FormDefinition> form)
    : m_form(std::move(form))
    , m_values(m_form->cells().size())
    , m_texts(m_form->texts().size()) {}

bool Report::operator==(const Report& other) const {
    return m_form->id() == other.m_form->id() && agency == other.agency && year == other.year &&
           level == other.level && m_values == other.m_values && m_texts == other.m_texts &&
           extraKeys == other.extraKeys;
}

namespace {
struct AgencyTr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Report)
};
} // namespace

std::optional<QString> agencyNameProblem(const QString& name) {
    if (name.trimmed().isEmpty())
        return AgencyTr::tr("the agency's name is empty or only spaces");
    for (const char32_t c : name.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
            return AgencyTr::tr("the agency's name holds the invisible or control character "
                                "U+%1, which is not allowed")
                .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'));
        }
    }
    return std::nullopt;
}

} // namespace nianbao
