#pragma once

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
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
class TableSentences;

// Under each text: what evaluators expect in it, and its length; a clause that contradicts the
// tables (or names another year, or repeats last year) is underlined where it stands, with the
// finding as its tooltip. Where the tables give a sentence (依申请公开, 行政复议 and 诉讼), a
// button inserts it at the cursor, and it then follows the tables.
class NarrativePage : public QWidget {
    Q_OBJECT

public:
    NarrativePage(ReportDocument* document, int part, TableSentences* sentences,
                  QWidget* parent = nullptr);
    // The editor of a text, holding the document's text (see fillTexts).
    QPlainTextEdit* editorFor(int text);
    // Last year's text of the part, when last year's report is in the store.
    QPlainTextEdit* lastYearFor(int text) const;
    // The clauses marked in a text's editor, as [start, end) ranges.
    std::vector<std::pair<int, int>> markedRanges(int text);
    // Puts the cursor at `position` in a text's editor and gives it the focus, once the text is
    // in it; false if the part has no such text.
    bool placeCursor(int text, int position);
    static QString guidance(const QString& textId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The texts go into the editors when the page is first shown, when the editors have their
    // width, or before anyone reads an editor, whichever comes first.
    void fillTexts();
    void markFindings();
    static void showCount(QPlainTextEdit* editor, QLabel* count);

    ReportDocument* m_document;
    struct Editor {
        int text;
        QPlainTextEdit* edit;
        QLabel* count;
    };
    std::vector<Editor> m_editors;
    std::vector<std::pair<int, QPlainTextEdit*>> m_lastYear;
    bool m_filled = false;
    std::optional<std::pair<int, int>> m_pendingCursor; // text, position
};

} // namespace nianbao
