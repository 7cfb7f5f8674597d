#include "app/cli/registercommand.h"

#include "app/cli/casescommand.h"
#include "app/cli/commandline.h"
#include "app/cli/passwordprompt.h"
#include "app/cli/registerarguments.h"
#include "app/cli/registerprintcommand.h"
#include "model/core/json.h"
#include "model/core/registerdeadlines.h"
#include "model/core/requestregister.h"
#include "model/core/workcalendar.h"
#include "model/import/registerimport.h"
#include "model/render/registersheet.h"
#include "model/storage/reportstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RegisterCommand)
};

const TableDefinition& table3Definition(const FormDefinition& form) {
    return form.tables()[form.findTable(u"t3")];
}

QString label(const std::vector<Dimension>& dimensions, const QString& key) {
    for (const Dimension& d : dimensions) {
        if (d.key == key)
            return d.shortLabel;
    }
    return key;
}

QString dateText(QDate d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate today(const RegisterArguments& args, QString* error, bool* ok) {
    const auto date = dateOption(args, u"--today"_s, error);
    *ok = date.has_value();
    return date && date->isValid() ? *date : QDate::currentDate();
}

int list(ReportStore& store, const RegisterArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    std::optional<int> year;
    if (!optionalYear(args, u"nianbao register list"_s, err, &year))
        return ExitBadInput;
    bool ok = false;
    const QDate now = today(args, &error, &ok);
    if (!ok) {
        err << u"nianbao register list: "_s << error << u'\n';
        return ExitBadInput;
    }
    const bool personal = args.flag(u"--with-personal-data"_s);
    const auto entries = store.requests(args.value(u"--agency"_s), year);
    const auto calendar = WorkCalendar::official();
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    const TableDefinition& t3 = table3Definition(*form);
    JsonValue items = JsonValue::array();
    for (const RegisterEntry& e : entries) {
        std::optional<RequestDeadline> deadline;
        const QString state = describeDeadline(e, *calendar, now, &deadline);
        if (args.flag(u"--json"_s)) {
            JsonValue item = JsonValue::object();
            item.insert(u"number"_s, JsonValue::string(e.number));
            item.insert(u"agency"_s, JsonValue::string(e.agency));
            item.insert(u"received"_s, JsonValue::string(dateText(e.received)));
            item.insert(u"channel"_s, JsonValue::string(requestChannelCode(e.channel)));
            item.insert(u"applicant_type"_s, JsonValue::string(e.applicantType));
            if (personal) {
                item.insert(u"applicant_name"_s, JsonValue::string(e.applicantName));
                item.insert(u"applicant_contact"_s, JsonValue::string(e.applicantContact));
            }
            item.insert(u"subject"_s, JsonValue::string(e.subject));
            item.insert(u"replied"_s, JsonValue::string(dateText(e.replied)));
            item.insert(u"outcome"_s, JsonValue::string(e.outcome));
            item.insert(u"fee"_s, JsonValue::number(e.fee.toString()));
            if (deadline && deadline->state == RequestDeadline::State::Running) {
                item.insert(u"due"_s, JsonValue::string(dateText(deadline->due)));
                item.insert(u"working_days_left"_s, JsonValue::integer(deadline->workingDaysLeft));
            }
            items.elements.push_back(std::move(item));
            continue;
        }
        const QString outcome =
            e.outcome.isEmpty() ? state : label(t3.rows, e.outcome) + u' ' + dateText(e.replied);
        out << e.number << u'\t' << e.agency << u'\t' << dateText(e.received) << u'\t'
            << requestChannelName(e.channel) << u'\t' << label(t3.columns, e.applicantType);
        if (personal)
            out << u'\t' << e.applicantName << u'\t' << e.applicantContact;
        out << u'\t' << outcome << u'\n';
    }
    if (args.flag(u"--json"_s)) {
        JsonValue root = JsonValue::object();
        root.insert(u"requests"_s, std::move(items));
        out << QString::fromUtf8(writeJson(root));
    } else if (entries.empty()) {
        out << Tr::tr("The register holds no request for this choice.") << u'\n';
    }
    return ExitClean;
}

int due(ReportStore& store, const RegisterArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    int days = 5;
    if (args.has(u"--days"_s)) {
        const auto n = numberOption(args, u"--days"_s, 0, 200, &error);
        if (!n) {
            err << u"nianbao register due: "_s << error << u'\n';
            return ExitBadInput;
        }
        days = *n;
    }
    bool ok = false;
    const QDate now = today(args, &error, &ok);
    if (!ok) {
        err << u"nianbao register due: "_s << error << u'\n';
        return ExitBadInput;
    }
    const auto calendar = WorkCalendar::official();
    const DueList list = dueRequests(store.requests(args.value(u"--agency"_s), std::nullopt,
                                                    ReportStore::RequestData::ForCounting),
                                     *calendar, now, days);
    // A deadline that cannot be counted is never passed over in silence.
    for (const DueRequest& item : list.uncounted)
        err << u"nianbao register due: "_s << item.entry.agency << u' ' << item.entry.number
            << u": "_s << item.description << u'\n';
    const int uncounted = int(list.uncounted.size());
    const int listed = int(list.due.size());
    int overdue = 0;
    JsonValue items = JsonValue::array();
    for (const DueRequest& item : list.due) {
        const RegisterEntry& e = item.entry;
        if (item.deadline.isOverdue())
            ++overdue;
        if (args.flag(u"--json"_s)) {
            JsonValue json = JsonValue::object();
            json.insert(u"number"_s, JsonValue::string(e.number));
            json.insert(u"agency"_s, JsonValue::string(e.agency));
            json.insert(u"received"_s, JsonValue::string(dateText(e.received)));
            json.insert(u"due"_s, JsonValue::string(dateText(item.deadline.due)));
            json.insert(u"working_days_left"_s, JsonValue::integer(item.deadline.workingDaysLeft));
            items.elements.push_back(std::move(json));
        } else {
            out << e.number << u'\t' << e.agency << u'\t' << item.description << u'\n';
        }
    }
    if (args.flag(u"--json"_s)) {
        JsonValue root = JsonValue::object();
        root.insert(u"due"_s, std::move(items));
        out << QString::fromUtf8(writeJson(root));
    } else if (listed == 0) {
        out << Tr::tr("No open request is due within %1 working day(s).").arg(days) << u'\n';
    }
    if (uncounted > 0)
        return ExitBadInput;
    return overdue > 0 ? ExitFindings : ExitClean;
}

int add(const RegisterArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    RegisterEntry e;
    e.agency = args.value(u"--agency"_s);
    e.number = args.value(u"--number"_s);
    e.applicantType = args.value(u"--type"_s);
    e.applicantName = args.value(u"--name"_s);
    e.applicantContact = args.value(u"--contact"_s);
    e.subject = args.value(u"--subject"_s);
    e.outcome = args.value(u"--outcome"_s);
    e.notes = args.value(u"--notes"_s);
    e.mergedInto = args.value(u"--merged-into"_s);
    e.withdrawn = args.flag(u"--withdrawn"_s);
    if (e.agency.isEmpty() || !args.has(u"--received"_s) || e.applicantType.isEmpty()) {
        err << u"nianbao register add: "_s << Tr::tr("--agency, --received and --type are needed")
            << u'\n';
        return ExitBadInput;
    }
    if (args.has(u"--channel"_s)) {
        const auto channel = requestChannelFromCode(args.value(u"--channel"_s));
        if (!channel) {
            err << u"nianbao register add: "_s
                << Tr::tr("--channel \"%1\" is not one of in_person, mail, online, fax, email, "
                          "other")
                       .arg(args.value(u"--channel"_s))
                << u'\n';
            return ExitBadInput;
        }
        e.channel = *channel;
    }
    if (args.has(u"--fee"_s)) {
        const auto fee = Decimal::parse(args.value(u"--fee"_s));
        if (!fee) {
            err << u"nianbao register add: "_s
                << Tr::tr("--fee \"%1\" is not an amount in 万元").arg(args.value(u"--fee"_s))
                << u'\n';
            return ExitBadInput;
        }
        e.fee = *fee;
    }
    const std::pair<QString, QDate*> dates[] = {{u"--received"_s, &e.received},
                                                {u"--correction-asked"_s, &e.correctionAsked},
                                                {u"--correction-received"_s, &e.correctionReceived},
                                                {u"--consultation-start"_s, &e.consultationStart},
                                                {u"--consultation-end"_s, &e.consultationEnd},
                                                {u"--extended"_s, &e.extendedOn},
                                                {u"--replied"_s, &e.replied}};
    for (const auto& [option, target] : dates) {
        const auto date = dateOption(args, option, &error);
        if (!date) {
            err << u"nianbao register add: "_s << error << u'\n';
            return ExitBadInput;
        }
        *target = *date;
    }
    auto store = openRegisterStore(args, true, false, err, &error);
    if (!store) {
        err << u"nianbao register: "_s << error << u'\n';
        return ExitBadInput;
    }
    const auto id = store->addRequest(e, &error);
    if (!id) {
        err << u"nianbao register add: "_s << error << u'\n';
        return ExitBadInput;
    }
    out << Tr::tr("stored as request %1 of %2").arg(store->request(*id)->number, e.agency) << u'\n';
    return ExitClean;
}

int table3(ReportStore& store, const RegisterArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    const auto which = agencyAndYear(args, u"nianbao register table3"_s, err);
    if (!which)
        return ExitBadInput;
    const QString& agency = which->agency;
    const auto year = std::optional<int>(which->year);
    const RegisterTable3 table = RequestRegister::table3(
        store.requests(agency, std::nullopt, ReportStore::RequestData::ForCounting), *year);
    for (const QString& skipped : table.skipped)
        err << u"nianbao register table3: "_s << Tr::tr("not counted: %1").arg(skipped) << u'\n';
    if (args.flag(u"--write"_s)) {
        // A table missing requests is never written as if it were the count.
        if (!table.skipped.isEmpty()) {
            err << u"nianbao register table3: "_s
                << Tr::tr("nothing written: correct the entries that could not be counted first")
                << u'\n';
            return ExitFindings;
        }
        const auto id = reportToWrite(store, *which, u"nianbao register table3"_s, err);
        if (!id)
            return ExitBadInput;
        if (!store.setTable3FromRegister(*id, table, &error)) {
            err << u"nianbao register table3: "_s << error << u'\n';
            return ExitBadInput;
        }
        out << Tr::tr("table three of report %1 (%2, %3) counted from the register")
                   .arg(*id)
                   .arg(agency)
                   .arg(*year)
            << u'\n';
        return ExitClean;
    }
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    const TableDefinition& t3 = table3Definition(*form);
    if (args.flag(u"--json"_s)) {
        JsonValue cells = JsonValue::object();
        for (const Dimension& row : t3.rows) {
            for (const Dimension& column : t3.columns)
                cells.insert(u"t3."_s + row.key + u'.' + column.key,
                             JsonValue::integer(table.count(row.key, column.key)));
        }
        JsonValue root = JsonValue::object();
        root.insert(u"agency"_s, JsonValue::string(agency));
        root.insert(u"year"_s, JsonValue::integer(*year));
        root.insert(u"source"_s, JsonValue::string(u"register"_s));
        root.insert(u"cells"_s, std::move(cells));
        out << QString::fromUtf8(writeJson(root));
    } else {
        out << u"三、"_s << t3.title << u"（"_s << Tr::tr("counted from the register") << u"）\n"_s;
        QStringList header = {QString()};
        for (const Dimension& column : t3.columns)
            header << column.shortLabel;
        out << header.join(u'\t') << u'\n';
        for (const Dimension& row : t3.rows) {
            QStringList line = {row.shortLabel};
            for (const Dimension& column : t3.columns)
                line << QString::number(table.count(row.key, column.key));
            out << line.join(u'\t') << u'\n';
        }
    }
    return table.skipped.isEmpty() ? ExitClean : ExitFindings;
}

int exportSheet(ReportStore& store, const RegisterArguments& args, QTextStream& out,
                QTextStream& err) {
    QString error;
    const QString path = args.has(u"-o"_s) ? args.value(u"-o"_s) : args.value(u"--output"_s);
    if (path.isEmpty()) {
        err << u"nianbao register export: "_s << Tr::tr("name the file to write with -o FILE.xlsx")
            << u'\n';
        return ExitBadInput;
    }
    std::optional<int> year;
    if (!optionalYear(args, u"nianbao register export"_s, err, &year))
        return ExitBadInput;
    const bool personal = args.flag(u"--with-personal-data"_s);
    const auto entries = store.requests(args.value(u"--agency"_s), year);
    if (!writeXlsx(path, registerSheet(entries, personal), &error)) {
        err << u"nianbao register export: "_s << error << u'\n';
        return ExitBadInput;
    }
    out << (personal ? Tr::tr("%1 request(s) written to %2, with the applicants' names and "
                              "contacts")
                     : Tr::tr("%1 request(s) written to %2, without personal data"))
               .arg(entries.size())
               .arg(path)
        << u'\n';
    return ExitClean;
}

int importSheet(const RegisterArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    const QString agency = args.value(u"--agency"_s).trimmed();
    if (args.file.isEmpty() || agency.isEmpty()) {
        err << u"nianbao register import: "_s
            << Tr::tr("name the sheet and the agency: register import FILE --agency NAME") << u'\n';
        return ExitBadInput;
    }
    QHash<QString, QString> columnMap;
    if (args.has(u"--map"_s)) {
        const auto map = parseRegisterColumnMap(args.value(u"--map"_s), &error);
        if (!map) {
            err << u"nianbao register import: "_s << error << u'\n';
            return ExitBadInput;
        }
        columnMap = *map;
    }
    const auto sheet = readSpreadsheet(args.file, &error);
    if (!sheet) {
        err << u"nianbao register import: "_s << error << u'\n';
        return ExitBadInput;
    }
    const auto columns = findRegisterColumns(*sheet, columnMap, &error);
    if (!columns) {
        err << u"nianbao register import: "_s << args.file << u": "_s << error << u'\n';
        return ExitBadInput;
    }
    const bool dryRun = args.flag(u"--dry-run"_s);
    // A dry run changes nothing, not even by creating the store; without one it only misses
    // the check against numbers already in the register.
    std::unique_ptr<ReportStore> store;
    if (dryRun) {
        ReportStore::Options options;
        options.mayCreate = false;
        options.readOnly = true;
        options.askPassword = terminalPasswordPrompt();
        QString ignored;
        store =
            ReportStore::open(ReportStore::resolvePath(args.value(u"--db"_s)), options, &ignored);
    } else {
        store = openRegisterStore(args, true, false, err, &error);
        if (!store) {
            err << u"nianbao register: "_s << error << u'\n';
            return ExitBadInput;
        }
    }
    const QSet<QString> taken = store ? registerKeysOf(store->requests(agency)) : QSet<QString>{};
    const auto read = importRegisterRows(*sheet, agency, *columns, taken);
    out << Tr::tr("header in row %1").arg(read.headerRow) << u'\n';
    if (!read.unrecognisedHeaders.isEmpty())
        out << Tr::tr("columns not read: %1 (name them with --map 列名=field)")
                   .arg(read.unrecognisedHeaders.join(u"、"_s))
            << u'\n';
    const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    const TableDefinition& t3 = table3Definition(*form);
    std::vector<RegisterEntry> recognised;
    int refused = 0;
    for (const RegisterImportRow& row : read.rows) {
        if (!row.recognised()) {
            ++refused;
            for (const QString& problem : row.problems)
                out << problem << u'\n';
            continue;
        }
        const RegisterEntry& e = row.entry;
        out << Tr::tr("row %1: %2").arg(row.sheetRow).arg(Tr::tr("recognised")) << u'\t'
            << (e.number.isEmpty() ? Tr::tr("(numbered when stored)") : e.number) << u'\t'
            << dateText(e.received) << u'\t' << label(t3.columns, e.applicantType) << u'\t'
            << (e.outcome.isEmpty() ? Tr::tr("open") : label(t3.rows, e.outcome)) << u'\n';
        recognised.push_back(e);
    }
    if (dryRun) {
        out << Tr::tr("dry run: %1 row(s) recognised, %2 refused; nothing stored")
                   .arg(recognised.size())
                   .arg(refused)
            << u'\n';
    } else {
        if (!recognised.empty() && !store->addRequests(recognised, &error)) {
            err << u"nianbao register import: "_s << Tr::tr("nothing stored: %1").arg(error)
                << u'\n';
            return ExitBadInput;
        }
        out << Tr::tr("%1 row(s) stored in the register of %2, %3 refused")
                   .arg(recognised.size())
                   .arg(agency)
                   .arg(refused)
            << u'\n';
    }
    return refused > 0 ? ExitFindings : ExitClean;
}

} // namespace

