#pragma once

#include "model/core/report.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <ostream>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

namespace nianbao::test {

QString dataPath(const QString& relative);                  // tests/data/…
std::optional<QString> sharedPath(const QString& relative); // ../shared/…, if present
QByteArray readFile(const QString& path);
Report loadReport(const QString& path); // fails the test on a bad file
Report emptyReport(int year = 2024);
CellRef cell(const char16_t* id);
// Expects the same agency, year, cell values (as shown) and texts, naming each that differs.
void expectSameContent(const Report& actual, const Report& expected);

} // namespace nianbao::test
