#pragma once

#include "model/core/report.h"
#include "model/storage/reportstore.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace nianbao {

// The window's own small dialogs, the defaults behind MainWindow's seams (tests answer the
// seams instead). Their texts keep MainWindow's translation context.

struct NewReportRequest {
    QString agency;
    int year = 0;
    AgencyLevel level = AgencyLevel::Unknown;
};

// Closing with changes the store refused: what the clerk chose.
enum class UnsavedChoice { Retry, SaveCopy, Discard, Cancel };
// A cell or text another clerk changed while this one did: whose value stays.
enum class ConflictChoice { KeepMine, TakeTheirs };

std::optional<NewReportRequest> askForNewReport(QWidget* parent, const NewReportRequest& proposal);
UnsavedChoice askWhatToDoWithUnsaved(QWidget* parent, const QString& reason);
// `what` is the cell's or the part's label; both values as the clerk would read them.
ConflictChoice askAboutConflict(QWidget* parent, const QString& what, const QString& mine,
                                const QString& theirs);
// Which deleted report to restore, if any.
std::optional<qint64> chooseFromTrash(QWidget* parent,
                                      const std::vector<StoredReportInfo>& deleted);
// The history of one cell or part; `restore` puts an entry's old value back (true: done).
void showHistoryDialog(QWidget* parent, const QString& label,
                       const std::vector<HistoryEntry>& entries, bool canRestore,
                       const std::function<bool(const HistoryEntry&)>& restore);

} // namespace nianbao
