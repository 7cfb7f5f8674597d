#include "model/import/registerimport.h"

#include "model/core/chinesedate.h"
#include "model/core/formdefinition.h"
#include "model/core/textnormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::RegisterImport)
};

// A text compared without what clerks vary: spaces, full-width forms, the enumerators
// 「（一）」「1.」「2、」 in front, the notes in brackets and the separators 「·：:-」.
QString folded(const QString& text) {
    QString s = normalizedText(text);
    s.remove(QRegularExpression(u"\\s+"_s));
    static const QRegularExpression enumerator(
        u"^(\\(|（)?[一二三四五六七八九十0-9]+(\\)|）|\\.|、|．)"_s);
    s.remove(enumerator);
    static const QRegularExpression bracketed(u"(\\(|（)[^)）]*(\\)|）)"_s);
    s.remove(bracketed);
    static const QRegularExpression separators(u"[·・:：\\-—_/]"_s);
    s.remove(separators);
    return s;
}

// Header names clerks use for each field (compared folded, so 「费用（万元）」 is 「费用」).
const QHash<QString, QString>& headerNames() {
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> n;
        const std::pair<const char16_t*, QStringList> table[] = {
            {u"number", {u"序号"_s, u"编号"_s, u"登记编号"_s, u"申请编号"_s, u"登记号"_s}},
            {u"received",
             {u"收到日期"_s, u"申请日期"_s, u"受理日期"_s, u"收到时间"_s, u"申请时间"_s,
              u"受理时间"_s, u"登记日期"_s, u"收件日期"_s}},
            {u"channel", {u"申请方式"_s, u"申请途径"_s, u"申请渠道"_s, u"提交方式"_s}},
            {u"type", {u"申请人类型"_s, u"申请人类别"_s, u"类别"_s, u"类型"_s, u"申请人性质"_s}},
            {u"name", {u"申请人"_s, u"申请人姓名"_s, u"申请人名称"_s, u"姓名"_s}},
            {u"contact", {u"联系方式"_s, u"联系电话"_s, u"电话"_s}},
            {u"subject", {u"申请内容"_s, u"申请事项"_s, u"申请公开内容"_s, u"所需信息"_s}},
            {u"correction", {u"补正"_s}},
            {u"consultation", {u"征求意见"_s, u"征求第三方意见"_s}},
            {u"extended", {u"延期"_s, u"延长答复期限"_s}},
            {u"replied",
             {u"答复日期"_s, u"办结日期"_s, u"答复时间"_s, u"办结时间"_s, u"告知日期"_s}},
            {u"outcome",
             {u"处理结果"_s, u"答复结果"_s, u"办理结果"_s, u"答复情况"_s, u"办理情况"_s,
              u"答复类型"_s}},
            {u"fee", {u"费用"_s, u"信息处理费"_s, u"收费"_s}},
            {u"notes", {u"备注"_s, u"说明"_s}},
            // Computed from the dates, never read back.
            {u"ignore", {u"截止日期"_s, u"答复期限"_s}},
        };
        for (const auto& [field, headers] : table) {
            for (const QString& header : headers)
                n.insert(folded(header), QString::fromUtf16(field));
        }
        return n;
    }();
    return names;
}

// Folded wording → keys it names; a wording naming more than one key is left out.
QHash<QString, QString> unambiguous(const QHash<QString, QSet<QString>>& candidates) {
    QHash<QString, QString> result;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        if (it.value().size() == 1)
            result.insert(it.key(), *it.value().cbegin());
    }
    return result;
}

const TableDefinition& table3() {
    static const auto form = FormDefinition::builtIn(FormDefinition::defaultFormId());
    return form->tables()[form->findTable(u"t3")];
}

// The group an outcome row's short label names before its 「·」 (「无法提供」), if any.
QString table3GroupOf(const QString& key) {
    for (const Dimension& row : table3().rows) {
        if (row.key == key && row.shortLabel.contains(u'·'))
            return row.shortLabel.section(u'·', 0, 0);
    }
    return {};
}

