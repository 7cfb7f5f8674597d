#include "app/cli/casescommand.h"

#include "app/cli/commandline.h"
#include "model/core/json.h"
#include "model/core/reviewcases.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RegisterCommand)
};

const QString kCases = u"nianbao register cases"_s;
const QString kTable4 = u"nianbao register table4"_s;
const QStringList kColumns = {u"upheld"_s, u"corrected"_s, u"other"_s, u"pending"_s, u"total"_s};

int addCase(ReportStore& store, const RegisterArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    ReviewCase c;
    c.agency = args.value(u"--agency"_s).trimmed();
    const auto group = reviewCaseGroup(args.value(u"--kind"_s), args.value(u"--route"_s));
    if (c.agency.isEmpty() || !group || !args.has(u"--filed"_s)) {
        err << kCases << u": "_s
            << Tr::tr("name the agency, the kind and the year: cases add --agency NAME --kind "
                      "review|suit [--route direct|after_review, for a suit] --filed YEAR")
            << u'\n';
        return ExitBadInput;
    }
    c.group = *group;
    const auto filed = numberOption(args, u"--filed"_s, 2008, 2200, &error);
    const auto decided = dateOption(args, u"--decided"_s, &error);
    if (!filed || !decided) {
        err << kCases << u": "_s << error << u'\n';
        return ExitBadInput;
    }
    c.yearFiled = *filed;
    c.decided = *decided;
    if (args.has(u"--result"_s))
        c.result = args.value(u"--result"_s).trimmed();
    c.number = args.value(u"--number"_s);
    c.notes = args.value(u"--notes"_s);
    const auto id = store.addCase(c, &error);
    if (!id) {
        err << kCases << u": "_s << error << u'\n';
        return ExitBadInput;
    }
    out << Tr::tr("case %1 added: %2, filed %3, %4")
               .arg(*id)
               .arg(reviewCaseGroupName(c.group))
               .arg(c.yearFiled)
               .arg(reviewCaseResultName(c.result))
        << u'\n';
    return ExitClean;
}

int listCases(ReportStore& store, const RegisterArguments& args, QTextStream& out,
              QTextStream& err) {
    std::optional<int> year;
    if (!optionalYear(args, kCases, err, &year))
        return ExitBadInput;
    JsonValue items = JsonValue::array();
    for (const ReviewCase& c : store.cases(args.value(u"--agency"_s), year)) {
        const QString decided = c.decided.isValid() ? c.decided.toString(Qt::ISODate) : QString();
        if (!args.flag(u"--json"_s)) {
            out << c.id << u'\t' << c.agency << u'\t' << c.number << u'\t'
                << reviewCaseGroupName(c.group) << u'\t' << c.yearFiled << u'\t'
                << reviewCaseResultName(c.result) << u'\t' << decided << u'\t' << c.notes << u'\n';
            continue;
        }
        JsonValue item = JsonValue::object();
        item.insert(u"id"_s, JsonValue::integer(c.id));
        item.insert(u"agency"_s, JsonValue::string(c.agency));
        item.insert(u"number"_s, JsonValue::string(c.number));
        item.insert(u"group"_s, JsonValue::string(c.group));
        item.insert(u"year_filed"_s, JsonValue::integer(c.yearFiled));
        item.insert(u"result"_s, JsonValue::string(c.result));
        item.insert(u"decided"_s, JsonValue::string(decided));
        item.insert(u"notes"_s, JsonValue::string(c.notes));
        items.elements.push_back(std::move(item));
    }
    if (args.flag(u"--json"_s))
        out << QString::fromUtf8(writeJson(items));
    return ExitClean;
}

} // namespace

int runCasesCommand(const RegisterArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    const bool adding = args.file == u"add";
    if (!adding && args.file != u"list") {
        err << kCases << u": "_s << Tr::tr("name what to do: cases add or cases list") << u'\n';
        return ExitBadInput;
    }
    auto store = openRegisterStore(args, adding, !adding, err, &error);
    if (!store) {
        err << kCases << u": "_s << error << u'\n';
        return ExitBadInput;
    }
    return adding ? addCase(*store, args, out, err) : listCases(*store, args, out, err);
}

int runTable4Command(ReportStore& store, const RegisterArguments& args, QTextStream& out,
                     QTextStream& err) {
    QString error;
    const auto which = agencyAndYear(args, kTable4, err);
    if (!which)
        return ExitBadInput;
    const CaseTable4 table =
        ReviewCases::table4(store.cases(which->agency, which->year), which->year);
    if (args.flag(u"--write"_s)) {
        const auto id = reportToWrite(store, *which, kTable4, err);
        if (!id)
            return ExitBadInput;
        if (!store.setTable4FromCases(*id, table, &error)) {
            err << kTable4 << u": "_s << error << u'\n';
            return ExitBadInput;
        }
        out << Tr::tr("table four of report %1 (%2, %3) counted from the cases")
                   .arg(*id)
                   .arg(which->agency)
                   .arg(which->year)
            << u'\n';
        return ExitClean;
    }
    if (args.flag(u"--json"_s)) {
        JsonValue cells = JsonValue::object();
        for (const QString& group : reviewCaseGroups()) {
            for (const QString& column : kColumns)
                cells.insert(u"t4."_s + group + u'.' + column,
                             JsonValue::integer(table.count(group, column)));
        }
        JsonValue root = JsonValue::object();
        root.insert(u"agency"_s, JsonValue::string(which->agency));
        root.insert(u"year"_s, JsonValue::integer(which->year));
        root.insert(u"source"_s, JsonValue::string(u"cases"_s));
        root.insert(u"cells"_s, std::move(cells));
        out << QString::fromUtf8(writeJson(root));
        return ExitClean;
    }
    out << u"四、政府信息公开行政复议、行政诉讼情况（"_s << Tr::tr("counted from the cases")
        << u"）\n"_s;
    out << u"\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"_s;
    for (const QString& group : reviewCaseGroups()) {
        QStringList line = {reviewCaseGroupName(group)};
        for (const QString& column : kColumns)
            line << QString::number(table.count(group, column));
        out << line.join(u'\t') << u'\n';
    }
    return ExitClean;
}

} // namespace nianbao
