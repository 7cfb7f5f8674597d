#include "model/core/formdefinition.h"

#include "model/core/json.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::FormDefinition)
};

struct FactName {
    Fact fact;
    const char16_t* name;
};

constexpr FactName kFactNames[] = {
    {Fact::RequestsNew, u"requestsNew"},
    {Fact::RequestsNewNatural, u"requestsNewNatural"},
    {Fact::RequestsCarriedIn, u"requestsCarriedIn"},
    {Fact::RequestsConcluded, u"requestsConcluded"},
    {Fact::RequestsCarriedOver, u"requestsCarriedOver"},
    {Fact::OutcomeGranted, u"outcomeGranted"},
    {Fact::OutcomePartial, u"outcomePartial"},
    {Fact::OutcomeDenied, u"outcomeDenied"},
    {Fact::OutcomeUnable, u"outcomeUnable"},
    {Fact::OutcomeRejected, u"outcomeRejected"},
    {Fact::OutcomeOther, u"outcomeOther"},
    {Fact::FeesUnpaid, u"feesUnpaid"},
    {Fact::Regulations, u"regulations"},
    {Fact::NormativeIssued, u"normativeIssued"},
    {Fact::LicensingDecisions, u"licensingDecisions"},
    {Fact::PenaltyDecisions, u"penaltyDecisions"},
    {Fact::FeeAmount, u"feeAmount"},
    {Fact::ReviewTotal, u"reviewTotal"},
    {Fact::LitigationTotal, u"litigationTotal"},
    {Fact::ReviewNotUpheld, u"reviewNotUpheld"},
    {Fact::LitigationNotUpheld, u"litigationNotUpheld"},
    {Fact::ReviewAndLitigationTotals, u"reviewAndLitigationTotals"},
};
static_assert(std::size(kFactNames) == static_cast<size_t>(Fact::Count_));

// A node of a header tree as written in the definition.
struct HeaderNode {
    QString key;
    QString label;
    QString shortLabel;
    bool isTotal = false;
    bool isAmount = false;
    bool notApplicable = false;
    std::vector<HeaderNode> children;
    int firstLeaf = 0;
    int leafCount = 0;
};

struct LeafPath {
    std::vector<const HeaderNode*> nodes; // root to leaf
};

} // namespace

// Builds a FormDefinition from its JSON text; every failure names the place in the file.
class FormDefinitionLoader {
public:
    std::shared_ptr<FormDefinition> load(const QByteArray& json, QString* error) {
        JsonError jsonError;
        auto root = parseJson(json, &jsonError);
        if (!root) {
            fail(Tr::tr("not valid JSON (line %1): %2").arg(jsonError.line).arg(jsonError.message));
        } else {
            loadRoot(*root);
        }
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return nullptr;
        }
        return m_form;
    }

