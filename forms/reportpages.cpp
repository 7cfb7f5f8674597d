#include "forms/reportpages.h"

#include "model/editing/reportdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

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

NarrativePage::NarrativePage(ReportDocument* document, int part, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    const FormDefinition& form = document->form();
    const PartDefinition& p = form.parts()[part];
    for (int text : p.texts) {
        const TextDefinition& def = form.texts()[text];
        auto* label =
            new QLabel(def.label + (def.optional ? tr(" (optional)") : QString()), content);
        label->setStyleSheet(u"font-weight: bold"_s);
        auto* editor = new QPlainTextEdit(content);
        editor->setPlainText(document->report().text(text));
        editor->setMinimumHeight(120);
        label->setBuddy(editor);
        layout->addWidget(label);
        layout->addWidget(editor);
        m_editors.emplace_back(text, editor);
        connect(editor, &QPlainTextEdit::textChanged, this,
                [this, text, editor] { m_document->setText(text, editor->toPlainText()); });
    }
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(document, &ReportDocument::textChanged, this, [this](int text) {
        QPlainTextEdit* editor = editorFor(text);
        if (editor && editor->toPlainText() != m_document->report().text(text)) {
            const QSignalBlocker block(editor);
            editor->setPlainText(m_document->report().text(text));
        }
    });
    connect(document, &ReportDocument::readOnlyChanged, this, [this](bool readOnly) {
        for (auto& [text, editor] : m_editors)
            editor->setReadOnly(readOnly);
    });
}

QPlainTextEdit* NarrativePage::editorFor(int text) const {
    for (const auto& [t, editor] : m_editors) {
        if (t == text)
            return editor;
    }
    return nullptr;
}

} // namespace nianbao