const QHash<QString, QString>& outcomeWordings() {
    static const QHash<QString, QString> wordings = [] {
        QHash<QString, QSet<QString>> candidates;
        const auto& rows = outcomeRows();
        for (const Dimension& row : table3().rows) {
            if (std::find(rows.begin(), rows.end(), row.key) == rows.end())
                continue;
            candidates[folded(row.key)].insert(row.key);
            candidates[folded(row.shortLabel)].insert(row.key);
            candidates[folded(row.label)].insert(row.key);
        }
        // Close variants clerks write, each naming one row only.
        const std::pair<const char16_t*, QStringList> variants[] = {
            {u"granted", {u"公开"_s, u"同意公开"_s, u"全部公开"_s, u"已公开"_s}},
            {u"partial", {u"部分予以公开"_s, u"部分公开部分不予公开"_s}},
            {u"unable_1",
             {u"信息不存在"_s, u"政府信息不存在"_s, u"本机关不掌握"_s, u"不掌握"_s,
              u"非本机关掌握"_s}},
            {u"unable_2", {u"需另行制作"_s, u"需要另行制作"_s}},
            {u"rejected_2", {u"重复申请"_s}},
            {u"other_1", {u"逾期不补正"_s, u"逾期未补正"_s}},
            {u"other_2", {u"逾期未缴费"_s}},
            {u"other_3", {u"撤回"_s, u"申请人撤回"_s, u"撤回申请"_s}},
        };
        for (const auto& [key, texts] : variants) {
            // 「无法提供·需要另行制作」: a variant after its group's name, as the export writes
            // the official wording.
            const QString group = table3GroupOf(QString::fromUtf16(key));
            for (const QString& text : texts) {
                candidates[folded(text)].insert(QString::fromUtf16(key));
                if (!group.isEmpty())
                    candidates[folded(group + text)].insert(QString::fromUtf16(key));
            }
        }
        return unambiguous(candidates);
    }();
    return wordings;
}

const QHash<QString, QString>& applicantTypeWordings() {
    static const QHash<QString, QString> wordings = [] {
        QHash<QString, QSet<QString>> candidates;
        for (const QString& key : applicantTypes())
            candidates[folded(key)].insert(key);
        for (const Dimension& column : table3().columns) {
            if (std::find(applicantTypes().begin(), applicantTypes().end(), column.key) ==
                applicantTypes().end())
                continue;
            candidates[folded(column.shortLabel)].insert(column.key);
            candidates[folded(column.label)].insert(column.key);
        }
        const std::pair<const char16_t*, QStringList> variants[] = {
            {u"natural", {u"个人"_s, u"公民"_s, u"自然人申请"_s}},
            {u"business", {u"企业"_s, u"公司"_s, u"商业企业法人"_s}},
            {u"research", {u"科研院所"_s, u"高校"_s}},
            {u"nonprofit", {u"公益组织"_s}},
            {u"legal", {u"律师事务所"_s, u"律所"_s, u"律师"_s}},
            {u"other_org", {u"其他"_s, u"其他组织"_s}},
        };
        for (const auto& [key, texts] : variants) {
            for (const QString& text : texts)
                candidates[folded(text)].insert(QString::fromUtf16(key));
        }
        return unambiguous(candidates);
    }();
    return wordings;
}

std::optional<RequestChannel> channelOf(const QString& text) {
    if (const auto channel = requestChannelFromCode(text.trimmed()))
        return channel;
    static const QHash<QString, RequestChannel> variants = {
        {u"当面申请"_s, RequestChannel::InPerson}, {u"现场"_s, RequestChannel::InPerson},
        {u"窗口"_s, RequestChannel::InPerson},     {u"信函"_s, RequestChannel::Mail},
        {u"邮政"_s, RequestChannel::Mail},         {u"邮寄申请"_s, RequestChannel::Mail},
        {u"网上"_s, RequestChannel::Online},       {u"在线"_s, RequestChannel::Online},
        {u"网上申请"_s, RequestChannel::Online},   {u"网络申请"_s, RequestChannel::Online},
        {u"政府网站"_s, RequestChannel::Online},   {u"电邮"_s, RequestChannel::Email},
        {u"email"_s, RequestChannel::Email},       {u"传真申请"_s, RequestChannel::Fax},
    };
    const QString key = folded(text).toLower();
    if (variants.contains(key))
        return variants.value(key);
    return std::nullopt;
}

