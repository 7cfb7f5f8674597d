// libFuzzer target: the exchange-file loader must refuse or accept any bytes without
// crashing, hanging or leaking, and what it accepts must survive a write and a re-read.
#include "model/core/reportjson.h"
#include "model/core/validator.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto report = nianbao::ReportJson::fromJson(bytes, &error);
    if (!report) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    (void)nianbao::Validator::check(*report, &*report);
    const auto again = nianbao::ReportJson::fromJson(nianbao::ReportJson::toJson(*report), &error);
    if (!again || !(*again == *report))
        std::abort();
    return 0;
}
