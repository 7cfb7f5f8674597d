#include "model/render/textmeasure.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTextLayout>

namespace nianbao {

const QPaintDevice* referenceDevice() {
    static const QImage image = [] {
        QImage i(4, 4, QImage::Format_ARGB32);
        i.setDotsPerMeterX(qRound(72 / 0.0254));
        i.setDotsPerMeterY(qRound(72 / 0.0254));
        return i;
    }();
    return &image;
}

std::vector<QString> wrapText(const QString& text, const QFont& font, double width,
                              double firstIndent) {
    std::vector<QString> lines;
    QTextLayout layout(text, font, const_cast<QPaintDevice*>(referenceDevice()));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    bool first = true;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max(1.0, width - (first ? firstIndent : 0)));
        lines.push_back(text.mid(line.textStart(), line.textLength()));
        first = false;
    }
    layout.endLayout();
    if (lines.empty())
        lines.push_back(QString());
    return lines;
}

double textWidth(const QString& text, const QFont& font) {
    return QFontMetricsF(font, const_cast<QPaintDevice*>(referenceDevice()))
        .horizontalAdvance(text);
}

double lineSpacing(const QFont& font) {
    return QFontMetricsF(font, const_cast<QPaintDevice*>(referenceDevice())).lineSpacing();
}

} // namespace nianbao
