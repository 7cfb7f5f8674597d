#include "app/cli/dbcommand.h"

#include "app/cli/checkcommand.h"
#include "app/cli/commandline.h"
#include "app/cli/commandoptions.h"
#include "app/cli/passwordprompt.h"
#include "model/core/filewriting.h"
#include "model/core/json.h"
#include "model/core/reportjson.h"
#include "model/storage/reportstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::DbCommand)
};

struct DbArguments {
    QString subcommand;
    QString database;
    QString output;
    QString agency; // db dump
    bool json = false;
    QStringList positional;
};

std::optional<DbArguments> parse(const QStringList& args, QString* error) {
    CommandOptions options({valueOption({u"db"_s}, u"PATH"_s),
                            valueOption({u"o"_s, u"output"_s}, u"FILE"_s),
                            valueOption({u"agency"_s}, u"NAME"_s), flagOption({u"json"_s})});
    if (!options.parse(args, error))
        return std::nullopt;
    DbArguments parsed;
    parsed.database = options.value(u"db"_s);
    parsed.output = options.value(u"output"_s);
    parsed.agency = options.value(u"agency"_s).trimmed();
    parsed.json = options.isSet(u"json"_s);
    parsed.positional = options.positional();
    if (!parsed.positional.isEmpty())
        parsed.subcommand = parsed.positional.takeFirst();
    return parsed;
}

std::optional<qint64> reportId(const DbArguments& args, QString* error) {
    bool ok = false;
    const qint64 id = args.positional.value(0).toLongLong(&ok);
    if (args.positional.size() != 1 || !ok || id <= 0) {
        *error = Tr::tr("%1 takes one report number (see nianbao db list)").arg(args.subcommand);
        return std::nullopt;
    }
    return id;
}

// The report's own words, like 定稿 and 草稿: the same in every language of the interface.
constexpr QStringView kChangedFinalized = u"已定稿内容与定稿时不一致";

std::unique_ptr<ReportStore> openStore(const QString& path, bool mayCreate, QTextStream& err,
                                       QString* error, bool readOnly = false);

// A name as the terminal should show it: a control or formatting character (a NUL, U+202E
// that reverses what follows) stored by an older version is shown by its code, never raw.
QString printable(const QString& text) {
    // Almost every name is printable as it is: no copy then (db list prints hundreds).
    const bool plain = std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
               c.isSurrogate();
    });
    if (plain)
        return text;
    QString out;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            out += u"<U+%1>"_s.arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// Appends without QString's checks on each call, for output of many short lines.
class TextBuffer {
public:
    void text(QStringView s) {
        m_buffer.append(reinterpret_cast<const char16_t*>(s.utf16()),
                        static_cast<size_t>(s.size()));
    }
    void character(char16_t c) { m_buffer.push_back(c); }
    void number(qint64 n) {
        if (n < 0)
            m_buffer.push_back(u'-');
        quint64 magnitude = n < 0 ? 0 - static_cast<quint64>(n) : static_cast<quint64>(n);
        char16_t digits[20];
        int count = 0;
        do {
            digits[count++] = static_cast<char16_t>(u'0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude > 0);
        while (count > 0)
            m_buffer.push_back(digits[--count]);
    }
    void twoDigits(int n) {
        m_buffer.push_back(static_cast<char16_t>(u'0' + n / 10 % 10));
        m_buffer.push_back(static_cast<char16_t>(u'0' + n % 10));
    }
    QStringView view() const {
        return QStringView(m_buffer.data(), static_cast<qsizetype>(m_buffer.size()));
    }

private:
    std::u16string m_buffer;
};

// A translated text with %1 and %2, cut once at its placeholders (in whatever order the
// translation puts them) and filled per line as QString::arg would.
class CountsTemplate {
public:
    explicit CountsTemplate(const QString& text) {
        QString literal;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'%' && i + 1 < text.size() &&
                (text[i + 1] == u'1' || text[i + 1] == u'2')) {
                m_pieces.push_back({literal, text[i + 1] == u'1' ? 1 : 2});
                literal.clear();
                ++i;
            } else {
                literal += text[i];
            }
        }
        m_pieces.push_back({literal, 0});
    }
    void write(TextBuffer& buffer, int first, int second) const {
        for (const auto& [literal, argument] : m_pieces) {
            buffer.text(literal);
            if (argument != 0)
                buffer.number(argument == 1 ? first : second);
        }
    }

private:
    std::vector<std::pair<QString, int>> m_pieces; // text, then the argument after it (0: none)
};

