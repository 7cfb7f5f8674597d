// libFuzzer target: the importer of published reports' text must read or refuse any bytes
// without crashing, hanging or leaking; a refusal says why, and what it reads can be checked
// and survives the exchange format.
#include "model/core/reportjson.h"
#include "model/core/validator.h"
#include "model/import/textimport.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const auto form =
        nianbao::FormDefinition::builtIn(nianbao::FormDefinition::defaultFormId());
    QString error;
    const auto imported = nianbao::importReportText(text, form, &error);
    if (!imported) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    (void)nianbao::Validator::check(imported->report);
    if (imported->report.year == 0)
        return 0; // no title: the caller must give the year before it can be written
    const auto again =
        nianbao::ReportJson::fromJson(nianbao::ReportJson::toJson(imported->report), &error);
    if (!again)
        std::abort();
    return 0;
}
