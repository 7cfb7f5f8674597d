#pragma once

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace nianbao {

class ReportDocument;

// 基本信息: the agency, the year and the agency's level (which some rules depend on).
class MetadataPage : public QWidget {
    Q_OBJECT

public:
    explicit MetadataPage(ReportDocument* document, QWidget* parent = nullptr);

private:
    void load();
    void commit();

    ReportDocument* m_document;
    QLineEdit* m_agency;
    QSpinBox* m_year;
    QComboBox* m_level;
};

// A narrative part: one plain-text editor for each of its texts. Every change goes to the
// document (typing merges into one undo step); undo brings the text back here.
class NarrativePage : public QWidget {
    Q_OBJECT

public:
    NarrativePage(ReportDocument* document, int part, QWidget* parent = nullptr);
    QPlainTextEdit* editorFor(int text) const;

private:
    ReportDocument* m_document;
    std::vector<std::pair<int, QPlainTextEdit*>> m_editors;
};

} // namespace nianbao