QString statusName(ReportStatus status) {
    return status == ReportStatus::Finalized ? u"定稿"_s : u"草稿"_s;
}

int list(ReportStore& store, const DbArguments& args, QTextStream& out, QTextStream& err) {
    const auto reports = store.list();
    int changed = 0;
    for (const auto& r : reports) {
        if (r.finalizedContentChanged) {
            ++changed;
            err << u"nianbao db list: "_s << Tr::tr("report %1:").arg(r.id) << u' '
                << kChangedFinalized << u'\n';
        }
    }
    if (args.json) {
        JsonValue items = JsonValue::array();
        for (const auto& r : reports) {
            JsonValue item = JsonValue::object();
            item.insert(u"id"_s, JsonValue::integer(r.id));
            item.insert(u"agency"_s, JsonValue::string(r.agency));
            item.insert(u"year"_s, JsonValue::integer(r.year));
            item.insert(u"status"_s,
                        JsonValue::string(r.status == ReportStatus::Finalized ? u"finalized"_s
                                                                              : u"draft"_s));
            item.insert(u"errors"_s, JsonValue::integer(r.errors));
            item.insert(u"warnings"_s, JsonValue::integer(r.warnings));
            item.insert(u"modified"_s, JsonValue::string(r.modified.toString(Qt::ISODateWithMs)));
            if (r.finalizedContentChanged)
                item.insert(u"finalized_content_changed"_s, JsonValue::boolValue(true));
            items.elements.push_back(std::move(item));
        }
        JsonValue root = JsonValue::object();
        root.insert(u"reports"_s, std::move(items));
        out << QString::fromUtf8(writeJson(root));
        return changed > 0 ? ExitFindings : ExitClean;
    }
    // All lines go into one UTF-16 buffer, written (and encoded) once: with 500 reports the
    // formatting through QString::number, arg and QString::append was 10 800 instructions a
    // line, as much as reading the row.
    const CountsTemplate counts(Tr::tr("%1 errors, %2 warnings"));
    TextBuffer lines;
    for (const auto& r : reports) {
        lines.number(r.id);
        lines.character(u'\t');
        lines.text(printable(r.agency));
        lines.character(u'\t');
        lines.number(r.year);
        lines.character(u'\t');
        lines.text(statusName(r.status));
        if (r.finalizedContentChanged) {
            lines.character(u'（');
            lines.text(kChangedFinalized);
            lines.character(u'）');
        }
        lines.character(u'\t');
        counts.write(lines, r.errors, r.warnings);
        lines.character(u'\t');
        const QDateTime local = r.modified.toLocalTime();
        const QDate d = local.date();
        const QTime t = local.time();
        lines.number(d.year());
        lines.character(u'-');
        lines.twoDigits(d.month());
        lines.character(u'-');
        lines.twoDigits(d.day());
        lines.character(u' ');
        lines.twoDigits(t.hour());
        lines.character(u':');
        lines.twoDigits(t.minute());
        lines.character(u':');
        lines.twoDigits(t.second());
        lines.character(u'\n');
    }
    out << lines.view();
    if (reports.empty())
        out << Tr::tr("The store %1 holds no report.").arg(store.path()) << u'\n';
    return changed > 0 ? ExitFindings : ExitClean;
}

// Every file is read before the store is opened: a store is never created for files that are
// all refused.
int import(const QString& path, const DbArguments& args, QTextStream& out, QTextStream& err) {
    if (args.positional.isEmpty()) {
        err << u"nianbao db import: "_s << Tr::tr("name one or more report files") << u'\n';
        return ExitBadInput;
    }
    int failed = 0;
    std::vector<std::pair<QString, Report>> readable;
    for (const QString& file : args.positional) {
        QString error;
        auto report = ReportJson::load(file, &error);
        if (!report) {
            err << u"nianbao db import: "_s << error << u'\n';
            ++failed;
            continue;
        }
        readable.emplace_back(file, std::move(*report));
    }
    if (readable.empty())
        return ExitBadInput;
    QString openError;
    auto store = openStore(path, true, err, &openError);
    if (!store) {
        err << u"nianbao db: "_s << openError << u'\n';
        return ExitBadInput;
    }
    for (const auto& [file, report] : readable) {
        QString error;
        const auto id = store->create(report, &error);
        if (!id) {
            err << u"nianbao db import: "_s << error << u'\n';
            ++failed;
            continue;
        }
        out << Tr::tr("%1: stored as report %2 (%3, %4)")
                   .arg(file)
                   .arg(*id)
                   .arg(report.agency)
                   .arg(report.year)
            << u'\n';
    }
    return failed > 0 ? ExitBadInput : ExitClean;
}