QString registerUsage() {
    return Tr::tr(
        "  register list [--agency NAME] [--year Y] [--json] [--with-personal-data]\n"
        "      The request register (依申请公开登记): each request with its outcome, or\n"
        "      its due date and working days left. With --year, the requests that\n"
        "      year's table three counts. Applicants' names and contacts only with\n"
        "      --with-personal-data.\n"
        "  register due [--days N] [--agency NAME] [--json]\n"
        "      Open requests due within N working days (default 5) or overdue.\n"
        "      Exit status 1 when one is overdue.\n"
        "  register add --agency NAME --received DATE --type TYPE [--number N]\n"
        "        [--channel C] [--name TEXT] [--contact TEXT] [--subject TEXT]\n"
        "        [--correction-asked DATE] [--correction-received DATE]\n"
        "        [--consultation-start DATE] [--consultation-end DATE]\n"
        "        [--extended DATE] [--replied DATE --outcome ROW] [--fee 万元]\n"
        "        [--notes TEXT] [--withdrawn] [--merged-into N]\n"
        "      Add a request; TYPE and ROW are table three's column and row keys\n"
        "      (natural, business…; granted, partial, denied_1…). Dates YYYY-MM-DD.\n"
        "  register table3 --agency NAME --year Y [--json] [--write]\n"
        "      Table three counted from the register; --write puts it into the\n"
        "      store's report of that agency and year, marked as from the register.\n"
        "  register export -o FILE.xlsx [--agency NAME] [--year Y] [--with-personal-data]\n"
        "      The register as a spreadsheet (登记表): one row per request, dates as\n"
        "      Excel dates. Applicants' names and contacts only with\n"
        "      --with-personal-data. A file that cannot be written is left as it was.\n"
        "  register import FILE --agency NAME [--map 列名=field,…] [--dry-run]\n"
        "      Bring a register kept in a spreadsheet (.xlsx or .csv, UTF-8 or GBK) in:\n"
        "      the header row is the first naming three known columns (编号, 收到日期,\n"
        "      申请人, 申请人类型, 申请方式, 申请内容, 答复日期, 办理结果, 备注 and close\n"
        "      variants); --map names others (fields: number, received, channel, type,\n"
        "      name, contact, subject, correction, consultation, extended, replied,\n"
        "      outcome, fee, notes, ignore). Each row is reported, recognised or refused\n"
        "      with the reason; the recognised rows are stored in one transaction, none\n"
        "      with --dry-run. Exit status: 0 all stored, 1 some refused, 2 unreadable\n"
        "      file or no header row.\n"
        "  register print --agency NAME [--year Y] -o FILE.pdf\n"
        "        [--with-personal-data [--mask]]\n"
        "      The register printed (登记表, A4 landscape, the header repeated on each\n"
        "      page); names and contacts only when asked, and then masked with --mask.\n"
        "  register cases add --agency NAME --kind review|suit [--route direct|after_review]\n"
        "        --filed YEAR [--result upheld|corrected|other|pending] [--decided DATE]\n"
        "        [--number N] [--notes TEXT]\n"
        "  register cases list [--agency NAME] [--year Y] [--json]\n"
        "  register table4 --agency NAME --year Y [--json] [--write]\n"
        "      The 行政复议 and 行政诉讼 cases, and table four counted from them (--write\n"
        "      puts it into the store's report, marked as from the cases).\n"
        "      --db PATH, --today DATE (for due dates) as for db.\n");
}

