#pragma once

#include "model/core/finding.h"
#include "model/core/report.h"

#include <QObject>
#include <QUndoStack>

#include <map>
#include <optional>
#include <vector>

namespace nianbao {

struct CellChange {
    CellRef cell;
    CellValue before;
    CellValue after;
};

struct TextChange {
    int text = -1;
    QString before;
    QString after;
};

// The report being edited. It owns the undo stack and is the only way to change the report:
// every edit is an undo command, so typing, paste, fill and recompute undo as one step each.
// Totals are never typed: when a component changes, the totals that sum it are recomputed
// inside the same command. After every change the report is checked again and the findings
// are published; views repaint from the typed signals, autosave writes what changed.
class ReportDocument : public QObject {
    Q_OBJECT

public:
    explicit ReportDocument(Report report, std::optional<Report> previousYear = {},
                            QObject* parent = nullptr);
    ~ReportDocument() override;

    const Report& report() const { return m_report; }
    const FormDefinition& form() const { return m_report.form(); }
    const Report* previousYear() const { return m_previous ? &*m_previous : nullptr; }
    QUndoStack* undoStack() { return &m_undo; }

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Edits. Each is one undo step; nothing happens while read-only.
    void setCellValue(CellRef cell, const CellValue& value);
    void setCellValues(const std::vector<std::pair<CellRef, CellValue>>& values,
                       const QString& description);
    void fillEmptyWithZero(int table);
    // Sets every total to the sum of its components (after an import with printed totals
    // that disagree).
    void recomputeTotals();
    void setText(int text, const QString& body);
    void setMetadata(const QString& agency, int year, AgencyLevel level);

    // The changes a set of edits makes, totals included (what setCellValues would apply).
    std::vector<CellChange> changesFor(const std::vector<std::pair<CellRef, CellValue>>& values,
                                       bool recomputeAllTotals = false) const;
    // The generated sentences (TableSentences) that quote figures these changes alter, each
    // rewritten with the new figures — unless its figures were typed over by hand.
    std::vector<TextChange> sentenceChangesFor(const std::vector<CellChange>& changes) const;

    // Checks
    const std::vector<Finding>& findings() const { return m_findings; }
    // Worst severity among the findings that name this cell, if any.
    std::optional<Severity> severityOf(CellRef cell) const;
    std::vector<const Finding*> findingsFor(CellRef cell) const;
    int count(Severity severity) const;
    bool isAcknowledged(const Finding& finding) const;
    QString acknowledgement(const Finding& finding) const;
    const std::map<QString, QString>& acknowledgements() const { return m_acknowledged; }
    void setAcknowledgements(std::map<QString, QString> acknowledged);
    void acknowledge(const Finding& finding, const QString& reason);

    // Whether a cell is a computed total (read-only in the editor).
    bool isComputedTotal(CellRef cell) const;
    // Where cell values came from, as the store records it (cell id → "register"): a cell
    // counted from the request register is read-only in the editor until the report is
    // switched back to typed figures.
    void setCellSources(const std::map<QString, QString>& sources);
    bool isFromRegister(CellRef cell) const;
    bool hasCellsFromRegister() const;

    // Applies changes without an undo command (for the commands themselves).
    void applyChanges(const std::vector<CellChange>& changes, const std::vector<TextChange>& texts,
                      bool forward);
    void applyText(int text, const QString& body);
    void applyMetadata(const QString& agency, int year, AgencyLevel level);

Q_SIGNALS:
    void cellsChanged(const std::vector<nianbao::CellRef>& cells);
    void textChanged(int text);
    void metadataChanged();
    void findingsChanged();
    void acknowledged(const QString& findingKey, const QString& reason);
    void readOnlyChanged(bool readOnly);
    void cellSourcesChanged();

private:
    struct TotalFormula {
        CellRef total;
        std::vector<CellRef> parts;
    };
    void revalidate();
    std::optional<CellValue> sumOf(const TotalFormula& formula,
                                   const std::vector<CellValue>& values) const;

    Report m_report;
    std::optional<Report> m_previous;
    QUndoStack m_undo;
    bool m_readOnly = false;
    std::vector<TotalFormula> m_formulas;
    std::vector<bool> m_isTotal;
    std::vector<bool> m_fromRegister; // per cell index
    std::vector<Finding> m_findings;
    std::vector<std::vector<int>> m_findingsByCell;
    std::map<QString, QString> m_acknowledged;
};

} // namespace nianbao
