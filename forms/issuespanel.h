#pragma once

#include "model/core/finding.h"

#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QTreeView;

namespace nianbao {

class FindingsModel;
class ReportDocument;

// Lists every finding; a click or Enter jumps to its cells. A warning can be explained with a
// written reason, which is kept with the report.
class IssuesPanel : public QWidget {
    Q_OBJECT

public:
    explicit IssuesPanel(ReportDocument* document, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    FindingsModel* model() const { return m_model; }
    // Asks for the reason for a warning; tests answer it without a dialog.
    std::function<std::optional<QString>(const Finding&)> askReason;

    void explainCurrent();

Q_SIGNALS:
    void findingActivated(const nianbao::Finding& finding);

private:
    void updateButton();

    ReportDocument* m_document;
    FindingsModel* m_model;
    QTreeView* m_view;
    QPushButton* m_explain;
};

} // namespace nianbao
