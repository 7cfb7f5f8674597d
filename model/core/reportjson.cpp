#include "model/core/reportjson.h"

#include "model/core/json.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportJson)
};

constexpr auto kSchema = u"nianbao-report/1";

QString where(const QString& key, const JsonValue& value) {
    return QStringLiteral("\"%1\" (line %2)").arg(key).arg(value.line);
}

bool isDash(QStringView s) {
    return s == u"-" || s == u"—" || s == u"－" || s == u"–" || s == u"——";
}

class Reader {
public:
    std::optional<Report> read(const JsonValue& root) {
        if (!root.isObject())
            return fail(Tr::tr("the file must hold one JSON object, not a list or a single value"));
        const JsonValue* schema = root.member(u"schema");
        if (!schema)
            return fail(Tr::tr("the key \"schema\" is missing; is this a Nianbao report file?"));
        if (!schema->isString() || schema->text != kSchema) {
            return fail(
                Tr::tr("%1: unsupported schema %2; this version reads \"%3\"")
                    .arg(where(u"schema"_s, *schema),
                         schema->isString() ? u'"' + schema->text + u'"' : Tr::tr("(not a string)"),
                         QString::fromUtf16(kSchema)));
        }
        QString formId = FormDefinition::defaultFormId();
        if (const JsonValue* form = root.member(u"form")) {
            if (!form->isString())
                return fail(Tr::tr("%1: must be a string").arg(where(u"form"_s, *form)));
            formId = form->text;
        }
        auto definition = FormDefinition::builtIn(formId);
        if (!definition)
            return fail(Tr::tr("\"form\": unknown form \"%1\"").arg(formId));
        Report report(definition);

        const JsonValue* agency = root.member(u"agency");
        if (!agency)
            return fail(Tr::tr("the key \"agency\" (the agency's name) is missing"));
        if (!agency->isString())
            return fail(
                Tr::tr("%1: the agency's name must be a string").arg(where(u"agency"_s, *agency)));
        report.agency = agency->text.trimmed();
        // "" is an agency not known yet (an import that found none says so); spaces or control
        // characters are not a name.
        if (const auto problem = agencyNameProblem(agency->text);
            problem && !agency->text.isEmpty())
            return fail(where(u"agency"_s, *agency) + u": "_s + *problem);

        const JsonValue* year = root.member(u"year");
        if (!year)
            return fail(Tr::tr("the key \"year\" is missing"));
        const auto yearValue = year->isNumber() ? Decimal::parse(year->text) : std::nullopt;
        const auto yearInt = yearValue ? yearValue->toInteger() : std::nullopt;
        if (!yearInt || *yearInt < 2008 || *yearInt > 2100) {
            return fail(
                Tr::tr("%1: must be a year between 2008 and 2100 written as a number, found %2")
                    .arg(where(u"year"_s, *year), describe(*year)));
        }
        report.year = static_cast<int>(*yearInt);

        if (const JsonValue* level = root.member(u"level"); level && !level->isNull()) {
            const auto parsed = level->isString() ? agencyLevelFromCode(level->text) : std::nullopt;
            if (!parsed) {
                return fail(Tr::tr("%1: unknown agency level %2; use one of province, "
                                   "province_department, city, city_department, county, "
                                   "county_department, township, street")
                                .arg(where(u"level"_s, *level), describe(*level)));
            }
            report.level = *parsed;
        }

        if (const JsonValue* values = root.member(u"values"); values && !values->isNull()) {
            if (!values->isObject())
                return fail(Tr::tr("%1: must be an object mapping cell ids to values")
                                .arg(where(u"values"_s, *values)));
            for (const auto& [key, value] : values->members) {
                if (!readCell(report, key, value))
                    return std::nullopt;
            }
        }
        if (const JsonValue* texts = root.member(u"texts"); texts && !texts->isNull()) {
            if (!texts->isObject())
                return fail(Tr::tr("%1: must be an object mapping part ids to text")
                                .arg(where(u"texts"_s, *texts)));
            for (const auto& [key, value] : texts->members) {
                const int index = definition->findText(key);
                if (index < 0) {
                    return fail(Tr::tr("\"texts\": unknown part id \"%1\" (line %2)")
                                    .arg(key)
                                    .arg(value.line));
                }
                if (value.isNull())
                    continue;
                if (!value.isString()) {
                    return fail(Tr::tr("\"texts\".%1: must be a string, found %2")
                                    .arg(where(key, value), describe(value)));
                }
                report.setText(index, value.text);
            }
        }
        static const QStringView known[] = {u"schema", u"form",   u"agency", u"year",
                                            u"level",  u"values", u"texts"};
        for (const auto& member : root.members) {
            if (std::find(std::begin(known), std::end(known), member.key) == std::end(known))
                report.extraKeys.push_back(member);
        }
        return report;
    }

    QString error() const { return m_error; }

private:
    std::nullopt_t fail(const QString& message) {
        m_error = message;
        return std::nullopt;
    }

