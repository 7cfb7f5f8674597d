#pragma once

#include <QFont>
#include <QString>

#include <vector>

class QPaintDevice;

namespace nianbao {

// Text measured as the layouts measure it: in points, on a 72 dpi device, so that the layout
// measured once is the one painted to PDF, PNG or paper.
const QPaintDevice* referenceDevice();
// Breaks text into lines no wider than `width` (the first one `firstIndent` narrower).
std::vector<QString> wrapText(const QString& text, const QFont& font, double width,
                              double firstIndent = 0);
double textWidth(const QString& text, const QFont& font);
double lineSpacing(const QFont& font);

} // namespace nianbao
