#pragma once

#include <QHash>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace nianbao {

struct JsonValue;

// A typed reference to one cell of a form: its position in FormDefinition::cells().
// Cells are addressed through this everywhere; string ids exist only in the definition
// file, the exchange format and the database.
struct CellRef {
    quint16 index = 0xFFFF;

    bool isValid() const { return index != 0xFFFF; }
    bool operator==(const CellRef&) const = default;
    auto operator<=>(const CellRef&) const = default;
};

inline size_t qHash(CellRef ref, size_t seed = 0) {
    return ::qHash(ref.index, seed);
}

enum class CellKind : quint8 { Count, Amount };

enum class Severity : quint8 { Error, Warning, Info };

// One key of a table's row or column dimension (e.g. t3's `natural`, t4's `review`).
struct Dimension {
    QString key;
    QString label;      // official label, character for character
    QString shortLabel; // used in messages; the label where the form gives no shorter one
    bool isTotal = false;
};

struct CellDefinition {
    CellRef ref;
    QString id; // "t3.new.natural"
    int table = 0;
    int row = 0;    // index into TableDefinition::rows
    int column = 0; // index into TableDefinition::columns
    CellKind kind = CellKind::Count;
    bool isTotal = false;
    bool notApplicableAllowed = false; // 「/」 is a valid entry (the 规章 row)
};

// One box of the printed grid: a heading, a header label, a row label or a value cell.
struct GridCell {
    enum class Kind : quint8 { Heading, Corner, ColumnHeader, RowHeader, Value };
    Kind kind = Kind::Value;
    QString text; // empty for Value
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    CellRef cell; // Value only
};

// A block of a table with its own header: t2 has four (one per article), t3 and t4 one.
struct TableSection {
    QString heading; // full-width line above the header, e.g. 第二十条第（一）项
    int headerRows = 0;
    int labelColumns = 0;
    int rowCount = 0; // grid rows including heading and header rows
    std::vector<GridCell> grid;
};

struct TableDefinition {
    QString id; // "t2"
    QString title;
    int part = 0;        // number of the report part it belongs to (1–6)
    int gridColumns = 0; // the widest section's label columns plus value columns
    std::vector<Dimension> rows;
    std::vector<Dimension> columns;
    std::vector<TableSection> sections;
    std::vector<CellRef> cells; // in reading order
};

struct TextDefinition {
    QString id; // "overview.active"
    QString label;
    bool optional = false;
};

struct PartDefinition {
    int number = 0;
    QString heading;        // 一、总体情况
    int table = -1;         // index into tables(), or -1
    std::vector<int> texts; // indices into texts()
};

// One term of an arithmetic rule: a cell of this year's or last year's report, added or
// subtracted.
struct RuleTerm {
    CellRef cell;
    bool previousYear = false;
    bool negated = false;
    QString label;
};

// An arithmetic rule expanded for one row or column: left (= or ≥) right.
struct Equation {
    QString rule; // "R1"
    Severity severity = Severity::Error;
    bool atLeast = false; // left ≥ right instead of left = right
    QString scope;        // 自然人列
    std::vector<RuleTerm> left;
    std::vector<RuleTerm> right;
    QString leftSummary; // names a long side instead of listing its terms
    QString rightSummary;
    bool needsPreviousYear = false;
};

// Named groups of cells that the non-arithmetic rules need (the narrative rules know what
// "applications received" means in Chinese; the definition says which cells hold it).
enum class Fact : int {
    RequestsNew,
    RequestsNewNatural,
    RequestsCarriedIn,
    RequestsConcluded,
    RequestsCarriedOver,
    OutcomeGranted,
    OutcomePartial,
    OutcomeDenied,
    OutcomeUnable,
    OutcomeRejected,
    OutcomeOther,
    FeesUnpaid,
    Regulations,
    NormativeIssued,
    LicensingDecisions,
    PenaltyDecisions,
    FeeAmount,
    ReviewTotal,
    LitigationTotal,
    ReviewNotUpheld,
    LitigationNotUpheld,
    ReviewAndLitigationTotals,
    Count_
};

// The official form as loaded from its definition file: tables, cells, labels, layout and
// arithmetic rules. Immutable once loaded; shared by every report of that form.
class FormDefinition {
public:
    // Parses a definition; on failure returns nullptr and a message naming the key at fault.
    static std::shared_ptr<const FormDefinition> fromJson(const QByteArray& json, QString* error);
    // The definitions built into the program (Qt resources), by form id; nullptr if unknown.
    static std::shared_ptr<const FormDefinition> builtIn(const QString& formId);
    static QString defaultFormId() { return QStringLiteral("gov-disclosure-2021"); }

    const QString& id() const { return m_id; }
    const QString& name() const { return m_name; }
    QString reportTitle(const QString& agency, int year) const;

    const std::vector<TableDefinition>& tables() const { return m_tables; }
    const std::vector<CellDefinition>& cells() const { return m_cells; }
    const std::vector<TextDefinition>& texts() const { return m_texts; }
    const std::vector<PartDefinition>& parts() const { return m_parts; }
    const std::vector<Equation>& equations() const { return m_equations; }
    const std::vector<CellRef>& fact(Fact f) const { return m_facts[static_cast<int>(f)]; }

    const CellDefinition& cell(CellRef ref) const { return m_cells[ref.index]; }
    const TableDefinition& tableOf(CellRef ref) const { return m_tables[cell(ref).table]; }
    std::optional<CellRef> findCell(QStringView id) const;
    int findText(QStringView id) const; // -1 if unknown
    int findTable(QStringView id) const;

    // 「自然人·本年新收」: the row and column labels that name a cell in messages.
    QString cellLabel(CellRef ref) const;
    const QString& rowLabel(CellRef ref) const;
    const QString& columnLabel(CellRef ref) const;

private:
    friend class FormDefinitionLoader;
    QString m_id;
    QString m_name;
    QString m_titleTemplate;
    std::vector<TableDefinition> m_tables;
    std::vector<CellDefinition> m_cells;
    std::vector<TextDefinition> m_texts;
    std::vector<PartDefinition> m_parts;
    std::vector<Equation> m_equations;
    std::array<std::vector<CellRef>, static_cast<int>(Fact::Count_)> m_facts;
    QHash<QString, CellRef> m_cellsById;
};

} // namespace nianbao