    static QString describe(const JsonValue& v) {
        switch (v.type) {
        case JsonValue::Type::Null:
            return Tr::tr("null");
        case JsonValue::Type::Bool:
            return v.boolean ? u"true"_s : u"false"_s;
        case JsonValue::Type::Number:
            return v.text.size() > 40 ? v.text.left(40) + u"…"_s : v.text;
        case JsonValue::Type::String:
            return u'"' + (v.text.size() > 40 ? v.text.left(40) + u"…"_s : v.text) + u'"';
        case JsonValue::Type::Array:
            return Tr::tr("a list");
        case JsonValue::Type::Object:
            return Tr::tr("an object");
        }
        return {};
    }

    bool readCell(Report& report, const QString& key, const JsonValue& value) {
        const auto ref = report.form().findCell(key);
        if (!ref) {
            fail(Tr::tr("\"values\": unknown cell id \"%1\" (line %2); cell ids look like "
                        "\"t3.new.natural\"")
                     .arg(key)
                     .arg(value.line));
            return false;
        }
        const CellDefinition& cell = report.form().cell(*ref);
        auto place = [&] {
            return u"\"values\"."_s + where(key, value);
        };
        auto number = [&](const QString& literal) -> bool {
            Decimal::ParseError parseError;
            const auto d = Decimal::parse(literal, &parseError);
            if (!d) {
                switch (parseError) {
                case Decimal::ParseError::OutOfRange:
                    fail(Tr::tr("%1: the number %2 is out of range").arg(place(), describe(value)));
                    break;
                case Decimal::ParseError::TooManyDecimals:
                    fail(Tr::tr("%1: the number %2 has more than %3 decimals")
                             .arg(place(), describe(value))
                             .arg(Decimal::kMaxScale));
                    break;
                default:
                    fail(Tr::tr("%1: %2 is not a number").arg(place(), describe(value)));
                }
                return false;
            }
            report.setValue(*ref, CellValue::of(*d));
            return true;
        };
        switch (value.type) {
        case JsonValue::Type::Null:
            return true;
        case JsonValue::Type::Number:
            return number(value.text);
        case JsonValue::Type::String: {
            const QString s = value.text.trimmed();
            if (s == u"/" || s == u"／") {
                report.setValue(*ref, CellValue::notApplicable());
                return true;
            }
            if (isDash(s)) {
                report.setValue(*ref, CellValue::dash());
                return true;
            }
            if (cell.kind == CellKind::Amount)
                return number(s);
            fail(Tr::tr(
                     "%1: a count must be a JSON integer, not the string %2 (only \"/\" and \"-\" "
                     "are allowed as strings)")
                     .arg(place(), describe(value)));
            return false;
        }
        case JsonValue::Type::Object: {
            const JsonValue* original = value.member(u"unreadable");
            if (value.members.size() == 1 && original && original->isString()) {
                report.setValue(*ref, CellValue::unreadable(original->text));
                return true;
            }
            fail(Tr::tr("%1: an object value must be {\"unreadable\": \"原文\"}").arg(place()));
            return false;
        }
        case JsonValue::Type::Bool:
        case JsonValue::Type::Array:
            break;
        }
        fail(Tr::tr(
                 "%1: %2 is not a cell value (a number, null, \"/\", \"-\" or {\"unreadable\": …})")
                 .arg(place(), describe(value)));
        return false;
    }

    QString m_error;
};

} // namespace

std::optional<Report> ReportJson::fromJson(const QByteArray& bytes, QString* error) {
    JsonError jsonError;
    const auto root = parseJson(bytes, &jsonError);
    if (!root) {
        if (error) {
            *error = jsonError.line > 0
                         ? Tr::tr("not a valid JSON file: line %1, column %2: %3")
                               .arg(jsonError.line)
                               .arg(jsonError.column)
                               .arg(jsonError.message)
                         : Tr::tr("not a valid JSON file: %1").arg(jsonError.message);
        }
        return std::nullopt;
    }
    Reader reader;
    auto report = reader.read(*root);
    if (!report && error)
        *error = reader.error();
    return report;
}

QByteArray ReportJson::toJson(const Report& report) {
    const FormDefinition& form = report.form();
    JsonValue root = JsonValue::object();
    root.insert(u"schema"_s, JsonValue::string(QString::fromUtf16(kSchema)));
    root.insert(u"form"_s, JsonValue::string(form.id()));
    root.insert(u"agency"_s, JsonValue::string(report.agency));
    root.insert(u"year"_s, JsonValue::integer(report.year));
    if (report.level != AgencyLevel::Unknown)
        root.insert(u"level"_s, JsonValue::string(agencyLevelCode(report.level)));
    JsonValue values = JsonValue::object();
    for (const auto& cell : form.cells()) {
        const CellValue& v = report.value(cell.ref);
        switch (v.state) {
        case CellState::Empty:
            break;
        case CellState::Number:
            values.members.push_back({cell.id, cell.kind == CellKind::Amount
                                                   ? JsonValue::string(v.number.toString())
                                                   : JsonValue::number(v.number.toString())});
            break;
        case CellState::NotApplicable:
            values.members.push_back({cell.id, JsonValue::string(u"/"_s)});
            break;
        case CellState::Dash:
            values.members.push_back({cell.id, JsonValue::string(u"-"_s)});
            break;
        case CellState::Unreadable: {
            JsonValue original = JsonValue::object();
            original.insert(u"unreadable"_s, JsonValue::string(v.text));
            values.members.push_back({cell.id, std::move(original)});
            break;
        }
        }
    }
    root.insert(u"values"_s, std::move(values));
    JsonValue texts = JsonValue::object();
    for (size_t i = 0; i < form.texts().size(); ++i) {
        const QString& text = report.text(static_cast<int>(i));
        if (!text.isEmpty())
            texts.members.push_back({form.texts()[i].id, JsonValue::string(text)});
    }
    root.insert(u"texts"_s, std::move(texts));
    for (const auto& extra : report.extraKeys)
        root.members.push_back(extra);
    return writeJson(root);
}