class RowReader {
public:
    RowReader(const Spreadsheet& sheet, int row, const QHash<int, QString>& fields,
              const QHash<int, QString>& headers)
        : m_sheet(sheet)
        , m_row(row)
        , m_headers(headers) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            m_columnOf.insert(it.value(), it.key());
    }

    QString text(const QString& field) const {
        if (!m_columnOf.contains(field))
            return {};
        return m_sheet.cell(m_row, m_columnOf.value(field)).text.trimmed();
    }

    QDate date(const QString& field) {
        if (!m_columnOf.contains(field))
            return {};
        const SpreadsheetCell cell = m_sheet.cell(m_row, m_columnOf.value(field));
        if (cell.kind == SpreadsheetCell::Kind::Date)
            return cell.date;
        if (cell.text.trimmed().isEmpty())
            return {};
        QString ignored;
        const auto date = parseChineseDate(cell.text.trimmed(), &ignored, m_sheet.dateSystem);
        if (!date)
            refuse(Tr::tr("%1 \"%2\" is not a valid date").arg(header(field), cell.text.trimmed()));
        return date.value_or(QDate());
    }

    // Two dates of one step in one cell, as the export writes them: 「2025-03-05 至 2025-03-12」.
    std::pair<QDate, QDate> span(const QString& field) {
        const QString value = text(field);
        if (value.isEmpty())
            return {};
        static const QRegularExpression separator(u"\\s*(补正，|补正,|至|到|~|～|—)\\s*"_s);
        const QStringList parts = value.split(separator);
        QDate dates[2];
        for (int i = 0; i < 2 && i < parts.size(); ++i) {
            if (parts[i].trimmed().isEmpty())
                continue;
            QString ignored;
            const auto date = parseChineseDate(parts[i].trimmed(), &ignored, m_sheet.dateSystem);
            if (!date) {
                refuse(Tr::tr("%1 \"%2\" is not a valid date").arg(header(field), value));
                return {};
            }
            dates[i] = *date;
        }
        if (parts.size() > 2 || (parts.size() == 1 && dates[0].isValid() == false))
            refuse(Tr::tr("%1 \"%2\" is not a valid date").arg(header(field), value));
        return {dates[0], dates[1]};
    }

    QString header(const QString& field) const { return m_headers.value(m_columnOf.value(field)); }
    void refuse(const QString& problem) { m_problems << problem; }
    const QStringList& problems() const { return m_problems; }

private:
    const Spreadsheet& m_sheet;
    int m_row;
    const QHash<int, QString>& m_headers;
    QHash<QString, int> m_columnOf;
    QStringList m_problems;
};

