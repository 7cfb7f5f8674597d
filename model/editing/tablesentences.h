#pragma once

#include "model/core/report.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

class ReportDocument;

// Sentences built from the tables for the narrative, e.g.
// 「本年度共收到政府信息公开申请53件，上年结转3件，办结52件，结转下年度继续办理4件。」
// Their figures follow the tables: when a table changes, every such sentence whose figures
// still equal the tables' values from just before the change is rewritten within the same
// undo step (ReportDocument::sentenceChangesFor). A sentence whose figures were typed over by
// hand no longer matches and is left alone; the narrative rules (N1–N7) check it and mark it
// where it disagrees.
class TableSentences {
public:
    enum class Kind { Requests, Cases };

    explicit TableSentences(ReportDocument* document);

    // The sentence for the current tables, or nothing while a figure it needs is not filled.
    static std::optional<QString> sentence(const Report& report, Kind kind);
    // The text id each kind of sentence belongs in (overview.requests, overview.oversight).
    static QString textFor(Kind kind);
    // Inserts the sentence at `position` of its text (appended if -1), as one undo step.
    bool insert(Kind kind, int position = -1);

private:
    ReportDocument* m_document;
};

} // namespace nianbao
