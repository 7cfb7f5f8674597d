#include "forms/reportpages.h"

#include "model/editing/reportdocument.h"
#include "model/editing/tablesentences.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QTextCursor>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// One line of guidance under an editor, shortened with 「…」 when the page is narrow (the whole
// text is the tooltip). A word-wrapped label measures its Chinese text at many widths
// whenever the page is laid out, which cost more than the rest of the page's start-up.
class GuideLabel : public QLabel {
public:
    GuideLabel(const QString& text, QWidget* parent)
        : QLabel(text, parent) {
        QPalette grey = palette();
        grey.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
        setPalette(grey);
        setToolTip(text);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    // Measured without laying out the text: the layout gives the line whatever width is left.
    QSize minimumSizeHint() const override {
        const QMargins margins = contentsMargins();
        return {8 * fontMetrics().averageCharWidth() + margins.left() + margins.right(),
                fontMetrics().height() + margins.top() + margins.bottom()};
    }
    QSize sizeHint() const override { return minimumSizeHint(); }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        const QRect area = contentsRect();
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
    }
};

} // namespace

MetadataPage::MetadataPage(ReportDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_agency(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_level(new QComboBox(this)) {
    m_year->setRange(2008, 2100);
    m_level->addItem(tr("(not set)"), static_cast<int>(AgencyLevel::Unknown));
    for (AgencyLevel level :
         {AgencyLevel::Province, AgencyLevel::ProvinceDepartment, AgencyLevel::City,
          AgencyLevel::CityDepartment, AgencyLevel::County, AgencyLevel::CountyDepartment,
          AgencyLevel::Township, AgencyLevel::Street})
        m_level->addItem(agencyLevelName(level), static_cast<int>(level));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Level:"), m_level);
    auto* hint = new QLabel(tr("The level decides whether 规章 can be reported (rule T2c)."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    load();
    connect(m_agency, &QLineEdit::editingFinished, this, &MetadataPage::commit);
    connect(m_year, &QSpinBox::editingFinished, this, &MetadataPage::commit);
    connect(m_level, &QComboBox::activated, this, &MetadataPage::commit);
    connect(document, &ReportDocument::metadataChanged, this, &MetadataPage::load);
    connect(document, &ReportDocument::readOnlyChanged, this, [this](bool readOnly) {
        m_agency->setReadOnly(readOnly);
        m_year->setReadOnly(readOnly);
        m_level->setEnabled(!readOnly);
    });
}

void MetadataPage::load() {
    const Report& r = m_document->report();
    m_agency->setText(r.agency);
    m_year->setValue(r.year);
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(r.level)));
}

void MetadataPage::commit() {
    const QString agency = m_agency->text().trimmed();
    if (agency.isEmpty()) {
        load(); // an agency always has a name
        return;
    }
    m_document->setMetadata(agency, m_year->value(),
                            static_cast<AgencyLevel>(m_level->currentData().toInt()));
}

QString NarrativePage::guidance(const QString& textId) {
    // What evaluators look for in each part (国办公开办函〔2021〕30号 and the yearly reviews).
    if (textId == u"overview.intro")
        return tr("Optional: the legal basis, the statistics period (1 January to 31 December of "
                  "this year) and whom to ask about the report.");
    if (textId == u"overview.active")
        return tr("What was published on the agency's own initiative this year, with figures; "
                  "they must agree with table two.");
    if (textId == u"overview.requests")
        return tr("Applications received, concluded and carried over, and how they were handled; "
                  "the figures must agree with table three.");
    if (textId == u"overview.management")
        return tr("How information is reviewed before publication, kept up to date and cleaned "
                  "up (e.g. normative documents).");
    if (textId == u"overview.platform")
        return tr("The portal and other channels: what was built or improved this year.");
    if (textId == u"overview.oversight")
        return tr("Training, assessment, supervision; reviews and lawsuits must agree with table "
                  "four.");
    if (textId == u"problems")
        return tr("The main problems, and how last year's problems were remedied (整改) — "
                  "evaluators require both.");
    if (textId == u"other_matters")
        return tr("Whether 信息处理费 was charged (and how much), and anything else to report.");
    return {};
}

NarrativePage::NarrativePage(ReportDocument* document, int part, TableSentences* sentences,
                             QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    const FormDefinition& form = document->form();
    const PartDefinition& p = form.parts()[static_cast<size_t>(part)];
    for (int text : p.texts) {
        const TextDefinition& def = form.texts()[static_cast<size_t>(text)];
        auto* label =
            new QLabel(def.label + (def.optional ? tr(" (optional)") : QString()), content);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto* editor = new QPlainTextEdit(content);
        editor->setMinimumHeight(120);
        // Tab goes to the next box, as in a form; a report's text has no tab characters.
        editor->setTabChangesFocus(true);
        editor->installEventFilter(this);
        label->setBuddy(editor);
        auto* guide = new GuideLabel(guidance(def.id), content);
        auto* count = new QLabel(content);
        auto* row = new QHBoxLayout;
        row->addWidget(guide, 1);
        for (TableSentences::Kind kind :
             {TableSentences::Kind::Requests, TableSentences::Kind::Cases}) {
            if (TableSentences::textFor(kind) != def.id || !sentences)
                continue;
            auto* insert = new QPushButton(tr("Insert the sentence from the tables"), content);
            insert->setToolTip(tr("Its figures then follow the tables until you change them by "
                                  "hand."));
            connect(insert, &QPushButton::clicked, this, [this, sentences, kind, editor] {
                const auto sentence = TableSentences::sentence(m_document->report(), kind);
                if (sentence && editor->toPlainText().contains(*sentence)) {
                    QToolTip::showText(QCursor::pos(),
                                       tr("The sentence is already in this text, and its "
                                          "figures follow the tables."));
                    return;
                }
                if (!sentences->insert(kind, editor->textCursor().position()))
                    QToolTip::showText(QCursor::pos(),
                                       tr("Fill in the table first: the sentence needs its "
                                          "figures."));
            });
            row->addWidget(insert);
        }
        row->addWidget(count);
        layout->addWidget(label);
        layout->addWidget(editor);
        layout->addLayout(row);
        // Last year's text of the same part, at hand but out of the way.
        if (const Report* previous = document->previousYear();
            previous && !previous->text(text).trimmed().isEmpty()) {
            auto* toggle = new QToolButton(content);
            toggle->setText(tr("Last year's text"));
            toggle->setCheckable(true);
            toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            toggle->setArrowType(Qt::RightArrow);
            auto* last = new QPlainTextEdit(previous->text(text), content);
            last->setReadOnly(true);
            last->setMaximumHeight(110);
            QPalette grey = last->palette();
            grey.setColor(QPalette::Base, QColor(0xf4, 0xf4, 0xf4));
            grey.setColor(QPalette::Text, QColor(0x44, 0x44, 0x44));
            last->setPalette(grey);
            last->setVisible(false);
            connect(toggle, &QToolButton::toggled, last, [toggle, last](bool on) {
                last->setVisible(on);
                toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            });
            layout->addWidget(toggle);
            layout->addWidget(last);
            m_lastYear.emplace_back(text, last);
        }
        m_editors.push_back({text, editor, count});
        connect(editor, &QPlainTextEdit::textChanged, this, [this, text, editor, count] {
            m_document->setText(text, editor->toPlainText());
            showCount(editor, count);
        });
    }
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(document, &ReportDocument::textChanged, this, [this](int text) {
        if (!m_filled)
            return; // the text goes in with the others
        for (const Editor& e : m_editors) {
            if (e.text != text || e.edit->toPlainText() == m_document->report().text(text))
                continue;
            // Undo, history or a generated sentence following its table: the box and its
            // character count follow the document.
            const QSignalBlocker block(e.edit);
            const int position = e.edit->textCursor().position();
            e.edit->setPlainText(m_document->report().text(text));
            QTextCursor cursor = e.edit->textCursor();
            cursor.setPosition(std::min(position, static_cast<int>(e.edit->toPlainText().size())));
            e.edit->setTextCursor(cursor);
            showCount(e.edit, e.count);
        }
    });
    connect(document, &ReportDocument::findingsChanged, this, &NarrativePage::markFindings);
    connect(document, &ReportDocument::readOnlyChanged, this, [this](bool readOnly) {
        for (const Editor& e : m_editors)
            e.edit->setReadOnly(readOnly);
    });
}

void NarrativePage::showEvent(QShowEvent* event) {
    fillTexts();
    QWidget::showEvent(event);
}

// Chinese text is laid out again at every width its editor passes through while the page is
// built and first laid out (and shaped again each time): filled when the page is first shown,
// the editors have their width and each text is laid out once, which took the start-up to the
// first frame from 188.9 M to 186.9 M instructions (callgrind).
void NarrativePage::fillTexts() {
    if (m_filled)
        return;
    m_filled = true;
    for (const Editor& e : m_editors) {
        const QSignalBlocker block(e.edit);
        e.edit->setPlainText(m_document->report().text(e.text));
        showCount(e.edit, e.count);
    }
    markFindings();
    if (m_pendingCursor) {
        const auto [text, position] = *std::exchange(m_pendingCursor, std::nullopt);
        placeCursor(text, position);
    }
}

bool NarrativePage::placeCursor(int text, int position) {
    QPlainTextEdit* edit = nullptr;
    for (const Editor& e : m_editors) {
        if (e.text == text)
            edit = e.edit;
    }
    if (!edit)
        return false;
    edit->setFocus();
    if (!m_filled) {
        m_pendingCursor = {text, position};
        return true;
    }
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(std::clamp(position, 0, edit->document()->characterCount() - 1));
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    return true;
}

void NarrativePage::showCount(QPlainTextEdit* editor, QLabel* count) {
    count->setText(tr("%n character(s)", nullptr, static_cast<int>(editor->toPlainText().size())));
}

void NarrativePage::markFindings() {
    if (!m_filled)
        return; // marked when the texts go in
    for (const Editor& e : m_editors) {
        QList<QTextEdit::ExtraSelection> marks;
        for (const Finding& f : m_document->findings()) {
            if (f.text != e.text || f.textStart < 0 || f.textLength <= 0 ||
                m_document->isAcknowledged(f))
                continue;
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(e.edit->document());
            mark.cursor.setPosition(f.textStart);
            mark.cursor.setPosition(std::min(f.textStart + f.textLength,
                                             static_cast<int>(e.edit->toPlainText().size())),
                                    QTextCursor::KeepAnchor);
            const QColor color =
                f.severity == Severity::Error ? QColor(0xc6, 0x28, 0x28) : QColor(0xd0, 0x8a, 0x00);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(color);
            mark.format.setBackground(QColor(color.red(), color.green(), color.blue(), 40));
            mark.format.setToolTip(f.rule + u"："_s + f.message);
            marks << mark;
        }
        e.edit->setExtraSelections(marks);
    }
}

std::vector<std::pair<int, int>> NarrativePage::markedRanges(int text) {
    fillTexts();
    std::vector<std::pair<int, int>> ranges;
    for (const Editor& e : m_editors) {
        if (e.text != text)
            continue;
        for (const auto& mark : e.edit->extraSelections())
            ranges.emplace_back(mark.cursor.selectionStart(), mark.cursor.selectionEnd());
    }
    return ranges;
}

// Extra selections carry no tooltips of their own: show the finding under the mouse.
bool NarrativePage::eventFilter(QObject* watched, QEvent* event) {
    // Chinese punctuation stays full-width: a comma typed after a Chinese character is 「，」.
    if (event->type() == QEvent::KeyPress) {
        auto* edit = qobject_cast<QPlainTextEdit*>(watched);
        const auto* key = static_cast<QKeyEvent*>(event);
        static const QString ascii = u",;:?!()"_s;
        static const QString full = u"，；：？！（）"_s;
        const qsizetype which = key->text().size() == 1 ? ascii.indexOf(key->text()[0]) : -1;
        if (edit && !edit->isReadOnly() && which >= 0) {
            QTextCursor cursor = edit->textCursor();
            const QString before = edit->toPlainText().left(cursor.position());
            const char16_t last = before.isEmpty() ? 0 : before.back().unicode();
            const bool chinese = (last >= 0x2E80 && last <= 0x9FFF) ||
                                 (last >= 0xF900 && last <= 0xFAFF) ||
                                 (last >= 0xFF00 && last <= 0xFFEF);
            if (chinese) {
                cursor.insertText(QString(full[which]));
                edit->setTextCursor(cursor);
                return true;
            }
        }
    }
    if (event->type() == QEvent::ToolTip) {
        for (const Editor& e : m_editors) {
            if (e.edit != watched)
                continue;
            const auto* help = static_cast<QHelpEvent*>(event);
            const int position =
                e.edit->cursorForPosition(e.edit->viewport()->mapFrom(e.edit, help->pos()))
                    .position();
            for (const auto& mark : e.edit->extraSelections()) {
                if (position >= mark.cursor.selectionStart() &&
                    position < mark.cursor.selectionEnd()) {
                    QToolTip::showText(help->globalPos(), mark.format.toolTip(), e.edit);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QPlainTextEdit* NarrativePage::lastYearFor(int text) const {
    for (const auto& [t, edit] : m_lastYear) {
        if (t == text)
            return edit;
    }
    return nullptr;
}

QPlainTextEdit* NarrativePage::editorFor(int text) {
    fillTexts();
    for (const Editor& e : m_editors) {
        if (e.text == text)
            return e.edit;
    }
    return nullptr;
}

} // namespace nianbao