RegisterImportRow readRow(const Spreadsheet& sheet, int row, const QString& agency,
                          const QHash<int, QString>& fields, const QHash<int, QString>& headers) {
    RowReader reader(sheet, row, fields, headers);
    RegisterImportRow result;
    result.sheetRow = row + 1;
    RegisterEntry& e = result.entry;
    e.agency = agency;
    // A 序号 (1, 2, 3…) is the sheet's order, not a register number: the store numbers it.
    const QString number = reader.text(u"number"_s);
    static const QRegularExpression serialOnly(u"^[0-9]+(\\.0+)?$"_s);
    if (!serialOnly.match(number).hasMatch())
        e.number = number;
    e.received = reader.date(u"received"_s);
    if (!e.received.isValid() && reader.problems().isEmpty())
        reader.refuse(fields.values().contains(u"received"_s)
                          ? Tr::tr("%1 is empty").arg(reader.header(u"received"_s))
                          : Tr::tr("no column gives the date received"));
    const QString channel = reader.text(u"channel"_s);
    if (channel.isEmpty()) {
        e.channel = RequestChannel::Other;
    } else if (const auto known = channelOf(channel)) {
        e.channel = *known;
    } else {
        reader.refuse(Tr::tr("%1 \"%2\" is not one of 当面, 邮寄, 网络, 传真, 电子邮件, 其他")
                          .arg(reader.header(u"channel"_s), channel));
    }
    const QString type = reader.text(u"type"_s);
    e.applicantType = applicantTypeWordings().value(folded(type));
    if (type.isEmpty())
        reader.refuse(fields.values().contains(u"type"_s)
                          ? Tr::tr("%1 is empty").arg(reader.header(u"type"_s))
                          : Tr::tr("no column gives the applicant type"));
    else if (e.applicantType.isEmpty())
        reader.refuse(Tr::tr("%1 \"%2\" is not one of 自然人, 商业企业, 科研机构, 社会公益组织, "
                             "法律服务机构, 其他")
                          .arg(reader.header(u"type"_s), type));
    e.applicantName = reader.text(u"name"_s);
    e.applicantContact = reader.text(u"contact"_s);
    e.subject = reader.text(u"subject"_s);
    std::tie(e.correctionAsked, e.correctionReceived) = reader.span(u"correction"_s);
    std::tie(e.consultationStart, e.consultationEnd) = reader.span(u"consultation"_s);
    e.extendedOn = reader.date(u"extended"_s);
    e.replied = reader.date(u"replied"_s);
    const QString outcome = reader.text(u"outcome"_s);
    if (!outcome.isEmpty()) {
        e.outcome = outcomeWordings().value(folded(outcome));
        if (e.outcome.isEmpty())
            reader.refuse(Tr::tr("%1 \"%2\" is not a row of table three, or names more than one")
                              .arg(reader.header(u"outcome"_s), outcome));
        e.withdrawn = e.outcome == u"other_3" && outcome.contains(u"撤回");
    }
    const QString fee = reader.text(u"fee"_s);
    if (!fee.isEmpty()) {
        if (const auto amount = Decimal::parse(normalizedText(fee)))
            e.fee = *amount;
        else
            reader.refuse(
                Tr::tr("%1 \"%2\" is not an amount in 万元").arg(reader.header(u"fee"_s), fee));
    }
    e.notes = reader.text(u"notes"_s);
    // The register's own rules (a reply needs its outcome, dates in order…), once the cells
    // themselves could be read.
    if (reader.problems().isEmpty()) {
        // A row without a number of its own is numbered by the store when stored.
        RegisterEntry numbered = e;
        if (numbered.number.isEmpty())
            numbered.number = u"?"_s;
        for (const QString& problem : RequestRegister::problems(numbered))
            reader.refuse(problem);
    }
    for (const QString& problem : reader.problems())
        result.problems << Tr::tr("row %1: %2").arg(result.sheetRow).arg(problem);
    return result;
}

bool rowIsEmpty(const QList<SpreadsheetCell>& row) {
    for (const SpreadsheetCell& cell : row) {
        if (!cell.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

const QStringList& registerImportFields() {
    static const QStringList fields = {
        u"number"_s,  u"received"_s, u"channel"_s,    u"type"_s,         u"name"_s,
        u"contact"_s, u"subject"_s,  u"correction"_s, u"consultation"_s, u"extended"_s,
        u"replied"_s, u"outcome"_s,  u"fee"_s,        u"notes"_s,        u"ignore"_s};
    return fields;
}

std::optional<QHash<QString, QString>> parseRegisterColumnMap(const QString& text, QString* error) {
    QHash<QString, QString> map;
    for (const QString& pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        const QString header = pair.left(eq).trimmed();
        const QString field = pair.mid(eq + 1).trimmed();
        if (eq < 0 || header.isEmpty()) {
            *error = Tr::tr("--map \"%1\" is not 列名=field").arg(pair);
            return std::nullopt;
        }
        if (!registerImportFields().contains(field)) {
            *error = Tr::tr("--map: \"%1\" is not a field; use one of %2")
                         .arg(field, registerImportFields().join(u", "_s));
            return std::nullopt;
        }
        map.insert(folded(header), field);
    }
    return map;
}

int RegisterImport::recognisedCount() const {
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const auto& row) { return row.recognised(); }));
}