// A finalized report whose content is no longer what was finalized: exit 1 with the
// differences, so that it is never exported, checked or listed as final.
std::optional<int> refuseChanged(const ReportStore& store, qint64 id, const QString& command,
                                 QTextStream& err) {
    const auto mismatch = store.verifyFinalized(id);
    if (!mismatch)
        return std::nullopt;
    err << command << u": "_s << ReportStore::describeMismatch(id, *mismatch) << u'\n'
        << Tr::tr("Restore the frozen copy with: nianbao db restore-frozen %1 --db %2")
               .arg(id)
               .arg(store.path())
        << u'\n';
    return ExitFindings;
}

int exportReport(ReportStore& store, const DbArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    const auto id = reportId(args, &error);
    if (!id) {
        err << u"nianbao db export: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (const auto refused = refuseChanged(store, *id, u"nianbao db export"_s, err))
        return *refused;
    const auto report = store.load(*id, &error);
    if (!report) {
        err << u"nianbao db export: "_s << error << u'\n';
        return ExitBadInput;
    }
    const QByteArray json = store.exchangeJson(*id, *report);
    if (args.output.isEmpty() || args.output == u"-") {
        out << QString::fromUtf8(json);
        return ExitClean;
    }
    // Written to a temporary file and renamed: never a half-written file.
    if (!writeFileSafely(args.output, json, &error)) {
        err << u"nianbao db export: "_s << error << u'\n';
        return ExitBadInput;
    }
    return ExitClean;
}

int check(ReportStore& store, const DbArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    const auto id = reportId(args, &error);
    if (!id) {
        err << u"nianbao db check: "_s << error << u'\n';
        return ExitBadInput;
    }
    // The whole file, on demand: opening reads it through only after an unclean shutdown.
    if (!store.integrityCheck(&error)) {
        err << u"nianbao db check: "_s
            << Tr::tr("%1 is damaged (SQLite's integrity check: %2). Restore its most recent "
                      "backup with: nianbao db restore --db %1")
                   .arg(store.path(), error)
            << u'\n';
        return ExitBadInput;
    }
    if (const auto refused = refuseChanged(store, *id, u"nianbao db check"_s, err)) {
        if (args.json) {
            // The same shape as the rules' findings (see printCheck).
            JsonValue finding = JsonValue::object();
            finding.insert(u"rule"_s, JsonValue::string(u"H1"_s));
            finding.insert(u"severity"_s, JsonValue::string(u"error"_s));
            finding.insert(u"cells"_s, JsonValue::array());
            finding.insert(u"message"_s, JsonValue::string(kChangedFinalized.toString()));
            JsonValue findings = JsonValue::array();
            findings.elements.push_back(std::move(finding));
            JsonValue root = JsonValue::object();
            root.insert(u"findings"_s, std::move(findings));
            out << QString::fromUtf8(writeJson(root));
        } else {
            out << u"错误 H1 "_s << kChangedFinalized << u'\n';
        }
        return *refused;
    }
    const auto report = store.load(*id, &error);
    if (!report) {
        err << u"nianbao db check: "_s << error << u'\n';
        return ExitBadInput;
    }
    const auto previous = store.previousYear(*id);
    return printCheck(*report, previous ? &*previous : nullptr, store.acknowledgements(*id),
                      args.json, out);
}

int restoreFrozen(ReportStore& store, const DbArguments& args, QTextStream& out, QTextStream& err) {
    QString error;
    const auto id = reportId(args, &error);
    if (!id || !store.restoreFrozen(*id, &error)) {
        err << u"nianbao db restore-frozen: "_s << error << u'\n';
        return ExitBadInput;
    }
    out << Tr::tr("report %1: the copy frozen at finalization was restored").arg(*id) << u'\n';
    return ExitClean;
}

std::unique_ptr<ReportStore> openStore(const QString& path, bool mayCreate, QTextStream& err,
                                       QString* error, bool readOnly) {
    ReportStore::Options options;
    options.mayCreate = mayCreate;
    options.readOnly = readOnly;
    options.askPassword = terminalPasswordPrompt();
    auto store = ReportStore::open(path, options, error);
    if (store && !store->warning().isEmpty())
        err << u"nianbao db: "_s << store->warning() << u'\n';
    // A mistyped --db must not pass unnoticed as an empty store.
    if (store && store->isNew())
        err << Tr::tr("New database %1").arg(path) << u'\n';
    return store;
}

// One agency's reports and register as SQL for psql (see ReportStore::dumpAgency): the unit's
// backup of its part of the county server, or its SQLite file moving onto the server.
int dumpAgency(ReportStore& store, const DbArguments& args, QTextStream& out, QTextStream& err) {
    if (args.agency.isEmpty() || !args.positional.isEmpty()) {
        err << u"nianbao db dump: "_s
            << Tr::tr("name the agency: nianbao db dump --agency NAME [-o FILE.sql]") << u'\n';
        return ExitBadInput;
    }
    QString error;
    const auto script = store.dumpAgency(args.agency, &error);
    if (!script) {
        err << u"nianbao db dump: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (!error.isEmpty())
        err << u"nianbao db dump: "_s << error << u'\n'; // no report, the register alone
    if (args.output.isEmpty() || args.output == u"-") {
        out << QString::fromUtf8(*script);
        return ExitClean;
    }
    // It holds applicants' names and contacts: written as the store is, for its user alone.
    if (!writeFileSafely(args.output, *script, &error)) {
        err << u"nianbao db dump: "_s << error << u'\n';
        return ExitBadInput;
    }
    return ExitClean;
}

} // namespace

QString dbUsage() {
    return Tr::tr(
        "  db list [--json]            the reports in the store\n"
        "  db import FILE...           store report files (*.nianbao.json)\n"
        "  db export ID [-o FILE]      write a stored report as an exchange file\n"
        "  db check ID [--json]        check a stored report (with last year's from\n"
        "                              the store); exit status as for check\n"
        "  db restore                  replace a damaged store by its newest good backup\n"
        "  db restore-frozen ID        put back the copy of a finalized report frozen\n"
        "                              at finalization, when its content was changed\n"
        "  db dump --agency NAME [-o FILE.sql]\n"
        "                              one agency's reports, history and register as\n"
        "                              SQL that psql loads into a Nianbao database on\n"
        "                              a PostgreSQL server, beside other units\n"
        "      --db PATH               the store (default: $NIANBAO_DB, else\n"
        "                              nianbao.sqlite in the application data folder)\n");
}

int runDbCommand(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QString error;
    const auto args = parse(arguments, &error);
    if (!args) {
        err << u"nianbao db: "_s << error << u'\n';
        return ExitBadInput;
    }
    const QString path = ReportStore::resolvePath(args->database);
    if (args->subcommand == u"restore") {
        QString backup;
        const auto aside = ReportStore::restoreLatestBackup(path, &error, &backup);
        if (!aside) {
            err << u"nianbao db restore: "_s << error << u'\n';
            return ExitBadInput;
        }
        out << Tr::tr("restored %1 from its newest good backup %2; the previous file was kept "
                      "as %3")
                   .arg(path, backup, *aside)
            << u'\n';
        return ExitClean;
    }
    static const QStringList known = {u"list"_s,  u"import"_s,         u"export"_s,
                                      u"check"_s, u"restore-frozen"_s, u"dump"_s};
    if (!known.contains(args->subcommand)) {
        err << u"nianbao db: "_s
            << (args->subcommand.isEmpty()
                    ? Tr::tr("name what to do: list, import, export, check, restore, "
                             "restore-frozen or dump")
                    : Tr::tr("unknown command \"%1\"; use list, import, export, check, restore, "
                             "restore-frozen or dump")
                          .arg(args->subcommand))
            << u'\n';
        return ExitBadInput;
    }
    if (args->subcommand == u"import")
        return import(path, *args, out, err);
    // The other commands only read (restore-frozen puts back what the store holds): they
    // never create a store.
    auto store = openStore(path, false, err, &error, args->subcommand != u"restore-frozen");
    if (!store) {
        err << u"nianbao db: "_s << error << u'\n';
        return ExitBadInput;
    }
    if (args->subcommand == u"list")
        return list(*store, *args, out, err);
    if (args->subcommand == u"export")
        return exportReport(*store, *args, out, err);
    if (args->subcommand == u"restore-frozen")
        return restoreFrozen(*store, *args, out, err);
    if (args->subcommand == u"dump")
        return dumpAgency(*store, *args, out, err);
    return check(*store, *args, out, err);
}

} // namespace nianbao
