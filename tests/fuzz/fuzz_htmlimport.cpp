// libFuzzer target: the importer of web pages must read or refuse any bytes (any markup, any
// declared charset, any nesting) without crashing, hanging or leaking; a refusal says why.
#include "model/core/validator.h"
#include "model/import/htmlimport.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const auto form =
        nianbao::FormDefinition::builtIn(nianbao::FormDefinition::defaultFormId());
    QString error;
    const auto imported = nianbao::importReportHtml(
        QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), form,
        &error);
    if (!imported) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    (void)nianbao::Validator::check(imported->report);
    return 0;
}