std::vector<RegisterEntry> RegisterImport::recognisedEntries() const {
    std::vector<RegisterEntry> entries;
    for (const RegisterImportRow& row : rows) {
        if (row.recognised())
            entries.push_back(row.entry);
    }
    return entries;
}

QString RegisterColumns::key() const {
    QStringList texts;
    for (const QString& header : headers)
        texts << header.trimmed();
    while (!texts.isEmpty() && texts.last().isEmpty())
        texts.removeLast();
    return texts.join(u'|');
}

QStringList RegisterColumns::problems() const {
    QStringList result;
    QHash<QString, QStringList> columnsOf;
    QStringList order;
    for (int column = 0; column < fields.size(); ++column) {
        const QString& field = fields[column];
        if (field == u"ignore" || field.isEmpty())
            continue;
        if (!columnsOf.contains(field))
            order << field;
        columnsOf[field] << headers.value(column);
    }
    for (const QString& field : order) {
        if (columnsOf.value(field).size() > 1)
            result << Tr::tr("%1 is chosen for more than one column: %2")
                          .arg(registerImportFieldName(field),
                               columnsOf.value(field).join(u"、"_s));
    }
    return result;
}

QString registerImportFieldName(const QString& field) {
    static const std::pair<const char16_t*, const char*> names[] = {
        {u"number", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Number")},
        {u"received", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Date received")},
        {u"channel", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "How received")},
        {u"type", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Applicant type")},
        {u"name", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Applicant")},
        {u"contact", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Contact")},
        {u"subject", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Information requested")},
        {u"correction", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Correction")},
        {u"consultation", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Third-party consultation")},
        {u"extended", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Extension")},
        {u"replied", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Date replied")},
        {u"outcome", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Outcome")},
        {u"fee", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Fee (10,000 yuan)")},
        {u"notes", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "Notes")},
        {u"ignore", QT_TRANSLATE_NOOP("nianbao::RegisterImport", "(not imported)")},
    };
    for (const auto& [key, name] : names) {
        if (field == QStringView(key))
            return Tr::tr(name);
    }
    return field;
}

namespace {

// Header text → field for one row; `mapped` counts the headers named in the folded map.
RegisterColumns columnsOfRow(const Spreadsheet& sheet, int row,
                             const QHash<QString, QString>& foldedMap, int* mapped) {
    RegisterColumns columns;
    columns.headerRow = row + 1;
    *mapped = 0;
    const int count = row < sheet.rows.size() ? static_cast<int>(sheet.rows[row].size()) : 0;
    for (int column = 0; column < count; ++column) {
        const QString text = sheet.cell(row, column).text.trimmed();
        columns.headers << text;
        const QString key = folded(text);
        QString field = text.isEmpty() ? QString() : foldedMap.value(key);
        if (!field.isEmpty())
            ++*mapped; // a header the clerk named counts however few there are
        else if (!text.isEmpty())
            field = headerNames().value(key);
        // The first column of a field wins: a second 「申请人」 column is named, not merged.
        if (field.isEmpty() || columns.fields.contains(field))
            field = u"ignore"_s;
        columns.fields << field;
    }
    return columns;
}

QHash<QString, QString> foldedKeys(const QHash<QString, QString>& columnMap) {
    QHash<QString, QString> result;
    for (auto it = columnMap.cbegin(); it != columnMap.cend(); ++it)
        result.insert(folded(it.key()), it.value());
    return result;
}

} // namespace

RegisterColumns recogniseRegisterColumns(const Spreadsheet& sheet, int headerRow,
                                         const QHash<QString, QString>& columnMap) {
    int mapped = 0;
    return columnsOfRow(sheet, headerRow - 1, foldedKeys(columnMap), &mapped);
}

std::optional<RegisterColumns> findRegisterColumns(const Spreadsheet& sheet,
                                                   const QHash<QString, QString>& columnMap,
                                                   QString* error) {
    const QHash<QString, QString> foldedMap = foldedKeys(columnMap);
    for (int row = 0; row < sheet.rows.size(); ++row) {
        int mapped = 0;
        RegisterColumns columns = columnsOfRow(sheet, row, foldedMap, &mapped);
        const auto fieldsRead = std::count_if(columns.fields.cbegin(), columns.fields.cend(),
                                              [](const QString& f) { return f != u"ignore"; });
        // Three recognised headers make a header row; so does a row holding every header the
        // clerk named with --map.
        const bool holdsTheMap = !foldedMap.isEmpty() && mapped == foldedMap.size();
        if (fieldsRead >= 3 || holdsTheMap)
            return columns;
    }
    *error = Tr::tr("no header row found: no row names at least three of 编号, 收到日期, "
                    "申请人类型, 申请方式, 申请内容, 答复日期, 办理结果, 备注 (name the "
                    "columns with --map 列名=field,…)");
    return std::nullopt;
}

RegisterImport importRegisterRows(const Spreadsheet& sheet, const QString& agency,
                                  const RegisterColumns& columns,
                                  const QSet<QString>& numbersTaken) {
    RegisterImport result;
    result.headerRow = columns.headerRow;
    QHash<int, QString> headers;
    for (int column = 0; column < columns.fields.size(); ++column) {
        const QString& header = columns.headers.value(column);
        headers.insert(column, header);
        if (columns.fields[column] != u"ignore") {
            result.fieldOfColumn.insert(column, columns.fields[column]);
        } else if (!header.isEmpty() && headerNames().value(folded(header)) != u"ignore") {
            result.unrecognisedHeaders << header; // 截止日期 is computed, not missed
        }
    }
    QSet<QString> taken = numbersTaken;
    for (int row = columns.headerRow; row < sheet.rows.size(); ++row) {
        if (rowIsEmpty(sheet.rows[row]))
            continue;
        RegisterImportRow read = readRow(sheet, row, agency, result.fieldOfColumn, headers);
        const QString& number = read.entry.number;
        if (read.recognised() && !number.isEmpty()) {
            if (taken.contains(number))
                read.problems
                    << Tr::tr("row %1: %2")
                           .arg(read.sheetRow)
                           .arg(Tr::tr("the register already has a request %1").arg(number));
            taken.insert(number);
        }
        // A sheet imported twice gets new numbers the second time: the same request (day,
        // applicant, type, subject) is what gives it away.
        if (read.recognised()) {
            const QString same = registerEntryKey(read.entry);
            if (taken.contains(same))
                read.problems << Tr::tr("row %1: %2")
                                     .arg(read.sheetRow)
                                     .arg(Tr::tr("the register already has this request (received "
                                                 "%1, the same applicant and subject)")
                                              .arg(read.entry.received.toString(Qt::ISODate)));
            taken.insert(same);
        }
        result.rows.push_back(std::move(read));
    }
    return result;
}

QString registerEntryKey(const RegisterEntry& entry) {
    // A character no number contains keeps the keys apart from the numbers in one set.
    return u"\x1f"_s + entry.received.toString(Qt::ISODate) + u'\x1f' + entry.applicantType +
           u'\x1f' + entry.applicantName.trimmed() + u'\x1f' + entry.subject.trimmed();
}

QSet<QString> registerKeysOf(const std::vector<RegisterEntry>& entries) {
    QSet<QString> keys;
    for (const RegisterEntry& entry : entries) {
        keys.insert(entry.number);
        keys.insert(registerEntryKey(entry));
    }
    return keys;
}

std::vector<RegisterImportRow> readRegisterRows(const Spreadsheet& sheet, int firstRow,
                                                const QString& agency,
                                                const QHash<int, QString>& fieldOfColumn,
                                                const QHash<int, QString>& headers) {
    std::vector<RegisterImportRow> rows;
    for (int row = firstRow; row < sheet.rows.size(); ++row) {
        if (!rowIsEmpty(sheet.rows[row]))
            rows.push_back(readRow(sheet, row, agency, fieldOfColumn, headers));
    }
    return rows;
}

std::optional<RegisterImport> readRegisterSheet(const Spreadsheet& sheet, const QString& agency,
                                                const QHash<QString, QString>& columnMap,
                                                QString* error) {
    const auto columns = findRegisterColumns(sheet, columnMap, error);
    if (!columns)
        return std::nullopt;
    return importRegisterRows(sheet, agency, *columns);
}

} // namespace nianbao
