#pragma once

#include "model/core/finding.h"
#include "model/core/report.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace nianbao {

class ReportStore;

// A cell that one unit did not give as a number (not filled, 「-」, unreadable): the sum of
// that cell is not known, and is left empty rather than counting the gap as 0.
struct SummaryGap {
    QString unit;
    CellRef cell;
    CellState state = CellState::Empty;
};

// The county's 汇总: tables two, three and four of the chosen units added up.
struct Summary {
    Report sum;
    QStringList units;   // added up, in the order given
    QStringList missing; // chosen, but without a report of the year
    std::vector<SummaryGap> gaps;
    std::vector<Finding> findings; // the form's arithmetic rules (R1…) on the sum
    std::vector<Report> reports;   // the units' own reports, in the order of `units`
};

// The cells a 汇总 adds up: every cell of tables two, three and four, in reading order.
std::vector<CellRef> summedCells(const FormDefinition& form);

// Adds `reports` up, cell by cell, in exact decimals: numbers add; 「/」 (not applicable, as a
// township's 规章) adds nothing, and a cell that is 「/」 in every report stays 「/」; a cell
// not given as a number by some unit makes the sum of that cell unknown (empty) and is listed
// in `gaps`. Then runs the form's arithmetic rules on the sum. Narrative texts stay empty.
Summary summarize(std::vector<Report> reports, int year, const QStringList& missing = {});

// The units' reports of `year` read from the store (every unit with a report, when `units`
// is empty) and added up. std::nullopt with the reason when a chosen report cannot be read
// (a finalized one whose content changed) or when none of the chosen units has a report.
std::optional<Summary> summarizeFromStore(const ReportStore& store, int year,
                                          const QStringList& units, QString* error);

// The line printed under the 汇总's title: how many units, which are missing.
QString summaryNote(const Summary& summary);

} // namespace nianbao
