#include "model/core/publishedformat.h"

using namespace Qt::StringLiterals;

namespace nianbao {

void markPublishedIn2019Format(Report& report) {
    for (JsonMember& member : report.extraKeys) {
        if (member.key == kPublishedFormatKey) {
            member.value = JsonValue::string(u"2019"_s);
            return;
        }
    }
    report.extraKeys.push_back({kPublishedFormatKey.toString(), JsonValue::string(u"2019"_s)});
}

bool wasPublishedIn2019Format(const Report& report) {
    for (const JsonMember& member : report.extraKeys) {
        if (member.key == kPublishedFormatKey)
            return member.value.type == JsonValue::Type::String && member.value.text == u"2019";
    }
    return false;
}

std::optional<Finding> publishedFormatFinding(const Report& report) {
    if (!wasPublishedIn2019Format(report) || report.year < 2021)
        return std::nullopt;
    Finding f;
    f.rule = u"F1"_s;
    f.severity = Severity::Error;
    f.message = u"%1年度的年报仍用2019年版格式发布，应使用2021年版格式"_s.arg(report.year);
    return f;
}

} // namespace nianbao
