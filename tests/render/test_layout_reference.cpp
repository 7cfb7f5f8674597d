// The busy report's layout against a reference kept in tests/data/render: the boxes, not the
// pixels, so that small differences between machines' fonts do not matter (3 pt tolerance),
// while a change to margins, columns, page breaks or order does.
// NIANBAO_UPDATE_REFERENCE=1 rewrites the reference (look at the pages first).
#include "model/core/json.h"
#include "model/render/reportlayout.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cmath>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

constexpr double kTolerance = 3.0;

QString referencePath() {
    return test::dataPath(u"render/busy-report-layout.json"_s);
}

JsonValue number(double v) {
    return JsonValue::number(QString::number(std::round(v * 10) / 10, 'f', 1));
}

JsonValue describe(const std::vector<LaidOutPage>& pages) {
    JsonValue list = JsonValue::array();
    for (const LaidOutPage& page : pages) {
        JsonValue items = JsonValue::array();
        for (const PageItem& item : page.items) {
            JsonValue i = JsonValue::array();
            i.elements.push_back(JsonValue::integer(static_cast<int>(item.kind)));
            const QRectF r = item.kind == PageItem::Kind::Line
                                 ? QRectF(item.line.p1(), item.line.p2())
                                 : item.rect;
            for (double v : {r.x(), r.y(), r.width(), r.height()})
                i.elements.push_back(number(v));
            i.elements.push_back(JsonValue::string(item.text));
            items.elements.push_back(std::move(i));
        }
        list.elements.push_back(std::move(items));
    }
    return list;
}

TEST(LayoutReference, BusyReportMatchesTheReferenceBoxes) {
    const Report report =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    // A draft's 落款 is dated today: the reference is dated once and for all.
    RenderOptions options;
    options.finalizedOn = QDate(2025, 1, 20);
    const JsonValue now = describe(ReportLayout::layout(report, options));
    if (qEnvironmentVariableIsSet("NIANBAO_UPDATE_REFERENCE")) {
        QFile file(referencePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(writeJson(now));
        GTEST_SKIP() << "reference rewritten";
    }
    JsonError error;
    const auto reference = parseJson(test::readFile(referencePath()), &error);
    ASSERT_TRUE(reference) << error.message.toStdString();
    ASSERT_EQ(now.elements.size(), reference->elements.size()) << "page count";
    for (size_t p = 0; p < now.elements.size(); ++p) {
        const auto& a = now.elements[p].elements;
        const auto& b = reference->elements[p].elements;
        ASSERT_EQ(a.size(), b.size()) << "items on page " << p + 1;
        int moved = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            EXPECT_EQ(a[i].elements[0].text, b[i].elements[0].text) << "kind, page " << p + 1;
            EXPECT_EQ(a[i].elements[5].text, b[i].elements[5].text) << "text, page " << p + 1;
            for (int k = 1; k <= 4; ++k) {
                const double d =
                    std::abs(a[i].elements[k].text.toDouble() - b[i].elements[k].text.toDouble());
                if (d > kTolerance)
                    ++moved;
            }
        }
        EXPECT_EQ(moved, 0) << moved << " coordinates moved by more than " << kTolerance
                            << " pt on page " << p + 1;
    }
}

} // namespace