int runRegisterCommand(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QString error;
    const auto args = parseRegisterArguments(arguments, &error);
    if (!args) {
        err << u"nianbao register: "_s << error << u'\n';
        return ExitBadInput;
    }
    static const QStringList known = {u"list"_s,   u"due"_s,   u"add"_s,   u"table3"_s, u"export"_s,
                                      u"import"_s, u"print"_s, u"cases"_s, u"table4"_s};
    if (!known.contains(args->subcommand)) {
        err << u"nianbao register: "_s
            << (args->subcommand.isEmpty()
                    ? Tr::tr("name what to do: list, due, add, table3, export, import, print, "
                             "cases or table4")
                    : Tr::tr("unknown command \"%1\"; use list, due, add, table3, export, import, "
                             "print, cases or table4")
                          .arg(args->subcommand))
            << u'\n';
        return ExitBadInput;
    }
    // An option of another subcommand is a mistake to name, not to ignore.
    static const QHash<QString, QStringList> accepted = {
        {u"list"_s,
         {u"--db"_s, u"--agency"_s, u"--year"_s, u"--today"_s, u"--json"_s,
          u"--with-personal-data"_s}},
        {u"due"_s, {u"--db"_s, u"--agency"_s, u"--days"_s, u"--today"_s, u"--json"_s}},
        {u"table3"_s, {u"--db"_s, u"--agency"_s, u"--year"_s, u"--json"_s, u"--write"_s}},
        {u"export"_s,
         {u"--db"_s, u"--agency"_s, u"--year"_s, u"-o"_s, u"--output"_s,
          u"--with-personal-data"_s}},
        {u"import"_s, {u"--db"_s, u"--agency"_s, u"--map"_s, u"--dry-run"_s}},
        {u"cases"_s,
         {u"--db"_s, u"--agency"_s, u"--year"_s, u"--json"_s, u"--kind"_s, u"--route"_s,
          u"--filed"_s, u"--decided"_s, u"--result"_s, u"--number"_s, u"--notes"_s}},
        {u"table4"_s, {u"--db"_s, u"--agency"_s, u"--year"_s, u"--json"_s, u"--write"_s}},
        {u"print"_s,
         {u"--db"_s, u"--agency"_s, u"--year"_s, u"-o"_s, u"--output"_s, u"--with-personal-data"_s,
          u"--mask"_s}},
    };
    if (accepted.contains(args->subcommand)) {
        const QStringList& allowed = accepted[args->subcommand];
        QStringList given = args->values.keys();
        given += QStringList(args->flags.begin(), args->flags.end());
        for (const QString& option : given) {
            if (!allowed.contains(option)) {
                err << u"nianbao register: "_s
                    << Tr::tr("\"%1\" is not an option of register %2")
                           .arg(option, args->subcommand)
                    << u'\n';
                return ExitBadInput;
            }
        }
    } else if (args->flag(u"--json"_s) || args->flag(u"--write"_s) ||
               args->flag(u"--with-personal-data"_s) || args->has(u"--days"_s) ||
               args->has(u"--year"_s) || args->has(u"--today"_s) || args->flag(u"--dry-run"_s) ||
               args->has(u"--map"_s) || args->has(u"-o"_s) || args->has(u"--output"_s) ||
               args->flag(u"--mask"_s) || args->has(u"--kind"_s) || args->has(u"--route"_s) ||
               args->has(u"--filed"_s) || args->has(u"--decided"_s) || args->has(u"--result"_s)) {
        err << u"nianbao register: "_s << Tr::tr("register add takes the request's fields only")
            << u'\n';
        return ExitBadInput;
    }
    if (args->subcommand == u"add")
        return add(*args, out, err);
    if (args->subcommand == u"import")
        return importSheet(*args, out, err);
    if (args->subcommand == u"cases")
        return runCasesCommand(*args, out, err);
    // Writing table three into a report needs a writable store; the rest only read.
    const bool writes = (args->subcommand == u"table3" || args->subcommand == u"table4") &&
                        args->flag(u"--write"_s);
    auto store = openRegisterStore(*args, false, !writes, err, &error);
    if (!store) {
        err << u"nianbao register: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (args->subcommand == u"list")
        return list(*store, *args, out, err);
    if (args->subcommand == u"due")
        return due(*store, *args, out, err);
    if (args->subcommand == u"export")
        return exportSheet(*store, *args, out, err);
    if (args->subcommand == u"print")
        return runRegisterPrint(*store, *args, out, err);
    if (args->subcommand == u"table4")
        return runTable4Command(*store, *args, out, err);
    return table3(*store, *args, out, err);
}

} // namespace nianbao
