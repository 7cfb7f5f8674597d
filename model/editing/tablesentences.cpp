#include "model/editing/tablesentences.h"

#include "model/editing/reportdocument.h"

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

std::optional<qint64> fact(const Report& report, Fact f) {
    const auto& cells = report.form().fact(f);
    if (cells.empty())
        return std::nullopt;
    Decimal sum;
    for (CellRef ref : cells) {
        const CellValue& v = report.value(ref);
        if (!v.isNumber())
            return std::nullopt;
        sum += v.number;
    }
    return sum.toInteger();
}

constexpr TableSentences::Kind kKinds[] = {TableSentences::Kind::Requests,
                                           TableSentences::Kind::Cases};

} // namespace

TableSentences::TableSentences(ReportDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document) {
    remember();
    connect(document, &ReportDocument::cellsChanged, this, &TableSentences::follow);
}

QString TableSentences::textFor(Kind kind) {
    return kind == Kind::Requests ? u"overview.requests"_s : u"overview.oversight"_s;
}

std::optional<QString> TableSentences::sentence(const Report& report, Kind kind) {
    if (kind == Kind::Requests) {
        const auto n = fact(report, Fact::RequestsNew);
        const auto in = fact(report, Fact::RequestsCarriedIn);
        const auto done = fact(report, Fact::RequestsConcluded);
        const auto over = fact(report, Fact::RequestsCarriedOver);
        if (!n || !in || !done || !over)
            return std::nullopt;
        if (*n == 0 && *in == 0)
            return u"本年度未收到政府信息公开申请，无上年结转申请。"_s;
        return u"本年度共收到政府信息公开申请%1件，上年结转%2件，办结%3件，结转下年度继续办理%4件。"_s
            .arg(*n)
            .arg(*in)
            .arg(*done)
            .arg(*over);
    }
    const auto review = fact(report, Fact::ReviewTotal);
    const auto litigation = fact(report, Fact::LitigationTotal);
    if (!review || !litigation)
        return std::nullopt;
    return u"本年度因政府信息公开被申请行政复议%1件，提起行政诉讼%2件。"_s.arg(*review).arg(
        *litigation);
}

bool TableSentences::insert(Kind kind, int position) {
    const auto text = sentence(m_document->report(), kind);
    const int index = m_document->form().findText(textFor(kind));
    if (!text || index < 0 || m_document->isReadOnly())
        return false;
    QString body = m_document->report().text(index);
    if (position < 0 || position > body.size())
        position = static_cast<int>(body.size());
    body.insert(position, *text);
    m_document->setText(index, body);
    return true;
}

void TableSentences::remember() {
    m_before.clear();
    for (Kind kind : kKinds)
        m_before.push_back(sentence(m_document->report(), kind));
}

void TableSentences::follow() {
    for (size_t k = 0; k < std::size(kKinds); ++k) {
        const auto& before = m_before[k];
        const auto now = sentence(m_document->report(), kKinds[k]);
        if (!before || !now || *before == *now)
            continue;
        const int index = m_document->form().findText(textFor(kKinds[k]));
        if (index < 0)
            continue;
        const QString& body = m_document->report().text(index);
        if (!body.contains(*before))
            continue; // never inserted, or its figures were edited by hand
        // Derived from the tables, so it is not an undo step of its own: undoing the table
        // change brings the sentence back the same way.
        m_document->applyText(index, QString(body).replace(*before, *now));
    }
    remember();
}

} // namespace nianbao
