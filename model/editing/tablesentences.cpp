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

} // namespace

TableSentences::TableSentences(ReportDocument* document)
    : m_document(document) {}

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

} // namespace nianbao