private:
    bool fail(const QString& message) {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    bool failAt(const QString& path, const QString& message) {
        return fail(QStringLiteral("%1: %2").arg(path, message));
    }

    const JsonValue* require(const JsonValue& object, const QString& path, const char16_t* key,
                             JsonValue::Type type) {
        const JsonValue* v = object.isObject() ? object.member(QStringView(key)) : nullptr;
        if (!v) {
            failAt(path, Tr::tr("missing key \"%1\"").arg(QStringView(key)));
            return nullptr;
        }
        if (v->type != type) {
            failAt(path + u'.' + QString::fromUtf16(key), Tr::tr("has the wrong type"));
            return nullptr;
        }
        return v;
    }

    QString optionalString(const JsonValue& object, const char16_t* key) {
        const JsonValue* v = object.member(QStringView(key));
        return v && v->isString() ? v->text : QString();
    }

    bool optionalBool(const JsonValue& object, const char16_t* key) {
        const JsonValue* v = object.member(QStringView(key));
        return v && v->isBool() && v->boolean;
    }

    void loadRoot(const JsonValue& root) {
        if (!root.isObject()) {
            fail(Tr::tr("the definition must be a JSON object"));
            return;
        }
        const JsonValue* schema =
            require(root, u"definition"_s, u"schema", JsonValue::Type::String);
        if (!schema)
            return;
        if (schema->text != u"nianbao-form/1") {
            failAt(u"schema"_s,
                   Tr::tr("unsupported \"%1\"; expected \"nianbao-form/1\"").arg(schema->text));
            return;
        }
        const JsonValue* id = require(root, u"definition"_s, u"id", JsonValue::Type::String);
        const JsonValue* title = require(root, u"definition"_s, u"title", JsonValue::Type::String);
        if (!id || !title)
            return;
        m_form = std::make_shared<FormDefinition>();
        m_form->m_id = id->text;
        m_form->m_name = optionalString(root, u"name");
        m_form->m_titleTemplate = title->text;

        if (!loadTexts(root) || !loadTables(root) || !loadParts(root) || !loadRules(root) ||
            !loadFacts(root))
            return;
        for (const auto& cell : m_form->m_cells)
            m_form->m_cellsById.insert(cell.id, cell.ref);
    }

    bool loadTexts(const JsonValue& root) {
        const JsonValue* texts = require(root, u"definition"_s, u"texts", JsonValue::Type::Array);
        if (!texts)
            return false;
        for (size_t i = 0; i < texts->elements.size(); ++i) {
            const QString path = QStringLiteral("texts[%1]").arg(i);
            const JsonValue& t = texts->elements[i];
            const JsonValue* id = require(t, path, u"id", JsonValue::Type::String);
            const JsonValue* label = require(t, path, u"label", JsonValue::Type::String);
            if (!id || !label)
                return false;
            if (m_form->findText(id->text) >= 0)
                return failAt(path, Tr::tr("the text id \"%1\" is defined twice").arg(id->text));
            m_form->m_texts.push_back({id->text, label->text, optionalBool(t, u"optional")});
        }
        return true;
    }

    bool loadParts(const JsonValue& root) {
        const JsonValue* parts = require(root, u"definition"_s, u"parts", JsonValue::Type::Array);
        if (!parts)
            return false;
        for (size_t i = 0; i < parts->elements.size(); ++i) {
            const QString path = QStringLiteral("parts[%1]").arg(i);
            const JsonValue& p = parts->elements[i];
            const JsonValue* heading = require(p, path, u"heading", JsonValue::Type::String);
            if (!heading)
                return false;
            PartDefinition part;
            part.number = static_cast<int>(i) + 1;
            part.heading = heading->text;
            if (const JsonValue* table = p.member(u"table")) {
                part.table = m_form->findTable(table->text);
                if (part.table < 0)
                    return failAt(path + u".table"_s,
                                  Tr::tr("unknown table \"%1\"").arg(table->text));
                m_form->m_tables[part.table].part = part.number;
            }
            if (const JsonValue* texts = p.member(u"texts")) {
                for (const auto& t : texts->elements) {
                    const int index = m_form->findText(t.text);
                    if (index < 0)
                        return failAt(path + u".texts"_s,
                                      Tr::tr("unknown text \"%1\"").arg(t.text));
                    part.texts.push_back(index);
                }
            }
            m_form->m_parts.push_back(std::move(part));
        }
        return true;
    }

    bool loadNode(const JsonValue& json, const QString& path, HeaderNode& node, int depth) {
        if (!json.isObject())
            return failAt(path, Tr::tr("must be an object"));
        if (depth > 6)
            return failAt(path, Tr::tr("header nested too deep"));
        node.key = optionalString(json, u"key");
        node.label = optionalString(json, u"label");
        node.shortLabel = optionalString(json, u"short");
        node.isTotal = optionalBool(json, u"total");
        node.isAmount = optionalString(json, u"kind") == u"amount";
        node.notApplicable = optionalBool(json, u"notApplicable");
        if (const JsonValue* kind = json.member(u"kind");
            kind && kind->text != u"amount" && kind->text != u"count")
            return failAt(path + u".kind"_s, Tr::tr("must be \"count\" or \"amount\""));
        if (const JsonValue* children = json.member(u"children")) {
            if (!children->isArray() || children->elements.empty())
                return failAt(path + u".children"_s, Tr::tr("must be a non-empty array"));
            for (size_t i = 0; i < children->elements.size(); ++i) {
                node.children.emplace_back();
                if (!loadNode(children->elements[i],
                              QStringLiteral("%1.children[%2]").arg(path).arg(i),
                              node.children.back(), depth + 1))
                    return false;
            }
        }
        return true;
    }

    static int assignLeaves(HeaderNode& node, int first, int depth, int& maxDepth) {
        node.firstLeaf = first;
        if (node.children.empty()) {
            node.leafCount = 1;
            maxDepth = std::max(maxDepth, depth + 1);
            return 1;
        }
        int count = 0;
        for (auto& child : node.children)
            count += assignLeaves(child, first + count, depth + 1, maxDepth);
        node.leafCount = count;
        return count;
    }

    static void collectLeaves(const HeaderNode& node, std::vector<const HeaderNode*>& stack,
                              std::vector<LeafPath>& out) {
        stack.push_back(&node);
        if (node.children.empty())
            out.push_back({stack});
        for (const auto& child : node.children)
            collectLeaves(child, stack, out);
        stack.pop_back();
    }

    struct SectionSource {
        QString path;
        QString heading;
        QString corner;
        std::vector<HeaderNode> rows;
        std::vector<HeaderNode> columns;
        int rowDepth = 0;
        int columnDepth = 0;
        int rowLeaves = 0;
        int columnLeaves = 0;
    };

    bool loadTables(const JsonValue& root) {
        const JsonValue* tables = require(root, u"definition"_s, u"tables", JsonValue::Type::Array);
        if (!tables)
            return false;
        for (size_t t = 0; t < tables->elements.size(); ++t) {
            const QString path = QStringLiteral("tables[%1]").arg(t);
            if (!loadTable(tables->elements[t], path, static_cast<int>(t)))
                return false;
        }
        if (m_form->m_tables.empty())
            return failAt(u"tables"_s, Tr::tr("the form defines no table"));
        return true;
    }

    bool loadTable(const JsonValue& json, const QString& path, int tableIndex) {
        const JsonValue* id = require(json, path, u"id", JsonValue::Type::String);
        const JsonValue* sections = require(json, path, u"sections", JsonValue::Type::Array);
        if (!id || !sections)
            return false;
        if (m_form->findTable(id->text) >= 0)
            return failAt(path, Tr::tr("the table id \"%1\" is defined twice").arg(id->text));
        TableDefinition table;
        table.id = id->text;
        table.title = optionalString(json, u"title");

        std::vector<SectionSource> sources(sections->elements.size());
        for (size_t s = 0; s < sources.size(); ++s) {
            SectionSource& src = sources[s];
            const JsonValue& sj = sections->elements[s];
            src.path = QStringLiteral("%1.sections[%2]").arg(path).arg(s);
            const JsonValue* rows = require(sj, src.path, u"rows", JsonValue::Type::Array);
            const JsonValue* columns = require(sj, src.path, u"columns", JsonValue::Type::Array);
            if (!rows || !columns)
                return false;
            if (rows->elements.empty() || columns->elements.empty())
                return failAt(src.path, Tr::tr("a section needs at least one row and one column"));
            src.heading = optionalString(sj, u"heading");
            src.corner = optionalString(sj, u"corner");
            for (size_t i = 0; i < rows->elements.size(); ++i) {
                src.rows.emplace_back();
                if (!loadNode(rows->elements[i], QStringLiteral("%1.rows[%2]").arg(src.path).arg(i),
                              src.rows.back(), 0))
                    return false;
            }
            for (size_t i = 0; i < columns->elements.size(); ++i) {
                src.columns.emplace_back();
                if (!loadNode(columns->elements[i],
                              QStringLiteral("%1.columns[%2]").arg(src.path).arg(i),
                              src.columns.back(), 0))
                    return false;
            }
            for (auto& node : src.rows)
                src.rowLeaves += assignLeaves(node, src.rowLeaves, 0, src.rowDepth);
            for (auto& node : src.columns)
                src.columnLeaves += assignLeaves(node, src.columnLeaves, 0, src.columnDepth);
            // A section whose only row has no label (t4) has no label column at all.
            const bool anonymousRows =
                src.rows.size() == 1 && src.rows[0].children.empty() && src.rows[0].label.isEmpty();
            if (anonymousRows)
                src.rowDepth = 0;
            table.gridColumns = std::max(table.gridColumns, src.rowDepth + src.columnLeaves);
        }
        for (auto& src : sources) {
            if (!layoutSection(src, table, tableIndex))
                return false;
        }
        m_form->m_tables.push_back(std::move(table));
        return true;
    }

    int dimensionIndex(std::vector<Dimension>& dims, const HeaderNode& node) {
        for (size_t i = 0; i < dims.size(); ++i) {
            if (dims[i].key == node.key) {
                dims[i].isTotal = dims[i].isTotal || node.isTotal;
                return static_cast<int>(i);
            }
        }
        dims.push_back({node.key, node.label,
                        node.shortLabel.isEmpty() ? node.label : node.shortLabel, node.isTotal});
        return static_cast<int>(dims.size()) - 1;
    }

    bool layoutSection(const SectionSource& src, TableDefinition& table, int tableIndex) {
        TableSection section;
        section.heading = src.heading;
        section.labelColumns = src.rowDepth;
        section.headerRows = src.columnDepth;
        int gridRow = 0;
        if (!src.heading.isEmpty()) {
            section.grid.push_back(
                {GridCell::Kind::Heading, src.heading, 0, 0, 1, table.gridColumns, {}});
            gridRow = 1;
        }
        const int headerTop = gridRow;
        const int bodyTop = headerTop + section.headerRows;
        const int valueColumns = table.gridColumns - section.labelColumns;
        // The last leaf column widens to fill the grid (t2's one-column blocks).
        auto columnSpanOf = [&](int firstLeaf, int leafCount) {
            return firstLeaf + leafCount == src.columnLeaves ? valueColumns - firstLeaf : leafCount;
        };
        if (section.labelColumns > 0) {
            section.grid.push_back({GridCell::Kind::Corner,
                                    src.corner,
                                    headerTop,
                                    0,
                                    section.headerRows,
                                    section.labelColumns,
                                    {}});
        }
        std::vector<std::pair<const HeaderNode*, int>> stack;
        for (const auto& node : src.columns)
            stack.push_back({&node, 0});
        while (!stack.empty()) {
            auto [node, depth] = stack.back();
            stack.pop_back();
            const bool leaf = node->children.empty();
            section.grid.push_back({GridCell::Kind::ColumnHeader,
                                    node->label,
                                    headerTop + depth,
                                    section.labelColumns + node->firstLeaf,
                                    leaf ? section.headerRows - depth : 1,
                                    columnSpanOf(node->firstLeaf, node->leafCount),
                                    {}});
            for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
                stack.push_back({&*it, depth + 1});
        }
        if (section.labelColumns > 0) {
            for (const auto& node : src.rows)
                stack.push_back({&node, 0});
            while (!stack.empty()) {
                auto [node, depth] = stack.back();
                stack.pop_back();
                const bool leaf = node->children.empty();
                section.grid.push_back({GridCell::Kind::RowHeader,
                                        node->label,
                                        bodyTop + node->firstLeaf,
                                        depth,
                                        node->leafCount,
                                        leaf ? section.labelColumns - depth : 1,
                                        {}});
                for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
                    stack.push_back({&*it, depth + 1});
            }
        }

        std::vector<LeafPath> rowLeaves;
        std::vector<LeafPath> columnLeaves;
        std::vector<const HeaderNode*> scratch;
        for (const auto& node : src.rows)
            collectLeaves(node, scratch, rowLeaves);
        for (const auto& node : src.columns)
            collectLeaves(node, scratch, columnLeaves);
        for (size_t r = 0; r < rowLeaves.size(); ++r) {
            for (size_t c = 0; c < columnLeaves.size(); ++c) {
                std::vector<const HeaderNode*> keyed;
                bool isTotal = false;
                bool isAmount = false;
                bool notApplicable = false;
                for (const auto* path : {&rowLeaves[r], &columnLeaves[c]}) {
                    for (const HeaderNode* n : path->nodes) {
                        if (!n->key.isEmpty())
                            keyed.push_back(n);
                        isTotal = isTotal || n->isTotal;
                        isAmount = isAmount || n->isAmount;
                        notApplicable = notApplicable || n->notApplicable;
                    }
                }
                if (keyed.size() != 2) {
                    return failAt(
                        src.path,
                        Tr::tr("row %1, column %2: a value cell needs exactly two keys on its "
                               "row and column paths, found %3")
                            .arg(r + 1)
                            .arg(c + 1)
                            .arg(keyed.size()));
                }
                CellDefinition cell;
                cell.ref.index = static_cast<quint16>(m_form->m_cells.size());
                cell.id = table.id + u'.' + keyed[0]->key + u'.' + keyed[1]->key;
                cell.table = tableIndex;
                cell.row = dimensionIndex(table.rows, *keyed[0]);
                cell.column = dimensionIndex(table.columns, *keyed[1]);
                cell.kind = isAmount ? CellKind::Amount : CellKind::Count;
                cell.isTotal = isTotal;
                cell.notApplicableAllowed = notApplicable;
                for (const auto& existing : m_form->m_cells) {
                    if (existing.id == cell.id)
                        return failAt(src.path,
                                      Tr::tr("the cell id \"%1\" is defined twice").arg(cell.id));
                }
                if (m_form->m_cells.size() >= 0xFFFE)
                    return failAt(src.path, Tr::tr("too many cells"));
                section.grid.push_back({GridCell::Kind::Value,
                                        {},
                                        bodyTop + static_cast<int>(r),
                                        section.labelColumns + static_cast<int>(c),
                                        1,
                                        columnSpanOf(static_cast<int>(c), 1),
                                        cell.ref});
                table.cells.push_back(cell.ref);
                m_form->m_cells.push_back(std::move(cell));
            }
        }
        section.rowCount = bodyTop + src.rowLeaves;
        table.sections.push_back(std::move(section));
        return true;
    }

    std::optional<CellRef> cellAt(const TableDefinition& table, int row, int column) const {
        for (CellRef ref : table.cells) {
            const auto& c = m_form->m_cells[ref.index];
            if (c.row == row && c.column == column)
                return ref;
        }
        return std::nullopt;
    }

    static int keyIndex(const std::vector<Dimension>& dims, QStringView key) {
        for (size_t i = 0; i < dims.size(); ++i) {
            if (dims[i].key == key)
                return static_cast<int>(i);
        }
        return -1;
    }

    bool loadRules(const JsonValue& root) {
        const JsonValue* rules = root.member(u"rules");
        if (!rules)
            return true;
        if (!rules->isArray())
            return failAt(u"rules"_s, Tr::tr("must be an array"));
        for (size_t i = 0; i < rules->elements.size(); ++i) {
            if (!loadRule(rules->elements[i], QStringLiteral("rules[%1]").arg(i)))
                return false;
        }
        return true;
    }

    bool loadRule(const JsonValue& json, const QString& path) {
        const JsonValue* id = require(json, path, u"id", JsonValue::Type::String);
        const JsonValue* severity = require(json, path, u"severity", JsonValue::Type::String);
        const JsonValue* tableId = require(json, path, u"table", JsonValue::Type::String);
        const JsonValue* each = require(json, path, u"each", JsonValue::Type::String);
        const JsonValue* left = require(json, path, u"left", JsonValue::Type::Array);
        const JsonValue* right = require(json, path, u"right", JsonValue::Type::Array);
        if (!id || !severity || !tableId || !each || !left || !right)
            return false;
        const int tableIndex = m_form->findTable(tableId->text);
        if (tableIndex < 0)
            return failAt(path + u".table"_s, Tr::tr("unknown table \"%1\"").arg(tableId->text));
        const TableDefinition& table = m_form->m_tables[tableIndex];
        Severity sev;
        if (severity->text == u"error")
            sev = Severity::Error;
        else if (severity->text == u"warning")
            sev = Severity::Warning;
        else if (severity->text == u"info")
            sev = Severity::Info;
        else
            return failAt(path + u".severity"_s, Tr::tr("must be error, warning or info"));
        const bool eachColumn = each->text == u"column";
        if (!eachColumn && each->text != u"row")
            return failAt(path + u".each"_s, Tr::tr("must be \"row\" or \"column\""));
        const QString relation = optionalString(json, u"relation");
        if (!relation.isEmpty() && relation != u"equal" && relation != u"atLeast")
            return failAt(path + u".relation"_s, Tr::tr("must be \"equal\" or \"atLeast\""));

        const std::vector<Dimension>& iterated = eachColumn ? table.columns : table.rows;
        const std::vector<Dimension>& termDims = eachColumn ? table.rows : table.columns;
        std::vector<int> targets;
        if (const JsonValue* only = json.member(u"only")) {
            for (const auto& key : only->elements) {
                const int k = keyIndex(iterated, key.text);
                if (k < 0)
                    return failAt(path + u".only"_s, Tr::tr("unknown key \"%1\"").arg(key.text));
                targets.push_back(k);
            }
        } else {
            for (size_t k = 0; k < iterated.size(); ++k)
                targets.push_back(static_cast<int>(k));
        }
        const QString scopeTemplate = optionalString(json, u"scope");
        for (int target : targets) {
            Equation eq;
            eq.rule = id->text;
            eq.severity = sev;
            eq.atLeast = relation == u"atLeast";
            eq.leftSummary = optionalString(json, u"leftSummary");
            eq.rightSummary = optionalString(json, u"rightSummary");
            eq.scope = QString(scopeTemplate)
                           .replace(u"{column}"_s, iterated[target].shortLabel)
                           .replace(u"{row}"_s, iterated[target].shortLabel);
            for (auto [side, terms] : {std::pair{left, &eq.left}, std::pair{right, &eq.right}}) {
                for (const auto& termJson : side->elements) {
                    QStringView spec = termJson.text;
                    RuleTerm term;
                    if (spec.startsWith(u'-')) {
                        term.negated = true;
                        spec = spec.mid(1);
                    }
                    if (spec.startsWith(u"previous:")) {
                        term.previousYear = true;
                        eq.needsPreviousYear = true;
                        spec = spec.mid(9);
                    }
                    const int k = keyIndex(termDims, spec);
                    if (k < 0)
                        return failAt(path, Tr::tr("unknown key \"%1\" in a term").arg(spec));
                    const auto cell =
                        eachColumn ? cellAt(table, k, target) : cellAt(table, target, k);
                    if (!cell) {
                        return failAt(path, Tr::tr("the term \"%1\" names no cell for \"%2\"")
                                                .arg(termJson.text, iterated[target].key));
                    }
                    term.cell = *cell;
                    term.label =
                        (term.previousYear ? u"上年报告"_s : QString()) + termDims[k].shortLabel;
                    terms->push_back(std::move(term));
                }
            }
            if (eq.left.empty() || eq.right.empty())
                return failAt(path, Tr::tr("both sides of a rule need at least one term"));
            m_form->m_equations.push_back(std::move(eq));
        }
        return true;
    }

    // Facts are optional (a form without table three has no applications); a rule whose
    // fact is not defined does not run. A misspelt fact name is an error.
    bool loadFacts(const JsonValue& root) {
        const JsonValue* facts = root.member(u"facts");
        if (!facts)
            return true;
        if (!facts->isObject())
            return failAt(u"facts"_s, Tr::tr("must be an object"));
        QHash<QString, CellRef> byId;
        for (const auto& cell : m_form->m_cells)
            byId.insert(cell.id, cell.ref);
        for (const JsonMember& member : facts->members) {
            const QString& name = member.key;
            const JsonValue& cells = member.value;
            const auto known =
                std::find_if(std::begin(kFactNames), std::end(kFactNames),
                             [&](const FactName& f) { return name == QStringView(f.name); });
            if (known == std::end(kFactNames))
                return failAt(u"facts"_s, Tr::tr("unknown fact \"%1\"").arg(name));
            if (!cells.isArray())
                return failAt(u"facts."_s + name, Tr::tr("must be a list of cell ids"));
            for (const auto& cellId : cells.elements) {
                const auto it = byId.constFind(cellId.text);
                if (it == byId.constEnd())
                    return failAt(u"facts."_s + name,
                                  Tr::tr("unknown cell \"%1\"").arg(cellId.text));
                m_form->m_facts[static_cast<int>(known->fact)].push_back(*it);
            }
        }
        return true;
    }

    std::shared_ptr<FormDefinition> m_form;
    QString m_error;
};

