#include "model/editing/reportdocument.h"

#include "model/core/validator.h"
#include "model/editing/tablesentences.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <set>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportDocument)
};

// A change of cells, with the totals that sum them and the generated sentences that quote
// them: one undo step, so undo and redo never leave a sentence out of step with its table.
class CellsCommand : public QUndoCommand {
public:
    CellsCommand(ReportDocument* document, std::vector<CellChange> changes,
                 std::vector<TextChange> texts, const QString& text)
        : QUndoCommand(text)
        , m_document(document)
        , m_changes(std::move(changes))
        , m_texts(std::move(texts)) {}
    void redo() override { m_document->applyChanges(m_changes, m_texts, true); }
    void undo() override { m_document->applyChanges(m_changes, m_texts, false); }

private:
    ReportDocument* m_document;
    std::vector<CellChange> m_changes;
    std::vector<TextChange> m_texts;
};

// Typing in one text merges into one step, as in any editor.
class TextCommand : public QUndoCommand {
public:
    static constexpr int kId = 1;
    TextCommand(ReportDocument* document, int text, QString before, QString after)
        : QUndoCommand(Tr::tr("Edit text"))
        , m_document(document)
        , m_text(text)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const TextCommand*>(other);
        if (next->m_text != m_text)
            return false;
        m_after = next->m_after;
        return true;
    }
    void redo() override { m_document->applyText(m_text, m_after); }
    void undo() override { m_document->applyText(m_text, m_before); }

private:
    ReportDocument* m_document;
    int m_text;
    QString m_before;
    QString m_after;
};

struct Metadata {
    QString agency;
    int year = 0;
    AgencyLevel level = AgencyLevel::Unknown;
};

class MetadataCommand : public QUndoCommand {
public:
    MetadataCommand(ReportDocument* document, Metadata before, Metadata after)
        : QUndoCommand(Tr::tr("Edit basic information"))
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}
    void redo() override { m_document->applyMetadata(m_after.agency, m_after.year, m_after.level); }
    void undo() override {
        m_document->applyMetadata(m_before.agency, m_before.year, m_before.level);
    }

private:
    ReportDocument* m_document;
    Metadata m_before;
    Metadata m_after;
};

} // namespace

