#include "model/core/validator.h"

#include "model/core/narrativerules.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace nianbao {

QString severityCode(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return u"错误"_s;
    case Severity::Warning:
        return u"提醒"_s;
    case Severity::Info:
        return u"提示"_s;
    }
    return {};
}

QString findingKey(const Finding& finding, const FormDefinition& form) {
    QStringList parts{finding.rule};
    QStringList cells;
    for (CellRef ref : finding.cells)
        cells << form.cell(ref).id;
    cells.sort();
    parts << cells.join(u',');
    if (finding.text >= 0)
        parts << form.texts()[finding.text].id;
    return parts.join(u'|');
}

namespace {

// Table ids as Chinese ordinals for messages: t2 → 表二 (the part number names the table).
QString tableName(const FormDefinition& form, const TableDefinition& table) {
    static const QString numerals[] = {u"〇"_s, u"一"_s, u"二"_s, u"三"_s, u"四"_s,
                                       u"五"_s, u"六"_s, u"七"_s, u"八"_s, u"九"_s};
    Q_UNUSED(form);
    if (table.part > 0 && table.part < 10)
        return u"表"_s + numerals[table.part];
    return table.id;
}

QString formatSide(const std::vector<RuleTerm>& terms, const std::vector<Decimal>& values,
                   const QString& summary, const Decimal& sum) {
    if (terms.size() == 1)
        return terms[0].label + u' ' + values[0].toString();
    if (!summary.isEmpty() && terms.size() > 4)
        return summary + u" ＝ "_s + sum.toString();
    QString out;
    for (size_t i = 0; i < terms.size(); ++i) {
        if (i > 0)
            out += terms[i].negated ? u" － "_s : u" ＋ "_s;
        else if (terms[i].negated)
            out += u"－"_s;
        out += terms[i].label + u' ' + values[i].toString();
    }
    return out + u" ＝ "_s + sum.toString();
}

bool sumSide(const std::vector<RuleTerm>& terms, const Report& report, const Report* previous,
             std::vector<Decimal>& values, Decimal& sum) {
    values.clear();
    values.reserve(terms.size());
    sum = Decimal();
    for (const auto& term : terms) {
        const Report* source = term.previousYear ? previous : &report;
        const CellValue& v = source->value(term.cell);
        if (!v.isNumber())
            return false;
        values.push_back(v.number);
        sum += term.negated ? -v.number : v.number;
    }
    return true;
}

void checkEquations(const Report& report, const Report* previous, std::vector<Finding>& out) {
    std::vector<Decimal> leftValues;
    std::vector<Decimal> rightValues;
    for (const Equation& eq : report.form().equations()) {
        if (eq.needsPreviousYear && !previous)
            continue;
        Decimal left;
        Decimal right;
        if (!sumSide(eq.left, report, previous, leftValues, left) ||
            !sumSide(eq.right, report, previous, rightValues, right))
            continue; // an empty or non-numeric cell is V3's or V1's finding, not this one's
        const bool holds = eq.atLeast ? left >= right : left == right;
        if (holds)
            continue;
        Finding f;
        f.rule = eq.rule;
        f.severity = eq.severity;
        for (const auto* side : {&eq.left, &eq.right}) {
            for (const auto& term : *side) {
                if (!term.previousYear)
                    f.cells.push_back(term.cell);
            }
        }
        const Decimal difference = left > right ? left - right : right - left;
        f.message = eq.scope + u"："_s + formatSide(eq.left, leftValues, eq.leftSummary, left) +
                    (eq.atLeast ? u"，小于"_s : u"，但"_s) +
                    formatSide(eq.right, rightValues, eq.rightSummary, right) + u"，相差 "_s +
                    difference.toString();
        out.push_back(std::move(f));
    }
}

void checkCellValues(const Report& report, std::vector<Finding>& out) {
    const FormDefinition& form = report.form();
    for (const CellDefinition& cell : form.cells()) {
        const CellValue& v = report.value(cell.ref);
        if (v.isEmpty() || v.state == CellState::Dash || v.state == CellState::Unreadable)
            continue; // V3's business
        QString problem;
        if (cell.kind == CellKind::Count) {
            if (v.isNumber() && (v.number.isNegative() || !v.number.isInteger()))
                problem = u"件数必须是不小于 0 的整数，填写的是 "_s + v.number.toString();
            else if (v.state == CellState::NotApplicable && !cell.notApplicableAllowed)
                problem = u"填写了「/」（不适用），但只有规章行可以填「/」，此处应填数字"_s;
        } else {
            if (v.isNumber() && v.number.isNegative())
                problem = u"金额不能为负数，填写的是 "_s + v.number.toString() + u" 万元"_s;
            else if (v.isNumber() && v.number.significantDecimals() > 4)
                problem = u"金额以万元为单位，最多保留 4 位小数（即精确到元），填写的是 "_s +
                          v.number.toString();
            else if (v.state == CellState::NotApplicable)
                problem = u"填写了「/」，金额应填数字（没有收费填 0）"_s;
        }
        if (problem.isEmpty())
            continue;
        out.push_back({cell.kind == CellKind::Count ? u"V1"_s : u"V2"_s,
                       Severity::Error,
                       {cell.ref},
                       -1,
                       -1,
                       0,
                       form.cellLabel(cell.ref) + u"："_s + problem});
    }
}

void checkCompleteness(const Report& report, std::vector<Finding>& out) {
    const FormDefinition& form = report.form();
    for (const TableDefinition& table : form.tables()) {
        std::vector<CellRef> empty;
        std::vector<CellRef> dashes;
        for (CellRef ref : table.cells) {
            const CellValue& v = report.value(ref);
            if (v.isEmpty())
                empty.push_back(ref);
            else if (v.state == CellState::Dash)
                dashes.push_back(ref);
            else if (v.state == CellState::Unreadable) {
                out.push_back({u"V3"_s,
                               Severity::Error,
                               {ref},
                               -1,
                               -1,
                               0,
                               form.cellLabel(ref) + u"：内容无法识别为数字：“"_s +
                                   QString(v.text).replace(u'“', u'‘').replace(u'”', u'’') +
                                   u"”"_s});
            }
        }
        auto listed = [&](const std::vector<CellRef>& cells) {
            QStringList names;
            for (size_t i = 0; i < cells.size() && i < 5; ++i)
                names << form.cellLabel(cells[i]);
            QString s = names.join(u"、"_s);
            if (cells.size() > 5)
                s += u"等"_s;
            return s;
        };
        if (!empty.empty()) {
            const bool whole = empty.size() == table.cells.size();
            out.push_back(
                {u"V3"_s, Severity::Error, empty, -1, -1, 0,
                 tableName(form, table) +
                     (whole ? u"尚未填写（共 %1 个单元格）"_s.arg(empty.size())
                            : u"有 %1 个单元格未填写：%2"_s.arg(empty.size()).arg(listed(empty))) +
                     u"；没有发生的也要填 0"_s});
        }
        if (!dashes.empty()) {
            out.push_back({u"V3"_s, Severity::Error, dashes, -1, -1, 0,
                           tableName(form, table) +
                               u"有 %1 个单元格印的是「-」而不是数字：%2"_s.arg(dashes.size())
                                   .arg(listed(dashes))});
        }
    }
}

Decimal factSum(const Report& report, Fact fact, bool* complete) {
    Decimal sum;
    *complete = !report.form().fact(fact).empty();
    for (CellRef ref : report.form().fact(fact)) {
        const CellValue& v = report.value(ref);
        if (!v.isNumber()) {
            *complete = false;
            return {};
        }
        sum += v.number;
    }
    return sum;
}

void checkPlausibility(const Report& report, std::vector<Finding>& out) {
    const FormDefinition& form = report.form();
    if (!canMakeRegulations(report.level)) {
        std::vector<CellRef> nonZero;
        QStringList shown;
        for (CellRef ref : form.fact(Fact::Regulations)) {
            const CellValue& v = report.value(ref);
            if (v.isNumber() && !v.number.isZero()) {
                nonZero.push_back(ref);
                shown << form.columnLabel(ref) + u"为 "_s + v.number.toString();
            }
        }
        if (!nonZero.empty()) {
            out.push_back(
                {u"T2c"_s, Severity::Warning, nonZero, -1, -1, 0,
                 u"本机关为%1，没有规章制定权，但规章行的%2；没有规章的填 0 或「/」"_s.arg(
                     agencyLevelName(report.level), shown.join(u"、"_s))});
        }
    }
    for (CellRef ref : form.fact(Fact::FeeAmount)) {
        const CellValue& v = report.value(ref);
        if (v.isNumber() && v.number.isInteger() && v.number >= Decimal::fromInteger(10000)) {
            out.push_back(
                {u"V5"_s,
                 Severity::Warning,
                 {ref},
                 -1,
                 -1,
                 0,
                 form.cellLabel(ref) +
                     u"填写 %1 万元，即 %2 元：单位是万元，是否把元数填进了万元栏？"_s.arg(
                         v.number.toString(), v.number.toString() + u"0000"_s)});
        }
    }
    // A count no department reaches in a year: an extra digit typed, most likely. A warning the
    // clerk confirms with a reason, not an error: a very large city office may be right.
    constexpr qint64 kImplausibleCount = 100000;
    for (const char16_t* tableId : {u"t3", u"t4"}) {
        const int table = form.findTable(QString::fromUtf16(tableId));
        if (table < 0)
            continue;
        for (CellRef ref : form.tables()[static_cast<size_t>(table)].cells) {
            const CellValue& v = report.value(ref);
            if (form.cell(ref).isTotal || !v.isNumber() ||
                !(v.number > Decimal::fromInteger(kImplausibleCount)))
                continue;
            out.push_back(
                {u"V6"_s,
                 Severity::Warning,
                 {ref},
                 -1,
                 -1,
                 0,
                 form.cellLabel(ref) + u"填写 %1 件，超过 %2 件，数量异常大：请核实是否多输了数字"_s
                                           .arg(v.number.toString())
                                           .arg(kImplausibleCount)});
        }
    }
    bool completeNew = false;
    bool completeIn = false;
    const Decimal requests = factSum(report, Fact::RequestsNew, &completeNew);
    const Decimal carried = factSum(report, Fact::RequestsCarriedIn, &completeIn);
    if (completeNew && completeIn && requests.isZero() && carried.isZero()) {
        std::vector<CellRef> cases;
        for (CellRef ref : form.fact(Fact::ReviewAndLitigationTotals)) {
            const CellValue& v = report.value(ref);
            if (v.isNumber() && !v.number.isZero())
                cases.push_back(ref);
        }
        if (!cases.empty()) {
            out.push_back(
                {u"T3a"_s, Severity::Info, cases, -1, -1, 0,
                 u"本年没有新收也没有上年结转的政府信息公开申请，但表四有行政复议或行政诉讼案件（可能是以往申请引起的，请核实）"_s});
        }
    }
}

} // namespace

std::vector<Finding> Validator::check(const Report& report, const Report* previousYear) {
    std::vector<Finding> findings;
    findings.reserve(16);
    if (previousYear && previousYear->form().id() != report.form().id())
        previousYear = nullptr;
    checkEquations(report, previousYear, findings);
    checkCellValues(report, findings);
    checkCompleteness(report, findings);
    checkPlausibility(report, findings);
    NarrativeRules::check(report, previousYear, findings);
    return findings;
}

int Validator::countOf(const std::vector<Finding>& findings, Severity severity) {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.severity == severity;
    }));
}

} // namespace nianbao
