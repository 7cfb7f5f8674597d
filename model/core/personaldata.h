#pragma once

#include <QString>

namespace nianbao {

// An applicant's name with all but its first character hidden, whatever its length, so that
// the mask does not tell the length either: 张三 and 张三丰 both become 张**.
QString maskedName(const QString& name);

// A contact with its middle hidden: a mobile number keeps its first three and last four
// digits (138****1234), an e-mail address the first character of its user and its domain
// (z***@example.com); a shorter number keeps its last two characters only.
QString maskedContact(const QString& contact);

} // namespace nianbao
