#include "model/core/csvfield.h"

using namespace Qt::StringLiterals;

namespace nianbao {

QString csvField(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvTextField(const QString& text) {
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        return csvField(u'\'' + text);
    return csvField(text);
}

} // namespace nianbao
