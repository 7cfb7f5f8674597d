#include "model/board/summary.h"

#include "model/core/validator.h"
#include "model/storage/reportstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Summary)
};

const QStringList kSummedTables = {u"t2"_s, u"t3"_s, u"t4"_s};

// The rule ids the form's equations carry (R1…R4): the arithmetic a sum can be checked by.
QSet<QString> arithmeticRules(const FormDefinition& form) {
    QSet<QString> rules;
    for (const Equation& equation : form.equations())
        rules.insert(equation.rule);
    return rules;
}

} // namespace

std::vector<CellRef> summedCells(const FormDefinition& form) {
    std::vector<CellRef> cells;
    for (const QString& id : kSummedTables) {
        const int table = form.findTable(id);
        if (table < 0)
            continue;
        const auto& tableCells = form.tables()[static_cast<size_t>(table)].cells;
        cells.insert(cells.end(), tableCells.begin(), tableCells.end());
    }
    return cells;
}

Summary summarize(std::vector<Report> reports, int year, const QStringList& missing) {
    std::shared_ptr<const FormDefinition> form =
        reports.empty() ? FormDefinition::builtIn(FormDefinition::defaultFormId())
                        : reports.front().formPtr();
    Summary summary{Report(form), {}, missing, {}, {}, {}};
    summary.sum.year = year;
    for (const Report& report : reports)
        summary.units << report.agency;
    for (const CellRef cell : summedCells(*form)) {
        Decimal total;
        bool known = !reports.empty();
        bool anyNumber = false;
        for (const Report& report : reports) {
            const CellValue& value = report.value(cell);
            if (value.isNumber()) {
                total += value.number;
                anyNumber = true;
            } else if (value.state != CellState::NotApplicable) {
                known = false;
                summary.gaps.push_back({report.agency, cell, value.state});
            }
        }
        if (!known)
            summary.sum.setValue(cell, CellValue::empty());
        else if (anyNumber)
            summary.sum.setValue(cell, CellValue::of(total));
        else
            summary.sum.setValue(cell, CellValue::notApplicable());
    }
    const QSet<QString> rules = arithmeticRules(*form);
    for (Finding& finding : Validator::check(summary.sum)) {
        if (rules.contains(finding.rule))
            summary.findings.push_back(std::move(finding));
    }
    summary.reports = std::move(reports);
    return summary;
}

std::optional<Summary> summarizeFromStore(const ReportStore& store, int year,
                                          const QStringList& units, QString* error) {
    QStringList chosen = units;
    if (chosen.isEmpty()) {
        for (const BoardReportInfo& report : store.boardReports(year)) {
            if (!chosen.contains(report.info.agency))
                chosen << report.info.agency;
        }
    }
    std::vector<Report> reports;
    QStringList missing;
    for (const QString& unit : chosen) {
        const auto id = store.findReport(unit, year);
        if (!id) {
            missing << unit;
            continue;
        }
        QString reason;
        auto report = store.load(*id, &reason);
        if (!report) {
            if (error)
                *error = Tr::tr("the %1 report of %2 cannot be added up: %3")
                             .arg(year)
                             .arg(unit, reason);
            return std::nullopt;
        }
        reports.push_back(std::move(*report));
    }
    if (reports.empty()) {
        if (error)
            *error = chosen.isEmpty() ? Tr::tr("there is no report of %1 to add up").arg(year)
                                      : Tr::tr("none of the chosen units has a report of %1: %2")
                                            .arg(year)
                                            .arg(chosen.join(u", "_s));
        return std::nullopt;
    }
    return summarize(std::move(reports), year, missing);
}

QString summaryNote(const Summary& summary) {
    // Printed on the 汇总 table itself: in Chinese, as the report's own labels are.
    QString note =
        u"汇总单位（%1个）：%2。"_s.arg(summary.units.size()).arg(summary.units.join(u"、"_s));
    if (!summary.missing.isEmpty())
        note += u"未填报（%1个）：%2。"_s.arg(summary.missing.size())
                    .arg(summary.missing.join(u"、"_s));
    if (!summary.gaps.empty()) {
        // Which units left them open, so that the office knows whom to call.
        QStringList units;
        QHash<QString, int> count;
        for (const SummaryGap& gap : summary.gaps) {
            if (!count.contains(gap.unit))
                units << gap.unit;
            ++count[gap.unit];
        }
        QStringList whose;
        for (const QString& unit : std::as_const(units))
            whose << u"%1 %2个"_s.arg(unit).arg(count.value(unit));
        note += u"有%1个单元格因单位未填数字而未汇总（留空）：%2。"_s.arg(summary.gaps.size())
                    .arg(whose.join(u"、"_s));
    }
    return note;
}

} // namespace nianbao
