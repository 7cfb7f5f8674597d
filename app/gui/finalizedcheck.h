#pragma once

#include <QString>

#include <functional>

namespace nianbao {

class ReportStore;

// Before the editor opens a finalized report: if its content is no longer what was finalized
// (ReportStore::verifyFinalized), says so loudly — 「已定稿内容与定稿时不一致」 with the
// differences against the frozen copy — and offers to restore that copy through `confirm`.
// Returns true when the report may be opened: intact, not finalized, or restored. Otherwise
// false with the message in `error`: the changed content is never shown or printed as final.
bool checkFinalizedBeforeOpening(ReportStore& store, qint64 id,
                                 const std::function<bool(const QString& question)>& confirm,
                                 QString* error);

} // namespace nianbao
