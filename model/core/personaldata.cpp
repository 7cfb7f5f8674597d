#include "model/core/personaldata.h"

using namespace Qt::StringLiterals;

namespace nianbao {

QString maskedName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A surrogate pair (a rare character outside the BMP) is one character, not two halves.
    const qsizetype first = trimmed.at(0).isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    return trimmed.left(first) + u"**"_s;
}

QString maskedContact(const QString& contact) {
    QString compact = contact.trimmed();
    compact.remove(u' ');
    compact.remove(u'-');
    if (compact.isEmpty())
        return {};
    const qsizetype at = compact.indexOf(u'@');
    if (at > 0)
        return compact.left(1) + u"***"_s + compact.mid(at);
    if (compact.size() >= 8)
        return compact.left(3) + QString(compact.size() - 7, u'*') + compact.right(4);
    if (compact.size() <= 2)
        return u"**"_s;
    return QString(compact.size() - 2, u'*') + compact.right(2);
}

} // namespace nianbao