std::shared_ptr<const FormDefinition> FormDefinition::fromJson(const QByteArray& json,
                                                               QString* error) {
    return FormDefinitionLoader().load(json, error);
}

std::shared_ptr<const FormDefinition> FormDefinition::builtIn(const QString& formId) {
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const FormDefinition>> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(formId); it != cache.constEnd())
        return *it;
    // Only known ids reach the resource system: a form id comes from user files.
    static const QString known[] = {defaultFormId()};
    if (std::find(std::begin(known), std::end(known), formId) == std::end(known))
        return nullptr;
    QFile file(QStringLiteral(":/forms/%1.json").arg(formId));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("built-in form definition %s is missing from the resources", qPrintable(formId));
    QString error;
    auto form = fromJson(file.readAll(), &error);
    if (!form)
        qFatal("built-in form definition %s is invalid: %s", qPrintable(formId), qPrintable(error));
    cache.insert(formId, form);
    return form;
}

QString FormDefinition::reportTitle(const QString& agency, int year) const {
    return QString(m_titleTemplate)
        .replace(u"{agency}"_s, agency)
        .replace(u"{year}"_s, QString::number(year));
}

std::optional<CellRef> FormDefinition::findCell(QStringView id) const {
    const auto it = m_cellsById.constFind(id.toString());
    if (it == m_cellsById.constEnd())
        return std::nullopt;
    return *it;
}

int FormDefinition::findText(QStringView id) const {
    for (size_t i = 0; i < m_texts.size(); ++i) {
        if (m_texts[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int FormDefinition::findTable(QStringView id) const {
    for (size_t i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

const QString& FormDefinition::rowLabel(CellRef ref) const {
    return tableOf(ref).rows[cell(ref).row].shortLabel;
}

const QString& FormDefinition::columnLabel(CellRef ref) const {
    return tableOf(ref).columns[cell(ref).column].shortLabel;
}

QString FormDefinition::cellLabel(CellRef ref) const {
    return rowLabel(ref) + u'·' + columnLabel(ref);
}

} // namespace nianbao
