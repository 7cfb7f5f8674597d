// Data-driven validation cases: tests/data/golden/<case>/ holds report.nianbao.json, an
// optional previous.nianbao.json and expected.json with the findings that must come out —
// no more, no fewer — each naming exactly the listed cells and quoting the listed numbers.
#include "model/core/json.h"
#include "model/core/validator.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

using namespace nianbao;

namespace {

struct Expected {
    QString rule;
    QString severity;
    std::vector<QString> cells;
    QString text;
    std::vector<QString> contains;
};

std::vector<std::string> caseNames() {
    std::vector<std::string> names;
    const QDir dir(test::dataPath(QStringLiteral("golden")));
    for (const QString& entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        names.push_back(entry.toStdString());
    return names;
}

std::vector<Expected> readExpected(const QString& path) {
    JsonError error;
    const auto root = parseJson(test::readFile(path), &error);
    EXPECT_TRUE(root) << error.message.toStdString();
    std::vector<Expected> out;
    if (!root)
        return out;
    for (const JsonValue& f : root->member(u"findings")->elements) {
        Expected e;
        e.rule = f.member(u"rule")->text;
        e.severity = f.member(u"severity")->text;
        for (const JsonValue& c : f.member(u"cells")->elements)
            e.cells.push_back(c.text);
        if (const JsonValue* t = f.member(u"text"))
            e.text = t->text;
        for (const JsonValue& c : f.member(u"message_contains")->elements)
            e.contains.push_back(c.text);
        out.push_back(std::move(e));
    }
    return out;
}

class GoldenCase : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenCase, FindingsAreExactlyTheExpectedOnes) {
    const QString dir =
        test::dataPath(QStringLiteral("golden/") + QString::fromStdString(GetParam()));
    const Report report = test::loadReport(dir + QStringLiteral("/report.nianbao.json"));
    std::optional<Report> previous;
    if (QFile::exists(dir + QStringLiteral("/previous.nianbao.json")))
        previous = test::loadReport(dir + QStringLiteral("/previous.nianbao.json"));
    const auto findings = Validator::check(report, previous ? &*previous : nullptr);
    auto expected = readExpected(dir + QStringLiteral("/expected.json"));

    std::vector<bool> matched(expected.size(), false);
    for (const Finding& f : findings) {
        std::vector<QString> cells;
        for (CellRef ref : f.cells)
            cells.push_back(report.form().cell(ref).id);
        std::sort(cells.begin(), cells.end());
        const QString text = f.text >= 0 ? report.form().texts()[f.text].id : QString();
        bool found = false;
        for (size_t i = 0; i < expected.size() && !found; ++i) {
            const Expected& e = expected[i];
            if (matched[i] || e.rule != f.rule || e.cells != cells || e.text != text)
                continue;
            matched[i] = found = true;
            EXPECT_EQ(e.severity, severityCode(f.severity)) << f.rule.toStdString();
            for (const QString& part : e.contains) {
                EXPECT_TRUE(f.message.contains(part))
                    << "message of " << f.rule.toStdString() << ": " << f.message.toStdString()
                    << "\n  lacks: " << part.toStdString();
            }
        }
        EXPECT_TRUE(found) << "unexpected finding " << f.rule.toStdString() << " ["
                           << QStringList(cells.begin(), cells.end()).join(u',').toStdString()
                           << "] " << f.message.toStdString();
    }
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_TRUE(matched[i]) << "missing finding " << expected[i].rule.toStdString() << " ["
                                << QStringList(expected[i].cells.begin(), expected[i].cells.end())
                                       .join(u',')
                                       .toStdString()
                                << "]";
    }
}

std::string testName(const ::testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    std::replace_if(
        name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenCase, ::testing::ValuesIn(caseNames()), testName);

TEST(Golden, EveryErrorRuleHasACase) {
    const auto names = caseNames();
    for (const char* rule : {"R1", "R2", "R3", "R4", "V1", "V2", "V3"}) {
        const bool present = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
            return n.rfind(std::string("error-") + rule + "-", 0) == 0;
        });
        EXPECT_TRUE(present) << "no golden case for " << rule;
    }
}

} // namespace