ReportDocument::ReportDocument(Report report, std::optional<Report> previousYear, QObject* parent)
    : QObject(parent)
    , m_report(std::move(report))
    , m_previous(std::move(previousYear)) {
    const FormDefinition& form = m_report.form();
    m_isTotal.assign(form.cells().size(), false);
    // A total is the left side of an error equation that sums this year's cells.
    for (const Equation& eq : form.equations()) {
        if (eq.severity != Severity::Error || eq.atLeast || eq.needsPreviousYear ||
            eq.left.size() != 1 || !form.cell(eq.left[0].cell).isTotal)
            continue;
        TotalFormula formula{eq.left[0].cell, {}};
        bool plainSum = true;
        for (const RuleTerm& t : eq.right) {
            plainSum = plainSum && !t.negated && !t.previousYear;
            formula.parts.push_back(t.cell);
        }
        if (!plainSum)
            continue;
        m_isTotal[formula.total.index] = true;
        m_formulas.push_back(std::move(formula));
    }
    revalidate();
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::setReadOnly(bool readOnly) {
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

bool ReportDocument::isComputedTotal(CellRef cell) const {
    return cell.isValid() && cell.index < m_isTotal.size() && m_isTotal[cell.index];
}

void ReportDocument::setCellSources(const std::map<QString, QString>& sources) {
    std::vector<bool> fromRegister(form().cells().size(), false);
    for (const auto& [id, source] : sources) {
        if (const auto cell = form().findCell(id); cell && source == u"register")
            fromRegister[cell->index] = true;
    }
    if (fromRegister == m_fromRegister)
        return;
    m_fromRegister = std::move(fromRegister);
    Q_EMIT cellSourcesChanged();
}

bool ReportDocument::isFromRegister(CellRef cell) const {
    return cell.isValid() && cell.index < m_fromRegister.size() && m_fromRegister[cell.index];
}

bool ReportDocument::hasCellsFromRegister() const {
    return std::find(m_fromRegister.begin(), m_fromRegister.end(), true) != m_fromRegister.end();
}

std::optional<CellValue> ReportDocument::sumOf(const TotalFormula& formula,
                                               const std::vector<CellValue>& values) const {
    Decimal sum;
    bool any = false;
    for (CellRef part : formula.parts) {
        const CellValue& v = values[part.index];
        if (v.isEmpty())
            continue; // still being filled in: the sum so far
        if (!v.isNumber())
            return std::nullopt; // 「/」, a dash or unreadable: nothing to add up
        sum += v.number;
        any = true;
    }
    return any ? CellValue::of(sum) : CellValue::empty();
}

std::vector<CellChange>
ReportDocument::changesFor(const std::vector<std::pair<CellRef, CellValue>>& values,
                           bool recomputeAllTotals) const {
    std::vector<CellValue> scratch = m_report.values();
    std::set<quint16> changed;
    for (const auto& [cell, value] : values) {
        scratch[cell.index] = value;
        changed.insert(cell.index);
    }
    // Totals of totals (t3's 总计 of 总计) settle within a few passes.
    for (int pass = 0; pass < 4; ++pass) {
        bool moved = false;
        for (const TotalFormula& f : m_formulas) {
            const bool affected =
                recomputeAllTotals || std::any_of(f.parts.begin(), f.parts.end(), [&](CellRef p) {
                    return changed.count(p.index) > 0;
                });
            if (!affected)
                continue;
            const auto sum = sumOf(f, scratch);
            if (!sum || *sum == scratch[f.total.index])
                continue;
            scratch[f.total.index] = *sum;
            changed.insert(f.total.index);
            moved = true;
        }
        if (!moved)
            break;
    }
    std::vector<CellChange> changes;
    for (quint16 index : changed) {
        const CellRef ref{index};
        if (!(scratch[index] == m_report.value(ref)))
            changes.push_back({ref, m_report.value(ref), scratch[index]});
    }
    return changes;
}

void ReportDocument::setCellValue(CellRef cell, const CellValue& value) {
    setCellValues({{cell, value}}, Tr::tr("Edit %1").arg(form().cellLabel(cell)));
}

void ReportDocument::setCellValues(const std::vector<std::pair<CellRef, CellValue>>& values,
                                   const QString& description) {
    if (m_readOnly)
        return;
    auto changes = changesFor(values);
    if (changes.empty())
        return;
    auto texts = sentenceChangesFor(changes);
    m_undo.push(new CellsCommand(this, std::move(changes), std::move(texts), description));
}

std::vector<TextChange>
ReportDocument::sentenceChangesFor(const std::vector<CellChange>& changes) const {
    Report after = m_report;
    for (const CellChange& c : changes)
        after.setValue(c.cell, c.after);
    std::vector<TextChange> texts;
    for (auto kind : {TableSentences::Kind::Requests, TableSentences::Kind::Cases}) {
        const auto before = TableSentences::sentence(m_report, kind);
        const auto now = TableSentences::sentence(after, kind);
        if (!before || !now || *before == *now)
            continue;
        const int index = form().findText(TableSentences::textFor(kind));
        if (index < 0)
            continue;
        const QString& body = m_report.text(index);
        if (!body.contains(*before))
            continue; // never inserted, or its figures were edited by hand
        texts.push_back({index, body, QString(body).replace(*before, *now)});
    }
    return texts;
}

void ReportDocument::fillEmptyWithZero(int table) {
    std::vector<std::pair<CellRef, CellValue>> zeros;
    for (CellRef ref : form().tables()[table].cells) {
        if (m_report.value(ref).isEmpty() && !isComputedTotal(ref))
            zeros.emplace_back(ref, CellValue::of(0));
    }
    setCellValues(zeros, Tr::tr("Fill the empty cells with 0"));
}

void ReportDocument::recomputeTotals() {
    if (m_readOnly)
        return;
    auto changes = changesFor({}, true);
    if (changes.empty())
        return;
    auto texts = sentenceChangesFor(changes);
    m_undo.push(new CellsCommand(this, std::move(changes), std::move(texts),
                                 Tr::tr("Recompute the totals")));
}

void ReportDocument::setText(int text, const QString& body) {
    if (m_readOnly || m_report.text(text) == body)
        return;
    m_undo.push(new TextCommand(this, text, m_report.text(text), body));
}

void ReportDocument::setMetadata(const QString& agency, int year, AgencyLevel level) {
    if (m_readOnly)
        return;
    Metadata before{m_report.agency, m_report.year, m_report.level};
    if (before.agency == agency && before.year == year && before.level == level)
        return;
    m_undo.push(new MetadataCommand(this, before, {agency, year, level}));
}

void ReportDocument::applyChanges(const std::vector<CellChange>& changes,
                                  const std::vector<TextChange>& texts, bool forward) {
    std::vector<CellRef> cells;
    cells.reserve(changes.size());
    for (const CellChange& c : changes) {
        m_report.setValue(c.cell, forward ? c.after : c.before);
        cells.push_back(c.cell);
    }
    for (const TextChange& t : texts)
        m_report.setText(t.text, forward ? t.after : t.before);
    revalidate();
    Q_EMIT cellsChanged(cells);
    for (const TextChange& t : texts)
        Q_EMIT textChanged(t.text);
    Q_EMIT findingsChanged();
}

void ReportDocument::applyText(int text, const QString& body) {
    m_report.setText(text, body);
    revalidate();
    Q_EMIT textChanged(text);
    Q_EMIT findingsChanged();
}

void ReportDocument::applyMetadata(const QString& agency, int year, AgencyLevel level) {
    m_report.agency = agency;
    m_report.year = year;
    m_report.level = level;
    revalidate();
    Q_EMIT metadataChanged();
    Q_EMIT findingsChanged();
}

void ReportDocument::revalidate() {
    m_findings = Validator::check(m_report, previousYear());
    m_findingsByCell.assign(form().cells().size(), {});
    for (size_t i = 0; i < m_findings.size(); ++i) {
        for (CellRef ref : m_findings[i].cells)
            m_findingsByCell[ref.index].push_back(static_cast<int>(i));
    }
}

std::optional<Severity> ReportDocument::severityOf(CellRef cell) const {
    std::optional<Severity> worst;
    for (int i : m_findingsByCell[cell.index]) {
        const Finding& f = m_findings[i];
        if (f.severity == Severity::Warning && isAcknowledged(f))
            continue;
        if (!worst || static_cast<int>(f.severity) < static_cast<int>(*worst))
            worst = f.severity;
    }
    return worst;
}

std::vector<const Finding*> ReportDocument::findingsFor(CellRef cell) const {
    std::vector<const Finding*> out;
    for (int i : m_findingsByCell[cell.index])
        out.push_back(&m_findings[i]);
    return out;
}

int ReportDocument::count(Severity severity) const {
    return Validator::countOf(m_findings, severity);
}

bool ReportDocument::isAcknowledged(const Finding& finding) const {
    return m_acknowledged.count(findingKey(finding, form())) > 0;
}

QString ReportDocument::acknowledgement(const Finding& finding) const {
    const auto it = m_acknowledged.find(findingKey(finding, form()));
    return it == m_acknowledged.end() ? QString() : it->second;
}

void ReportDocument::setAcknowledgements(std::map<QString, QString> acknowledged) {
    m_acknowledged = std::move(acknowledged);
    Q_EMIT findingsChanged();
}

void ReportDocument::acknowledge(const Finding& finding, const QString& reason) {
    if (m_readOnly || reason.trimmed().isEmpty())
        return;
    const QString key = findingKey(finding, form());
    m_acknowledged[key] = reason.trimmed();
    Q_EMIT acknowledged(key, reason.trimmed());
    Q_EMIT findingsChanged();
}

} // namespace nianbao