QString ReportJson::contentHash(const Report& report) {
    Report content = report;
    content.extraKeys.clear();
    return QString::fromLatin1(
        QCryptographicHash::hash(toJson(content), QCryptographicHash::Sha256).toHex());
}

ReportJson::Seal ReportJson::finalizedSeal(const Report& report, QString* recordedHash) {
    const JsonValue* finalized = nullptr;
    for (const JsonMember& m : report.extraKeys) {
        if (m.key == u"finalized")
            finalized = &m.value;
    }
    if (!finalized)
        return Seal::None;
    const JsonValue* hash = finalized->isObject() ? finalized->member(u"sha256") : nullptr;
    if (!hash || !hash->isString())
        return Seal::Mismatch;
    if (recordedHash)
        *recordedHash = hash->text;
    return hash->text == contentHash(report) ? Seal::Matches : Seal::Mismatch;
}

QStringList ReportJson::differences(const Report& before, const Report& after) {
    // Long texts are cut: the line names the part, the editor shows it whole.
    auto shown = [](const QString& text) {
        constexpr qsizetype kShown = 40;
        const QString flat = text.simplified();
        return flat.size() > kShown ? flat.left(kShown) + u"…"_s : flat;
    };
    QStringList lines;
    auto add = [&](const QString& what, const QString& old, const QString& now) {
        lines << Tr::tr("%1: at finalization \"%2\", now \"%3\"").arg(what, shown(old), shown(now));
    };
    if (before.agency != after.agency)
        add(Tr::tr("agency"), before.agency, after.agency);
    if (before.year != after.year)
        add(Tr::tr("year"), QString::number(before.year), QString::number(after.year));
    if (before.level != after.level)
        add(Tr::tr("level"), agencyLevelName(before.level), agencyLevelName(after.level));
    const FormDefinition& form = after.form();
    if (&before.form() != &form && before.form().id() != form.id()) {
        add(Tr::tr("form"), before.form().id(), form.id());
        return lines;
    }
    for (const CellDefinition& cell : form.cells()) {
        const CellValue& old = before.value(cell.ref);
        const CellValue& now = after.value(cell.ref);
        if (!(old == now)) {
            add(form.tables()[static_cast<size_t>(cell.table)].title + u' ' +
                    form.cellLabel(cell.ref),
                old.displayText(), now.displayText());
        }
    }
    for (size_t i = 0; i < form.texts().size(); ++i) {
        const int text = static_cast<int>(i);
        if (before.text(text) != after.text(text))
            add(form.texts()[i].label, before.text(text), after.text(text));
    }
    return lines;
}

std::optional<Report> ReportJson::load(const QString& path, QString* error) {
    auto failWith = [&](const QString& message) -> std::optional<Report> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return failWith(Tr::tr("%1: no such file").arg(path));
    if (info.isDir())
        return failWith(Tr::tr("%1: is a folder, not a report file").arg(path));
    // A device (/dev/zero behind a link) reads without end, a named pipe blocks its reader:
    // only a regular file is opened.
    if (!info.isFile())
        return failWith(Tr::tr("%1: is not a regular file (a device, a pipe or a socket), so not a "
                               "report file")
                            .arg(path));
    if (info.size() > kMaxFileSize) {
        return failWith(Tr::tr("%1: the file is %2 MB; a report file is at most %3 MB, so this is "
                               "not one")
                            .arg(path)
                            .arg(info.size() / (1024 * 1024))
                            .arg(kMaxFileSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(Tr::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    // Read one byte past the limit: a file that grows (or a pipe) is still refused.
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (bytes.size() > kMaxFileSize)
        return failWith(
            Tr::tr("%1: the file is larger than %2 MB; a report file is never that large")
                .arg(path)
                .arg(kMaxFileSize / (1024 * 1024)));
    if (bytes.isEmpty())
        return failWith(Tr::tr("%1: the file is empty").arg(path));
    QString message;
    auto report = fromJson(bytes, &message);
    if (!report)
        return failWith(Tr::tr("%1: %2").arg(path, message));
    return report;
}

} // namespace nianbao
